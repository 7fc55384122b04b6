// WeeklyHours: per-day checks of open intervals.

#include "clock_text.hpp"
#include <kefu/calendar/business_hours.hpp>
#include <kefu/core/error.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <string>

namespace kefu {

namespace {

using boost::posix_time::hours;
using boost::posix_time::time_duration;

std::string span_text(const OpenInterval& interval) {
  return fmt::format("{}-{}", detail::clock_text(interval.open),
                     detail::clock_text(interval.close));
}

}  // namespace

std::vector<OpenInterval> checked_day_hours(std::vector<OpenInterval> day_hours,
                                            const char* where) {
  for (const OpenInterval& interval : day_hours) {
    if (interval.open.is_special() || interval.close.is_special() || interval.open.is_negative() ||
        interval.open >= hours(24)) {
      throw config_error(
          fmt::format("{}: interval {} must open between 00:00 and 24:00", where,
                      interval.open.is_special() ? std::string("?") : span_text(interval)));
    }
    if (interval.close <= interval.open) {
      throw config_error(
          fmt::format("{}: interval {} is reversed or empty (a night shift closes past 24:00, e.g. "
                      "22:00-30:00)",
                      where, span_text(interval)));
    }
    if (interval.close - interval.open > hours(24)) {
      throw config_error(
          fmt::format("{}: interval {} is longer than a day", where, span_text(interval)));
    }
  }
  std::sort(day_hours.begin(), day_hours.end(),
            [](const OpenInterval& a, const OpenInterval& b) { return a.open < b.open; });
  for (std::size_t i = 1; i < day_hours.size(); ++i) {
    if (day_hours[i].open < day_hours[i - 1].close) {
      throw config_error(fmt::format("{}: interval {} overlaps {}", where,
                                     span_text(day_hours[i - 1]), span_text(day_hours[i])));
    }
  }
  return day_hours;
}

WeeklyHours WeeklyHours::always_open() {
  WeeklyHours week;
  for (auto& day : week.days_)
    day = {OpenInterval{boost::posix_time::hours(0), boost::posix_time::hours(24)}};
  return week;
}

WeeklyHours WeeklyHours::monday_to_friday(std::vector<OpenInterval> day_hours) {
  auto checked = checked_day_hours(std::move(day_hours), "weekly hours");
  WeeklyHours week;
  for (int day = 1; day <= 5; ++day) week.days_[day] = checked;
  return week;
}

WeeklyHours& WeeklyHours::set(boost::gregorian::greg_weekday day,
                              std::vector<OpenInterval> day_hours) {
  const std::string where = fmt::format("weekly hours {}", detail::weekday_name(day));
  days_[day.as_number()] = checked_day_hours(std::move(day_hours), where.c_str());
  return *this;
}

}  // namespace kefu
