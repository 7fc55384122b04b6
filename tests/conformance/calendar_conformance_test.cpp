// Conformance of kefu's China mainland calendar with the State Council General Office's
// notices on each year's holiday arrangements (2024: issued 2023-10-25; 2025: 2024-11-12; 2026:
// 2025-11-04). One test case per line of a notice: the days off (放假) and the weekend days
// worked (上班), re-typed from the notice, never read from kefu's data files. The calendar is an
// office open Monday to Friday, so a weekend day is a business day only when the notice makes it
// a workday.

#include <kefu/calendar/calendars/china_mainland.hpp>
#include <kefu/core/error.hpp>

#include <boost/date_time/posix_time/posix_time.hpp>

#include <doctest/doctest.h>

#include <initializer_list>

using boost::gregorian::date;
using boost::gregorian::days;

namespace {

const kefu::BusinessCalendar& office() {
  static const kefu::BusinessCalendar calendar = kefu::calendars::china_mainland(
      kefu::WeeklyHours::monday_to_friday({kefu::open_hours(9, 0, 18, 0)}));
  return calendar;
}

// Every day of [first, last] closed, the days before and after it open or an ordinary weekend,
// and each day in `worked` (all weekend days) a business day.
void holiday(date first, date last, std::initializer_list<date> worked) {
  const auto& cal = office();
  for (date day = first; day <= last; day += days(1)) {
    CAPTURE(day);
    CHECK_FALSE(cal.is_business_day(day));
  }
  for (const date edge : {first - days(1), last + days(1)}) {
    CAPTURE(edge);
    const bool weekend = edge.day_of_week() == 0 || edge.day_of_week() == 6;
    if (!weekend) CHECK(cal.is_business_day(edge));
  }
  for (const date day : worked) {
    CAPTURE(day);
    CHECK((day.day_of_week() == 0 || day.day_of_week() == 6));
    CHECK(cal.is_business_day(day));
  }
}

int working_days(int year) {
  int count = 0;
  for (date day(year, 1, 1); day.year() == year; day += days(1)) {
    count += office().is_business_day(day) ? 1 : 0;
  }
  return count;
}

int statutory_days(int year) {
  int count = 0;
  const auto schedule = kefu::calendars::china_mainland_schedule();
  for (const auto& rule : schedule.rules()) {
    if (rule.day.year() == year && rule.kind == kefu::DayKind::statutory_holiday) ++count;
  }
  return count;
}

}  // namespace

// --- 2024 ---

TEST_CASE("State Council 2024 notice: New Year's Day 1 January closed, with the weekend") {
  holiday(date(2024, 1, 1), date(2024, 1, 1), {});
}

TEST_CASE(
    "State Council 2024 notice: Spring Festival closed 10-17 February, 4 and 18 February "
    "worked") {
  holiday(date(2024, 2, 10), date(2024, 2, 17), {date(2024, 2, 4), date(2024, 2, 18)});
}

TEST_CASE("State Council 2024 notice: lunar New Year's Eve, Friday 9 February, is a workday") {
  CHECK(office().is_business_day(date(2024, 2, 9)));
}

TEST_CASE("State Council 2024 notice: Qingming closed 4-6 April, 7 April worked") {
  holiday(date(2024, 4, 4), date(2024, 4, 6), {date(2024, 4, 7)});
}

TEST_CASE("State Council 2024 notice: Labour Day closed 1-5 May, 28 April and 11 May worked") {
  holiday(date(2024, 5, 1), date(2024, 5, 5), {date(2024, 4, 28), date(2024, 5, 11)});
}

TEST_CASE("State Council 2024 notice: Dragon Boat 10 June closed, with the weekend before") {
  holiday(date(2024, 6, 8), date(2024, 6, 10), {});
}

TEST_CASE("State Council 2024 notice: Mid-Autumn closed 15-17 September, 14 September worked") {
  holiday(date(2024, 9, 15), date(2024, 9, 17), {date(2024, 9, 14)});
}

TEST_CASE(
    "State Council 2024 notice: National Day closed 1-7 October, 29 September and 12 "
    "October worked") {
  holiday(date(2024, 10, 1), date(2024, 10, 7), {date(2024, 9, 29), date(2024, 10, 12)});
}

// --- 2025 ---

TEST_CASE("State Council 2025 notice: New Year's Day 1 January closed, no days moved") {
  holiday(date(2025, 1, 1), date(2025, 1, 1), {});
}

TEST_CASE(
    "State Council 2025 notice: Spring Festival closed 28 January-4 February, 26 January "
    "and 8 February worked") {
  holiday(date(2025, 1, 28), date(2025, 2, 4), {date(2025, 1, 26), date(2025, 2, 8)});
}

TEST_CASE("State Council 2025 notice: Qingming closed 4-6 April") {
  holiday(date(2025, 4, 4), date(2025, 4, 6), {});
}

TEST_CASE("State Council 2025 notice: Labour Day closed 1-5 May, 27 April worked") {
  holiday(date(2025, 5, 1), date(2025, 5, 5), {date(2025, 4, 27)});
}

TEST_CASE("State Council 2025 notice: Dragon Boat closed 31 May-2 June") {
  holiday(date(2025, 5, 31), date(2025, 6, 2), {});
}

TEST_CASE(
    "State Council 2025 notice: National Day and Mid-Autumn closed 1-8 October, 28 "
    "September and 11 October worked") {
  holiday(date(2025, 10, 1), date(2025, 10, 8), {date(2025, 9, 28), date(2025, 10, 11)});
}

// --- 2026 ---

TEST_CASE("State Council 2026 notice: New Year closed 1-3 January, 4 January worked") {
  holiday(date(2026, 1, 1), date(2026, 1, 3), {date(2026, 1, 4)});
}

TEST_CASE(
    "State Council 2026 notice: Spring Festival closed 15-23 February, 14 and 28 February "
    "worked") {
  holiday(date(2026, 2, 15), date(2026, 2, 23), {date(2026, 2, 14), date(2026, 2, 28)});
}

TEST_CASE("State Council 2026 notice: Qingming closed 4-6 April") {
  holiday(date(2026, 4, 4), date(2026, 4, 6), {});
}

TEST_CASE("State Council 2026 notice: Labour Day closed 1-5 May, 9 May worked") {
  holiday(date(2026, 5, 1), date(2026, 5, 5), {date(2026, 5, 9)});
}

TEST_CASE("State Council 2026 notice: Dragon Boat closed 19-21 June") {
  holiday(date(2026, 6, 19), date(2026, 6, 21), {});
}

TEST_CASE("State Council 2026 notice: Mid-Autumn closed 25-27 September") {
  holiday(date(2026, 9, 25), date(2026, 9, 27), {});
}

TEST_CASE(
    "State Council 2026 notice: National Day closed 1-7 October, 20 September and 10 "
    "October worked") {
  holiday(date(2026, 10, 1), date(2026, 10, 7), {date(2026, 9, 20), date(2026, 10, 10)});
}

// --- the years as a whole ---

// Monday-Friday days minus the weekdays off plus the weekend days worked: 2024 has 262 weekdays,
// 19 of them off, 8 weekend days worked (251); 2025 has 261, 18 off, 5 worked (248); 2026 has
// 261, 19 off, 6 worked (248).
TEST_CASE("State Council notices: 251 working days in 2024, 248 in 2025 and 248 in 2026") {
  CHECK(working_days(2024) == 251);
  CHECK(working_days(2025) == 248);
  CHECK(working_days(2026) == 248);
}

// The national holidays regulation as revised in November 2024: 11 statutory days until 2024,
// 13 from 2025 (lunar New Year's Eve and 2 May added). Rest days moved next to them are not
// statutory (overtime on them is paid differently).
TEST_CASE("national holidays regulation: 11 statutory days in 2024, 13 from 2025") {
  CHECK(statutory_days(2024) == 11);
  CHECK(statutory_days(2025) == 13);
  CHECK(statutory_days(2026) == 13);
  const auto schedule = kefu::calendars::china_mainland_schedule();
  CHECK(schedule.find(date(2025, 1, 28))->kind == kefu::DayKind::statutory_holiday);  // 除夕
  CHECK(schedule.find(date(2025, 5, 2))->kind == kefu::DayKind::statutory_holiday);
  CHECK(schedule.find(date(2025, 10, 7))->kind == kefu::DayKind::rest_day);
}

// kefu's rule (TECH.md §3): a year with no notice is never silently weekends-only. By default
// it is refused; the weekly-hours fallback says that it was used.
TEST_CASE("a year without a notice is refused, or answered on weekly hours and said so") {
  const auto start = boost::posix_time::time_from_string("2026-12-31 09:00:00");  // 17:00 BJ
  CHECK_THROWS_WITH_AS(office().add(start, boost::posix_time::hours(2)),
                       "business calendar add: no holiday schedule for 2027",
                       kefu::uncovered_year_error);
  const auto fallback = kefu::calendars::china_mainland(
      kefu::WeeklyHours::monday_to_friday({kefu::open_hours(9, 0, 18, 0)}),
      kefu::UncoveredYears::weekly_hours);
  const auto end = fallback.add(start, boost::posix_time::hours(2));
  CHECK_FALSE(fallback.covers(start, end));
  CHECK(fallback.explain(start, end).uncovered_years == std::vector{2027});
}
