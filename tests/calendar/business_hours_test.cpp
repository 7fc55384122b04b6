// WeeklyHours: intervals are checked per day and kept sorted.

#include <kefu/calendar/business_hours.hpp>
#include <kefu/core/error.hpp>

#include <doctest/doctest.h>

using boost::gregorian::Friday;
using boost::gregorian::Monday;
using boost::gregorian::Saturday;
using boost::gregorian::Sunday;
using boost::posix_time::hours;
using kefu::open_hours;

TEST_CASE("a day may have several intervals, kept in order of opening") {
  kefu::WeeklyHours week;
  week.set(Monday, {open_hours(13, 30, 18, 30), open_hours(9, 0, 12, 0)});
  REQUIRE(week.hours(Monday).size() == 2);
  CHECK(week.hours(Monday)[0] == open_hours(9, 0, 12, 0));
  CHECK(week.hours(Monday)[1] == open_hours(13, 30, 18, 30));
  CHECK(week.hours(Sunday).empty());
}

TEST_CASE("monday_to_friday leaves the weekend closed and always_open covers every day") {
  const auto week = kefu::WeeklyHours::monday_to_friday({open_hours(9, 0, 18, 0)});
  CHECK(week.hours(Friday).size() == 1);
  CHECK(week.hours(Saturday).empty());
  CHECK(week.hours(Sunday).empty());
  const auto always = kefu::WeeklyHours::always_open();
  CHECK(always.hours(Sunday) == std::vector{kefu::OpenInterval{hours(0), hours(24)}});
}

TEST_CASE("a night shift is written with a close past midnight") {
  kefu::WeeklyHours week;
  week.set(Friday, {open_hours(22, 0, 30, 0)});
  CHECK(week.hours(Friday)[0].close == hours(30));
}

TEST_CASE("reversed, empty, overlong and overlapping intervals are refused") {
  kefu::WeeklyHours week;
  CHECK_THROWS_WITH_AS(week.set(Monday, {open_hours(18, 0, 9, 0)}),
                       "weekly hours monday: interval 18:00-09:00 is reversed or empty (a night "
                       "shift closes past 24:00, e.g. 22:00-30:00)",
                       kefu::config_error);
  CHECK_THROWS_WITH_AS(week.set(Monday, {open_hours(9, 0, 9, 0)}),
                       "weekly hours monday: interval 09:00-09:00 is reversed or empty (a night "
                       "shift closes past 24:00, e.g. 22:00-30:00)",
                       kefu::config_error);
  CHECK_THROWS_WITH_AS(week.set(Monday, {open_hours(9, 0, 12, 0), open_hours(11, 0, 13, 0)}),
                       "weekly hours monday: interval 09:00-12:00 overlaps 11:00-13:00",
                       kefu::config_error);
  CHECK_THROWS_WITH_AS(week.set(Sunday, {open_hours(20, 0, 44, 1)}),
                       "weekly hours sunday: interval 20:00-44:01 is longer than a day",
                       kefu::config_error);
  CHECK_THROWS_WITH_AS(
      week.set(Sunday, {open_hours(24, 0, 26, 0)}),
      "weekly hours sunday: interval 24:00-26:00 must open between 00:00 and 24:00",
      kefu::config_error);
  CHECK_THROWS_WITH_AS(kefu::WeeklyHours::monday_to_friday({open_hours(12, 0, 11, 0)}),
                       "weekly hours: interval 12:00-11:00 is reversed or empty (a night shift "
                       "closes past 24:00, e.g. 22:00-30:00)",
                       kefu::config_error);
  CHECK(week.hours(Monday).empty());  // a refused set() leaves the day unchanged
}

TEST_CASE("touching intervals are allowed") {
  kefu::WeeklyHours week;
  week.set(Monday, {open_hours(9, 0, 12, 0), open_hours(12, 0, 13, 0)});
  CHECK(week.hours(Monday).size() == 2);
}
