#pragma once
// kefu::CalendarTrace: the reasons behind an amount of open time, returned by
// BusinessCalendar::explain. It lists the open stretches counted, the dated exceptions crossed
// (holidays, make-up workdays, special hours) and any year the calendar had no schedule for.

#include <kefu/calendar/holiday_schedule.hpp>
#include <kefu/calendar/time_zone.hpp>

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <fmt/core.h>

#include <vector>

namespace kefu {

struct CalendarTrace {
  struct Span {
    boost::posix_time::ptime from;  // UTC
    boost::posix_time::ptime to;    // UTC
  };

  boost::posix_time::ptime from;           // UTC, the range asked about
  boost::posix_time::ptime to;             // UTC
  boost::posix_time::time_duration total;  // open time in [from, to)
  std::vector<Span> counted;               // open stretches in [from, to), in order
  std::vector<DayRule> exceptions;         // dated exceptions on the local days crossed
  std::vector<int> uncovered_years;        // years with no schedule: weekly hours only
  TimeZonePtr zone;                        // for printing local times
};

}  // namespace kefu

// Several lines: the total, then each counted stretch and exception in local time.
template <>
struct fmt::formatter<kefu::CalendarTrace> : fmt::formatter<fmt::string_view> {
  format_context::iterator format(const kefu::CalendarTrace& value, format_context& ctx) const;
};
