#pragma once
// kefu::sla::Target: one time limit: which clock, how long, on which calendar, and the fractions
// of the limit at which to warn.

#include <kefu/core/detail/enum_table.hpp>
#include <kefu/core/parse.hpp>
#include <kefu/sla/clock_id.hpp>

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <fmt/core.h>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kefu::sla {

// Which calendar a limit is counted on: the ticket's business calendar or wall time.
enum class CalendarKind : std::uint8_t { business, always_open };

}  // namespace kefu::sla

namespace kefu {

// 工作时间 counts the business hours of the ticket's calendar; 自然时间 counts every hour
// (the SOPs' "24小时" limits).
template <>
struct EnumTraits<sla::CalendarKind> {
  using C = sla::CalendarKind;
  static constexpr std::array entries{
      EnumEntry<C>{C::business, "business", "工作时间", "business_hours|营业时间|工作日"},
      EnumEntry<C>{C::always_open, "always_open", "自然时间", "wall|wall_time|24x7|全天"},
  };
};

}  // namespace kefu

namespace kefu::sla {

// Stable English snake_case name and Chinese label.
constexpr std::string_view to_string(CalendarKind value) noexcept {
  return kefu::detail::name_of(value);
}
constexpr std::string_view chinese_label(CalendarKind value) noexcept {
  return kefu::detail::label_of(value);
}

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

struct Target {
  ClockId clock;
  Limit limit;
  CalendarKind calendar = CalendarKind::business;
  std::vector<double> warnings{0.75, 0.9};  // fractions of the limit, ascending, in (0, 1)

  // What is wrong with the target ("limit must be positive"), or empty.
  std::string problem() const;
  // Throws kefu::config_error "sla target <clock>: <problem>".
  void check() const;

  friend bool operator==(const Target& a, const Target& b) {
    return a.clock == b.clock && a.limit == b.limit && a.calendar == b.calendar &&
           a.warnings == b.warnings;
  }
  friend bool operator!=(const Target& a, const Target& b) { return !(a == b); }
};

}  // namespace kefu::sla

// "3 个工作日", "1 h 30 min", "by the promised time"
template <>
struct fmt::formatter<kefu::sla::Limit> : fmt::formatter<fmt::string_view> {
  format_context::iterator format(const kefu::sla::Limit& value, format_context& ctx) const;
};

// "resolution 24 h (business hours)"
template <>
struct fmt::formatter<kefu::sla::Target> : fmt::formatter<fmt::string_view> {
  format_context::iterator format(const kefu::sla::Target& value, format_context& ctx) const;
};
