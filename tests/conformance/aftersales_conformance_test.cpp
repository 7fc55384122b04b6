// Conformance of kefu's after-sales rules (docs/rules.md §aftersales) to the statutes and SOPs:
// one test case per rule, named after it, with expected values worked out by hand. Day n of a
// period is n days after the day of signing or sale (Civil Code art. 201: that day itself is
// not counted). Business days are those of the State Council's 2025 notice on the mainland
// China calendar: National Day and Mid-Autumn Oct 1-8 closed, Sun Sep 28 and Sat Oct 11 worked.

#include <kefu/aftersales/entitlement.hpp>
#include <kefu/aftersales/masking.hpp>
#include <kefu/aftersales/service_number.hpp>
#include <kefu/aftersales/service_record.hpp>
#include <kefu/calendar/calendars/china_mainland.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>
#include <boost/date_time/posix_time/posix_time.hpp>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <string>
#include <string_view>
#include <vector>

using boost::gregorian::date;

namespace {

const kefu::BusinessCalendar& mainland() {
  static const auto calendar = kefu::calendars::china_mainland(
      kefu::WeeklyHours::monday_to_friday({kefu::open_hours(9, 0, 18, 0)}));
  return calendar;
}

const auto policy = kefu::AftersalesPolicy::defaults();

kefu::AftersalesRequest no_reason(date signed_for, date requested) {
  kefu::AftersalesRequest r;
  r.claim = kefu::Claim::no_reason_return;
  r.product_type = "headset";
  r.purchased = signed_for - boost::gregorian::days(2);
  r.signed_for = signed_for;
  r.requested = requested;
  return r;
}

kefu::AftersalesRequest fault(std::string product_type, date purchased, date requested) {
  kefu::AftersalesRequest r;
  r.claim = kefu::Claim::fault;
  r.product_type = std::move(product_type);
  r.purchased = purchased;
  r.signed_for = purchased;
  r.requested = requested;
  return r;
}

std::vector<kefu::Remedy> remedies(const std::vector<kefu::EntitlementOption>& options) {
  std::vector<kefu::Remedy> out;
  for (const auto& option : options) out.push_back(option.remedy);
  return out;
}

using R = kefu::Remedy;
using Remedies = std::vector<R>;

}  // namespace

TEST_CASE(
    "Consumer Rights Protection Law art. 25: a distance sale returns without reason within "
    "7 days of receipt") {
  // Signed Tue 2025-09-23: days 1-7 are Sep 24-30.
  CHECK(remedies(kefu::decide_entitlement(no_reason(date(2025, 9, 23), date(2025, 9, 30)), policy)
                     .options) == Remedies{R::refund});
  CHECK(kefu::decide_entitlement(no_reason(date(2025, 9, 23), date(2025, 10, 1)), policy)
            .options.empty());
  auto in_shop = no_reason(date(2025, 9, 23), date(2025, 9, 24));
  in_shop.bought_at_distance = false;
  CHECK(kefu::decide_entitlement(in_shop, policy).options.empty());
}

TEST_CASE(
    "Consumer Rights Protection Law art. 25: custom-made, perishable, opened digital and "
    "delivered periodicals are not returned without reason") {
  for (const auto nature :
       {kefu::GoodsNature::custom_made, kefu::GoodsNature::perishable,
        kefu::GoodsNature::digital_content_opened, kefu::GoodsNature::newspapers_periodicals}) {
    auto r = no_reason(date(2025, 9, 23), date(2025, 9, 24));  // day 1
    r.nature = nature;
    const auto e = kefu::decide_entitlement(r, policy);
    CHECK(e.options.empty());
    REQUIRE(e.declined.size() == 1);
    CHECK(e.declined[0].rule == kefu::EntitlementRule::statutory_exception);
    // Not late, so no special approval either.
    CHECK(e.special_approval.empty());
  }
}

TEST_CASE(
    "Consumer Rights Protection Law art. 25: goods returned without reason are intact, "
    "shipping paid by the customer unless agreed") {
  auto r = no_reason(date(2025, 9, 23), date(2025, 9, 24));
  CHECK(kefu::decide_entitlement(r, policy).return_shipping == kefu::ShippingPayer::customer);
  r.intact = false;
  CHECK(kefu::decide_entitlement(r, policy).options.empty());
}

TEST_CASE("three guarantees: a fault within 7 days of sale is returned, exchanged or repaired") {
  // Sold Sep 25: day 7 is Oct 2.
  CHECK(remedies(kefu::decide_entitlement(
                     fault("mobile_phone", date(2025, 9, 25), date(2025, 10, 2)), policy)
                     .options) == Remedies{R::refund, R::exchange, R::repair});
}

TEST_CASE("three guarantees: a fault on days 8 to 15 is exchanged or repaired") {
  // Sold Sep 25: day 8 is Oct 3, day 15 Oct 10, day 16 Oct 11.
  CHECK(remedies(kefu::decide_entitlement(fault("television", date(2025, 9, 25), date(2025, 10, 3)),
                                          policy)
                     .options) == Remedies{R::exchange, R::repair});
  CHECK(remedies(kefu::decide_entitlement(
                     fault("television", date(2025, 9, 25), date(2025, 10, 10)), policy)
                     .options) == Remedies{R::exchange, R::repair});
  CHECK(remedies(kefu::decide_entitlement(
                     fault("television", date(2025, 9, 25), date(2025, 10, 11)), policy)
                     .options) == Remedies{R::repair});
}

TEST_CASE("three guarantees: two failed repairs within the warranty allow exchange or return") {
  auto r = fault("refrigerator", date(2025, 3, 15), date(2025, 9, 30));
  r.failed_repairs = 1;
  CHECK(remedies(kefu::decide_entitlement(r, policy).options) == Remedies{R::repair});
  r.failed_repairs = 2;
  CHECK(remedies(kefu::decide_entitlement(r, policy).options) == Remedies{R::refund, R::exchange});
}

TEST_CASE("three guarantees: one-year whole-unit warranty for the product types the rules list") {
  for (const char* type : {"mobile_phone", "television", "refrigerator", "washing_machine",
                           "air_conditioner", "computer", "range_hood"}) {
    CAPTURE(type);
    // Sold 2024-10-08: the year ends 2025-10-08; a fault then is a free repair, a day later not.
    CHECK(
        remedies(kefu::decide_entitlement(fault(type, date(2024, 10, 8), date(2025, 10, 8)), policy)
                     .options) == Remedies{R::repair});
    CHECK(
        remedies(kefu::decide_entitlement(fault(type, date(2024, 10, 8), date(2025, 10, 9)), policy)
                     .options) == Remedies{R::paid_repair});
  }
}

TEST_CASE(
    "three guarantees: a product type the rules do not list has no warranty beyond the 15 "
    "days unless the host gives one") {
  // Sold Sep 1: day 15 is Sep 16, day 16 Sep 17.
  CHECK(remedies(
            kefu::decide_entitlement(fault("headset", date(2025, 9, 1), date(2025, 9, 16)), policy)
                .options) == Remedies{R::exchange, R::repair});
  CHECK(remedies(
            kefu::decide_entitlement(fault("headset", date(2025, 9, 1), date(2025, 9, 17)), policy)
                .options) == Remedies{R::paid_repair});
  auto terms = policy.terms();
  terms.warranties.push_back({"headset", 12});
  CHECK(remedies(kefu::decide_entitlement(fault("headset", date(2025, 9, 1), date(2025, 9, 17)),
                                          kefu::AftersalesPolicy(terms))
                     .options) == Remedies{R::repair});
}

TEST_CASE(
    "job description: a late return request is offered special approval, not a flat "
    "refusal") {
  // Signed Sep 23: the 7 days ended Sep 30; asked on Oct 1, day 8.
  const auto e = kefu::decide_entitlement(no_reason(date(2025, 9, 23), date(2025, 10, 1)), policy);
  CHECK(e.options.empty());
  REQUIRE(e.special_approval.size() == 1);
  CHECK(e.special_approval[0].remedy == R::refund);
  CHECK(e.special_approval[0].reason.rule == kefu::EntitlementRule::special_approval);
  CHECK(e.special_approval[0].reason.text ==
        "7-day no-reason return ended 2025-09-30, requested 2025-10-01: may be submitted for "
        "special approval (特殊审批) instead of being refused");
  // A fault past the 15 days: repair, with return and exchange by special approval. Sold Sep 1:
  // the return days ended Sep 8, the exchange days Sep 16.
  const auto late =
      kefu::decide_entitlement(fault("television", date(2025, 9, 1), date(2025, 9, 30)), policy);
  CHECK(remedies(late.options) == Remedies{R::repair});
  REQUIRE(remedies(late.special_approval) == Remedies{R::refund, R::exchange});
  CHECK(late.special_approval[1].reason.text ==
        "three guarantees (三包): exchange within 15 days ended 2025-09-16, requested "
        "2025-09-30: may be submitted for special approval (特殊审批) instead of being refused");
}

TEST_CASE(
    "job description: goods arrived damaged with a safety worry get a new item reshipped, "
    "the damaged one not sent back") {
  auto r = fault("skin_care", date(2025, 9, 29), date(2025, 9, 30));
  r.arrived_damaged = true;
  r.safety_concern = true;
  const auto e = kefu::decide_entitlement(r, policy, mainland());
  CHECK(remedies(e.options) == Remedies{R::reship, R::refund});
  CHECK(e.options[0].reason.rule == kefu::EntitlementRule::damaged_on_arrival);
  CHECK(e.return_shipping == kefu::ShippingPayer::none);
  REQUIRE(e.deadlines);
  CHECK(e.deadlines->pickup_by.is_not_a_date());  // nothing to pick up
  // Tue Sep 30 + 3 business days: Oct 9, 10 and Sat Oct 11 (worked).
  CHECK(e.deadlines->completed_by == date(2025, 10, 11));
  // Damage without the worry follows the three guarantees: day 1, return at the shop's cost.
  r.safety_concern = false;
  const auto plain = kefu::decide_entitlement(r, policy);
  CHECK(remedies(plain.options) == Remedies{R::refund, R::exchange, R::repair});
  CHECK(plain.return_shipping == kefu::ShippingPayer::shop);
}

TEST_CASE("job description: a quality problem is shown in photos or video first") {
  const auto e =
      kefu::decide_entitlement(fault("television", date(2025, 9, 25), date(2025, 9, 26)), policy);
  REQUIRE_FALSE(e.proofs.empty());
  CHECK(e.proofs.front() == kefu::ProofKind::photos_or_video);
}

TEST_CASE(
    "quick-response guide: out of warranty, a paid-repair quote with the spare-part lead "
    "time") {
  // Sold 2024-09-01: the year ended 2025-09-01.
  const auto r = fault("refrigerator", date(2024, 9, 1), date(2025, 9, 30));
  auto terms = policy.terms();
  terms.spare_part_lead_times = {{"refrigerator", 5}};
  const auto e = kefu::decide_entitlement(r, kefu::AftersalesPolicy(terms), mainland());
  CHECK(remedies(e.options) == Remedies{R::paid_repair});
  REQUIRE(e.repair_quote);
  CHECK(e.repair_quote->spare_part_business_days == 5);
  // Tue Sep 30 + 5 business days: Oct 9, 10, Sat 11, Mon 13, Tue 14.
  CHECK(e.repair_quote->spare_part_by == date(2025, 10, 14));
  // No lead time in the policy: the quote says to ask the parts department.
  const auto unknown = kefu::decide_entitlement(r, policy, mainland());
  REQUIRE(unknown.repair_quote);
  CHECK_FALSE(unknown.repair_quote->spare_part_business_days);
  CHECK(fmt::format("{}", unknown)
            .find("quote: spare-part lead time unknown, ask the parts department\n") !=
        std::string::npos);
}

TEST_CASE("quick-response guide: pickup within 1 business day, refund or exchange within 3") {
  // Tue Sep 30: Oct 1-8 closed, Thu Oct 9 the first business day, Sat Oct 11 (worked) the third.
  auto e = kefu::decide_entitlement(fault("mobile_phone", date(2025, 9, 28), date(2025, 9, 30)),
                                    policy, mainland());
  REQUIRE(e.deadlines);
  CHECK(e.deadlines->pickup_by == date(2025, 10, 9));
  CHECK(e.deadlines->completed_by == date(2025, 10, 11));
  // Sat Sep 27: Sun Sep 28 is worked, then Mon 29 and Tue 30.
  e = kefu::decide_entitlement(no_reason(date(2025, 9, 25), date(2025, 9, 27)), policy, mainland());
  REQUIRE(e.deadlines);
  CHECK(e.deadlines->pickup_by == date(2025, 9, 28));
  CHECK(e.deadlines->completed_by == date(2025, 9, 30));
}

TEST_CASE("SOP toolkit: the refund within 24 hours of receiving the returned goods") {
  auto r = no_reason(date(2025, 9, 25), date(2025, 9, 29));
  // Received 2025-10-02 10:00 UTC, in the holiday: the 24 wall hours end Oct 3 10:00 UTC.
  r.returned_goods_received_at =
      boost::posix_time::ptime(date(2025, 10, 2), boost::posix_time::hours(10));
  const auto e = kefu::decide_entitlement(r, policy, mainland());
  REQUIRE(e.deadlines);
  CHECK(e.deadlines->refund_by ==
        boost::posix_time::ptime(date(2025, 10, 3), boost::posix_time::hours(10)));
}

TEST_CASE(
    "Tmall role: a return records the goods and the refund, an exchange its reason and the "
    "goods both ways") {
  kefu::ServiceRecord record(kefu::ServiceNumber::from_string("SR20250930001"));
  record.returned_items = {"耳机"};
  CHECK(kefu::missing_return_details(record) == std::vector<std::string_view>{"refund amount"});
  record.refund_fen = 29900;
  CHECK(kefu::missing_return_details(record).empty());
  CHECK(fmt::format("{}", record).find("refund amount: ¥299.00\nreturned items: 耳机\n") !=
        std::string::npos);
  kefu::ServiceRecord exchange(kefu::ServiceNumber::from_string("SR20250930002"));
  exchange.replacement_items = {"耳机 白色"};
  CHECK(kefu::missing_return_details(exchange) ==
        std::vector<std::string_view>{"exchange reason", "returned items"});
}

TEST_CASE("quick-response guide: service numbers are SR, the date and the day's sequence") {
  kefu::ServiceNumberGenerator numbers;
  CHECK(numbers.next(date(2024, 5, 1)).to_string() == "SR20240501001");
  CHECK(numbers.next(date(2024, 5, 1)).to_string() == "SR20240501002");
  CHECK(numbers.next(date(2024, 5, 2)).to_string() == "SR20240502001");
}

TEST_CASE(
    "quick-response guide: the customer's and the handler's names are masked to the "
    "surname") {
  CHECK(kefu::mask_name("张三") == "张*");
  kefu::ServiceRecord record(kefu::ServiceNumber::from_string("SR20240501001"));
  record.customer_name = "张三";
  record.handler_role = "工程师";
  record.handler = "李明";
  CHECK(fmt::format("{}", record) ==
        "service number: SR20240501001\ncustomer: 张*\nhandler: 工程师李*\n");
}

TEST_CASE("quick-response guide: the contact is partly hidden, as 159****3210") {
  CHECK(kefu::mask_phone("15912343210") == "159****3210");
  CHECK(kefu::mask_personal_data("客户电话15912343210") == "客户电话159****3210");
}

TEST_CASE("quick-response guide: order and invoice numbers are verified, never recorded") {
  CHECK(kefu::mask_personal_data("已核实订单号 3542948821234567891 和发票号 04400123") ==
        "已核实订单号 ******************* 和发票号 ********");
}
