#pragma once
// The built form of a BusinessCalendar: open intervals as UTC seconds with a running sum of open
// seconds, over a window of days that holds every dated exception. Outside the window the week
// repeats exactly (zones without daylight saving), so instants there map onto one template
// week; zones with daylight saving are indexed over 1970-2099 instead.

#include <kefu/calendar/business_calendar.hpp>

#include <array>
#include <cstdint>
#include <utility>
#include <vector>

namespace kefu::detail {

using Seconds = std::int64_t;  // UTC seconds since 1970-01-01, or a span of them
inline constexpr Seconds kDay = 86'400;
inline constexpr Seconds kWeek = 7 * kDay;

// Sorted, disjoint open pieces [start, end) with the open seconds before each.
class Pieces {
 public:
  // Appends a piece starting at or after the last start, merging overlaps and contact.
  void push(Seconds start, Seconds end);
  Seconds total() const { return total_; }
  bool empty() const { return start_.empty(); }
  std::size_t size() const { return start_.size(); }
  Seconds start(std::size_t i) const { return start_[i]; }
  Seconds end(std::size_t i) const { return end_[i]; }

  bool contains(Seconds t) const;
  // Open seconds before t.
  Seconds open_before(Seconds t) const;
  // The earliest t with open_before(t) >= target, for 0 < target <= total().
  Seconds at_open(Seconds target) const;
  // The first piece whose end is after t, or size().
  std::size_t first_ending_after(Seconds t) const;

 private:
  std::vector<Seconds> start_, end_, before_, end_sum_;  // end_sum_ = before_ + length
  Seconds total_ = 0;
};

// Local wall-clock seconds to UTC and back, with the zone's rule evaluated once per year.
class ZoneRules {
 public:
  explicit ZoneRules(const TimeZonePtr& zone);
  bool has_dst() const { return has_dst_; }
  Seconds to_utc(Seconds local) const;
  Seconds offset_at(Seconds utc) const;  // local - utc

 private:
  std::pair<Seconds, Seconds> dst_bounds(int year) const;  // local start and end of DST

  TimeZonePtr zone_;
  Seconds base_ = 0, dst_ = 0;
  bool has_dst_ = false;
  int first_year_ = 0;
  std::vector<std::pair<Seconds, Seconds>> bounds_;  // years 1969..2100
};

class CalendarIndex {
 public:
  CalendarIndex(WeeklyHours week, HolidaySchedule schedule, TimeZonePtr zone,
                UncoveredYears uncovered);

  bool is_open(Seconds t) const;
  Seconds next_open(Seconds t) const;
  Seconds serial(Seconds t) const;           // open seconds since the window start (may be < 0)
  Seconds instant_at(Seconds target) const;  // earliest t with serial(t) >= target
  // The first open piece ending after t: [start, end), start may be before t.
  std::pair<Seconds, Seconds> piece_after(Seconds t) const;

  bool is_business_day(std::int64_t day) const;
  std::int64_t days_before(std::int64_t day) const;       // business days in [window start, day)
  std::int64_t first_day_with(std::int64_t count) const;  // least e with days_before(e) >= count

  // Throws argument_error / uncovered_year_error when t (a UTC instant) or day is outside what
  // the calendar can answer. `closing` admits the end of the range (an exclusive bound).
  void check_instant(Seconds t, bool closing, const char* where) const;
  void check_day(std::int64_t day, const char* where) const;

  const ZoneRules& rules() const { return rules_; }
  const WeeklyHours& week() const { return week_; }
  const HolidaySchedule& schedule() const { return schedule_; }
  const TimeZonePtr& zone() const { return zone_; }
  UncoveredYears uncovered() const { return uncovered_; }
  bool always_open() const { return always_open_; }
  bool limited() const { return !schedule_.covered_years().empty(); }
  bool covers_day(std::int64_t day) const;
  bool covers_span(Seconds from, Seconds to) const;  // [from, to), or the instant from

 private:
  const std::vector<OpenInterval>& hours_on(std::int64_t day, bool with_exceptions) const;
  void add_day(std::vector<std::pair<Seconds, Seconds>>& out, std::int64_t day,
               bool with_exceptions) const;
  Pieces build(std::int64_t first_day, std::int64_t last_day, Seconds from, Seconds to,
               bool with_exceptions) const;
  void check_week() const;
  Seconds periodic(Seconds t) const;               // serial on the repeating week, 0 at u_hi_
  Seconds periodic_instant(Seconds target) const;  // inverse of periodic
  std::int64_t regular_days(std::int64_t a, std::int64_t b) const;  // business days in [a, b)
  [[noreturn]] void out_of_range(Seconds t, const char* where) const;

  WeeklyHours week_;
  HolidaySchedule schedule_;
  TimeZonePtr zone_;
  UncoveredYears uncovered_;
  ZoneRules rules_;
  bool always_open_ = false;
  bool periodic_ = true;  // the week repeats outside the window (no DST, or always open)

  std::int64_t lo_day_ = 0, hi_day_ = 0;  // window of local days [lo, hi)
  Seconds u_lo_ = 0, u_hi_ = 0;           // their UTC bounds
  Pieces window_;                         // relative to u_lo_
  Pieces template_;                       // one regular week relative to u_hi_
  Seconds week_open_ = 0;

  std::array<bool, 7> weekday_open_{};
  std::int64_t week_days_ = 0;                        // business days in a regular week
  std::vector<std::int64_t> day_prefix_;              // business days in [lo, lo + k)
  std::int64_t cover_lo_day_ = 0, cover_hi_day_ = 0;  // covered local days [lo, hi)
  Seconds cover_lo_ = 0, cover_hi_ = 0;               // their UTC bounds
};

// Conversions between Boost types and seconds / day numbers.
Seconds to_seconds(boost::posix_time::ptime t, const char* where);
boost::posix_time::ptime to_ptime(Seconds t);
std::int64_t to_day(boost::gregorian::date day, const char* where);
boost::gregorian::date to_date(std::int64_t day);
int year_of_day(std::int64_t day);

}  // namespace kefu::detail
