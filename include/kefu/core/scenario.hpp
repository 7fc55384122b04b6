#pragma once
// kefu::Scenario: After-sales service scenario (服务场景), rules.md §vocabulary; `none` when no
// scenario applies.

#include <kefu/core/detail/enum_table.hpp>
#include <kefu/core/parse.hpp>

#include <fmt/core.h>

#include <array>
#include <cstdint>
#include <string_view>

namespace kefu {

enum class Scenario : std::uint8_t {
  none,
  fault_repair,
  usage_inquiry,
  service_complaint,
  return_exchange,
  installation,
  value_added,
  emergency,
  remote_assist,
  logistics,
  order_change,
};

template <>
struct EnumTraits<Scenario> {
  static constexpr std::array entries{
      EnumEntry<Scenario>{Scenario::none, "none", "无", "未分类|无场景"},
      EnumEntry<Scenario>{Scenario::fault_repair, "fault_repair", "产品故障报修",
                          "故障报修|报修|故障|repair"},
      EnumEntry<Scenario>{Scenario::usage_inquiry, "usage_inquiry", "使用操作咨询",
                          "使用咨询|操作咨询"},
      EnumEntry<Scenario>{Scenario::service_complaint, "service_complaint", "服务体验投诉",
                          "服务投诉"},
      EnumEntry<Scenario>{Scenario::return_exchange, "return_exchange", "退换货申请",
                          "退换货|退货|换货"},
      EnumEntry<Scenario>{Scenario::installation, "installation", "安装调试需求",
                          "安装调试|安装|install"},
      EnumEntry<Scenario>{Scenario::value_added, "value_added", "增值服务预约", "增值服务|增值"},
      EnumEntry<Scenario>{Scenario::emergency, "emergency", "紧急情况处理", "紧急情况"},
      EnumEntry<Scenario>{Scenario::remote_assist, "remote_assist", "远程协助请求",
                          "远程协助|远程"},
      EnumEntry<Scenario>{Scenario::logistics, "logistics", "物流问题", "物流|查件"},
      EnumEntry<Scenario>{Scenario::order_change, "order_change", "订单修改", "修改订单|改单"},
  };
};

// Stable English snake_case name.
constexpr std::string_view to_string(Scenario value) noexcept { return detail::name_of(value); }
// Chinese label shown to users.
constexpr std::string_view chinese_label(Scenario value) noexcept {
  return detail::label_of(value);
}

}  // namespace kefu

// fmt::format("{}", x) prints the English name; defined in src/core/format.cpp.
template <>
struct fmt::formatter<kefu::Scenario> : fmt::formatter<fmt::string_view> {
  format_context::iterator format(kefu::Scenario value, format_context& ctx) const;
};
