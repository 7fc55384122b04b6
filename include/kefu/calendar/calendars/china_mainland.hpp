#pragma once
// kefu::calendars::china_mainland: the State Council's public holidays and make-up workdays
// (调休) for mainland China, in UTC+8 (docs/rules.md §calendar). The data is one JSON file per
// year under src/calendar/data/cn/, embedded in the library; china_mainland_years() says which
// years it holds. A year published after this build (the 2027 notice comes around November
// 2026) is a file the host loads and passes as `further_years`.

#include <kefu/calendar/business_calendar.hpp>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <vector>

namespace kefu::calendars {

// The years with an official schedule in kefu's embedded data, ascending.
std::vector<int> china_mainland_years();

// The official schedule: every day off in each holiday span (statutory days and rest days
// apart), and the weekend days worked, which take the weekly hours of `makeup_hours_of`.
HolidaySchedule china_mainland_schedule(
    boost::gregorian::greg_weekday makeup_hours_of = boost::gregorian::Monday);

// A calendar with the given weekly hours and the official schedule. Outside the covered years
// it refuses (the default) or falls back to the weekly hours and says so.
BusinessCalendar china_mainland(WeeklyHours weekly_hours,
                                UncoveredYears uncovered = UncoveredYears::refuse);

// The same with further year files merged after the embedded ones (each from
// kefu::io::holiday_schedule_from_json). Throws kefu::config_error when one repeats a date
// the others hold, names another region, or leaves a gap in the covered years.
BusinessCalendar china_mainland(WeeklyHours weekly_hours,
                                const std::vector<HolidaySchedule>& further_years,
                                UncoveredYears uncovered = UncoveredYears::refuse);

}  // namespace kefu::calendars
