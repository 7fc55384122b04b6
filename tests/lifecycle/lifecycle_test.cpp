// kefu::Lifecycle: every state x event pair, the complaint path of the SOP toolkit, reopening,
// repeat complaints, transfer, escalation, forced close, time order and replay.

#include "fixtures.hpp"
#include <kefu/core/error.hpp>
#include <kefu/lifecycle/lifecycle.hpp>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <array>
#include <string>
#include <string_view>
#include <thread>

using kefu::test::at_minute;
using kefu::test::step;
using kefu::test::ticket_in;
namespace events = kefu::events;

namespace {

constexpr std::array all_states{kefu::State::received,
                                kefu::State::triaged,
                                kefu::State::in_progress,
                                kefu::State::awaiting_customer,
                                kefu::State::solution_proposed,
                                kefu::State::resolved,
                                kefu::State::closed,
                                kefu::State::cancelled};

// An event of each kind with a payload that every guard on the payload accepts, except the
// close, which gives no reason.
kefu::Event sample(kefu::EventKind kind) {
  using K = kefu::EventKind;
  switch (kind) {
    case K::open:
      return events::Open{"agent-a", "T-2"};
    case K::first_response:
      return events::FirstResponse{"agent-a", "您好"};
    case K::triage:
      return events::Triage{"agent-a"};
    case K::start:
      return events::Start{"agent-a"};
    case K::request_info:
      return events::RequestInfo{"agent-a", "photos please"};
    case K::customer_reply:
      return events::CustomerReply{"customer"};
    case K::propose_solution:
      return events::ProposeSolution{"agent-a", "replace the part"};
    case K::accept_solution:
      return events::AcceptSolution{"customer"};
    case K::reject_solution:
      return events::RejectSolution{"customer"};
    case K::resolve:
      return events::Resolve{"agent-a"};
    case K::confirm:
      return events::Confirm{"customer"};
    case K::follow_up:
      return events::FollowUp{"agent-a", kefu::Rating::satisfied};
    case K::close:
      return events::Close{"agent-a"};
    case K::reopen:
      return events::Reopen{"customer"};
    case K::transfer:
      return events::Transfer{"agent-a", "agent-b"};
    case K::escalate:
      return events::Escalate{"agent-a", kefu::EscalationLevel::supervisor};
    case K::cancel:
      return events::Cancel{"agent-a", "duplicate"};
    case K::verify_facts:
      return events::VerifyFacts{"agent-a", "安装部", "师傅未穿工服"};
    case K::promise_answer:  // two hours after the instant the table applies it at
      return events::PromiseAnswer{"agent-a", kefu::test::at_minute(130)};
    case K::apologize:
      return events::Apologize{"supervisor"};
    case K::need_site_visit:
      return events::NeedSiteVisit{"agent-a"};
    case K::arrive_on_site:
      return events::ArriveOnSite{"engineer"};
  }
  return events::Open{};
}

// Where each event takes an inquiry ticket built by ticket_in, re-typed from the SOP toolkit's
// flow (rules.md §lifecycle); "-" is refused. Columns: received, triaged, in_progress,
// awaiting_customer, solution_proposed, resolved, closed, cancelled.
struct Expected {
  kefu::EventKind event;
  std::array<std::string_view, 8> target;
};
// clang-format off
constexpr std::array<Expected, 22> expected_targets{{
  {kefu::EventKind::open,             {"-",        "-",       "-",                 "-",                 "-",                 "-",           "-",      "-"}},
  {kefu::EventKind::first_response,   {"received", "triaged", "-",                 "-",                 "-",                 "-",           "-",      "-"}},
  {kefu::EventKind::triage,           {"triaged",  "-",       "-",                 "-",                 "-",                 "-",           "-",      "-"}},
  {kefu::EventKind::start,            {"-",        "in_progress", "-",             "-",                 "-",                 "-",           "-",      "-"}},
  {kefu::EventKind::request_info,     {"-",        "-",       "awaiting_customer", "-",                 "-",                 "-",           "-",      "-"}},
  {kefu::EventKind::customer_reply,   {"-",        "-",       "-",                 "in_progress",       "-",                 "-",           "-",      "-"}},
  {kefu::EventKind::propose_solution, {"-",        "-",       "solution_proposed", "-",                 "-",                 "-",           "-",      "-"}},
  {kefu::EventKind::accept_solution,  {"-",        "-",       "-",                 "-",                 "in_progress",       "-",           "-",      "-"}},
  {kefu::EventKind::reject_solution,  {"-",        "-",       "-",                 "-",                 "in_progress",       "-",           "-",      "-"}},
  {kefu::EventKind::resolve,          {"-",        "-",       "resolved",          "-",                 "-",                 "-",           "-",      "-"}},
  {kefu::EventKind::confirm,          {"-",        "-",       "-",                 "-",                 "-",                 "resolved",    "-",      "-"}},
  {kefu::EventKind::follow_up,        {"-",        "-",       "-",                 "-",                 "-",                 "resolved",    "closed", "-"}},
  {kefu::EventKind::close,            {"-",        "-",       "-",                 "-",                 "-",                 "closed",      "-",      "-"}},
  {kefu::EventKind::reopen,           {"-",        "-",       "-",                 "-",                 "-",                 "in_progress", "in_progress", "-"}},
  {kefu::EventKind::transfer,         {"received", "triaged", "in_progress",       "awaiting_customer", "solution_proposed", "-",           "-",      "-"}},
  {kefu::EventKind::escalate,         {"received", "triaged", "in_progress",       "awaiting_customer", "solution_proposed", "resolved",    "-",      "-"}},
  {kefu::EventKind::cancel,           {"cancelled", "cancelled", "-",              "-",                 "-",                 "-",           "-",      "-"}},
  {kefu::EventKind::verify_facts,     {"-",        "triaged", "in_progress",       "-",                 "-",                 "-",           "-",      "-"}},
  {kefu::EventKind::promise_answer,   {"-",        "triaged", "in_progress",       "-",                 "-",                 "-",           "-",      "-"}},
  {kefu::EventKind::apologize,        {"received", "triaged", "in_progress",       "-",                 "-",                 "-",           "-",      "-"}},
  {kefu::EventKind::need_site_visit,  {"-",        "triaged", "in_progress",       "-",                 "-",                 "-",           "-",      "-"}},
  // No ticket of ticket_in has asked for a site visit: see the site visit test.
  {kefu::EventKind::arrive_on_site,   {"-",        "-",       "-",                 "-",                 "-",                 "-",           "-",      "-"}},
}};
// clang-format on

}  // namespace

TEST_CASE("every state and event pair moves as the SOP says, and a refusal changes nothing") {
  const kefu::Lifecycle lifecycle;
  for (const auto& row : expected_targets) {
    for (std::size_t column = 0; column < all_states.size(); ++column) {
      const kefu::State from = all_states[column];
      CAPTURE(kefu::to_string(row.event));
      CAPTURE(kefu::to_string(from));
      kefu::Ticket ticket = ticket_in(from);
      const kefu::Ticket before = ticket;
      const kefu::Event event = sample(row.event);
      const kefu::Transition t = lifecycle.apply(ticket, event, at_minute(10));

      CHECK(t.event == row.event);
      CHECK(t.from == from);
      if (row.target[column] == "-") {
        CHECK_FALSE(t.accepted);
        CHECK_FALSE(t.reason.empty());
        CHECK(t.to == from);
        CHECK(ticket == before);
      } else {
        CHECK(t.accepted);
        CHECK(t.reason.empty());
        CHECK(kefu::to_string(t.to) == row.target[column]);
        CHECK(ticket.state == t.to);
        CHECK(ticket.updated_at == at_minute(10));
        REQUIRE(ticket.history.size() == before.history.size() + 1);
        CHECK(ticket.history.back() == kefu::EventRecord{event, at_minute(10)});
        CHECK(ticket != before);
      }
    }
  }
}

TEST_CASE("a refusal names its reason") {
  const kefu::Lifecycle lifecycle;
  kefu::Ticket received = ticket_in(kefu::State::received);
  CHECK(lifecycle.apply(received, events::Resolve{"agent-a"}, at_minute(10)).reason ==
        "not allowed in this state");
  CHECK(lifecycle.apply(received, events::Open{"agent-a", "T-1"}, at_minute(10)).reason ==
        "not allowed in this state");
  CHECK(lifecycle.apply(received, events::Cancel{"agent-a"}, at_minute(10)).reason ==
        "a reason is required");
  CHECK(fmt::format("{}", lifecycle.apply(received, events::Cancel{"agent-a"}, at_minute(10))) ==
        "cancel refused in received: a reason is required");
  CHECK(fmt::format("{}", lifecycle.apply(received, events::Triage{"agent-a"}, at_minute(10))) ==
        "triage: received -> triaged");
}

TEST_CASE("a case cannot be resolved before anyone responded") {
  const kefu::Lifecycle lifecycle;
  kefu::Ticket t = ticket_in(kefu::State::triaged);
  step(lifecycle, t, events::Start{"agent-a"}, 2);
  const kefu::Ticket before = t;
  const auto refused = lifecycle.apply(t, events::Resolve{"agent-a"}, at_minute(3));
  CHECK_FALSE(refused.accepted);
  CHECK(refused.reason == "no first response yet");
  CHECK(t == before);

  step(lifecycle, t, events::FirstResponse{"agent-a"}, 4);
  CHECK(t.milestones.first_response == at_minute(4));
  CHECK(lifecycle.apply(t, events::FirstResponse{"agent-a"}, at_minute(5)).reason ==
        "already responded");
  step(lifecycle, t, events::Resolve{"agent-a"}, 6);
  CHECK(t.state == kefu::State::resolved);
  CHECK(t.milestones.resolved == at_minute(6));
}

TEST_CASE("the complaint of the SOP toolkit walks its path with its milestones") {
  const kefu::Lifecycle lifecycle;
  // 10:00 the customer calls: the installer came without uniform and was rude.
  kefu::Ticket t = kefu::Ticket::open(
      "C-0001",
      {kefu::Channel::phone, kefu::Category::complaint, kefu::Scenario::service_complaint,
       kefu::Priority::high, kefu::CustomerTier::member},
      "agent-li", at_minute(60));
  CHECK(t.state == kefu::State::received);
  CHECK(t.owner == "agent-li");
  CHECK(t.handler == "agent-li");
  CHECK(t.milestones.opened == at_minute(60));
  REQUIRE(t.history.size() == 1);
  CHECK(t.history[0].name() == "open");
  CHECK(t.history[0].actor() == "agent-li");

  // Soothe and record.
  step(lifecycle, t, events::FirstResponse{"agent-li", "apologised, recorded time and place"}, 61);
  CHECK(t.milestones.first_response == at_minute(61));
  step(lifecycle, t, events::Triage{"agent-li", std::nullopt, std::nullopt, kefu::Priority::high},
       65);
  CHECK(t.state == kefu::State::triaged);
  CHECK(t.milestones.triaged == at_minute(65));
  // Verify with the installation department (within 1 h).
  step(lifecycle, t, events::Start{"agent-li", "asked the installation department"}, 66);
  CHECK(t.state == kefu::State::in_progress);
  // Feed back (within 2 h): apology, a new installer and a 50-yuan coupon.
  step(lifecycle, t, events::ProposeSolution{"agent-li", "apology, new installer, 50-yuan coupon"},
       150);
  CHECK(t.state == kefu::State::solution_proposed);
  CHECK(t.milestones.proposed == at_minute(150));
  step(lifecycle, t, events::AcceptSolution{"customer"}, 155);
  CHECK(t.state == kefu::State::in_progress);
  CHECK(t.milestones.accepted == at_minute(155));
  step(lifecycle, t, events::Resolve{"agent-li", "new installer done, coupon sent"}, 24 * 60);
  CHECK(t.state == kefu::State::resolved);
  CHECK(t.milestones.resolved == at_minute(24 * 60));

  // A complaint closes only after a confirmation or a follow-up.
  const kefu::Ticket before = t;
  const auto early = lifecycle.apply(t, events::Close{"agent-li"}, at_minute(24 * 60 + 1));
  CHECK(early.reason == "needs the customer's confirmation or a follow-up");
  CHECK(t == before);

  step(lifecycle, t, events::FollowUp{"agent-li", kefu::Rating::satisfied}, 47 * 60);
  CHECK(t.state == kefu::State::resolved);
  CHECK(t.milestones.followed_up == at_minute(47 * 60));
  CHECK(t.rating == kefu::Rating::satisfied);
  step(lifecycle, t, events::Close{"agent-li"}, 47 * 60 + 1);
  CHECK(t.state == kefu::State::closed);
  CHECK(t.milestones.closed == at_minute(47 * 60 + 1));
  CHECK(t.close_reason.empty());
  CHECK(t.escalation == kefu::EscalationLevel::none);
  CHECK(t.history.size() == 9);
  CHECK_FALSE(t.is_repeat_complaint());
}

TEST_CASE("unsatisfied at the follow-up the complaint goes to the manager and back to handling") {
  const kefu::Lifecycle lifecycle;
  kefu::Ticket t = ticket_in(kefu::State::resolved, kefu::Category::complaint);
  step(lifecycle, t, events::FollowUp{"agent-a", kefu::Rating::unsatisfied, "still angry"}, 100);
  CHECK(t.state == kefu::State::in_progress);
  CHECK(t.escalation == kefu::EscalationLevel::manager);
  CHECK(t.rating == kefu::Rating::unsatisfied);
  CHECK_FALSE(kefu::reached(t.milestones.resolved));
  CHECK_FALSE(kefu::reached(t.milestones.followed_up));
  CHECK(t.reopen_count == 0);

  step(lifecycle, t, events::Resolve{"manager-wang"}, 200);
  CHECK(lifecycle.apply(t, events::Close{"manager-wang"}, at_minute(201)).reason ==
        "needs the customer's confirmation or a follow-up");
  step(lifecycle, t, events::Confirm{"customer"}, 202);
  CHECK(t.milestones.confirmed == at_minute(202));
  CHECK(lifecycle.apply(t, events::Confirm{"customer"}, at_minute(203)).reason ==
        "already confirmed");
  step(lifecycle, t, events::Close{"manager-wang"}, 204);
  CHECK(t.state == kefu::State::closed);

  // The follow-up after closing records the rating; a second visit is refused.
  step(lifecycle, t, events::FollowUp{"agent-a", kefu::Rating::basically_satisfied}, 300);
  CHECK(t.state == kefu::State::closed);
  CHECK(t.rating == kefu::Rating::basically_satisfied);
  CHECK(lifecycle.apply(t, events::FollowUp{"agent-a"}, at_minute(301)).reason ==
        "already followed up");
}

TEST_CASE("an unsatisfied follow-up of a closed case reopens it at no lower escalation") {
  const kefu::Lifecycle lifecycle;
  kefu::Ticket t = ticket_in(kefu::State::in_progress, kefu::Category::complaint);
  step(lifecycle, t, events::Escalate{"agent-a", kefu::EscalationLevel::director}, 10);
  step(lifecycle, t, events::Resolve{"agent-a"}, 11);
  step(lifecycle, t, events::Confirm{"customer"}, 12);
  step(lifecycle, t, events::Close{"agent-a"}, 13);
  step(lifecycle, t, events::FollowUp{"agent-a", kefu::Rating::unsatisfied}, 20);
  CHECK(t.state == kefu::State::in_progress);
  CHECK(t.escalation == kefu::EscalationLevel::director);
  CHECK_FALSE(kefu::reached(t.milestones.closed));
  CHECK_FALSE(kefu::reached(t.milestones.confirmed));
  CHECK(t.reopen_count == 0);
}

TEST_CASE("a case reopens within the policy's window and not after it") {
  const kefu::Lifecycle lifecycle;  // 7 days
  const long closed_at = 5;
  const long week = 7 * 24 * 60;
  kefu::Ticket late = ticket_in(kefu::State::closed);
  const kefu::Ticket before = late;
  const auto refused =
      lifecycle.apply(late, events::Reopen{"customer"}, at_minute(closed_at + week + 1));
  CHECK(refused.reason == "outside the reopen window");
  CHECK(late == before);

  kefu::Ticket t = ticket_in(kefu::State::closed);
  step(lifecycle, t, events::Reopen{"customer", "still broken"}, closed_at + week);
  CHECK(t.state == kefu::State::in_progress);
  CHECK(t.reopen_count == 1);
  CHECK(t.repeat_complaints == 0);
  CHECK(t.milestones.reopened == at_minute(closed_at + week));
  CHECK_FALSE(kefu::reached(t.milestones.closed));
  CHECK_FALSE(kefu::reached(t.milestones.resolved));

  // A resolved case counts its window from the resolution.
  const kefu::Lifecycle hour_window{kefu::LifecyclePolicy{boost::posix_time::hours(1)}};
  kefu::Ticket resolved = ticket_in(kefu::State::resolved, kefu::Category::inquiry, hour_window);
  CHECK(hour_window.apply(resolved, events::Reopen{"customer"}, at_minute(4 + 61)).reason ==
        "outside the reopen window");
  CHECK(hour_window.apply(resolved, events::Reopen{"customer"}, at_minute(4 + 60)).accepted);
}

TEST_CASE("a reopened complaint is a repeat complaint and must be confirmed again") {
  const kefu::Lifecycle lifecycle;
  kefu::Ticket t = ticket_in(kefu::State::resolved, kefu::Category::complaint);
  step(lifecycle, t, events::Confirm{"customer"}, 10);
  step(lifecycle, t, events::Close{"agent-a"}, 11);
  step(lifecycle, t, events::Reopen{"customer", "no answer from the installer"}, 100);
  CHECK(t.reopen_count == 1);
  CHECK(t.repeat_complaints == 1);
  CHECK(t.is_repeat_complaint());
  step(lifecycle, t, events::Resolve{"agent-a"}, 200);
  CHECK(lifecycle.apply(t, events::Close{"agent-a"}, at_minute(201)).reason ==
        "needs the customer's confirmation or a follow-up");
  step(lifecycle, t, events::Reopen{"customer"}, 300);
  CHECK(t.reopen_count == 2);
  CHECK(t.repeat_complaints == 2);

  // After the window the customer's new complaint is a new ticket linked to the first.
  events::Open again{"agent-b", "C-0002"};
  again.facts.category = kefu::Category::complaint;
  again.repeat_of = "C-0001";
  const kefu::Ticket second = kefu::Ticket::open(again, at_minute(20000));
  CHECK(second.repeat_of == "C-0001");
  CHECK(second.is_repeat_complaint());
  CHECK(second.repeat_complaints == 0);
}

TEST_CASE("a transfer changes the handler and keeps the first-contact owner") {
  const kefu::Lifecycle lifecycle;
  kefu::Ticket t = ticket_in(kefu::State::in_progress);
  step(lifecycle, t, events::Transfer{"agent-a", "tech-b", "needs a technician"}, 10);
  CHECK(t.handler == "tech-b");
  CHECK(t.owner == "agent-a");
  CHECK(t.state == kefu::State::in_progress);
  step(lifecycle, t, events::Transfer{"tech-b", "tech-c"}, 11);
  CHECK(t.handler == "tech-c");
  CHECK(t.owner == "agent-a");

  const kefu::Ticket before = t;
  CHECK(lifecycle.apply(t, events::Transfer{"tech-c", "tech-c"}, at_minute(12)).reason ==
        "already the handler");
  CHECK(lifecycle.apply(t, events::Transfer{"tech-c", ""}, at_minute(12)).reason ==
        "no handler to transfer to");
  CHECK(t == before);
}

TEST_CASE("escalation only goes up and is refused once the case is closed") {
  const kefu::Lifecycle lifecycle;
  kefu::Ticket t = ticket_in(kefu::State::in_progress);
  step(lifecycle, t, events::Escalate{"agent-a", kefu::EscalationLevel::supervisor}, 10);
  CHECK(t.escalation == kefu::EscalationLevel::supervisor);
  const kefu::Ticket before = t;
  CHECK(lifecycle
            .apply(t, events::Escalate{"agent-a", kefu::EscalationLevel::supervisor}, at_minute(11))
            .reason == "already escalated that high");
  CHECK(lifecycle.apply(t, events::Escalate{"agent-a", kefu::EscalationLevel::none}, at_minute(11))
            .reason == "already escalated that high");
  CHECK(t == before);
  step(lifecycle, t, events::Escalate{"agent-a", kefu::EscalationLevel::director}, 12);
  CHECK(t.escalation == kefu::EscalationLevel::director);

  kefu::Ticket closed = ticket_in(kefu::State::closed);
  CHECK(
      lifecycle
          .apply(closed, events::Escalate{"agent-a", kefu::EscalationLevel::manager}, at_minute(10))
          .reason == "not allowed in this state");
}

TEST_CASE("a forced close needs a reason and keeps it") {
  const kefu::Lifecycle lifecycle;
  kefu::Ticket t = ticket_in(kefu::State::awaiting_customer, kefu::Category::complaint);
  const kefu::Ticket before = t;
  CHECK(lifecycle.apply(t, events::Close{"agent-a"}, at_minute(10)).reason ==
        "a reason is required");
  CHECK(t == before);
  step(lifecycle, t, events::Close{"agent-a", "customer unreachable for 3 days"}, 10);
  CHECK(t.state == kefu::State::closed);
  CHECK(t.close_reason == "customer unreachable for 3 days");
  CHECK(t.milestones.closed == at_minute(10));

  kefu::Ticket resolved = ticket_in(kefu::State::resolved, kefu::Category::complaint);
  step(lifecycle, resolved, events::Close{"supervisor", "customer refuses the follow-up"}, 10);
  CHECK(resolved.state == kefu::State::closed);
  CHECK(resolved.close_reason == "customer refuses the follow-up");
}

TEST_CASE("the policy decides which categories need a confirmation before closing") {
  kefu::LifecyclePolicy none_needed;
  none_needed.confirmation_required.clear();
  const kefu::Lifecycle relaxed{none_needed};
  kefu::Ticket complaint = ticket_in(kefu::State::resolved, kefu::Category::complaint, relaxed);
  CHECK(relaxed.apply(complaint, events::Close{"agent-a"}, at_minute(10)).accepted);

  kefu::LifecyclePolicy strict;
  strict.confirmation_required = {kefu::Category::after_sales, kefu::Category::complaint};
  const kefu::Lifecycle strict_lifecycle{strict};
  kefu::Ticket after_sales =
      ticket_in(kefu::State::resolved, kefu::Category::after_sales, strict_lifecycle);
  CHECK(strict_lifecycle.apply(after_sales, events::Close{"agent-a"}, at_minute(10)).reason ==
        "needs the customer's confirmation or a follow-up");
  kefu::Ticket inquiry =
      ticket_in(kefu::State::resolved, kefu::Category::inquiry, strict_lifecycle);
  CHECK(strict_lifecycle.apply(inquiry, events::Close{"agent-a"}, at_minute(10)).accepted);
}

TEST_CASE("the follow-up escalation level comes from the policy") {
  kefu::LifecyclePolicy policy;
  policy.follow_up_escalation = kefu::EscalationLevel::director;
  const kefu::Lifecycle lifecycle{policy};
  kefu::Ticket t = ticket_in(kefu::State::resolved, kefu::Category::complaint, lifecycle);
  step(lifecycle, t, events::FollowUp{"agent-a", kefu::Rating::unsatisfied}, 10);
  CHECK(t.escalation == kefu::EscalationLevel::director);
}

TEST_CASE("a cancelled case keeps its reason and takes no further event") {
  const kefu::Lifecycle lifecycle;
  kefu::Ticket t = ticket_in(kefu::State::triaged);
  step(lifecycle, t, events::Cancel{"agent-a", "malicious call"}, 5);
  CHECK(t.state == kefu::State::cancelled);
  CHECK(t.close_reason == "malicious call");
  CHECK(t.milestones.cancelled == at_minute(5));
  CHECK(lifecycle.allowed_events(t).empty());
}

TEST_CASE("events that go back in time are refused") {
  const kefu::Lifecycle lifecycle;
  kefu::Ticket t = ticket_in(kefu::State::triaged);  // last event at minute 1
  const kefu::Ticket before = t;
  const auto past = lifecycle.apply(t, events::FirstResponse{"agent-a"}, at_minute(0));
  CHECK_FALSE(past.accepted);
  CHECK(past.reason == "event before the ticket's last event");
  CHECK(t == before);
  CHECK(lifecycle.apply(t, events::FirstResponse{"agent-a"}, boost::posix_time::ptime()).reason ==
        "event time is not a date and time");
  CHECK(t == before);
  // The same instant as the last event is not going back.
  CHECK(lifecycle.apply(t, events::FirstResponse{"agent-a"}, at_minute(1)).accepted);

  kefu::Ticket never_opened;
  CHECK(lifecycle.apply(never_opened, events::Triage{"agent-a"}, at_minute(1)).reason ==
        "ticket was never opened");
  CHECK(never_opened == kefu::Ticket{});
}

TEST_CASE("a policy that cannot work is refused at construction") {
  kefu::LifecyclePolicy negative;
  negative.reopen_window = boost::posix_time::hours(-1);
  CHECK_THROWS_WITH_AS(kefu::Lifecycle{negative},
                       "lifecycle policy: reopen window must be a duration of zero or more",
                       kefu::config_error);
  kefu::LifecyclePolicy special;
  special.reopen_window = boost::posix_time::time_duration(boost::posix_time::not_a_date_time);
  CHECK_THROWS_WITH_AS(kefu::Lifecycle{special},
                       "lifecycle policy: reopen window must be a duration of zero or more",
                       kefu::config_error);
  kefu::LifecyclePolicy nobody;
  nobody.follow_up_escalation = kefu::EscalationLevel::none;
  CHECK_THROWS_WITH_AS(kefu::Lifecycle{nobody},
                       "lifecycle policy: follow-up escalation must not be none",
                       kefu::config_error);
}

TEST_CASE("replay rebuilds the ticket and refuses a history that does not hold") {
  const kefu::Lifecycle lifecycle;
  const kefu::Ticket t = ticket_in(kefu::State::closed, kefu::Category::complaint);
  CHECK(lifecycle.replay(t.history) == t);

  CHECK_THROWS_WITH_AS(lifecycle.replay({}), "replay: empty history", kefu::argument_error);
  std::vector<kefu::EventRecord> no_open{{events::Triage{"agent-a"}, at_minute(1)}};
  CHECK_THROWS_WITH_AS(lifecycle.replay(no_open), "replay: record 0 is 'triage', not 'open'",
                       kefu::argument_error);
  std::vector<kefu::EventRecord> early{t.history[0], {events::Resolve{"agent-a"}, at_minute(1)}};
  CHECK_THROWS_WITH_AS(lifecycle.replay(early),
                       "replay: record 1 'resolve' refused in received: not allowed in this state",
                       kefu::argument_error);
  std::vector<kefu::EventRecord> backwards{
      t.history[0], t.history[1], {events::FirstResponse{"agent-a"}, at_minute(0)}};
  backwards[1].at = at_minute(2);
  CHECK_THROWS_WITH_AS(
      lifecycle.replay(backwards),
      "replay: record 2 'first_response' refused in triaged: event before the ticket's last event",
      kefu::argument_error);
}

TEST_CASE("one lifecycle serves tickets on several threads at once") {
  const kefu::Lifecycle lifecycle;
  const auto walk = [&lifecycle](kefu::Ticket& t) {
    for (long round = 0; round < 200; ++round) {
      const long m = 10 + 4 * round;
      lifecycle.apply(t, events::RequestInfo{"agent-a"}, at_minute(m));
      lifecycle.apply(t, events::CustomerReply{"customer"}, at_minute(m + 1));
      lifecycle.apply(t, events::Transfer{"agent-a", "agent-b"}, at_minute(m + 2));
      lifecycle.apply(t, events::Transfer{"agent-b", "agent-a"}, at_minute(m + 3));
    }
  };
  kefu::Ticket a = ticket_in(kefu::State::in_progress);
  kefu::Ticket b = ticket_in(kefu::State::in_progress);
  std::thread other([&] { walk(b); });
  walk(a);
  other.join();
  CHECK(a == b);
  CHECK(a.history.size() == 4 + 800);
  CHECK(a.state == kefu::State::in_progress);
}

TEST_CASE("a complaint's facts are verified with a department, apart from triage") {
  // SOP toolkit: the complaint is recorded, then verified with the departments within 1 h;
  // triage (identity and classification) records no verification.
  const kefu::Lifecycle lifecycle;
  kefu::Ticket t = ticket_in(kefu::State::triaged, kefu::Category::complaint);
  CHECK_FALSE(kefu::reached(t.milestones.verified));
  const events::VerifyFacts verified{"agent-a", "安装部", "确认师傅未按规定穿工服"};
  step(lifecycle, t, verified, 20);
  CHECK(t.state == kefu::State::triaged);
  CHECK(t.milestones.verified == at_minute(20));
  CHECK(std::get<events::VerifyFacts>(t.history.back().event) == verified);
  step(lifecycle, t, events::VerifyFacts{"agent-a", "品控部", "安装视频"},
       25);  // a second department
  CHECK(t.milestones.verified == at_minute(25));
}

TEST_CASE("a promise names a time after the event") {
  const kefu::Lifecycle lifecycle;
  kefu::Ticket t = ticket_in(kefu::State::in_progress);
  CHECK(lifecycle.apply(t, events::PromiseAnswer{"agent-a"}, at_minute(10)).reason ==
        "no promised time");
  CHECK(lifecycle.apply(t, events::PromiseAnswer{"agent-a", at_minute(10)}, at_minute(10)).reason ==
        "promised time is not after the event");
  CHECK(lifecycle.apply(t, events::PromiseAnswer{"agent-a", at_minute(11)}, at_minute(10)));
}

TEST_CASE("the supervisor's apology call is recorded once the case is open") {
  const kefu::Lifecycle lifecycle;
  kefu::Ticket t = ticket_in(kefu::State::received, kefu::Category::complaint);
  step(lifecycle, t, events::Apologize{"supervisor-zhao", "致电致歉"}, 30);
  CHECK(t.milestones.apologized == at_minute(30));
  CHECK(t.state == kefu::State::received);
}

TEST_CASE("an arrival on site needs a site visit asked for, once per visit") {
  const kefu::Lifecycle lifecycle;
  kefu::Ticket t = ticket_in(kefu::State::in_progress);
  CHECK(lifecycle.apply(t, events::ArriveOnSite{"engineer"}, at_minute(10)).reason ==
        "no site visit was asked for");
  step(lifecycle, t, events::NeedSiteVisit{"agent-a", "冒烟, 需上门"}, 10);
  CHECK(t.milestones.site_visit_needed == at_minute(10));
  step(lifecycle, t, events::ArriveOnSite{"engineer"}, 70);
  CHECK(t.milestones.on_site == at_minute(70));
  CHECK(lifecycle.apply(t, events::ArriveOnSite{"engineer"}, at_minute(80)).reason ==
        "already on site");
  step(lifecycle, t, events::NeedSiteVisit{"agent-a", "second visit"}, 90);
  step(lifecycle, t, events::ArriveOnSite{"engineer"}, 100);
  CHECK(t.milestones.on_site == at_minute(100));
}

TEST_CASE("lifecycle policies compare by every number and choice") {
  kefu::LifecyclePolicy a;
  kefu::LifecyclePolicy b;
  CHECK(a == b);
  b.reopen_window = boost::posix_time::hours(24);
  CHECK(a != b);
  b = a;
  b.confirmation_required.push_back(kefu::Category::after_sales);
  CHECK(a != b);
  b = a;
  b.follow_up_escalation = kefu::EscalationLevel::director;
  CHECK(a != b);
}
