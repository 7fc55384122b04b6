// The after-sales part of the config document: "aftersales": {...}, read into an
// AftersalesPolicy. Dates checked on the mainland China calendar, Mon-Fri 09:00-18:00, with the
// 2025 National Day holiday re-typed from the State Council notice: Oct 1-8 off, Sat Oct 11
// worked.

#include "config/aftersales_json.hpp"
#include <kefu/aftersales/entitlement.hpp>
#include <kefu/calendar/calendars/china_mainland.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>
#include <boost/json/serialize.hpp>

#include <doctest/doctest.h>

#include <string>

using boost::gregorian::date;
using kefu::AftersalesPolicy;
using kefu::io::detail::aftersales_policy_from_json;
using kefu::io::detail::Node;
using kefu::io::detail::parse_document;
namespace pt = boost::posix_time;

namespace {

AftersalesPolicy policy_from(std::string_view text) {
  const auto json = parse_document(text, "config");
  return aftersales_policy_from_json(Node(json, "$.aftersales", "config"));
}

std::string error_of(std::string_view text) {
  try {
    policy_from(text);
  } catch (const kefu::parse_error& e) {
    return e.what();
  }
  return "no error";
}

const kefu::BusinessCalendar& mainland() {
  static const auto calendar = kefu::calendars::china_mainland(
      kefu::WeeklyHours::monday_to_friday({kefu::open_hours(9, 0, 18, 0)}));
  return calendar;
}

// Signed for on Sat 2025-09-20 and asked on Tue 2025-09-30: day 1 is Sep 21, so the request
// falls on day 10.
kefu::AftersalesRequest return_on_day_10() {
  kefu::AftersalesRequest r;
  r.claim = kefu::Claim::no_reason_return;
  r.product_type = "mobile_phone";
  r.purchased = date(2025, 9, 18);
  r.signed_for = date(2025, 9, 20);
  r.requested = date(2025, 9, 30);
  return r;
}

// A phone bought 2024-03-30 with a fault on Tue 2025-09-30: 18 months after the sale, past the
// one-year whole-unit warranty of the three-guarantee rules.
kefu::AftersalesRequest fault_after_18_months() {
  kefu::AftersalesRequest r;
  r.claim = kefu::Claim::fault;
  r.product_type = "mobile_phone";
  r.purchased = date(2024, 3, 30);
  r.signed_for = date(2024, 4, 1);
  r.requested = date(2025, 9, 30);
  return r;
}

}  // namespace

TEST_CASE("the default after-sales policy survives a round trip through JSON") {
  const auto defaults = AftersalesPolicy::defaults();
  const auto json = kefu::io::detail::to_json(defaults);
  CHECK(aftersales_policy_from_json(Node(json, "$.aftersales", "config")) == defaults);
  // The documented shape: whole days, a duration in hours, lists of objects.
  CHECK(json.at("no_reason_return_days").as_int64() == 7);
  CHECK(json.at("refund_after_receipt").as_string() == "24 h");
  CHECK(boost::json::serialize(json.at("warranties").at(0)) ==
        R"({"product_type":"mobile_phone","months":12})");
}

TEST_CASE("an after-sales policy with every field changed survives a round trip") {
  AftersalesPolicy::Terms t;
  t.no_reason_return_days = 15;
  t.return_days = 10;
  t.exchange_days = 30;
  t.failed_repairs_for_replacement = 3;
  t.warranties = {{"bicycle", 24}, {"tablet", 18}};
  t.default_warranty_months = 6;
  t.no_reason_exclusions = {"custom_sofa", "underwear"};
  t.shop_pays_no_reason_shipping = true;
  t.pickup_business_days = 2;
  t.completion_business_days = 5;
  t.refund_after_receipt = pt::hours(1) + pt::minutes(30);
  t.spare_part_lead_times = {{"bicycle", 4}, {"tablet", 0}};
  const AftersalesPolicy policy(t);
  const auto json = kefu::io::detail::to_json(policy);
  CHECK(json.at("refund_after_receipt").as_string() == "1 h 30 min");
  CHECK(aftersales_policy_from_json(Node(json, "$.aftersales", "config")) == policy);
}

TEST_CASE("an after-sales document keeps the defaults for what it leaves out") {
  CHECK(policy_from("{}") == AftersalesPolicy::defaults());
  const auto policy = policy_from(R"({"no_reason_return_days": 15})");
  auto expected = AftersalesPolicy::defaults().terms();
  expected.no_reason_return_days = 15;
  CHECK(policy.terms() == expected);
  // The seven whole-unit warranties stay when the document names none.
  CHECK(policy.warranty_months("television") == 12);
}

TEST_CASE("a 15-day no-reason return from the document allows a return on day 10") {
  // The default 7 days run Sep 21-27, so day 10 is too late: no refund, only the
  // special-approval route.
  const auto before =
      kefu::decide_entitlement(return_on_day_10(), AftersalesPolicy::defaults(), mainland());
  CHECK_FALSE(before.allows(kefu::Remedy::refund));
  REQUIRE(before.special_approval.size() == 1);
  CHECK(before.special_approval[0].remedy == kefu::Remedy::refund);

  // 15 days run Sep 21 - Oct 5. Asked Tue Sep 30, with Oct 1-8 closed: pickup 2 business days
  // on is Fri Oct 10 (Thu 9, Fri 10), completion 3 on is the worked Sat Oct 11.
  const auto policy = policy_from(R"({"no_reason_return_days": 15, "pickup_business_days": 2,
                                      "shop_pays_no_reason_shipping": true})");
  const auto after = kefu::decide_entitlement(return_on_day_10(), policy, mainland());
  CHECK(after.allows(kefu::Remedy::refund));
  CHECK(after.special_approval.empty());
  CHECK(after.return_shipping == kefu::ShippingPayer::shop);
  REQUIRE(after.deadlines);
  CHECK(after.deadlines->pickup_by == date(2025, 10, 10));
  CHECK(after.deadlines->completed_by == date(2025, 10, 11));
}

TEST_CASE("warranties and spare-part lead times from the document change a fault's remedy") {
  // Default: 12 months ended 2025-03-30, so a paid repair; no lead time listed for phones.
  const auto before =
      kefu::decide_entitlement(fault_after_18_months(), AftersalesPolicy::defaults(), mainland());
  CHECK(before.allows(kefu::Remedy::paid_repair));
  REQUIRE(before.repair_quote);
  CHECK_FALSE(before.repair_quote->spare_part_business_days);

  // A 5-day lead time: from Tue Sep 30, Thu Oct 9, Fri 10, Sat 11 (worked), Mon 13, Tue 14.
  const auto quoted = kefu::decide_entitlement(
      fault_after_18_months(),
      policy_from(R"({"spare_part_lead_times": [{"product_type": "mobile_phone",
                                                 "business_days": 5}]})"),
      mainland());
  REQUIRE(quoted.repair_quote);
  CHECK(quoted.repair_quote->spare_part_business_days == 5);
  CHECK(quoted.repair_quote->spare_part_by == date(2025, 10, 14));

  // A 24-month phone warranty runs to 2026-03-30: a free repair. The list replaces the
  // default one whole, so televisions are no longer listed and fall to the default 0 months.
  const auto longer =
      policy_from(R"({"warranties": [{"product_type": "mobile_phone", "months": 24}]})");
  CHECK(kefu::decide_entitlement(fault_after_18_months(), longer, mainland())
            .allows(kefu::Remedy::repair));
  CHECK(longer.warranty_months("television") == 0);
}

TEST_CASE("bad after-sales documents are refused with the path of the bad field") {
  CHECK(error_of(R"({"no_reason_return_days": -1})") ==
        "config: $.aftersales.no_reason_return_days: -1 is outside 0 to 3650");
  CHECK(error_of(R"({"pickup_business_days": 0})") ==
        "config: $.aftersales.pickup_business_days: 0 is outside 1 to 3650");
  CHECK(error_of(R"({"failed_repairs_for_replacement": 1.5})") ==
        "config: $.aftersales.failed_repairs_for_replacement: expected a whole number from 1 to "
        "2147483647");
  CHECK(error_of(R"({"warranties": [{"product_type": "tablet", "months": 12},
                                    {"product_type": "bicycle", "months": 24},
                                    {"product_type": "drone", "months": "12"}]})") ==
        "config: $.aftersales.warranties[2].months: expected a whole number from 0 to 600");
  CHECK(error_of(R"({"warranties": [{"product_type": "drone", "month": 12}]})") ==
        "config: $.aftersales.warranties[0]: missing field 'months'");
  CHECK(error_of(R"({"spare_part_lead_times": [{"product_type": "drone", "business_days": 3,
                                               "days": 3}]})") ==
        "config: $.aftersales.spare_part_lead_times[0]: unknown field 'days'");
  CHECK(error_of(R"({"no_reason_retrun_days": 15})") ==
        "config: $.aftersales: unknown field 'no_reason_retrun_days' (did you mean "
        "'no_reason_return_days'?)");
  CHECK(error_of(R"({"shop_pays_no_reason_shipping": "yes"})") ==
        "config: $.aftersales.shop_pays_no_reason_shipping: expected true or false");
  CHECK(error_of(R"({"no_reason_exclusions": "custom_sofa"})") ==
        "config: $.aftersales.no_reason_exclusions: expected an array");
  CHECK(error_of(R"({"refund_after_receipt": 24})") ==
        "config: $.aftersales.refund_after_receipt: expected a duration such as \"48 h\" or "
        "\"30 s\"");
  CHECK(error_of(R"({"refund_after_receipt": "-24 h"})") ==
        "config: $.aftersales.refund_after_receipt: negative duration '-24 h'");
  CHECK(error_of("[]") == "config: $.aftersales: expected an object");
}

TEST_CASE("after-sales rules spanning fields are refused by the policy at load time") {
  // Exchange 5 days, return left at its default 7: an exchange period shorter than the
  // return period.
  CHECK(error_of(R"({"exchange_days": 5})") ==
        "config: $.aftersales: aftersales policy: exchange_days must be return_days to 3650");
  CHECK(error_of(R"({"warranties": [{"product_type": "television", "months": 12},
                                    {"product_type": "television", "months": 24}]})") ==
        "config: $.aftersales: aftersales policy: warranties[1]: product type 'television' is "
        "listed twice");
  CHECK(error_of(R"({"no_reason_exclusions": ["custom_sofa", ""]})") ==
        "config: $.aftersales: aftersales policy: no_reason_exclusions[1]: product type is empty");
  CHECK(error_of(R"({"refund_after_receipt": "0 s"})") ==
        "config: $.aftersales: aftersales policy: refund_after_receipt must be positive");
}
