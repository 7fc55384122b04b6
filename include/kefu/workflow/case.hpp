#pragma once
// kefu::Case: a ticket together with what the workflow keeps about it: its SLA clocks, the
// escalation rules that have fired, and how far time-triggered rules have been checked.
//
// Only three things are the host's data: the ticket (with its event history), the flags the
// classifier set when the case was opened, and `checked_until`. Everything else is derived:
// Workflow::replay rebuilds it from those three, equal to the original, so that restoring a
// case never notifies anyone twice.

#include <kefu/escalation/action.hpp>
#include <kefu/escalation/rule.hpp>
#include <kefu/lifecycle/ticket.hpp>
#include <kefu/sla/clock.hpp>

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kefu {

// One action of one escalation rule that fired.
struct FiredAction {
  std::string rule;  // the rule's id
  // Which occasion of the rule: 0 for a condition rule, the history index of the event for an
  // event rule, the clock's cycle for a clock rule, the history index of the event that
  // entered the state for a time-in-state rule.
  std::uint32_t occasion = 0;
  escalation::Action action;
  // When the rule fired: the instant its trigger was reached, or the event that made its
  // condition hold when that came later.
  boost::posix_time::ptime at;

  friend bool operator==(const FiredAction& a, const FiredAction& b) {
    return a.rule == b.rule && a.occasion == b.occasion && a.action == b.action && a.at == b.at;
  }
  friend bool operator!=(const FiredAction& a, const FiredAction& b) { return !(a == b); }
};

struct Case {
  Ticket ticket;
  Flags flags;  // set by the host from the classification
  // The last event or the last check that fired something: time-triggered rules due up to
  // here have fired, and no event may come before it.
  boost::posix_time::ptime checked_until;

  // Derived from the three above.
  std::vector<sla::Clock> clocks;                    // ordered by clock name
  std::vector<FiredAction> fired;                    // oldest first
  boost::posix_time::ptime state_since;              // when the ticket entered its current state
  std::uint32_t state_entered_by = 0;                // history index of the event that entered it
  std::optional<boost::posix_time::ptime> next_due;  // cache behind Workflow::next_check

  const sla::Clock* clock(sla::ClockId id) const;
  bool has_fired(std::string_view rule, std::uint32_t occasion) const;
};

bool operator==(const Case& a, const Case& b);
inline bool operator!=(const Case& a, const Case& b) { return !(a == b); }

}  // namespace kefu

// "notify supervisor (rule first_response_breached, 2025-09-30T09:00:15Z)": a FiredAction knows
// no zone, so its instant is written in UTC with "Z" (kefu/calendar/instant.hpp); a host that
// shows it in the calendar's zone writes kefu::format_instant(fired.at, calendar.zone()).
template <>
struct fmt::formatter<kefu::FiredAction> : fmt::formatter<fmt::string_view> {
  format_context::iterator format(const kefu::FiredAction& value, format_context& ctx) const;
};
