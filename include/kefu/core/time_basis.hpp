#pragma once
// kefu::TimeBasis: which time a limit or a wait is counted in, for SLA targets and escalation
// triggers alike (rules.md §sla). 工作时间 counts the business hours of the ticket's calendar;
// 自然时间 counts every hour, as the SOPs' "24小时" limits do.

#include <kefu/core/detail/enum_table.hpp>
#include <kefu/core/parse.hpp>

#include <array>
#include <cstdint>
#include <string_view>

namespace kefu {

enum class TimeBasis : std::uint8_t { business, wall };

template <>
struct EnumTraits<TimeBasis> {
  static constexpr std::array entries{
      EnumEntry<TimeBasis>{TimeBasis::business, "business", "工作时间",
                           "business_hours|营业时间|工作日"},
      EnumEntry<TimeBasis>{TimeBasis::wall, "wall", "自然时间", "always_open|wall_time|24x7|全天"},
  };
};

// Stable English snake_case name.
constexpr std::string_view to_string(TimeBasis value) noexcept { return detail::name_of(value); }
// Chinese label shown to users.
constexpr std::string_view chinese_label(TimeBasis value) noexcept {
  return detail::label_of(value);
}

}  // namespace kefu
