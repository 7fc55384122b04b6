// The bundled State Council schedules, checked day by day against dates re-typed from the
// notices for 2024 (issued 2023-10-25), 2025 (2024-11-12) and 2026 (2025-11-04), and against the
// working-day counts 251, 248 and 248.

#include <kefu/calendar/calendars/china_mainland.hpp>
#include <kefu/calendar/instant.hpp>
#include <kefu/calendar/time_zone.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

using boost::gregorian::date;
using boost::gregorian::days;
using kefu::open_hours;

namespace {

using MonthDay = std::pair<int, int>;

struct Year {
  int year;
  std::vector<MonthDay> weekday_closures;  // weekdays off
  std::vector<MonthDay> makeup_days;       // weekend days worked
  int working_days;
};

// clang-format off
const Year kYears[] = {
    {2024,
     {{1, 1}, {2, 12}, {2, 13}, {2, 14}, {2, 15}, {2, 16}, {4, 4}, {4, 5}, {5, 1}, {5, 2}, {5, 3},
      {6, 10}, {9, 16}, {9, 17}, {10, 1}, {10, 2}, {10, 3}, {10, 4}, {10, 7}},
     {{2, 4}, {2, 18}, {4, 7}, {4, 28}, {5, 11}, {9, 14}, {9, 29}, {10, 12}},
     251},
    {2025,
     {{1, 1}, {1, 28}, {1, 29}, {1, 30}, {1, 31}, {2, 3}, {2, 4}, {4, 4}, {5, 1}, {5, 2}, {5, 5},
      {6, 2}, {10, 1}, {10, 2}, {10, 3}, {10, 6}, {10, 7}, {10, 8}},
     {{1, 26}, {2, 8}, {4, 27}, {9, 28}, {10, 11}},
     248},
    {2026,
     {{1, 1}, {1, 2}, {2, 16}, {2, 17}, {2, 18}, {2, 19}, {2, 20}, {2, 23}, {4, 6}, {5, 1}, {5, 4},
      {5, 5}, {6, 19}, {9, 25}, {10, 1}, {10, 2}, {10, 5}, {10, 6}, {10, 7}},
     {{1, 4}, {2, 14}, {2, 28}, {5, 9}, {9, 20}, {10, 10}},
     248},
};
// clang-format on

bool listed(const std::vector<MonthDay>& days, date day) {
  return std::find(days.begin(), days.end(), MonthDay{day.month(), day.day()}) != days.end();
}

kefu::BusinessCalendar office() {
  return kefu::calendars::china_mainland(
      kefu::WeeklyHours::monday_to_friday({open_hours(9, 0, 18, 0)}));
}

}  // namespace

TEST_CASE("the data covers 2024, 2025 and 2026") {
  CHECK(kefu::calendars::china_mainland_years() == std::vector{2024, 2025, 2026});
  CHECK(office().covered_years() == std::vector{2024, 2025, 2026});
}

TEST_CASE("every day of each year is a business day exactly as the notice says") {
  const auto cal = office();
  for (const Year& year : kYears) {
    CAPTURE(year.year);
    int working = 0;
    for (date day(year.year, 1, 1); day.year() == year.year; day += days(1)) {
      CAPTURE(day);
      const bool weekend = day.day_of_week() == 0 || day.day_of_week() == 6;
      const bool expected =
          weekend ? listed(year.makeup_days, day) : !listed(year.weekday_closures, day);
      CHECK(cal.is_business_day(day) == expected);
      working += expected ? 1 : 0;
    }
    CHECK(working == year.working_days);
    // Jan 1 is a holiday every year, so (Jan 1, Dec 31] holds all working days.
    CHECK(cal.business_days_between(date(year.year, 1, 1), date(year.year, 12, 31)) ==
          year.working_days);
  }
}

TEST_CASE("statutory days are kept apart from moved rest days") {
  const auto schedule = kefu::calendars::china_mainland_schedule();
  const auto kind = [&schedule](int y, int m, int d) { return schedule.find(date(y, m, d))->kind; };
  // 2025 National Day and Mid-Autumn: Oct 1-3 and Oct 6 statutory, Oct 7-8 moved.
  CHECK(kind(2025, 10, 1) == kefu::DayKind::statutory_holiday);
  CHECK(kind(2025, 10, 3) == kefu::DayKind::statutory_holiday);
  CHECK(kind(2025, 10, 6) == kefu::DayKind::statutory_holiday);
  CHECK(kind(2025, 10, 7) == kefu::DayKind::rest_day);
  CHECK(kind(2025, 10, 8) == kefu::DayKind::rest_day);
  CHECK(kind(2025, 9, 28) == kefu::DayKind::makeup_workday);
  // 2025 Spring Festival: New Year's Eve Jan 28 is statutory from 2025 on.
  CHECK(kind(2025, 1, 28) == kefu::DayKind::statutory_holiday);
  CHECK(kind(2025, 2, 3) == kefu::DayKind::rest_day);
  // 2026 Spring Festival: Feb 16 (eve) to 19 statutory, Feb 20 and 23 moved.
  CHECK(kind(2026, 2, 16) == kefu::DayKind::statutory_holiday);
  CHECK(kind(2026, 2, 19) == kefu::DayKind::statutory_holiday);
  CHECK(kind(2026, 2, 20) == kefu::DayKind::rest_day);
  CHECK(kind(2026, 2, 23) == kefu::DayKind::rest_day);
  // 11 statutory days in 2024, 13 from 2025.
  int statutory[3] = {0, 0, 0};
  for (const auto& rule : schedule.rules()) {
    if (rule.kind == kefu::DayKind::statutory_holiday) ++statutory[rule.day.year() - 2024];
  }
  CHECK(statutory[0] == 11);
  CHECK(statutory[1] == 13);
  CHECK(statutory[2] == 13);
}

TEST_CASE("a seven-day service closes the weekend days inside a holiday span") {
  const auto cal = kefu::calendars::china_mainland(kefu::WeeklyHours::always_open());
  CHECK_FALSE(cal.is_business_day(date(2025, 10, 4)));  // Saturday in the National Day span
  CHECK_FALSE(cal.is_business_day(date(2026, 2, 15)));  // Sunday, first day of Spring Festival
  CHECK(cal.is_business_day(date(2025, 10, 12)));       // an ordinary Sunday
  // Oct 1-8 closed: Sep 30 + 1 business day is Oct 9.
  CHECK(cal.add_business_days(date(2025, 9, 30), 1) == date(2025, 10, 9));
}

TEST_CASE("make-up workdays take the hours of the chosen weekday") {
  kefu::WeeklyHours week = kefu::WeeklyHours::monday_to_friday({open_hours(9, 0, 18, 0)});
  week.set(boost::gregorian::Friday, {open_hours(9, 0, 15, 0)});
  const kefu::BusinessCalendar cal(
      week, kefu::calendars::china_mainland_schedule(boost::gregorian::Friday),
      kefu::china_time_zone());
  // Saturday 2025-10-11 works Friday's 09:00-15:00 (UTC+8).
  const auto midnight = kefu::parse_instant("2025-10-11T00:00:00+08:00");
  CHECK(cal.between(midnight, midnight + boost::posix_time::hours(24)) ==
        boost::posix_time::hours(6));
}

TEST_CASE("each year's data cites its State Council notice") {
  // Issue dates re-typed from the notices: 2023-10-25, 2024-11-12 and 2025-11-04.
  const auto schedule = kefu::calendars::china_mainland_schedule();
  const auto& sources = schedule.sources();
  REQUIRE(sources.size() == 3);
  const date issued[] = {date(2023, 10, 25), date(2024, 11, 12), date(2025, 11, 4)};
  for (int i = 0; i < 3; ++i) {
    CAPTURE(i);
    CHECK(sources[i].issued == issued[i]);
    CHECK(sources[i].title ==
          "国务院办公厅关于" + std::to_string(2024 + i) + "年部分节假日安排的通知");
    CHECK(sources[i].url.rfind("https://www.gov.cn/zhengce/content/", 0) == 0);
  }
  CHECK(schedule.region() == "cn");
}
