// fmt formatters of the lifecycle types, compiled once so that hosts need only <fmt/core.h>.

#include <kefu/lifecycle/escalation_level.hpp>
#include <kefu/lifecycle/events.hpp>
#include <kefu/lifecycle/state.hpp>
#include <kefu/lifecycle/transition.hpp>

#include <fmt/format.h>

fmt::format_context::iterator fmt::formatter<kefu::State>::format(kefu::State value,
                                                                  fmt::format_context& ctx) const {
  return formatter<fmt::string_view>::format(kefu::to_string(value), ctx);
}

fmt::format_context::iterator fmt::formatter<kefu::EscalationLevel>::format(
    kefu::EscalationLevel value, fmt::format_context& ctx) const {
  return formatter<fmt::string_view>::format(kefu::to_string(value), ctx);
}

fmt::format_context::iterator fmt::formatter<kefu::EventKind>::format(
    kefu::EventKind value, fmt::format_context& ctx) const {
  return formatter<fmt::string_view>::format(kefu::to_string(value), ctx);
}

fmt::format_context::iterator fmt::formatter<kefu::Transition>::format(
    const kefu::Transition& value, fmt::format_context& ctx) const {
  std::string text;
  if (value.duplicate) {
    text = fmt::format("{} in {}: already applied (same event id)", value.event, value.from);
  } else if (value.accepted) {
    text = fmt::format("{}: {} -> {}", value.event, value.from, value.to);
  } else {
    text = fmt::format("{} refused in {}: {}", value.event, value.from, value.reason);
  }
  return formatter<fmt::string_view>::format(text, ctx);
}
