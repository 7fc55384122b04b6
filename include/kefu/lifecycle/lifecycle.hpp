#pragma once
// kefu::Lifecycle: applies events to tickets following the transition table of the lifecycle
// SOP (rules.md §lifecycle). Built once from a policy, immutable, safe to share across threads; the
// Boost.MSM machine behind it is compiled into libkefu.a and never seen by hosts.

#include <kefu/lifecycle/event_record.hpp>
#include <kefu/lifecycle/events.hpp>
#include <kefu/lifecycle/lifecycle_policy.hpp>
#include <kefu/lifecycle/ticket.hpp>
#include <kefu/lifecycle/transition.hpp>
#include <kefu/lifecycle/transition_table.hpp>

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <string_view>
#include <vector>

namespace kefu {

class Lifecycle {
 public:
  // Throws kefu::config_error for a negative or special reopen window or a follow-up
  // escalation of `none`.
  explicit Lifecycle(LifecyclePolicy policy = {});

  const LifecyclePolicy& policy() const noexcept { return policy_; }

  // Applies `event` at `at`. Accepted: the ticket moves, its milestones are set and the event is
  // appended to its history. Refused (no row for the ticket's state, a guard says no, or `at` is
  // earlier than the ticket's last event): the ticket is left exactly as it was. Never throws
  // except std::bad_alloc, and then the ticket is unchanged too.
  // `event_id` is the host's id of this delivery, kept in the history record (empty: none). An
  // id already in the history with the same event and instant is a re-delivery: it is accepted
  // as `duplicate` and ignored, the ticket untouched. The same id with another event or instant
  // is refused: the host gave one id to two events.
  Transition apply(Ticket& ticket, const Event& event, boost::posix_time::ptime at,
                   std::string_view event_id = {}) const;
  Transition apply(Ticket& ticket, const EventRecord& record) const {
    return apply(ticket, record.event, record.at, record.id);
  }

  // The events that may be accepted next, in EventKind order, so a UI can grey out the others.
  // An event is listed when some payload would be accepted: `close` is listed for an unresolved
  // case because a close with a reason is accepted. Without `at`, time-bound rules (the reopen
  // window) are judged at the ticket's last event.
  std::vector<EventKind> allowed_events(const Ticket& ticket) const;
  std::vector<EventKind> allowed_events(const Ticket& ticket, boost::posix_time::ptime at) const;

  // Rebuilds a ticket from its history: the first record must be `open`, and every later one
  // must be accepted, with no event id twice. Throws kefu::argument_error naming the first
  // record that is not.
  Ticket replay(const std::vector<EventRecord>& history) const;

  // The transition table, walked from the Boost.MSM machine: one row per transition.
  static const std::vector<TransitionRow>& transitions();

 private:
  LifecyclePolicy policy_;
};

}  // namespace kefu
