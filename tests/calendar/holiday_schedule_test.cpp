// HolidaySchedule: sorted dated exceptions, each date once.

#include <kefu/calendar/holiday_schedule.hpp>
#include <kefu/core/error.hpp>

#include <doctest/doctest.h>

using boost::gregorian::date;
using kefu::DayKind;

TEST_CASE("rules are kept sorted by date and found by date") {
  kefu::HolidaySchedule schedule;
  schedule.close(date(2025, 10, 2), DayKind::statutory_holiday, "National Day")
      .work(date(2025, 9, 28), boost::gregorian::Friday, "make-up")
      .special_hours(date(2025, 12, 24), {kefu::open_hours(9, 0, 13, 0)}, "Christmas Eve")
      .close(date(2025, 10, 1), DayKind::rest_day, "rest");
  REQUIRE(schedule.rules().size() == 4);
  CHECK(schedule.rules()[0].day == date(2025, 9, 28));
  CHECK(schedule.rules()[1].day == date(2025, 10, 1));
  CHECK(schedule.rules()[3].day == date(2025, 12, 24));
  const kefu::DayRule* makeup = schedule.find(date(2025, 9, 28));
  REQUIRE(makeup != nullptr);
  CHECK(makeup->kind == DayKind::makeup_workday);
  CHECK(makeup->hours_of == boost::gregorian::Friday);
  CHECK_FALSE(makeup->is_closed());
  CHECK(schedule.find(date(2025, 10, 2))->is_closed());
  CHECK(schedule.find(date(2025, 10, 3)) == nullptr);
}

TEST_CASE("covered years are kept sorted without repeats") {
  kefu::HolidaySchedule schedule;
  schedule.cover_year(2026).cover_year(2024).cover_year(2025).cover_year(2025);
  CHECK(schedule.covered_years() == std::vector{2024, 2025, 2026});
}

TEST_CASE("a date listed twice or closed with an opening kind is refused") {
  kefu::HolidaySchedule schedule;
  schedule.close(date(2025, 10, 1), DayKind::statutory_holiday, "National Day");
  CHECK_THROWS_WITH_AS(schedule.work(date(2025, 10, 1), boost::gregorian::Monday, "x"),
                       "holiday schedule: 2025-10-01 is listed twice", kefu::config_error);
  CHECK_THROWS_WITH_AS(schedule.close(date(2025, 10, 9), DayKind::makeup_workday, "x"),
                       "holiday schedule: 2025-10-09 is closed with a kind that opens it",
                       kefu::config_error);
  CHECK_THROWS_WITH_AS(
      schedule.special_hours(date(2025, 12, 24), {kefu::open_hours(13, 0, 9, 0)}, "x"),
      "holiday schedule 2025-12-24: interval 13:00-09:00 is reversed or empty (a night shift "
      "closes past 24:00, e.g. 22:00-30:00)",
      kefu::config_error);
  CHECK(schedule.rules().size() == 1);
}
