#pragma once
// kefu::State: where a customer case stands in its lifecycle (rules.md §lifecycle).

#include <kefu/core/detail/enum_table.hpp>
#include <kefu/core/parse.hpp>

#include <fmt/core.h>

#include <array>
#include <cstdint>
#include <string_view>

namespace kefu {

enum class State : std::uint8_t {
  received,           // recorded, not yet verified
  triaged,            // identity checked, classified, priority set
  in_progress,        // being handled
  awaiting_customer,  // waiting for the customer's answer; SLA clocks pause here
  solution_proposed,  // a plan was fed back, waiting for the customer's agreement
  resolved,           // done, waiting for the customer's confirmation or the follow-up
  closed,             // closed loop (闭环)
  cancelled,          // not a real case: duplicate, spam, malicious call
};

template <>
struct EnumTraits<State> {
  static constexpr std::array entries{
      EnumEntry<State>{State::received, "received", "已受理", "受理"},
      EnumEntry<State>{State::triaged, "triaged", "已核实分级", "已分级|已核实"},
      EnumEntry<State>{State::in_progress, "in_progress", "处理中", "处理"},
      EnumEntry<State>{State::awaiting_customer, "awaiting_customer", "待客户回复",
                       "待回复|waiting"},
      EnumEntry<State>{State::solution_proposed, "solution_proposed", "方案待确认", "待确认"},
      EnumEntry<State>{State::resolved, "resolved", "已解决", "解决"},
      EnumEntry<State>{State::closed, "closed", "已闭环", "闭环|已关闭"},
      EnumEntry<State>{State::cancelled, "cancelled", "无效", "已作废|canceled"},
  };
};

// Stable English snake_case name.
constexpr std::string_view to_string(State value) noexcept { return detail::name_of(value); }
// Chinese label shown to users.
constexpr std::string_view chinese_label(State value) noexcept { return detail::label_of(value); }

// Closed and cancelled cases take no further handling (a closed one may still be followed up
// or reopened, see the transition table).
constexpr bool is_finished(State value) noexcept {
  return value == State::closed || value == State::cancelled;
}

}  // namespace kefu

// fmt::format("{}", x) prints the English name; defined in src/lifecycle/format.cpp.
template <>
struct fmt::formatter<kefu::State> : fmt::formatter<fmt::string_view> {
  format_context::iterator format(kefu::State value, format_context& ctx) const;
};
