#pragma once
// kefu::Rating: The customer's rating of a handled case (rules.md §aftersales: the service record).

#include <kefu/core/detail/enum_table.hpp>
#include <kefu/core/parse.hpp>

#include <fmt/core.h>

#include <array>
#include <cstdint>
#include <string_view>

namespace kefu {

enum class Rating : std::uint8_t {
  satisfied,
  basically_satisfied,
  unsatisfied,
};

template <>
struct EnumTraits<Rating> {
  static constexpr std::array entries{
      EnumEntry<Rating>{Rating::satisfied, "satisfied", "满意", ""},
      EnumEntry<Rating>{Rating::basically_satisfied, "basically_satisfied", "基本满意",
                        "basically"},
      EnumEntry<Rating>{Rating::unsatisfied, "unsatisfied", "不满意", "dissatisfied"},
  };
};

// Stable English snake_case name.
constexpr std::string_view to_string(Rating value) noexcept { return detail::name_of(value); }
// Chinese label shown to users.
constexpr std::string_view chinese_label(Rating value) noexcept { return detail::label_of(value); }

}  // namespace kefu

// fmt::format("{}", x) prints the English name; defined in src/core/format.cpp.
template <>
struct fmt::formatter<kefu::Rating> : fmt::formatter<fmt::string_view> {
  format_context::iterator format(kefu::Rating value, format_context& ctx) const;
};
