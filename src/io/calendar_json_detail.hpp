#pragma once
// Private: the calendar readers on a node of a larger document, so the configuration document
// reads its "calendar" part with its own paths ("config: $.calendar.zone: ...").

#include "json_reader.hpp"
#include <kefu/calendar/calendar_spec.hpp>

namespace kefu::io::detail {

HolidaySchedule read_holiday_schedule(const Node& node);
WeeklyHours read_weekly_hours(const Node& node);
CalendarSpec read_calendar_spec(const Node& node, const CalendarSpec& base);

}  // namespace kefu::io::detail
