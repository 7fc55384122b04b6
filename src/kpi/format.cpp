// fmt formatters of the kpi value types, compiled once so that hosts need only <fmt/core.h>.

#include <kefu/kpi/accumulator.hpp>
#include <kefu/kpi/ratio.hpp>

#include <fmt/format.h>

#include <cmath>
#include <cstdint>

fmt::format_context::iterator fmt::formatter<kefu::kpi::Ratio>::format(
    const kefu::kpi::Ratio& value, fmt::format_context& ctx) const {
  if (value.denominator == 0) {
    return formatter<string_view>::format(
        fmt::format("n/a ({}/{})", value.numerator, value.denominator), ctx);
  }
  // Hundredths of a percent, rounded half up, in integers while they cannot overflow.
  std::uint64_t hundredths = 0;
  if (value.numerator <= (UINT64_MAX - value.denominator / 2) / 10000) {
    hundredths = (value.numerator * 10000 + value.denominator / 2) / value.denominator;
  } else {
    hundredths = static_cast<std::uint64_t>(std::floor(
        static_cast<long double>(value.numerator) * 10000.0L / value.denominator + 0.5L));
  }
  return formatter<string_view>::format(fmt::format("{}.{:02}% ({}/{})", hundredths / 100,
                                                    hundredths % 100, value.numerator,
                                                    value.denominator),
                                        ctx);
}

fmt::format_context::iterator fmt::formatter<kefu::kpi::Month>::format(
    const kefu::kpi::Month& value, fmt::format_context& ctx) const {
  return formatter<string_view>::format(fmt::format("{:04}-{:02}", value.year, value.month), ctx);
}
