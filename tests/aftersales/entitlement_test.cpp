// kefu::decide_entitlement without a calendar: the 7-day no-reason return, the three guarantees
// (三包) and the warranty, on dates worked out by hand. Day n is n days after signing or sale (the
// day itself is day 0, Civil Code art. 201); a 12-month warranty from 05-01 ends on 05-01 a year
// later, from 02-29 on 02-28 (art. 202).

#include <kefu/aftersales/entitlement.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <string>
#include <vector>

using boost::gregorian::date;

namespace {

kefu::AftersalesRequest no_reason(date signed_for, date requested) {
  kefu::AftersalesRequest r;
  r.claim = kefu::Claim::no_reason_return;
  r.product_type = "mobile_phone";
  r.purchased = signed_for - boost::gregorian::days(2);
  r.signed_for = signed_for;
  r.requested = requested;
  return r;
}

kefu::AftersalesRequest fault(date purchased, date requested, int failed_repairs = 0) {
  kefu::AftersalesRequest r;
  r.claim = kefu::Claim::fault;
  r.product_type = "mobile_phone";
  r.purchased = purchased;
  r.signed_for = purchased;
  r.requested = requested;
  r.failed_repairs = failed_repairs;
  return r;
}

std::vector<kefu::Remedy> remedies(const kefu::Entitlement& e) {
  std::vector<kefu::Remedy> out;
  for (const auto& option : e.options) out.push_back(option.remedy);
  return out;
}

const auto policy = kefu::AftersalesPolicy::defaults();

using R = kefu::Remedy;
using Rule = kefu::EntitlementRule;

}  // namespace

TEST_CASE("a no-reason return on day 7 after signing is a refund at the customer's cost") {
  const auto e = kefu::decide_entitlement(no_reason(date(2024, 5, 1), date(2024, 5, 8)), policy);
  REQUIRE_FALSE(e.refused());
  REQUIRE(e.options.size() == 1);
  CHECK(e.options[0].remedy == R::refund);
  CHECK(e.options[0].reason.rule == Rule::no_reason_return);
  CHECK(e.options[0].reason.text ==
        "7-day no-reason return: signed for 2024-05-01, days 1-7 run 2024-05-02 to 2024-05-08, "
        "requested 2024-05-08 (day 7)");
  CHECK(e.declined.empty());
  CHECK(e.proofs.empty());
  CHECK(e.return_shipping == kefu::ShippingPayer::customer);
  CHECK_FALSE(e.deadlines);
}

TEST_CASE("a no-reason return on day 8 is too late") {
  const auto e = kefu::decide_entitlement(no_reason(date(2024, 5, 1), date(2024, 5, 9)), policy);
  CHECK(e.options.empty());
  REQUIRE(e.declined.size() == 1);
  CHECK(e.declined[0].rule == Rule::no_reason_return);
  CHECK(e.declined[0].text ==
        "7-day no-reason return: signed for 2024-05-01, days 1-7 run 2024-05-02 to 2024-05-08, "
        "requested 2024-05-09 (day 8): too late");
  CHECK(e.return_shipping == kefu::ShippingPayer::none);
}

TEST_CASE("the seven days cross month ends, leap days and the year end") {
  struct Case {
    date signed_for, last_day;
  };
  for (const auto c :
       {Case{date(2024, 1, 31), date(2024, 2, 7)},
        Case{date(2024, 2, 25), date(2024, 3, 3)},  // 26, 27, 28, 29, 1, 2, 3
        Case{date(2023, 2, 25), date(2023, 3, 4)},  // 26, 27, 28, 1, 2, 3, 4
        Case{date(2024, 12, 28), date(2025, 1, 4)}, Case{date(2024, 4, 30), date(2024, 5, 7)}}) {
    CAPTURE(c.signed_for);
    CHECK(kefu::decide_entitlement(no_reason(c.signed_for, c.last_day), policy).allows(R::refund));
    CHECK_FALSE(kefu::decide_entitlement(
                    no_reason(c.signed_for, c.last_day + boost::gregorian::days(1)), policy)
                    .allows(R::refund));
  }
  CHECK(kefu::decide_entitlement(no_reason(date(2024, 5, 1), date(2024, 5, 1)), policy)
            .options[0]
            .reason.text.find("requested 2024-05-01 (day 0)") != std::string::npos);
}

TEST_CASE("statutory exceptions are never returned without reason") {
  struct Case {
    kefu::GoodsNature nature;
    const char* text;
  };
  for (const auto c : {
           Case{kefu::GoodsNature::custom_made,
                "custom-made goods are excluded from the no-reason return by law"},
           Case{kefu::GoodsNature::perishable,
                "fresh, live or perishable goods are excluded from the no-reason return by law"},
           Case{kefu::GoodsNature::digital_content_opened,
                "digital content downloaded or unsealed are excluded from the no-reason return by "
                "law"},
           Case{kefu::GoodsNature::newspapers_periodicals,
                "newspapers and periodicals are excluded from the no-reason return by law"},
       }) {
    auto r = no_reason(date(2024, 5, 1), date(2024, 5, 3));
    r.nature = c.nature;
    const auto e = kefu::decide_entitlement(r, policy);
    CHECK(e.options.empty());
    REQUIRE(e.declined.size() == 1);
    CHECK(e.declined[0].rule == Rule::statutory_exception);
    CHECK(e.declined[0].text == c.text);
  }
}

TEST_CASE("shop exclusions, goods not intact and shop sales each block the no-reason return") {
  kefu::AftersalesPolicy::Terms terms;
  terms.no_reason_exclusions = {"underwear"};
  const kefu::AftersalesPolicy shop(terms);
  auto r = no_reason(date(2024, 5, 1), date(2024, 5, 3));
  r.product_type = "underwear";
  auto e = kefu::decide_entitlement(r, shop);
  CHECK(e.options.empty());
  REQUIRE(e.declined.size() == 1);
  CHECK(e.declined[0].rule == Rule::shop_exclusion);
  CHECK(e.declined[0].text ==
        "'underwear' was announced at sale as excluded from the no-reason return");

  r = no_reason(date(2024, 5, 1), date(2024, 5, 3));
  r.intact = false;
  e = kefu::decide_entitlement(r, policy);
  CHECK(e.options.empty());
  REQUIRE(e.declined.size() == 1);
  CHECK(e.declined[0].rule == Rule::not_intact);
  CHECK(e.declined[0].text == "goods returned without reason must be complete and resaleable");

  r = no_reason(date(2024, 5, 1), date(2024, 5, 3));
  r.bought_at_distance = false;
  e = kefu::decide_entitlement(r, policy);
  CHECK(e.options.empty());
  REQUIRE(e.declined.size() == 1);
  CHECK(e.declined[0].rule == Rule::not_distance_sale);
}

TEST_CASE("every reason that blocks a no-reason return is given, not just the first") {
  auto r = no_reason(date(2024, 5, 1), date(2024, 5, 9));
  r.nature = kefu::GoodsNature::custom_made;
  r.intact = false;
  const auto e = kefu::decide_entitlement(r, policy);
  REQUIRE(e.declined.size() == 3);
  CHECK(e.declined[0].rule == Rule::statutory_exception);
  CHECK(e.declined[1].rule == Rule::not_intact);
  CHECK(e.declined[2].rule == Rule::no_reason_return);
}

TEST_CASE("goods not yet signed for cannot be returned without reason") {
  auto r = no_reason(date(2024, 5, 1), date(2024, 5, 3));
  r.signed_for = date(boost::gregorian::not_a_date_time);
  const auto e = kefu::decide_entitlement(r, policy);
  CHECK(e.options.empty());
  REQUIRE(e.declined.size() == 1);
  CHECK(e.declined[0].text == "the goods have not been signed for yet");
}

TEST_CASE("a shop may carry the shipping of no-reason returns") {
  kefu::AftersalesPolicy::Terms terms;
  terms.shop_pays_no_reason_shipping = true;
  const auto e = kefu::decide_entitlement(no_reason(date(2024, 5, 1), date(2024, 5, 2)),
                                          kefu::AftersalesPolicy(terms));
  CHECK(e.return_shipping == kefu::ShippingPayer::shop);
}

TEST_CASE("a fault on day 5 may be returned, exchanged or repaired, shipping paid by the shop") {
  const auto e = kefu::decide_entitlement(fault(date(2024, 5, 1), date(2024, 5, 6)), policy);
  CHECK(remedies(e) == std::vector<R>{R::refund, R::exchange, R::repair});
  for (const auto& option : e.options) {
    CHECK(option.reason.rule == Rule::three_guarantees_return);
    CHECK(option.reason.text ==
          "three guarantees (三包): fault reported 2024-05-06 on day 5 after the purchase on "
          "2024-05-01, within 7 days: return, exchange or repair");
  }
  CHECK(e.declined.empty());
  CHECK(e.proofs == std::vector<kefu::ProofKind>{kefu::ProofKind::photos_or_video,
                                                 kefu::ProofKind::proof_of_purchase});
  CHECK(e.return_shipping == kefu::ShippingPayer::shop);
}

TEST_CASE("a fault on day 7 may still be returned, on day 8 only exchanged or repaired") {
  CHECK(remedies(kefu::decide_entitlement(fault(date(2024, 5, 1), date(2024, 5, 8)), policy)) ==
        std::vector<R>{R::refund, R::exchange, R::repair});
  const auto e = kefu::decide_entitlement(fault(date(2024, 5, 1), date(2024, 5, 9)), policy);
  CHECK(remedies(e) == std::vector<R>{R::exchange, R::repair});
  CHECK(e.options[0].reason.rule == Rule::three_guarantees_exchange);
  CHECK(e.options[0].reason.text ==
        "three guarantees (三包): fault reported 2024-05-09 on day 8 after the purchase on "
        "2024-05-01, within 15 days: exchange or repair");
  REQUIRE(e.declined.size() == 1);
  CHECK(e.declined[0].rule == Rule::three_guarantees_return);
  CHECK(e.declined[0].text ==
        "three guarantees (三包): return only within 7 days, until 2024-05-08");
}

TEST_CASE("a fault on day 15 may be exchanged, on day 16 only repaired under warranty") {
  CHECK(remedies(kefu::decide_entitlement(fault(date(2024, 5, 1), date(2024, 5, 16)), policy)) ==
        std::vector<R>{R::exchange, R::repair});
  const auto e = kefu::decide_entitlement(fault(date(2024, 5, 1), date(2024, 5, 17)), policy);
  CHECK(remedies(e) == std::vector<R>{R::repair});
  CHECK(e.options[0].reason.rule == Rule::warranty_repair);
  CHECK(e.options[0].reason.text ==
        "warranty of 12 months for 'mobile_phone' from 2024-05-01 runs through 2025-05-01, "
        "requested 2024-05-17: free repair");
  REQUIRE(e.declined.size() == 1);
  CHECK(e.declined[0].rule == Rule::three_guarantees_exchange);
  CHECK(e.declined[0].text ==
        "three guarantees (三包): exchange only within 15 days, until 2024-05-16");
  CHECK(e.return_shipping == kefu::ShippingPayer::shop);
}

TEST_CASE("the fifteen days cross February in leap and common years") {
  // 2024: Feb 21-29 are days 1-9, Mar 1-6 days 10-15. 2023: Feb 21-28 days 1-8, Mar 1-7 9-15.
  CHECK(kefu::decide_entitlement(fault(date(2024, 2, 20), date(2024, 3, 6)), policy)
            .allows(R::exchange));
  CHECK_FALSE(kefu::decide_entitlement(fault(date(2024, 2, 20), date(2024, 3, 7)), policy)
                  .allows(R::exchange));
  CHECK(kefu::decide_entitlement(fault(date(2023, 2, 20), date(2023, 3, 7)), policy)
            .allows(R::exchange));
  CHECK_FALSE(kefu::decide_entitlement(fault(date(2023, 2, 20), date(2023, 3, 8)), policy)
                  .allows(R::exchange));
  // 2024-02-26 + 7 days: Feb 27, 28, 29, Mar 1, 2, 3, 4.
  CHECK(kefu::decide_entitlement(fault(date(2024, 2, 26), date(2024, 3, 4)), policy)
            .allows(R::refund));
  CHECK_FALSE(kefu::decide_entitlement(fault(date(2024, 2, 26), date(2024, 3, 5)), policy)
                  .allows(R::refund));
}

TEST_CASE("after one failed repair it is repaired again, after the second exchanged or returned") {
  auto e = kefu::decide_entitlement(fault(date(2024, 1, 10), date(2024, 9, 1), 1), policy);
  CHECK(remedies(e) == std::vector<R>{R::repair});
  CHECK(e.options[0].reason.text ==
        "warranty of 12 months for 'mobile_phone' from 2024-01-10 runs through 2025-01-10, "
        "requested 2024-09-01: free repair; 1 failed repair(s) so far, exchange or return after 2");
  CHECK(e.proofs.back() == kefu::ProofKind::repair_records);

  e = kefu::decide_entitlement(fault(date(2024, 1, 10), date(2024, 9, 1), 2), policy);
  CHECK(remedies(e) == std::vector<R>{R::refund, R::exchange});
  CHECK(e.options[0].reason.rule == Rule::failed_repairs);
  CHECK(e.options[0].reason.text ==
        "three guarantees (三包): 2 repairs within the warranty of 12 months for 'mobile_phone' "
        "from 2024-01-10 (through 2025-01-10) did not fix the fault: exchange or return");
  CHECK(e.proofs == std::vector<kefu::ProofKind>{kefu::ProofKind::photos_or_video,
                                                 kefu::ProofKind::proof_of_purchase,
                                                 kefu::ProofKind::repair_records});
  CHECK(e.return_shipping == kefu::ShippingPayer::shop);
  // Two failed repairs already on day 10 also open the return.
  CHECK(remedies(kefu::decide_entitlement(fault(date(2024, 1, 10), date(2024, 1, 20), 2),
                                          policy)) == std::vector<R>{R::refund, R::exchange});
}

TEST_CASE("the warranty ends on the same day a year later, or the month's last day") {
  CHECK(remedies(kefu::decide_entitlement(fault(date(2024, 5, 1), date(2025, 5, 1)), policy)) ==
        std::vector<R>{R::repair});
  const auto e = kefu::decide_entitlement(fault(date(2024, 5, 1), date(2025, 5, 2), 2), policy);
  CHECK(remedies(e) == std::vector<R>{R::paid_repair});
  CHECK(e.options[0].reason.rule == Rule::out_of_warranty);
  CHECK(e.options[0].reason.text ==
        "warranty of 12 months for 'mobile_phone' from 2024-05-01 ended 2025-05-01, requested "
        "2025-05-02: paid repair with a quote");
  CHECK(e.return_shipping == kefu::ShippingPayer::customer);

  // Bought on a leap day: 2025 has no Feb 29, so the warranty ends on Feb 28.
  CHECK(kefu::decide_entitlement(fault(date(2024, 2, 29), date(2025, 2, 28)), policy)
            .allows(R::repair));
  CHECK(kefu::decide_entitlement(fault(date(2024, 2, 29), date(2025, 3, 1)), policy)
            .allows(R::paid_repair));

  kefu::AftersalesPolicy::Terms terms;
  terms.warranties = {{"cable", 1}, {"gift", 0}};
  const kefu::AftersalesPolicy short_warranty(terms);
  auto cable = fault(date(2024, 1, 31), date(2024, 2, 29));
  cable.product_type = "cable";
  CHECK(kefu::decide_entitlement(cable, short_warranty).allows(R::repair));
  cable.requested = date(2024, 3, 1);
  CHECK(kefu::decide_entitlement(cable, short_warranty).options[0].reason.text ==
        "warranty of 1 months for 'cable' from 2024-01-31 ended 2024-02-29, requested "
        "2024-03-01: paid repair with a quote");
  auto gift = fault(date(2024, 1, 31), date(2024, 2, 16));
  gift.product_type = "gift";
  CHECK(kefu::decide_entitlement(gift, short_warranty).options[0].reason.text ==
        "no warranty for 'gift' beyond 15 days, requested 2024-02-16: paid repair with a quote");
  gift.requested = date(2024, 2, 15);
  CHECK(kefu::decide_entitlement(gift, short_warranty).allows(R::exchange));
}

TEST_CASE("damage from misuse is a paid repair even on day 1") {
  auto r = fault(date(2024, 5, 1), date(2024, 5, 2));
  r.damaged_by_misuse = true;
  const auto e = kefu::decide_entitlement(r, policy);
  CHECK(remedies(e) == std::vector<R>{R::paid_repair});
  CHECK(e.options[0].reason.rule == Rule::misuse);
  CHECK(e.return_shipping == kefu::ShippingPayer::customer);
  CHECK(e.proofs.front() == kefu::ProofKind::photos_or_video);
}

TEST_CASE("dates that make no sense are refused with the reason") {
  const auto refusal = [](kefu::AftersalesRequest r) {
    const auto e = kefu::decide_entitlement(r, policy);
    CHECK(e.options.empty());
    CHECK(e.return_shipping == kefu::ShippingPayer::none);
    return e.refusal.value_or("accepted");
  };
  auto r = fault(date(2024, 5, 1), date(2024, 5, 3));
  r.signed_for = date(2024, 4, 30);
  CHECK(refusal(r) == "signed for 2024-04-30, before the purchase on 2024-05-01");
  r = fault(date(2024, 5, 10), date(2024, 5, 1));
  r.signed_for = date(boost::gregorian::not_a_date_time);
  CHECK(refusal(r) == "purchased 2024-05-10, after the request on 2024-05-01");
  r = no_reason(date(2024, 5, 3), date(2024, 5, 2));
  CHECK(refusal(r) == "signed for 2024-05-03, after the request on 2024-05-02");
  r.requested = date(boost::gregorian::not_a_date_time);
  CHECK(refusal(r) == "the request day is missing");
  r = fault(date(boost::gregorian::not_a_date_time), date(2024, 5, 2));
  CHECK(refusal(r) == "the purchase day is missing");
  r = fault(date(2024, 5, 1), date(2024, 5, 2), -1);
  CHECK(refusal(r) == "failed repairs cannot be negative");
  r = fault(date(9950, 5, 1), date(9950, 5, 2));
  CHECK(refusal(r) == "dates after 9900 are not supported");
  CHECK(fmt::format("{}",
                    kefu::decide_entitlement(fault(date(2024, 5, 10), date(2024, 5, 1)), policy)) ==
        "refused: purchased 2024-05-10, after the request on 2024-05-01\n");
}

TEST_CASE("fmt prints an entitlement line by line") {
  CHECK(fmt::format("{}",
                    kefu::decide_entitlement(fault(date(2024, 5, 1), date(2024, 5, 9)), policy)) ==
        "option exchange (换货): three guarantees (三包): fault reported 2024-05-09 on day 8 after "
        "the purchase on 2024-05-01, within 15 days: exchange or repair\n"
        "option repair (免费维修): three guarantees (三包): fault reported 2024-05-09 on day 8 "
        "after the purchase on 2024-05-01, within 15 days: exchange or repair\n"
        "declined by three_guarantees_return: three guarantees (三包): return only within 7 "
        "days, until 2024-05-08\n"
        "special approval for refund (退货退款): three guarantees (三包): return within 7 days "
        "ended 2024-05-08, requested 2024-05-09: may be submitted for special approval (特殊审批) "
        "instead of being refused\n"
        "proofs: photos_or_video (照片或视频) proof_of_purchase (购买凭证)\n"
        "return shipping: shop (商家承担)\n");
  CHECK(fmt::format("{}",
                    kefu::decide_entitlement(no_reason(date(2024, 5, 1), date(2024, 5, 9)), policy))
            .rfind("options: none\n", 0) == 0);
}

TEST_CASE("special approval only for remedies kept out by time, never for other blocks") {
  // Custom-made and late: the law excludes it anyway, so no special approval.
  auto r = no_reason(date(2024, 5, 1), date(2024, 5, 9));
  r.nature = kefu::GoodsNature::custom_made;
  CHECK(kefu::decide_entitlement(r, policy).special_approval.empty());
  // In time: nothing to approve.
  CHECK(kefu::decide_entitlement(no_reason(date(2024, 5, 1), date(2024, 5, 8)), policy)
            .special_approval.empty());
  CHECK(kefu::decide_entitlement(fault(date(2024, 5, 1), date(2024, 5, 8)), policy)
            .special_approval.empty());
  // Misuse is no question of time.
  auto misuse = fault(date(2024, 5, 1), date(2024, 6, 1));
  misuse.damaged_by_misuse = true;
  CHECK(kefu::decide_entitlement(misuse, policy).special_approval.empty());
  // Day 16, repaired under warranty: return (ended 05-08) and exchange (ended 05-16).
  const auto e = kefu::decide_entitlement(fault(date(2024, 5, 1), date(2024, 5, 17)), policy);
  REQUIRE(e.special_approval.size() == 2);
  CHECK(e.special_approval[0].remedy == R::refund);
  CHECK(e.special_approval[1].remedy == R::exchange);
  CHECK(e.special_approval[0].reason.text ==
        "three guarantees (三包): return within 7 days ended 2024-05-08, requested 2024-05-17: "
        "may be submitted for special approval (特殊审批) instead of being refused");
}

TEST_CASE("every paid repair carries a quote, with the lead time the policy knows") {
  auto misuse = fault(date(2024, 5, 1), date(2024, 5, 2));
  misuse.damaged_by_misuse = true;
  kefu::AftersalesPolicy::Terms terms;
  terms.warranties = {{"mobile_phone", 12}};
  terms.spare_part_lead_times = {{"mobile_phone", 3}};
  const kefu::AftersalesPolicy parts(terms);
  auto e = kefu::decide_entitlement(misuse, parts);
  REQUIRE(e.repair_quote);
  CHECK(e.repair_quote->spare_part_business_days == 3);
  // Without a calendar there is no date, and the line says so.
  CHECK(e.repair_quote->spare_part_by.is_not_a_date());
  CHECK(fmt::format("{}", e).find("quote: spare part in 3 business days\n") != std::string::npos);
  // A free repair has no quote.
  CHECK_FALSE(
      kefu::decide_entitlement(fault(date(2024, 5, 1), date(2024, 6, 1)), parts).repair_quote);
}

TEST_CASE("goods arrived damaged: the reship needs both the damage and the worry") {
  auto r = fault(date(2024, 5, 1), date(2024, 5, 2));
  r.safety_concern = true;  // a worry without damage on arrival: the three guarantees
  CHECK(remedies(kefu::decide_entitlement(r, policy)) ==
        std::vector<R>{R::refund, R::exchange, R::repair});
  r.arrived_damaged = true;
  const auto e = kefu::decide_entitlement(r, policy);
  CHECK(remedies(e) == std::vector<R>{R::reship, R::refund});
  CHECK(e.return_shipping == kefu::ShippingPayer::none);
  CHECK(e.proofs.front() == kefu::ProofKind::photos_or_video);
  // Misuse still comes first.
  r.damaged_by_misuse = true;
  CHECK(remedies(kefu::decide_entitlement(r, policy)) == std::vector<R>{R::paid_repair});
}
