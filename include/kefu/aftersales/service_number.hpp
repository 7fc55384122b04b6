#pragma once
// kefu::ServiceNumber: the number of a service record (rules.md §aftersales): `SR20240501001`
// is the prefix "SR", the local date 2024-05-01 and the day's sequence 001. Sequences past 999 take
// more digits (SR202405011000), so numbers never run out or repeat within a day.
// kefu::ServiceNumberGenerator hands them out, from many threads at once.

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <fmt/core.h>

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kefu {

class ServiceNumber {
 public:
  static constexpr std::size_t max_prefix_length = 8;
  static constexpr std::uint32_t max_sequence = 999'999'999;

  // Prefix: 1 to 8 ASCII capital letters; day: a valid date from year 1400 (Boost's range);
  // sequence: 1 to max_sequence. Anything else throws kefu::argument_error.
  ServiceNumber(std::string prefix, boost::gregorian::date day, std::uint32_t sequence);

  // The number in `text` (surrounding ASCII whitespace ignored), or nothing when it is not
  // exactly one well-formed service number.
  static std::optional<ServiceNumber> parse(std::string_view text);
  // As parse, but throws kefu::parse_error saying what is wrong.
  static ServiceNumber from_string(std::string_view text);

  const std::string& prefix() const noexcept { return prefix_; }
  boost::gregorian::date day() const noexcept { return day_; }
  std::uint32_t sequence() const noexcept { return sequence_; }

  // "SR20240501001".
  std::string to_string() const;

  friend bool operator==(const ServiceNumber& a, const ServiceNumber& b) noexcept {
    return a.prefix_ == b.prefix_ && a.day_ == b.day_ && a.sequence_ == b.sequence_;
  }
  friend bool operator!=(const ServiceNumber& a, const ServiceNumber& b) noexcept {
    return !(a == b);
  }
  // Issue order: by prefix, then day, then sequence.
  friend bool operator<(const ServiceNumber& a, const ServiceNumber& b) noexcept {
    if (a.prefix_ != b.prefix_) return a.prefix_ < b.prefix_;
    if (a.day_ != b.day_) return a.day_ < b.day_;
    return a.sequence_ < b.sequence_;
  }

 private:
  std::string prefix_;
  boost::gregorian::date day_;
  std::uint32_t sequence_;
};

// Hands out service numbers: per local day the sequence starts at 1. Safe to call from many
// threads (lock-free). The host passes the local date, since kefu reads no clock; a date
// earlier than the latest one already used is numbered on that latest day, so that numbers
// never repeat and never go backwards when threads race across midnight.
class ServiceNumberGenerator {
 public:
  // Throws kefu::argument_error for a prefix ServiceNumber refuses.
  explicit ServiceNumberGenerator(std::string prefix = "SR");
  // Continues after the last number a host stored (after a restart).
  explicit ServiceNumberGenerator(const ServiceNumber& last_issued);

  ServiceNumberGenerator(const ServiceNumberGenerator&) = delete;
  ServiceNumberGenerator& operator=(const ServiceNumberGenerator&) = delete;

  // Throws kefu::argument_error for a day outside ServiceNumber's range and kefu::error once
  // a day's max_sequence numbers are used up.
  ServiceNumber next(boost::gregorian::date local_day);

  const std::string& prefix() const noexcept { return prefix_; }

 private:
  std::string prefix_;
  // Day number (Julian) in the high 32 bits, last sequence issued that day in the low 32.
  std::atomic<std::uint64_t> state_{0};
};

}  // namespace kefu

// Prints the number as to_string does; defined in src/aftersales/service_number.cpp.
template <>
struct fmt::formatter<kefu::ServiceNumber> : fmt::formatter<fmt::string_view> {
  format_context::iterator format(const kefu::ServiceNumber& number, format_context& ctx) const;
};
