#pragma once
// kefu::calendars::china_mainland: the State Council's public holidays and make-up workdays
// (调休) for mainland China, in UTC+8. The data is one file per year under
// src/calendar/data/; china_mainland_years() says which years it holds.

#include <kefu/calendar/business_calendar.hpp>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <vector>

namespace kefu::calendars {

// The years with an official schedule in kefu's data, ascending.
std::vector<int> china_mainland_years();

// The official schedule: every day off in each holiday span (statutory days and rest days
// apart), and the weekend days worked, which take the weekly hours of `makeup_hours_of`.
HolidaySchedule china_mainland_schedule(
    boost::gregorian::greg_weekday makeup_hours_of = boost::gregorian::Monday);

// A calendar with the given weekly hours and the official schedule. Outside the covered years
// it refuses (the default) or falls back to the weekly hours and says so.
BusinessCalendar china_mainland(WeeklyHours weekly_hours,
                                UncoveredYears uncovered = UncoveredYears::refuse);

}  // namespace kefu::calendars
