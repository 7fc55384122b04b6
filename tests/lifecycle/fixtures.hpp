#pragma once
// Shared helpers of the lifecycle tests: instants, and tickets walked into each state through
// the public facade.

#include <kefu/lifecycle/lifecycle.hpp>

#include <boost/date_time/posix_time/posix_time.hpp>

#include <doctest/doctest.h>

#include <string>

namespace kefu::test {

// 2026-11-24 09:00 UTC plus `minutes`.
inline boost::posix_time::ptime at_minute(long minutes) {
  return boost::posix_time::ptime(
      boost::gregorian::date(2026, 11, 24),
      boost::posix_time::hours(9) + boost::posix_time::minutes(minutes));
}

inline Ticket new_ticket(Category category = Category::inquiry) {
  return Ticket::open(
      "T-1",
      {Channel::online_chat, category, Scenario::none, Priority::normal, CustomerTier::regular},
      "agent-a", at_minute(0));
}

// Applies `event` at `minute` and requires it to be accepted.
inline void step(const Lifecycle& lifecycle, Ticket& ticket, const Event& event, long minute) {
  const Transition t = lifecycle.apply(ticket, event, at_minute(minute));
  INFO("setting up with ", std::string(event_name(event)), ": ", std::string(t.reason));
  REQUIRE(t.accepted);
}

// A ticket of `category` in `state` by the shortest path of the SOP: every state from
// in_progress on has had its first response; received and triaged have not; a closed one was
// confirmed by the customer. Events are one
// minute apart, the last one at minute 5 or earlier.
inline Ticket ticket_in(State state, Category category = Category::inquiry,
                        const Lifecycle& lifecycle = Lifecycle{}) {
  Ticket t = new_ticket(category);
  if (state == State::received) return t;
  if (state == State::cancelled) {
    step(lifecycle, t, events::Cancel{"agent-a", "duplicate"}, 1);
    return t;
  }
  step(lifecycle, t, events::Triage{"agent-a"}, 1);
  if (state == State::triaged) return t;
  step(lifecycle, t, events::FirstResponse{"agent-a"}, 2);
  step(lifecycle, t, events::Start{"agent-a"}, 3);
  switch (state) {
    case State::awaiting_customer:
      step(lifecycle, t, events::RequestInfo{"agent-a"}, 4);
      break;
    case State::solution_proposed:
      step(lifecycle, t, events::ProposeSolution{"agent-a"}, 4);
      break;
    case State::resolved:
      step(lifecycle, t, events::Resolve{"agent-a"}, 4);
      break;
    case State::closed:
      step(lifecycle, t, events::Resolve{"agent-a"}, 4);
      step(lifecycle, t, events::Confirm{"customer"}, 5);
      step(lifecycle, t, events::Close{"agent-a"}, 5);
      break;
    default:
      break;
  }
  return t;
}

}  // namespace kefu::test
