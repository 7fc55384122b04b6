#include <kefu/escalation/ladder.hpp>
#include <kefu/workflow/action_event.hpp>

#include <fmt/core.h>

namespace kefu {

std::optional<Event> event_for(const Workflow& workflow, const FiredAction& fired, const Case& c,
                               std::string actor) {
  using escalation::ActionKind;
  const escalation::Action& action = fired.action;
  std::string note = fmt::format("rule {}", fired.rule);
  switch (action.kind) {
    case ActionKind::escalate: {
      // Rules refuse an escalate action to a role that is not a rung.
      const auto level = workflow.ladder_levels().level_of(action.role);
      if (!level || *level <= c.ticket.escalation) return std::nullopt;
      return events::Escalate{std::move(actor), *level, std::move(note)};
    }
    case ActionKind::reassign: {
      const std::string& to = action.role == escalation::roles::owner     ? c.ticket.owner
                              : action.role == escalation::roles::handler ? c.ticket.handler
                                                                          : action.role;
      if (to == c.ticket.handler) return std::nullopt;
      return events::Transfer{std::move(actor), to, std::move(note)};
    }
    case ActionKind::notify:
    case ActionKind::raise_priority:
    case ActionKind::schedule_follow_up:
      break;
  }
  return std::nullopt;
}

}  // namespace kefu
