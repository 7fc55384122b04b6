#pragma once
// How lifecycle events reach SLA clocks: each event is one or more of the SLA events of
// sla::clock_semantics().

#include <kefu/lifecycle/events.hpp>
#include <kefu/sla/clock_semantics.hpp>

#include <vector>

namespace kefu {

// In order: an agent's answer that also waits for the customer first stops next_response,
// then pauses resolution.
std::vector<sla::SlaEvent> sla_events_of(const Event& event);

// Whether an SLA event reaches a clock. Closing stops every clock but the follow-up visit,
// which is done after closing too; cancelling stops them all.
bool applies_to(const Event& event, sla::SlaEvent sla_event, sla::ClockId clock);

}  // namespace kefu
