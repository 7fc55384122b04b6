#pragma once
// kefu::BusinessCalendar: weekly open hours plus dated exceptions in a time zone, and the
// arithmetic of business time on them. Instants in and out are UTC ptimes; open hours are
// local wall-clock times in the calendar's zone.
//
// Immutable: a calendar is a shared pointer to a built index, cheap to copy and safe to use
// from many threads. Building it indexes the open intervals into a running sum of open seconds,
// so add and between are binary searches (O(log n)) however long the duration; beyond the
// indexed range the weekly pattern repeats and is jumped a whole week at a time.
//
// Conventions:
// - Whole seconds: fractions of a second in instants and durations are dropped.
// - add(start, d) returns the earliest instant by which d of open time has passed since start:
//   when the sum ends exactly at a closing time, that closing time (18:00), not the next
//   opening (09:00 the next day). add(start, 0) is start.
// - An interval is open at its opening instant and closed at its closing instant.
// - Daylight saving: a local opening or closing time that does not exist (skipped hour) means
//   the instant the clocks jump; one that occurs twice means the first. A calendar in a zone
//   with daylight saving is indexed over 1970-2099 and refuses instants outside that range.
// - Business day: a local date with any open hours after holidays and make-up days.

#include <kefu/calendar/business_hours.hpp>
#include <kefu/calendar/calendar_trace.hpp>
#include <kefu/calendar/holiday_schedule.hpp>
#include <kefu/calendar/time_zone.hpp>
#include <kefu/core/detail/enum_table.hpp>
#include <kefu/core/error.hpp>

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <fmt/core.h>

#include <array>
#include <cstdint>
#include <memory>
#include <vector>

namespace kefu {

namespace detail {
class CalendarIndex;
}

// What a calendar whose schedule covers some years does with a date outside them.
enum class UncoveredYears : std::uint8_t {
  refuse,        // throw kefu::uncovered_year_error
  weekly_hours,  // use the weekly hours alone; covers() and explain() report it
};

template <>
struct EnumTraits<UncoveredYears> {
  static constexpr std::array entries{
      EnumEntry<UncoveredYears>{UncoveredYears::refuse, "refuse", "拒绝", ""},
      EnumEntry<UncoveredYears>{UncoveredYears::weekly_hours, "weekly_hours", "按每周营业时间",
                                "weekly|每周营业时间"},
  };
};

// Thrown by a calendar built with UncoveredYears::refuse when asked about a year its schedule
// does not cover: "business calendar: no holiday schedule for 2027".
class uncovered_year_error : public argument_error {
 public:
  using argument_error::argument_error;
};

class BusinessCalendar {
 public:
  // Throws kefu::config_error when the week has no open time or intervals of neighbouring
  // days overlap, or when the schedule's covered years leave a gap. A null zone means UTC.
  explicit BusinessCalendar(WeeklyHours week, HolidaySchedule schedule = {}, TimeZonePtr zone = {},
                            UncoveredYears uncovered = UncoveredYears::refuse);

  // Open all day every day (the 24-hour hotline): business time is wall time.
  static BusinessCalendar always_open(TimeZonePtr zone = {});

  bool is_open(boost::posix_time::ptime t) const;
  // t when open, else the next opening instant.
  boost::posix_time::ptime next_open(boost::posix_time::ptime t) const;
  // The earliest instant by which `business_duration` of open time has passed since start.
  // Throws kefu::argument_error for a negative duration.
  boost::posix_time::ptime add(boost::posix_time::ptime start,
                               boost::posix_time::time_duration business_duration) const;
  // Open time in [from, to). Throws kefu::argument_error when to is before from.
  boost::posix_time::time_duration between(boost::posix_time::ptime from,
                                           boost::posix_time::ptime to) const;

  bool is_business_day(boost::gregorian::date day) const;
  // The n-th business day after `day` (n >= 0; day itself is not counted, n = 0 gives day).
  boost::gregorian::date add_business_days(boost::gregorian::date day, int n) const;
  // Business days d with d1 < d <= d2; negative when d2 is before d1.
  int business_days_between(boost::gregorian::date d1, boost::gregorian::date d2) const;

  // The open stretches, exceptions and uncovered years behind between(from, to).
  CalendarTrace explain(boost::posix_time::ptime from, boost::posix_time::ptime to) const;

  // Local wall-clock time of a UTC instant in the calendar's zone, and its date.
  boost::posix_time::ptime local_time(boost::posix_time::ptime utc) const;
  boost::gregorian::date local_date(boost::posix_time::ptime utc) const;
  // The UTC instant of a local wall-clock time (skipped hour: the jump; repeated: the first).
  boost::posix_time::ptime utc_time(boost::gregorian::date day,
                                    boost::posix_time::time_duration time_of_day) const;

  // Years the schedule declares complete (empty: no limit, the schedule applies everywhere).
  const std::vector<int>& covered_years() const;
  // Whether `day` is in a covered year (always true when covered_years() is empty).
  bool covers(boost::gregorian::date day) const;
  // Whether every instant of [from, to) (or the instant from, when to == from) lies in a
  // covered year of the calendar's zone. False means that an answer over that span, such as
  // to = add(from, d), used the weekly hours alone for some day (UncoveredYears::weekly_hours)
  // and may change once that year's schedule is loaded: a deadline to mark provisional. Cheap:
  // two comparisons. Throws kefu::argument_error when to is before from.
  bool covers(boost::posix_time::ptime from, boost::posix_time::ptime to) const;
  UncoveredYears uncovered_years() const;

  const WeeklyHours& weekly_hours() const;
  const HolidaySchedule& schedule() const;
  const TimeZonePtr& zone() const;
  bool is_always_open() const;

 private:
  std::shared_ptr<const detail::CalendarIndex> index_;
};

}  // namespace kefu

// "monday-friday 09:00-18:00; 110 dated exceptions, schedule for 2024-2026 (other years
// refused); UTC+08:00"
template <>
struct fmt::formatter<kefu::BusinessCalendar> : fmt::formatter<fmt::string_view> {
  format_context::iterator format(const kefu::BusinessCalendar& value, format_context& ctx) const;
};
