// CalendarSpec: a calendar description turned into a calendar.

#include <kefu/calendar/calendar_spec.hpp>
#include <kefu/calendar/calendars/embedded.hpp>
#include <kefu/calendar/time_zone.hpp>

namespace kefu {

HolidaySchedule CalendarSpec::schedule() const {
  HolidaySchedule merged;
  for (const std::string& region : regions) merged.merge(calendars::embedded_schedule(region));
  for (const HolidaySchedule& more : schedules) merged.merge(more);
  return merged;
}

BusinessCalendar CalendarSpec::build() const {
  return BusinessCalendar(weekly_hours, schedule(),
                          zone.empty() ? TimeZonePtr{} : posix_time_zone(zone), uncovered_years);
}

}  // namespace kefu
