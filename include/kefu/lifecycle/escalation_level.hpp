#pragma once
// kefu::EscalationLevel: how far up the escalation ladder a case has gone (rules.md §escalation).
//
// Escalation is data on the ticket, not an orthogonal region of the state machine: it never
// changes which events a case may receive (an escalated case is handled like any other, only
// by someone more senior), so a second region would double the machine's states and compile
// cost for no rule. The `escalate` rows of the transition table still say when it may rise.

#include <kefu/core/detail/enum_table.hpp>
#include <kefu/core/parse.hpp>

#include <fmt/core.h>

#include <array>
#include <cstdint>
#include <string_view>

namespace kefu {

// Ordered: a level compares greater than the levels below it.
enum class EscalationLevel : std::uint8_t {
  none,
  supervisor,
  manager,
  director,
};

template <>
struct EnumTraits<EscalationLevel> {
  static constexpr std::array entries{
      EnumEntry<EscalationLevel>{EscalationLevel::none, "none", "未升级", ""},
      EnumEntry<EscalationLevel>{EscalationLevel::supervisor, "supervisor", "主管",
                                 "服务主管|team_lead"},
      EnumEntry<EscalationLevel>{EscalationLevel::manager, "manager", "经理", "客服经理"},
      EnumEntry<EscalationLevel>{EscalationLevel::director, "director", "总监", "部门负责人"},
  };
};

// Stable English snake_case name.
constexpr std::string_view to_string(EscalationLevel value) noexcept {
  return detail::name_of(value);
}
// Chinese label shown to users.
constexpr std::string_view chinese_label(EscalationLevel value) noexcept {
  return detail::label_of(value);
}

}  // namespace kefu

// fmt::format("{}", x) prints the English name; defined in src/lifecycle/format.cpp.
template <>
struct fmt::formatter<kefu::EscalationLevel> : fmt::formatter<fmt::string_view> {
  format_context::iterator format(kefu::EscalationLevel value, format_context& ctx) const;
};
