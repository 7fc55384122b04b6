#pragma once
// Which ticket events start, pause, resume, stop and restart each built-in SLA clock: the table
// a workflow applies (clock_semantics()), and the lookup for one clock and event.
//
//   clock           start           pause                resume            stop restart
//   first_response  ticket_opened                                          agent_replied
//   next_response                                                          agent_replied
//   customer_replied resolution      ticket_opened   waiting_on_customer  customer_replied
//   ticket_resolved
//                                                        ticket_reopened (across_reopens only)
//   verification    ticket_opened                                          facts_verified
//   feedback        facts_verified                                         feedback_given
//   follow_up       ticket_resolved                                        follow_up_done
//   every clock                                                            ticket_closed
//
// Clocks of other names have no rows: hosts drive them with Clock's calls directly.

#include <kefu/sla/clock_id.hpp>
#include <kefu/sla/policy.hpp>

#include <fmt/core.h>

#include <cstdint>
#include <string_view>
#include <vector>

namespace kefu::sla {

// What happened on a ticket, as far as SLA clocks care.
enum class SlaEvent : std::uint8_t {
  ticket_opened,
  customer_replied,     // a customer message
  agent_replied,        // an agent's answer to the customer
  waiting_on_customer,  // the case waits for the customer: paused time does not count
  ticket_resolved,
  ticket_reopened,
  facts_verified,  // complaint: facts verified with the departments involved
  feedback_given,  // complaint: result and solution told to the customer
  follow_up_done,  // 回访
  ticket_closed,
};

enum class ClockAction : std::uint8_t { none, start, pause, resume, stop, restart };

struct ClockSemantics {
  ClockId clock;
  SlaEvent event;
  ClockAction action;
};

// The rows of the table above.
std::vector<ClockSemantics> clock_semantics(ResolutionCounting counting);
// The action for one clock and event (none when the table has no row).
ClockAction action_for(ClockId clock, SlaEvent event, ResolutionCounting counting);

std::string_view to_string(SlaEvent event) noexcept;
std::string_view to_string(ClockAction action) noexcept;

}  // namespace kefu::sla

template <>
struct fmt::formatter<kefu::sla::SlaEvent> : fmt::formatter<fmt::string_view> {
  format_context::iterator format(kefu::sla::SlaEvent value, format_context& ctx) const;
};

template <>
struct fmt::formatter<kefu::sla::ClockAction> : fmt::formatter<fmt::string_view> {
  format_context::iterator format(kefu::sla::ClockAction value, format_context& ctx) const;
};
