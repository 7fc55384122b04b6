#pragma once
// kefu::CalendarSpec: everything a BusinessCalendar is built from, as plain data, for the
// configuration document (kefu::io::calendar_spec_from_json reads it, to_json writes it).
// Equal specs build calendars that give equal answers.

#include <kefu/calendar/business_calendar.hpp>
#include <kefu/calendar/business_hours.hpp>
#include <kefu/calendar/holiday_schedule.hpp>

#include <string>
#include <vector>

namespace kefu {

struct CalendarSpec {
  WeeklyHours weekly_hours;
  // A POSIX TZ string, as kefu::posix_time_zone reads it ("CST-8"); empty means UTC.
  std::string zone;
  // Embedded schedules by region ("cn": kefu::calendars::embedded_schedule), merged first.
  std::vector<std::string> regions;
  // Further schedules (the host's year files, company closures), merged after the regions.
  std::vector<HolidaySchedule> schedules;
  UncoveredYears uncovered_years = UncoveredYears::refuse;

  // The regions' and schedules' dates as one schedule. Throws kefu::config_error as
  // HolidaySchedule::merge and embedded_schedule do.
  HolidaySchedule schedule() const;
  // Throws kefu::config_error as schedule(), posix_time_zone and BusinessCalendar do.
  BusinessCalendar build() const;

  friend bool operator==(const CalendarSpec& a, const CalendarSpec& b) {
    return a.weekly_hours == b.weekly_hours && a.zone == b.zone && a.regions == b.regions &&
           a.schedules == b.schedules && a.uncovered_years == b.uncovered_years;
  }
  friend bool operator!=(const CalendarSpec& a, const CalendarSpec& b) { return !(a == b); }
};

}  // namespace kefu
