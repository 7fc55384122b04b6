#pragma once
// kefu::CustomerTier: Customer tier; key accounts (大客户) have their own complaint-satisfaction
// KPI (rules.md §kpi).

#include <kefu/core/detail/enum_table.hpp>
#include <kefu/core/parse.hpp>

#include <fmt/core.h>

#include <array>
#include <cstdint>
#include <string_view>

namespace kefu {

enum class CustomerTier : std::uint8_t {
  regular,
  member,
  key_account,
};

template <>
struct EnumTraits<CustomerTier> {
  static constexpr std::array entries{
      EnumEntry<CustomerTier>{CustomerTier::regular, "regular", "普通客户", "普通"},
      EnumEntry<CustomerTier>{CustomerTier::member, "member", "会员", "会员客户|vip"},
      EnumEntry<CustomerTier>{CustomerTier::key_account, "key_account", "大客户", "重点客户|key"},
  };
};

// Stable English snake_case name.
constexpr std::string_view to_string(CustomerTier value) noexcept { return detail::name_of(value); }
// Chinese label shown to users.
constexpr std::string_view chinese_label(CustomerTier value) noexcept {
  return detail::label_of(value);
}

}  // namespace kefu

// fmt::format("{}", x) prints the English name; defined in src/core/format.cpp.
template <>
struct fmt::formatter<kefu::CustomerTier> : fmt::formatter<fmt::string_view> {
  format_context::iterator format(kefu::CustomerTier value, format_context& ctx) const;
};
