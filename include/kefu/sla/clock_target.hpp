#pragma once
// kefu::sla::ClockTarget: one time limit: which clock, how long, in which time (kefu::TimeBasis),
// and the fractions of the limit at which to warn.

#include <kefu/core/time_basis.hpp>
#include <kefu/sla/clock_id.hpp>

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <fmt/core.h>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kefu::sla {

// A limit: a duration ("2 h"), a number of business days ("3 个工作日": due at the close of
// the n-th business day after the start day), or the instant promised to the customer (约定时间:
// the event that starts the clock carries it, see events::PromiseAnswer).
struct Limit {
  boost::posix_time::time_duration duration;
  int business_days = 0;
  bool promised = false;

  static Limit of(boost::posix_time::time_duration d) { return {d, 0, false}; }
  static Limit days(int business_days) {
    return {boost::posix_time::seconds(0), business_days, false};
  }
  static Limit until_promised() { return {boost::posix_time::seconds(0), 0, true}; }
  bool in_days() const { return business_days > 0; }

  friend bool operator==(const Limit& a, const Limit& b) {
    return a.duration == b.duration && a.business_days == b.business_days &&
           a.promised == b.promised;
  }
  friend bool operator!=(const Limit& a, const Limit& b) { return !(a == b); }
};

struct ClockTarget {
  ClockId clock;
  Limit limit;
  TimeBasis calendar = TimeBasis::business;  // which time the limit counts
  std::vector<double> warnings{0.75, 0.9};   // fractions of the limit, ascending, in (0, 1)

  // What is wrong with the target ("limit must be positive"), or empty.
  std::string problem() const;
  // Throws kefu::config_error "sla target <clock>: <problem>".
  void check() const;

  friend bool operator==(const ClockTarget& a, const ClockTarget& b) {
    return a.clock == b.clock && a.limit == b.limit && a.calendar == b.calendar &&
           a.warnings == b.warnings;
  }
  friend bool operator!=(const ClockTarget& a, const ClockTarget& b) { return !(a == b); }
};

}  // namespace kefu::sla

// "3 个工作日", "1 h 30 min", "by the promised time"
template <>
struct fmt::formatter<kefu::sla::Limit> : fmt::formatter<fmt::string_view> {
  format_context::iterator format(const kefu::sla::Limit& value, format_context& ctx) const;
};

// "resolution 24 h (business hours)"
template <>
struct fmt::formatter<kefu::sla::ClockTarget> : fmt::formatter<fmt::string_view> {
  format_context::iterator format(const kefu::sla::ClockTarget& value, format_context& ctx) const;
};
