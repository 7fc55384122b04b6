// kefu::calendars::china_mainland: the embedded "cn" schedule files, read as one schedule.

#include <kefu/calendar/calendars/china_mainland.hpp>
#include <kefu/calendar/calendars/embedded.hpp>
#include <kefu/calendar/time_zone.hpp>

namespace kefu::calendars {

std::vector<int> china_mainland_years() { return embedded_schedule("cn").covered_years(); }

HolidaySchedule china_mainland_schedule(boost::gregorian::greg_weekday makeup_hours_of) {
  const HolidaySchedule& embedded = embedded_schedule("cn");
  HolidaySchedule schedule;
  schedule.set_region(embedded.region());
  for (const int year : embedded.covered_years()) schedule.cover_year(year);
  for (const ScheduleSource& source : embedded.sources()) schedule.cite(source);
  for (const DayRule& rule : embedded.rules()) {
    if (rule.kind == DayKind::makeup_workday) {
      schedule.work(rule.day, makeup_hours_of, rule.name);
    } else if (rule.kind == DayKind::special_hours) {
      schedule.special_hours(rule.day, rule.hours, rule.name);
    } else {
      schedule.close(rule.day, rule.kind, rule.name);
    }
  }
  return schedule;
}

BusinessCalendar china_mainland(WeeklyHours weekly_hours, UncoveredYears uncovered) {
  return china_mainland(std::move(weekly_hours), {}, uncovered);
}

BusinessCalendar china_mainland(WeeklyHours weekly_hours,
                                const std::vector<HolidaySchedule>& further_years,
                                UncoveredYears uncovered) {
  HolidaySchedule schedule = embedded_schedule("cn");
  for (const HolidaySchedule& year : further_years) schedule.merge(year);
  return BusinessCalendar(std::move(weekly_hours), std::move(schedule), china_time_zone(),
                          uncovered);
}

}  // namespace kefu::calendars
