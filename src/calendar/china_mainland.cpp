// kefu::calendars::china_mainland: the registry of yearly State Council schedules. Adding a
// year is one data file under data/ plus one line here and one in CMakeLists.txt.

#include "data/china_mainland_year.hpp"
#include <kefu/calendar/calendars/china_mainland.hpp>
#include <kefu/calendar/time_zone.hpp>

namespace kefu::calendars {

namespace {

// clang-format off
const detail::ChinaYear* const kYears[] = {
    &detail::china_mainland_2024,
    &detail::china_mainland_2025,
    &detail::china_mainland_2026,
};
// clang-format on

}  // namespace

std::vector<int> china_mainland_years() {
  std::vector<int> years;
  for (const detail::ChinaYear* year : kYears) years.push_back(year->year);
  return years;
}

HolidaySchedule china_mainland_schedule(boost::gregorian::greg_weekday makeup_hours_of) {
  HolidaySchedule schedule;
  for (const detail::ChinaYear* year : kYears) {
    schedule.cover_year(year->year);
    for (std::size_t i = 0; i < year->count; ++i) {
      const detail::ChinaDay& entry = year->days[i];
      const boost::gregorian::date day(year->year, entry.month, entry.day);
      switch (entry.mark) {
        case detail::Mark::statutory:
          schedule.close(day, DayKind::statutory_holiday, entry.festival);
          break;
        case detail::Mark::rest:
          schedule.close(day, DayKind::rest_day, entry.festival);
          break;
        case detail::Mark::work:
          schedule.work(day, makeup_hours_of, entry.festival);
          break;
      }
    }
  }
  return schedule;
}

BusinessCalendar china_mainland(WeeklyHours weekly_hours, UncoveredYears uncovered) {
  return BusinessCalendar(std::move(weekly_hours), china_mainland_schedule(), china_time_zone(),
                          uncovered);
}

}  // namespace kefu::calendars
