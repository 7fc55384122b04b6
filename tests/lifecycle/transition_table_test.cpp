// Lifecycle::transitions() and allowed_events: the table as data, walked from the MSM machine.

#include "fixtures.hpp"
#include <kefu/lifecycle/lifecycle.hpp>
#include <kefu/lifecycle/transition_table.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <vector>

using kefu::EventKind;
using kefu::State;
using kefu::test::at_minute;
using kefu::test::step;
using kefu::test::ticket_in;
namespace events = kefu::events;

namespace {

bool has_row(const kefu::TransitionRow& row) {
  const auto& rows = kefu::Lifecycle::transitions();
  return std::find(rows.begin(), rows.end(), row) != rows.end();
}

}  // namespace

TEST_CASE("the transition table is exported row by row with its actions and guards") {
  const auto& rows = kefu::Lifecycle::transitions();
  CHECK(rows.size() == 48);
  CHECK(rows.front() == kefu::TransitionRow{State::received, EventKind::first_response,
                                            State::received, "record_first_response",
                                            "not_responded"});
  CHECK(has_row({State::triaged, EventKind::start, State::in_progress, "", ""}));
  CHECK(has_row(
      {State::in_progress, EventKind::resolve, State::resolved, "record_resolution", "responded"}));
  CHECK(has_row({State::resolved, EventKind::close, State::closed, "record_close", "may_close"}));
  CHECK(has_row({State::resolved, EventKind::follow_up, State::in_progress, "back_to_handling",
                 "unsatisfied_visit"}));
  CHECK(has_row({State::closed, EventKind::reopen, State::in_progress, "record_reopen",
                 "within_reopen_window"}));
  CHECK(has_row(
      {State::triaged, EventKind::cancel, State::cancelled, "record_cancel", "with_reason"}));
  CHECK_FALSE(has_row(
      {State::in_progress, EventKind::cancel, State::cancelled, "record_cancel", "with_reason"}));
  CHECK(has_row({State::in_progress, EventKind::verify_facts, State::in_progress,
                 "record_verification", ""}));
  CHECK(has_row({State::triaged, EventKind::promise_answer, State::triaged, "", "promise_ahead"}));
  CHECK(has_row({State::received, EventKind::apologize, State::received, "record_apology", ""}));
  CHECK(has_row({State::in_progress, EventKind::arrive_on_site, State::in_progress,
                 "record_arrival", "visit_pending"}));
  CHECK_FALSE(has_row(
      {State::received, EventKind::verify_facts, State::received, "record_verification", ""}));
  // Nothing leaves a cancelled case, and `open` is no row: a ticket is opened by Ticket::open.
  for (const auto& row : rows) {
    CHECK(row.source != State::cancelled);
    CHECK(row.event != EventKind::open);
  }
}

TEST_CASE("allowed events list what a UI may offer next, in event order") {
  const kefu::Lifecycle lifecycle;
  using V = std::vector<EventKind>;
  CHECK(lifecycle.allowed_events(ticket_in(State::received)) ==
        V{EventKind::first_response, EventKind::triage, EventKind::close, EventKind::transfer,
          EventKind::escalate, EventKind::cancel, EventKind::apologize});
  // arrive_on_site needs a site visit asked for first.
  CHECK(lifecycle.allowed_events(ticket_in(State::triaged)) ==
        V{EventKind::first_response, EventKind::start, EventKind::close, EventKind::transfer,
          EventKind::escalate, EventKind::cancel, EventKind::verify_facts,
          EventKind::promise_answer, EventKind::apologize, EventKind::need_site_visit});
  CHECK(lifecycle.allowed_events(ticket_in(State::in_progress)) ==
        V{EventKind::request_info, EventKind::propose_solution, EventKind::resolve,
          EventKind::close, EventKind::transfer, EventKind::escalate, EventKind::verify_facts,
          EventKind::promise_answer, EventKind::apologize, EventKind::need_site_visit});
  CHECK(lifecycle.allowed_events(ticket_in(State::awaiting_customer)) ==
        V{EventKind::customer_reply, EventKind::close, EventKind::transfer, EventKind::escalate});
  CHECK(lifecycle.allowed_events(ticket_in(State::solution_proposed)) ==
        V{EventKind::accept_solution, EventKind::reject_solution, EventKind::close,
          EventKind::transfer, EventKind::escalate});
  CHECK(lifecycle.allowed_events(ticket_in(State::resolved)) ==
        V{EventKind::confirm, EventKind::follow_up, EventKind::close, EventKind::reopen,
          EventKind::escalate});
  CHECK(lifecycle.allowed_events(ticket_in(State::closed)) ==
        V{EventKind::follow_up, EventKind::reopen});
  CHECK(lifecycle.allowed_events(ticket_in(State::cancelled)).empty());
}

TEST_CASE("allowed events follow the guards on the ticket and the instant") {
  const kefu::Lifecycle lifecycle;
  using V = std::vector<EventKind>;
  kefu::Ticket unanswered = ticket_in(State::triaged);
  step(lifecycle, unanswered, events::Start{"agent-a"}, 2);
  CHECK(lifecycle.allowed_events(unanswered) ==
        V{EventKind::first_response, EventKind::request_info, EventKind::propose_solution,
          EventKind::close, EventKind::transfer, EventKind::escalate, EventKind::verify_facts,
          EventKind::promise_answer, EventKind::apologize, EventKind::need_site_visit});
  step(lifecycle, unanswered, events::NeedSiteVisit{"agent-a"}, 3);
  CHECK(lifecycle.allowed_events(unanswered).back() == EventKind::arrive_on_site);

  kefu::Ticket confirmed = ticket_in(State::resolved);
  step(lifecycle, confirmed, events::Confirm{"customer"}, 6);
  step(lifecycle, confirmed, events::FollowUp{"agent-a"}, 7);
  CHECK(lifecycle.allowed_events(confirmed) ==
        V{EventKind::close, EventKind::reopen, EventKind::escalate});

  const kefu::Ticket closed = ticket_in(State::closed);  // closed at minute 5
  const long week = 7 * 24 * 60;
  CHECK(lifecycle.allowed_events(closed, at_minute(5 + week)) ==
        V{EventKind::follow_up, EventKind::reopen});
  CHECK(lifecycle.allowed_events(closed, at_minute(5 + week + 1)) == V{EventKind::follow_up});
  // Nothing is allowed before the ticket's last event.
  CHECK(lifecycle.allowed_events(closed, at_minute(4)).empty());
}
