#pragma once
// Small text helpers shared by the calendar's messages and formatters.

#include <kefu/calendar/holiday_schedule.hpp>

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <fmt/format.h>

#include <string>

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

// "2025-10-01 09:00"
inline std::string local_text(boost::posix_time::ptime local) {
  return date_text(local.date()) + " " + clock_text(local.time_of_day());
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

// "2025-09-30 17:00-18:00", "2025-01-01 20:00-24:00", "2025-01-01 20:00-2025-01-03 00:00"
inline std::string local_span_text(boost::posix_time::ptime from, boost::posix_time::ptime to) {
  if (from.date() == to.date()) return local_text(from) + "-" + clock_text(to.time_of_day());
  if (to.time_of_day().total_seconds() == 0 &&
      to.date() == from.date() + boost::gregorian::days(1)) {
    return local_text(from) + "-24:00";
  }
  return local_text(from) + "-" + local_text(to);
}

}  // namespace kefu::detail
