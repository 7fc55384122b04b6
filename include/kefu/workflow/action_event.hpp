#pragma once
// Escalation action -> lifecycle event: the event a host applies (Workflow::apply) to carry out
// what a fired rule asks, so that the ladder's rung and the ticket's level are joined in one
// place (LadderLevels) and not by hand.

#include <kefu/lifecycle/events.hpp>
#include <kefu/workflow/case.hpp>
#include <kefu/workflow/workflow.hpp>

#include <optional>
#include <string>

namespace kefu {

// The event for one fired action on case `c`, by `actor` (kefu's choice: "system", since no
// person decided it; the host may name its scheduler), with the rule's id as the note:
//   escalate        events::Escalate to the level of the rung the action names; none when
//                   the ticket is already that high (the lifecycle would refuse it)
//   reassign        events::Transfer to the role or queue the action names ("owner" is the
//                   ticket's first-contact owner, "handler" its handler); none when that is
//                   already who handles the case
//   notify, raise_priority, schedule_follow_up
//                   none: a message, a priority shown to people and a booked visit are the
//                   host's to carry out (no lifecycle event sets the priority after triage;
//                   the follow-up event is the visit itself, when it happens)
// Applying the event may still be refused by the lifecycle (a closed case cannot be escalated).
std::optional<Event> event_for(const Workflow& workflow, const FiredAction& fired, const Case& c,
                               std::string actor = "system");

}  // namespace kefu
