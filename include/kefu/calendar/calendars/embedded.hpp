#pragma once
// The holiday schedules built into the library: one JSON file per region and year under
// src/calendar/data/ (docs/rules.md §calendar), embedded at build time and read on first use.
// A year the library lacks is a file the host loads with kefu::io::holiday_schedule_from_json
// and merges (HolidaySchedule::merge, CalendarSpec::schedules): not a new release.

#include <kefu/calendar/holiday_schedule.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace kefu::calendars {

// The regions with embedded schedules, sorted: {"cn"}.
std::vector<std::string> embedded_regions();

// Every embedded year of `region`, merged into one schedule (its covered years, rules and
// sources). Throws kefu::config_error for a region with no embedded schedule.
const HolidaySchedule& embedded_schedule(std::string_view region);

}  // namespace kefu::calendars
