#pragma once
// kefu::TransitionRow: one row of the lifecycle's transition table as data. The rows come from
// walking the Boost.MSM table itself (Lifecycle::transitions()), so a diagram or a UI built
// from them can never drift from the machine.

#include <kefu/lifecycle/events.hpp>
#include <kefu/lifecycle/state.hpp>

#include <string_view>

namespace kefu {

struct TransitionRow {
  State source = State::received;
  EventKind event = EventKind::open;
  State target = State::received;  // equals source for a row that only records something
  std::string_view action;         // name of the action functor; empty when there is none
  std::string_view guard;          // name of the guard functor; empty when there is none
};

inline bool operator==(const TransitionRow& a, const TransitionRow& b) noexcept {
  return a.source == b.source && a.event == b.event && a.target == b.target &&
         a.action == b.action && a.guard == b.guard;
}
inline bool operator!=(const TransitionRow& a, const TransitionRow& b) noexcept {
  return !(a == b);
}

}  // namespace kefu
