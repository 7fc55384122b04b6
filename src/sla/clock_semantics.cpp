// The clock semantics table of clock_semantics.hpp, as data.

#include <kefu/sla/clock_semantics.hpp>

namespace kefu::sla {

std::vector<ClockSemantics> clock_semantics(ResolutionCounting counting) {
  using A = ClockAction;
  using E = SlaEvent;
  // clang-format off
  std::vector<ClockSemantics> rows = {
      // clock                  event                     action
      {clocks::first_response, E::ticket_opened,       A::start},
      {clocks::first_response, E::agent_replied,       A::stop},
      {clocks::next_response,  E::customer_replied,    A::restart},
      {clocks::next_response,  E::agent_replied,       A::stop},
      {clocks::resolution,     E::ticket_opened,       A::start},
      {clocks::resolution,     E::waiting_on_customer, A::pause},
      {clocks::resolution,     E::customer_replied,    A::resume},
      {clocks::resolution,     E::ticket_resolved,     A::stop},
      {clocks::verification,   E::ticket_opened,       A::start},
      {clocks::verification,   E::facts_verified,      A::stop},
      {clocks::feedback,       E::facts_verified,      A::start},
      {clocks::feedback,       E::feedback_given,      A::stop},
      {clocks::follow_up,      E::ticket_resolved,     A::start},
      {clocks::follow_up,      E::follow_up_done,      A::stop},
  };
  if (counting == ResolutionCounting::across_reopens) {
    rows.push_back({clocks::resolution,   E::ticket_reopened,     A::resume});
  }
  for (const ClockId clock : {clocks::first_response, clocks::next_response, clocks::resolution,
                              clocks::verification, clocks::feedback, clocks::follow_up}) {
    rows.push_back({clock,                E::ticket_closed,       A::stop});
  }
  // clang-format on
  return rows;
}

ClockAction action_for(ClockId clock, SlaEvent event, ResolutionCounting counting) {
  for (const ClockSemantics& row : clock_semantics(counting)) {
    if (row.clock == clock && row.event == event) return row.action;
  }
  return ClockAction::none;
}

std::string_view to_string(SlaEvent event) noexcept {
  switch (event) {
    case SlaEvent::ticket_opened:
      return "ticket_opened";
    case SlaEvent::customer_replied:
      return "customer_replied";
    case SlaEvent::agent_replied:
      return "agent_replied";
    case SlaEvent::waiting_on_customer:
      return "waiting_on_customer";
    case SlaEvent::ticket_resolved:
      return "ticket_resolved";
    case SlaEvent::ticket_reopened:
      return "ticket_reopened";
    case SlaEvent::facts_verified:
      return "facts_verified";
    case SlaEvent::feedback_given:
      return "feedback_given";
    case SlaEvent::follow_up_done:
      return "follow_up_done";
    case SlaEvent::ticket_closed:
      return "ticket_closed";
  }
  return "?";
}

std::string_view to_string(ClockAction action) noexcept {
  switch (action) {
    case ClockAction::none:
      return "none";
    case ClockAction::start:
      return "start";
    case ClockAction::pause:
      return "pause";
    case ClockAction::resume:
      return "resume";
    case ClockAction::stop:
      return "stop";
    case ClockAction::restart:
      return "restart";
  }
  return "?";
}

}  // namespace kefu::sla
