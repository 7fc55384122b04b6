#pragma once
// kefu::Priority: Response grade (rules.md §vocabulary): 一般/紧急/特急, plus 低 for needs that can
// wait. The needs scale 高/中/低 maps onto it: 高 = high, 中 = normal, 低 = low.

#include <kefu/core/detail/enum_table.hpp>
#include <kefu/core/parse.hpp>

#include <fmt/core.h>

#include <array>
#include <cstdint>
#include <string_view>

namespace kefu {

enum class Priority : std::uint8_t {
  low,
  normal,
  high,
  critical,
};

template <>
struct EnumTraits<Priority> {
  static constexpr std::array entries{
      EnumEntry<Priority>{Priority::low, "low", "低", "低优先级"},
      EnumEntry<Priority>{Priority::normal, "normal", "一般", "中|普通|medium"},
      EnumEntry<Priority>{Priority::high, "high", "紧急", "高|urgent"},
      EnumEntry<Priority>{Priority::critical, "critical", "特急", "特别紧急"},
  };
};

// Stable English snake_case name.
constexpr std::string_view to_string(Priority value) noexcept { return detail::name_of(value); }
// Chinese label shown to users.
constexpr std::string_view chinese_label(Priority value) noexcept {
  return detail::label_of(value);
}

}  // namespace kefu

// fmt::format("{}", x) prints the English name; defined in src/core/format.cpp.
template <>
struct fmt::formatter<kefu::Priority> : fmt::formatter<fmt::string_view> {
  format_context::iterator format(kefu::Priority value, format_context& ctx) const;
};
