#pragma once
// Durations printed the way people read them: fmt::format("{}", kefu::human_duration(d)) gives
// "1 h 30 min", "30 s", "48 h", "-15 min"; fmt::format("{}", kefu::BusinessDays{2}) gives
// "2 个工作日". parse_duration reads them back.

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <fmt/core.h>

#include <optional>
#include <string_view>

namespace kefu {

// A time_duration to print for people (whole seconds; hours are not rolled into days, since
// service limits are stated in hours: "48 h").
struct HumanDuration {
  boost::posix_time::time_duration value;
};

inline HumanDuration human_duration(boost::posix_time::time_duration value) { return {value}; }

// A sum of "<number> <unit>" terms, units d, h, min (or m), s and ms, spaces optional: "48 h",
// "1 h 30 min", "30s", "250 ms", as the config document's limits and the kefu command's options
// are written. Nothing for an empty text, a sign, another unit or more than 100 years.
std::optional<boost::posix_time::time_duration> parse_duration(std::string_view text) noexcept;

// A count of business days (工作日).
struct BusinessDays {
  int count = 0;
};

}  // namespace kefu

template <>
struct fmt::formatter<kefu::HumanDuration> : fmt::formatter<fmt::string_view> {
  format_context::iterator format(const kefu::HumanDuration& value, format_context& ctx) const;
};

template <>
struct fmt::formatter<kefu::BusinessDays> : fmt::formatter<fmt::string_view> {
  format_context::iterator format(const kefu::BusinessDays& value, format_context& ctx) const;
};
