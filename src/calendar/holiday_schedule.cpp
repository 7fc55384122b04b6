// HolidaySchedule: a sorted list of dated exceptions.

#include "clock_text.hpp"
#include <kefu/calendar/holiday_schedule.hpp>
#include <kefu/core/error.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace kefu {

namespace {

bool before(const DayRule& rule, boost::gregorian::date day) { return rule.day < day; }

}  // namespace

HolidaySchedule& HolidaySchedule::add(DayRule rule) {
  if (rule.day.is_special()) throw config_error("holiday schedule: a day is not a date");
  const auto at = std::lower_bound(rules_.begin(), rules_.end(), rule.day, before);
  if (at != rules_.end() && at->day == rule.day) {
    throw config_error(
        fmt::format("holiday schedule: {} is listed twice", detail::date_text(rule.day)));
  }
  rules_.insert(at, std::move(rule));
  return *this;
}

HolidaySchedule& HolidaySchedule::close(boost::gregorian::date day, DayKind kind,
                                        std::string name) {
  DayRule rule{day, kind, std::move(name), boost::gregorian::Monday, {}};
  if (!rule.is_closed()) {
    throw config_error(fmt::format("holiday schedule: {} is closed with a kind that opens it",
                                   detail::date_text(day)));
  }
  return add(std::move(rule));
}

HolidaySchedule& HolidaySchedule::work(boost::gregorian::date day,
                                       boost::gregorian::greg_weekday hours_of, std::string name) {
  return add(DayRule{day, DayKind::makeup_workday, std::move(name), hours_of, {}});
}

HolidaySchedule& HolidaySchedule::special_hours(boost::gregorian::date day,
                                                std::vector<OpenInterval> hours, std::string name) {
  const std::string where = fmt::format("holiday schedule {}", detail::date_text(day));
  auto checked = checked_day_hours(std::move(hours), where.c_str());
  return add(DayRule{day, DayKind::special_hours, std::move(name), boost::gregorian::Monday,
                     std::move(checked)});
}

HolidaySchedule& HolidaySchedule::cover_year(int year) {
  const auto at = std::lower_bound(years_.begin(), years_.end(), year);
  if (at == years_.end() || *at != year) years_.insert(at, year);
  return *this;
}

HolidaySchedule& HolidaySchedule::set_region(std::string region) {
  region_ = std::move(region);
  return *this;
}

HolidaySchedule& HolidaySchedule::cite(ScheduleSource source) {
  sources_.push_back(std::move(source));
  return *this;
}

HolidaySchedule& HolidaySchedule::merge(const HolidaySchedule& other) {
  if (!region_.empty() && !other.region_.empty() && region_ != other.region_) {
    throw config_error(fmt::format("holiday schedule: region '{}' cannot take dates of region '{}'",
                                   region_, other.region_));
  }
  HolidaySchedule merged = *this;  // all or nothing
  for (const DayRule& rule : other.rules_) merged.add(rule);
  for (const int year : other.years_) merged.cover_year(year);
  if (merged.region_.empty()) merged.region_ = other.region_;
  merged.sources_.insert(merged.sources_.end(), other.sources_.begin(), other.sources_.end());
  *this = std::move(merged);
  return *this;
}

const DayRule* HolidaySchedule::find(boost::gregorian::date day) const {
  const auto at = std::lower_bound(rules_.begin(), rules_.end(), day, before);
  return at != rules_.end() && at->day == day ? &*at : nullptr;
}

}  // namespace kefu
