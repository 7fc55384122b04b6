#pragma once
// kefu::kpi::Ratio: an indicator as the exact pair of counts it was computed from.
// KPIs are judged at the margin (2/198 fails a 1% target, 2/200 does not), so the counts stay
// integers and every comparison with a target is done in integers; percent() is for display.

#include <fmt/core.h>

#include <cstdint>
#include <optional>

namespace kefu::kpi {

using Count = std::uint64_t;

struct Ratio {
  Count numerator = 0;
  Count denominator = 0;

  // numerator / denominator × 100, or empty when the denominator is 0: an indicator with
  // nothing to measure has no value (never NaN, never a made-up 0% or 100%).
  constexpr std::optional<double> percent() const noexcept {
    if (denominator == 0) return std::nullopt;
    return 100.0 * static_cast<double>(numerator) / static_cast<double>(denominator);
  }

  // Exact comparisons with a threshold in basis points (1% = 100 bp). False without data.
  constexpr bool at_least_basis_points(std::uint32_t bp) const noexcept {
    return denominator != 0 && compare_basis_points(bp) >= 0;
  }
  constexpr bool at_most_basis_points(std::uint32_t bp) const noexcept {
    return denominator != 0 && compare_basis_points(bp) <= 0;
  }

  friend constexpr bool operator==(const Ratio& a, const Ratio& b) noexcept {
    return a.numerator == b.numerator && a.denominator == b.denominator;
  }
  friend constexpr bool operator!=(const Ratio& a, const Ratio& b) noexcept { return !(a == b); }

 private:
  // Sign of numerator / denominator - bp / 10000, without overflow: the quotient and the
  // remainder are compared separately.
  constexpr int compare_basis_points(std::uint32_t bp) const noexcept {
    const Count whole = numerator / denominator;  // integer part of the ratio
    const Count bp_whole = bp / 10000;
    if (whole != bp_whole) return whole < bp_whole ? -1 : 1;
    // Compare (numerator % denominator) / denominator with (bp % 10000) / 10000.
    const unsigned long long rest = numerator % denominator;
    const unsigned long long bp_rest = bp % 10000;
    // rest < denominator <= 2^64, so rest * 10000 can overflow: compare in long double only
    // when it would, which needs denominators above 1.8e15.
    if (rest <= UINT64_MAX / 10000 && denominator <= UINT64_MAX / 10000) {
      const unsigned long long lhs = rest * 10000;
      const unsigned long long rhs = bp_rest * denominator;
      return lhs < rhs ? -1 : (lhs > rhs ? 1 : 0);
    }
    const long double lhs = static_cast<long double>(rest) * 10000.0L;
    const long double rhs =
        static_cast<long double>(bp_rest) * static_cast<long double>(denominator);
    return lhs < rhs ? -1 : (lhs > rhs ? 1 : 0);
  }
};

// A ratio from two counts; the numerator may exceed the denominator (300% repeat rate).
constexpr Ratio ratio(Count numerator, Count denominator) noexcept {
  return Ratio{numerator, denominator};
}

}  // namespace kefu::kpi

// "85.39% (1023/1198)", rounded half up to two decimals; "n/a (0/0)" without data.
// Defined in src/kpi/format.cpp.
template <>
struct fmt::formatter<kefu::kpi::Ratio> : fmt::formatter<fmt::string_view> {
  format_context::iterator format(const kefu::kpi::Ratio& value, format_context& ctx) const;
};
