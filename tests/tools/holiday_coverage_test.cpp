#include "holiday_coverage.hpp"

#include <kefu/config.hpp>

#include <doctest/doctest.h>

using boost::gregorian::date;
using namespace kefu::tool;

TEST_CASE("config check warns within 60 days of the end of the holiday data") {
  // The shipped calendar embeds the State Council's schedules for 2024-2026: the data ends on
  // 2026-12-31. 2026-11-01 is 60 days before it (30 days of November, 30 more of December).
  const kefu::BusinessCalendar calendar = kefu::Config::defaults().business_calendar();
  CHECK(schedule_end(calendar) == date(2026, 12, 31));
  CHECK_FALSE(coverage_warning(calendar, date(2026, 10, 31)));  // 61 days left
  const auto warning = coverage_warning(calendar, date(2026, 11, 1));
  REQUIRE(warning);
  CHECK(*warning ==
        "the holiday schedules end on 2026-12-31, 60 days after 2026-11-01: deadlines in 2027 "
        "will be counted on the weekly hours alone (provisional) until its schedule is loaded");
  CHECK(coverage_warning(calendar, date(2027, 1, 5))->find("ended on 2026-12-31, 5 days before") !=
        std::string::npos);
}

TEST_CASE("a calendar without covered years never warns") {
  const auto always = kefu::BusinessCalendar::always_open();
  CHECK_FALSE(schedule_end(always));
  CHECK_FALSE(coverage_warning(always, date(2026, 12, 30)));
}
