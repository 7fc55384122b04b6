// kefu::decide_entitlement with a business calendar: the return and exchange deadlines of the
// quick-response guide (pickup within 1 business day, refund or exchange within 3) and the SOP
// toolkit (refund 24 h after the returned goods arrive), on the mainland China calendar, Mon-Fri
// 09:00-18:00. Holiday dates re-typed from the State Council notices: 2024 May Day May 1-5 off, Sat
// May 11 worked; 2025 National Day Oct 1-8 off, Sun Sep 28 and Sat Oct 11 worked; 2026 Spring
// Festival Feb 15-23 off, Sat Feb 14 and Sat Feb 28 worked.

#include <kefu/aftersales/entitlement.hpp>
#include <kefu/calendar/calendars/china_mainland.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>
#include <boost/date_time/posix_time/posix_time.hpp>

#include <doctest/doctest.h>
#include <fmt/format.h>

using boost::gregorian::date;
using boost::posix_time::ptime;

namespace {

const kefu::BusinessCalendar& mainland() {
  static const auto calendar = kefu::calendars::china_mainland(
      kefu::WeeklyHours::monday_to_friday({kefu::open_hours(9, 0, 18, 0)}));
  return calendar;
}

const auto policy = kefu::AftersalesPolicy::defaults();

// A fault on day 2 after purchase: refund, exchange or repair, so the deadlines apply.
kefu::AftersalesRequest fault_reported(date requested) {
  kefu::AftersalesRequest r;
  r.claim = kefu::Claim::fault;
  r.product_type = "mobile_phone";
  r.purchased = requested - boost::gregorian::days(2);
  r.requested = requested;
  return r;
}

struct Expected {
  date requested, pickup_by, completed_by;
};

void check_deadlines(const Expected& c) {
  CAPTURE(c.requested);
  const auto e = kefu::decide_entitlement(fault_reported(c.requested), policy, mainland());
  REQUIRE(e.deadlines);
  CHECK(e.deadlines->pickup_by == c.pickup_by);
  CHECK(e.deadlines->completed_by == c.completed_by);
  CHECK(e.deadlines->refund_by.is_not_a_date_time());
}

}  // namespace

TEST_CASE("deadlines across the National Day holiday of 2025") {
  // Tue Sep 30: Oct 1-8 closed, so Thu Oct 9 is the first business day, Sat Oct 11 the third.
  check_deadlines({date(2025, 9, 30), date(2025, 10, 9), date(2025, 10, 11)});
  // Asked on a holiday: counted from the day, which is not itself a business day.
  check_deadlines({date(2025, 10, 3), date(2025, 10, 9), date(2025, 10, 11)});
  // Sat Sep 27: Sun Sep 28 is worked, then Mon 29 and Tue 30.
  check_deadlines({date(2025, 9, 27), date(2025, 9, 28), date(2025, 9, 30)});
  // Fri Oct 10: Sat Oct 11 is worked, then Mon 13 and Tue 14.
  check_deadlines({date(2025, 10, 10), date(2025, 10, 11), date(2025, 10, 14)});
}

TEST_CASE("deadlines across month ends, a leap day and other holiday weeks") {
  check_deadlines({date(2024, 5, 31), date(2024, 6, 3), date(2024, 6, 5)});
  check_deadlines({date(2024, 2, 28), date(2024, 2, 29), date(2024, 3, 4)});
  // May Day 2024: Tue Apr 30, then May 1-5 off.
  check_deadlines({date(2024, 4, 30), date(2024, 5, 6), date(2024, 5, 8)});
  // Spring Festival 2026: Fri Feb 13, Sat Feb 14 worked, Feb 15-23 off.
  check_deadlines({date(2026, 2, 13), date(2026, 2, 14), date(2026, 2, 25)});
  // Year end: Wed 2025-12-31, Jan 1-2 2026 off, Sun Jan 4 worked.
  check_deadlines({date(2025, 12, 31), date(2026, 1, 4), date(2026, 1, 6)});
}

TEST_CASE("the refund is due 24 hours of wall time after the returned goods arrive") {
  auto r = fault_reported(date(2025, 9, 30));
  // 17:00 Beijing time on Sep 30; the holiday does not stop this clock.
  r.returned_goods_received_at = ptime(date(2025, 9, 30), boost::posix_time::hours(9));
  const auto e = kefu::decide_entitlement(r, policy, mainland());
  REQUIRE(e.deadlines);
  CHECK(e.deadlines->refund_by == ptime(date(2025, 10, 1), boost::posix_time::hours(9)));
  CHECK(fmt::format("{}", e).find("pickup by: 2025-10-09\ncompleted by: 2025-10-11\n"
                                  "refund by: 2025-10-01T09:00:00Z\n") != std::string::npos);
}

TEST_CASE("a no-reason return gets the same deadlines, a repair or a late return none") {
  kefu::AftersalesRequest r;
  r.purchased = date(2025, 9, 20);
  r.signed_for = date(2025, 9, 23);
  r.requested = date(2025, 9, 30);
  auto e = kefu::decide_entitlement(r, policy, mainland());
  REQUIRE(e.deadlines);
  CHECK(e.deadlines->pickup_by == date(2025, 10, 9));
  CHECK(e.deadlines->completed_by == date(2025, 10, 11));
  r.requested = date(2025, 10, 1);
  CHECK_FALSE(kefu::decide_entitlement(r, policy, mainland()).deadlines);

  auto repair = fault_reported(date(2025, 9, 30));
  repair.purchased = date(2025, 6, 1);
  e = kefu::decide_entitlement(repair, policy, mainland());
  CHECK(e.allows(kefu::Remedy::repair));
  CHECK_FALSE(e.deadlines);
}

TEST_CASE("the host's policy sets how many business days each step takes") {
  kefu::AftersalesPolicy::Terms terms;
  terms.pickup_business_days = 2;
  terms.completion_business_days = 5;
  terms.refund_after_receipt = boost::posix_time::hours(48);
  auto r = fault_reported(date(2025, 9, 30));
  r.returned_goods_received_at = ptime(date(2025, 9, 30), boost::posix_time::hours(9));
  const auto e = kefu::decide_entitlement(r, kefu::AftersalesPolicy(terms), mainland());
  REQUIRE(e.deadlines);
  CHECK(e.deadlines->pickup_by == date(2025, 10, 10));
  CHECK(e.deadlines->completed_by == date(2025, 10, 14));
  CHECK(e.deadlines->refund_by == ptime(date(2025, 10, 2), boost::posix_time::hours(9)));
}

TEST_CASE("a refused request gets no deadlines and a year the calendar lacks is its error") {
  auto r = fault_reported(date(2025, 9, 30));
  r.signed_for = date(2025, 9, 1);
  CHECK_FALSE(kefu::decide_entitlement(r, policy, mainland()).deadlines);
  CHECK_THROWS_AS(kefu::decide_entitlement(fault_reported(date(2030, 6, 3)), policy, mainland()),
                  kefu::uncovered_year_error);
}

TEST_CASE("a reship has no pickup, and a paid repair's spare part is dated on the calendar") {
  auto r = fault_reported(date(2025, 9, 30));
  r.arrived_damaged = true;
  r.safety_concern = true;
  const auto e = kefu::decide_entitlement(r, policy, mainland());
  REQUIRE(e.deadlines);
  CHECK(e.deadlines->pickup_by.is_not_a_date());
  // Tue Sep 30 + 3 business days: Oct 9, 10, Sat Oct 11 (worked).
  CHECK(fmt::format("{}", e).find("return shipping: none (无需寄回)\ncompleted by: 2025-10-11\n") !=
        std::string::npos);

  kefu::AftersalesPolicy::Terms terms;
  terms.spare_part_lead_times = {{"mobile_phone", 1}};
  auto repair = fault_reported(date(2025, 9, 30));
  repair.damaged_by_misuse = true;
  // Asked on Sat Sep 27: Sun Sep 28 is worked, so the part is due then.
  repair.requested = date(2025, 9, 27);
  repair.purchased = date(2025, 9, 20);
  const auto quoted = kefu::decide_entitlement(repair, kefu::AftersalesPolicy(terms), mainland());
  REQUIRE(quoted.repair_quote);
  CHECK(quoted.repair_quote->spare_part_by == date(2025, 9, 28));
  CHECK(fmt::format("{}", quoted).find("quote: spare part in 1 business day, by 2025-09-28\n") !=
        std::string::npos);
}
