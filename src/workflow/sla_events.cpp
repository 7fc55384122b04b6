#include "sla_events.hpp"

namespace kefu {

using sla::SlaEvent;

std::vector<SlaEvent> sla_events_of(const Event& event) {
  switch (kind_of(event)) {
    case EventKind::open:
      return {SlaEvent::ticket_opened};
    case EventKind::first_response:
      return {SlaEvent::agent_replied};
    case EventKind::triage:
      return {SlaEvent::facts_verified};  // the complaint's 核实
    case EventKind::request_info:
      return {SlaEvent::agent_replied, SlaEvent::waiting_on_customer};
    case EventKind::customer_reply:
      return {SlaEvent::customer_replied};
    case EventKind::propose_solution:  // the complaint's 反馈
      return {SlaEvent::agent_replied, SlaEvent::feedback_given};
    case EventKind::resolve:
      return {SlaEvent::agent_replied, SlaEvent::ticket_resolved};
    case EventKind::follow_up:
      // Unsatisfied at the visit: the case goes back to handling, as if reopened.
      if (std::get<events::FollowUp>(event).rating == Rating::unsatisfied) {
        return {SlaEvent::follow_up_done, SlaEvent::ticket_reopened};
      }
      return {SlaEvent::follow_up_done};
    case EventKind::reopen:
      return {SlaEvent::ticket_reopened};
    case EventKind::close:
    case EventKind::cancel:
      return {SlaEvent::ticket_closed};
    default:
      return {};  // start, accept, reject, confirm, transfer, escalate
  }
}

bool applies_to(const Event& event, SlaEvent sla_event, sla::ClockId clock) {
  return !(kind_of(event) == EventKind::close && sla_event == SlaEvent::ticket_closed &&
           clock == sla::clocks::follow_up);
}

}  // namespace kefu
