#pragma once
// kefu::WeeklyHours: the open hours of each weekday, as local wall-clock times.
//
// A day may have any number of intervals (09:00-12:00 and 13:30-18:30). An interval that
// ends the next morning (a 22:00-06:00 night shift) is written with a close past 24:00:
// open_hours(22, 0, 30, 0). It belongs to the day it starts on, so a holiday on that day
// closes the whole shift.

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <fmt/core.h>

#include <array>
#include <vector>

namespace kefu {

// One open interval [open, close) measured from local midnight of the day it starts on.
struct OpenInterval {
  boost::posix_time::time_duration open;
  boost::posix_time::time_duration close;  // after open; past 24:00 when it ends the next day

  friend bool operator==(const OpenInterval& a, const OpenInterval& b) {
    return a.open == b.open && a.close == b.close;
  }
  friend bool operator!=(const OpenInterval& a, const OpenInterval& b) { return !(a == b); }
};

// open_hours(13, 30, 18, 30) is 13:30-18:30; open_hours(22, 0, 30, 0) is 22:00-06:00.
inline OpenInterval open_hours(int open_hour, int open_minute, int close_hour, int close_minute) {
  return {boost::posix_time::hours(open_hour) + boost::posix_time::minutes(open_minute),
          boost::posix_time::hours(close_hour) + boost::posix_time::minutes(close_minute)};
}

// Checks one day's intervals and returns them sorted; throws kefu::config_error naming
// `where` when an interval is reversed, empty, longer than a day, starts outside 00:00-24:00
// or overlaps another.
std::vector<OpenInterval> checked_day_hours(std::vector<OpenInterval> hours, const char* where);

class WeeklyHours {
 public:
  WeeklyHours() = default;  // closed every day; add days with set()

  // 00:00-24:00 every day: the 24-hour hotline.
  static WeeklyHours always_open();
  // The same hours Monday to Friday, closed at weekends.
  static WeeklyHours monday_to_friday(std::vector<OpenInterval> hours);

  // Replaces one weekday's hours (checked as by checked_day_hours).
  WeeklyHours& set(boost::gregorian::greg_weekday day, std::vector<OpenInterval> hours);

  const std::vector<OpenInterval>& hours(boost::gregorian::greg_weekday day) const {
    return days_[day.as_number()];
  }

  friend bool operator==(const WeeklyHours& a, const WeeklyHours& b) { return a.days_ == b.days_; }
  friend bool operator!=(const WeeklyHours& a, const WeeklyHours& b) { return !(a == b); }

 private:
  std::array<std::vector<OpenInterval>, 7> days_;  // indexed Sunday = 0 as Boost numbers them
};

}  // namespace kefu

// "monday-friday 09:00-12:00, 13:30-18:30; saturday 10:00-14:00", or "always open".
template <>
struct fmt::formatter<kefu::WeeklyHours> : fmt::formatter<fmt::string_view> {
  format_context::iterator format(const kefu::WeeklyHours& value, format_context& ctx) const;
};
