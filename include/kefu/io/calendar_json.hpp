#pragma once
// JSON edge of the calendar: holiday schedule files (one per region and year, as embedded
// under src/calendar/data/), weekly hours, and the calendar description the configuration
// document holds. Comments and trailing commas are accepted. Every error is a
// kefu::parse_error naming the place:
//   calendar: $.weekly_hours.monday[1]: overlaps 09:00-12:00
//   holiday schedule: line 3, column 14: syntax error
//
// A schedule file (docs/rules.md §calendar):
//   {
//     "kefu_holiday_schedule": 1,               // optional format version
//     "region": "cn",                           // optional
//     "years": [2025],                          // the years it lists completely; optional
//     "sources": [{"title": "...", "number": "国办发明电〔2024〕12号",
//                  "issued": "2024-11-12", "url": "https://www.gov.cn/..."}],
//     "closed": [{"day": "2025-10-01", "kind": "statutory_holiday", "name": "国庆节"}],
//     "workdays": [{"day": "2025-09-28", "hours_of": "monday", "name": "国庆节"}],
//     "special_hours": [{"day": "2025-12-24", "hours": ["09:00-13:00"], "name": "..."}]
//   }
// "kind" is statutory_holiday, rest_day or closed (or their Chinese labels); "hours_of" a
// weekday ("monday", "周一"). Weekly hours: {"monday": ["09:00-12:00", "13:30-18:30"], ...};
// a day left out is closed; a night shift closes past 24:00 ("22:00-30:00"). A calendar:
//   {"zone": "CST-8", "weekly_hours": {...}, "schedules": ["cn", {<schedule>}],
//    "uncovered_years": "weekly_hours"}
// where a string in "schedules" names an embedded region and "uncovered_years" is refuse or
// weekly_hours.

#include <kefu/calendar/business_hours.hpp>
#include <kefu/calendar/calendar_spec.hpp>
#include <kefu/calendar/holiday_schedule.hpp>

#include <boost/json/value.hpp>

#include <string_view>

namespace kefu::io {

HolidaySchedule holiday_schedule_from_json_text(std::string_view text);
HolidaySchedule holiday_schedule_from_json(const boost::json::value& json);
boost::json::value to_json(const HolidaySchedule& schedule);

WeeklyHours weekly_hours_from_json(const boost::json::value& json);
boost::json::value to_json(const WeeklyHours& week);

// Fields left out keep the values of `base`. Everything is checked as the calendar would (the
// zone, overlapping hours across midnight, a week with no open time, dates given twice, gaps
// in the covered years), so a spec read without an error builds.
CalendarSpec calendar_spec_from_json_text(std::string_view text, const CalendarSpec& base = {});
CalendarSpec calendar_spec_from_json(const boost::json::value& json, const CalendarSpec& base = {});
boost::json::value to_json(const CalendarSpec& spec);

}  // namespace kefu::io
