#pragma once
// Small text helpers shared by the calendar's messages and formatters. Instants are written
// with kefu::format_instant, in the calendar's zone with the offset.

#include <kefu/calendar/calendar_trace.hpp>
#include <kefu/calendar/duration_text.hpp>
#include <kefu/calendar/holiday_schedule.hpp>
#include <kefu/calendar/instant.hpp>

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <fmt/format.h>

#include <string>
#include <vector>

namespace kefu::detail {

// "09:00", "30:00" (past midnight), "13:30:15" when there are seconds.
inline std::string clock_text(boost::posix_time::time_duration t) {
  const auto total = t.total_seconds();
  const auto h = total / 3600, m = total / 60 % 60, s = total % 60;
  return s == 0 ? fmt::format("{:02}:{:02}", h, m) : fmt::format("{:02}:{:02}:{:02}", h, m, s);
}

// "monday"
inline const char* weekday_name(boost::gregorian::greg_weekday day) {
  static constexpr const char* names[] = {"sunday",   "monday", "tuesday", "wednesday",
                                          "thursday", "friday", "saturday"};
  return names[day.as_number()];
}

// "2025-10-01"
inline std::string date_text(boost::gregorian::date day) {
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(day.year()),
                     static_cast<int>(day.month()), static_cast<int>(day.day()));
}

// "closed, statutory holiday"
inline const char* day_kind_text(DayKind kind) {
  switch (kind) {
    case DayKind::statutory_holiday:
      return "closed, statutory holiday";
    case DayKind::rest_day:
      return "closed, rest day";
    case DayKind::closed:
      return "closed";
    case DayKind::makeup_workday:
      return "open, make-up workday";
    case DayKind::special_hours:
      return "special hours";
  }
  return "?";
}

// "2025-09-30T17:00:00+08:00/2025-09-30T18:00:00+08:00": a span as an ISO 8601 interval, each end
// with the offset in force then (kefu/calendar/instant.hpp).
inline std::string span_text(boost::posix_time::ptime from, boost::posix_time::ptime to,
                             const TimeZonePtr& zone) {
  return format_instant(from, zone) + "/" + format_instant(to, zone);
}

// The lines of a trace (calendar or clock) for the open stretches it counted:
// "  counted 2025-09-30T17:00:00+08:00/2025-09-30T18:00:00+08:00 (1 h)".
inline std::string counted_lines(const std::vector<CalendarTrace::Span>& counted,
                                 const TimeZonePtr& zone) {
  std::string text;
  for (const auto& span : counted) {
    text += fmt::format("  counted {} ({})\n", span_text(span.from, span.to, zone),
                        human_duration(span.to - span.from));
  }
  return text;
}

// The lines of a trace for the dated exceptions and the years without a schedule it crossed:
// "  2025-10-01 closed, statutory holiday: 国庆节", "  2027: no holiday schedule, ...".
inline std::string calendar_day_lines(const std::vector<DayRule>& exceptions,
                                      const std::vector<int>& uncovered_years) {
  std::string text;
  for (const auto& rule : exceptions) {
    text += fmt::format("  {} {}: {}\n", date_text(rule.day), day_kind_text(rule.kind), rule.name);
  }
  for (const int year : uncovered_years) {
    text += fmt::format("  {}: no holiday schedule, weekly hours only\n", year);
  }
  return text;
}

}  // namespace kefu::detail
