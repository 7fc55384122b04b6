#pragma once
// Private interface of the Boost.MSM machine (machine.cpp) to the Lifecycle facade.

#include <kefu/lifecycle/events.hpp>
#include <kefu/lifecycle/lifecycle_policy.hpp>
#include <kefu/lifecycle/ticket.hpp>
#include <kefu/lifecycle/transition.hpp>
#include <kefu/lifecycle/transition_table.hpp>

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <string_view>
#include <vector>

namespace kefu::detail {

// The part of a row's guard that depends only on the ticket, the policy and the instant, not on
// the event's payload: empty when it passes, else the reason. allowed_events uses it.
using TicketCheck = std::string_view (*)(const Ticket&, const LifecyclePolicy&,
                                         boost::posix_time::ptime);

struct MachineRow {
  TransitionRow row;
  TicketCheck ticket_check;
};

// The MSM transition table walked once, in table order.
const std::vector<MachineRow>& machine_rows();

// Runs one event through the machine from the ticket's state. Guards and actions read and
// change `ticket` (actions only after every guard of the chosen row passed); the result's
// `to` is the machine's new state, which the caller stores. Does not touch history or
// updated_at.
Transition run_machine(const LifecyclePolicy& policy, Ticket& ticket, const Event& event,
                       boost::posix_time::ptime at);

}  // namespace kefu::detail
