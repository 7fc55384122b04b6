#include <kefu/escalation/action.hpp>

#include <boost/date_time/posix_time/time_formatters.hpp>

#include <fmt/format.h>

fmt::format_context::iterator fmt::formatter<kefu::escalation::Action>::format(
    const kefu::escalation::Action& action, format_context& ctx) const {
  using kefu::escalation::ActionKind;
  std::string text;
  switch (action.kind) {
    case ActionKind::raise_priority:
      text = fmt::format("raise_priority {}", action.priority);
      break;
    case ActionKind::schedule_follow_up:
      text = fmt::format("schedule_follow_up in {}",
                         boost::posix_time::to_simple_string(action.after));
      break;
    default:
      text = fmt::format("{} {}", kefu::escalation::to_string(action.kind), action.role);
  }
  return formatter<string_view>::format(text, ctx);
}
