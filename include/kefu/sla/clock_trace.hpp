#pragma once
// kefu::sla::ClockTrace: why a clock stands where it does: the open stretches it counted, the
// pauses it excluded, and the holidays, make-up workdays and unscheduled years between its start
// and now, and whether its answers are provisional. Returned by Clock::explain(now).

#include <kefu/calendar/calendar_trace.hpp>
#include <kefu/calendar/time_zone.hpp>
#include <kefu/sla/clock_status.hpp>
#include <kefu/sla/clock_target.hpp>

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <fmt/core.h>

#include <optional>
#include <vector>

namespace kefu::sla {

struct ClockTrace {
  ClockTarget target;
  boost::posix_time::ptime now;  // UTC
  ClockStatus status = ClockStatus::not_started;
  boost::posix_time::time_duration limit;    // counted time allowed
  boost::posix_time::time_duration elapsed;  // counted time used by now
  std::optional<boost::posix_time::ptime> deadline;
  std::vector<CalendarTrace::Span> counted;  // open time counted, up to now
  std::vector<CalendarTrace::Span> pauses;   // excluded stretches, up to now
  std::vector<DayRule> exceptions;           // dated exceptions from start to now
  std::vector<int> uncovered_years;          // years with no schedule crossed
  TimeZonePtr zone;                          // the calendar's, for printing local times
  // Clock::provisional_years() as of now: the deadline or limit rests on these unscheduled
  // years, so it may move once their schedules are loaded.
  std::vector<int> provisional_years;

  bool provisional() const { return !provisional_years.empty(); }
};

}  // namespace kefu::sla

template <>
struct fmt::formatter<kefu::sla::ClockTrace> : fmt::formatter<fmt::string_view> {
  format_context::iterator format(const kefu::sla::ClockTrace& value, format_context& ctx) const;
};
