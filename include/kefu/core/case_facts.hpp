#pragma once
// kefu::CaseFacts: what a case is about and where it came from, declared once for every module
// that reads it: the ticket (kefu::Ticket), its open event (events::Open), the SLA policy's
// choice of targets (sla::TicketFacts), the escalation rules' conditions (escalation::Facts)
// and a case's flat summary (kefu::CaseSummary). Records derive from it, so `ticket.priority`
// reads as before; an event holds it as `facts`, so that `events::Open{actor, id, {...}}` keeps
// the actor first.

#include <kefu/core/category.hpp>
#include <kefu/core/channel.hpp>
#include <kefu/core/customer_tier.hpp>
#include <kefu/core/priority.hpp>
#include <kefu/core/scenario.hpp>

#include <tuple>

namespace kefu {

struct CaseFacts {
  Channel channel = Channel::phone;
  Category category = Category::inquiry;
  Scenario scenario = Scenario::none;
  Priority priority = Priority::normal;
  CustomerTier tier = CustomerTier::regular;

  friend bool operator==(const CaseFacts& a, const CaseFacts& b) noexcept {
    return std::tie(a.channel, a.category, a.scenario, a.priority, a.tier) ==
           std::tie(b.channel, b.category, b.scenario, b.priority, b.tier);
  }
  friend bool operator!=(const CaseFacts& a, const CaseFacts& b) noexcept { return !(a == b); }
};

}  // namespace kefu
