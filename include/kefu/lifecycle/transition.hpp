#pragma once
// kefu::Transition: what Lifecycle::apply did with an event.

#include <kefu/lifecycle/events.hpp>
#include <kefu/lifecycle/state.hpp>

#include <fmt/core.h>

#include <string_view>

namespace kefu {

struct Transition {
  bool accepted = false;
  EventKind event = EventKind::open;
  State from = State::received;
  State to = State::received;  // equals `from` when refused
  std::string_view reason;     // why it was refused (static text); empty when accepted
  // The event id is already in the history with this same event and instant: a re-delivery,
  // accepted as already applied and otherwise ignored (the ticket is not touched).
  bool duplicate = false;

  explicit operator bool() const noexcept { return accepted; }
};

inline bool operator==(const Transition& a, const Transition& b) noexcept {
  return a.accepted == b.accepted && a.event == b.event && a.from == b.from && a.to == b.to &&
         a.reason == b.reason && a.duplicate == b.duplicate;
}
inline bool operator!=(const Transition& a, const Transition& b) noexcept { return !(a == b); }

}  // namespace kefu

// "resolve: in_progress -> resolved" or "resolve refused in received: no first response yet";
// defined in src/lifecycle/format.cpp.
template <>
struct fmt::formatter<kefu::Transition> : fmt::formatter<fmt::string_view> {
  format_context::iterator format(const kefu::Transition& value, format_context& ctx) const;
};
