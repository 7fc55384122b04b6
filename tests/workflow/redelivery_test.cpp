// Event ids (EventRecord::id): an event delivered twice is recognised and ignored, one id given
// to two different events is refused, and ids survive replay.

#include "workflow_fixture.hpp"
#include <kefu/core/error.hpp>
#include <kefu/workflow/workflow.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace kefu;
using escalation::Action;
using kefu::test::beijing;
using kefu::test::default_workflow;
using kefu::test::open_event;

namespace {

events::FollowUp unsatisfied_visit() {
  events::FollowUp visit{"agent_li"};
  visit.rating = Rating::unsatisfied;
  return visit;
}

// A complaint opened Tue 2025-09-30 17:00 Beijing time and handled up to an unsatisfied
// follow-up visit, every event with the host's id "e<n>".
Case visited_complaint(const Workflow& wf) {
  Case c = wf.open(open_event("C1", Category::complaint, Scenario::service_complaint,
                              Priority::normal, Channel::online_chat),
                   beijing("2025-09-30 17:00:00"), {}, "e0");
  const auto step = [&](const Event& event, const char* local, const char* id) {
    const WorkflowResult result = wf.apply(c, event, beijing(local), id);
    INFO("setting up with ", std::string(event_name(event)), ": ", result.transition.reason);
    REQUIRE(result);
    REQUIRE_FALSE(result.transition.duplicate);
  };
  step(events::FirstResponse{"agent_li"}, "2025-09-30 17:00:20", "e1");
  step(events::Triage{"agent_li"}, "2025-09-30 17:30:00", "e2");
  step(events::Start{"agent_li"}, "2025-09-30 17:30:40", "e3");
  step(events::Resolve{"agent_li"}, "2025-10-09 11:00:00", "e4");
  step(unsatisfied_visit(), "2025-10-10 10:00:00", "e5");
  return c;
}

}  // namespace

TEST_CASE("the lifecycle keeps the host's event id in the history record") {
  const Lifecycle lifecycle;
  Ticket t = Ticket::open(
      open_event("T1", Category::inquiry, Scenario::none, Priority::normal, Channel::phone),
      beijing("2025-09-29 10:00:00"), "crm-1");
  const Transition answered = lifecycle.apply(t, events::FirstResponse{"agent_li"},
                                              beijing("2025-09-29 10:00:10"), "crm-2");
  REQUIRE(answered);
  CHECK_FALSE(answered.duplicate);
  REQUIRE(t.history.size() == 2);
  CHECK(t.history[0].id == "crm-1");
  CHECK(t.history[1].id == "crm-2");
  CHECK(t.find_event("crm-2") == &t.history[1]);
  CHECK(t.find_event("crm-3") == nullptr);
  CHECK(t.find_event("") == nullptr);  // an empty id is no id
  // Without an id the record has none, as before ids existed.
  REQUIRE(lifecycle.apply(t, events::Triage{"agent_li"}, beijing("2025-09-29 10:01:00")));
  CHECK(t.history[2].id.empty());
}

TEST_CASE(
    "a re-delivered event is a no-op for the lifecycle, an id reused for another is refused") {
  const Lifecycle lifecycle;
  Ticket t = Ticket::open(
      open_event("T1", Category::inquiry, Scenario::none, Priority::normal, Channel::phone),
      beijing("2025-09-29 10:00:00"), "crm-1");
  REQUIRE(lifecycle.apply(t, events::FirstResponse{"agent_li"}, beijing("2025-09-29 10:00:10"),
                          "crm-2"));
  REQUIRE(lifecycle.apply(t, events::Triage{"agent_li"}, beijing("2025-09-29 10:01:00"), "crm-3"));
  const Ticket before = t;

  // The first response again: the machine would refuse a second one in triaged, but this is
  // the same delivery, so it is recognised rather than refused or applied.
  const Transition again = lifecycle.apply(t, events::FirstResponse{"agent_li"},
                                           beijing("2025-09-29 10:00:10"), "crm-2");
  CHECK(again.accepted);
  CHECK(again.duplicate);
  CHECK(again.event == EventKind::first_response);
  CHECK(again.from == State::triaged);
  CHECK(again.to == State::triaged);
  CHECK(fmt::format("{}", again) == "first_response in triaged: already applied (same event id)");
  CHECK(t == before);
  // The open event too.
  const EventRecord open_again = t.history[0];
  CHECK(lifecycle.apply(t, open_again).duplicate);
  CHECK(t == before);

  // The same id with another body: a host bug, refused and reported.
  const Transition other =
      lifecycle.apply(t, events::Start{"agent_li"}, beijing("2025-09-29 10:02:00"), "crm-2");
  CHECK_FALSE(other.accepted);
  CHECK_FALSE(other.duplicate);
  CHECK(other.reason == "event id already used by another event in the history");
  // Same event, another instant: also another event.
  CHECK_FALSE(lifecycle.apply(t, events::FirstResponse{"agent_li"}, beijing("2025-09-29 10:00:11"),
                              "crm-2"));
  // Same kind and instant, another actor.
  CHECK_FALSE(lifecycle.apply(t, events::FirstResponse{"agent_wang"},
                              beijing("2025-09-29 10:00:10"), "crm-2"));
  CHECK(t == before);
}

TEST_CASE("a re-delivered event leaves the case as it was and fires nothing twice") {
  const Workflow& wf = default_workflow();
  Case c = visited_complaint(wf);
  // The unsatisfied visit made the manager take over (SOP toolkit: escalate to the CS manager).
  CHECK(c.has_fired("complaint_unsatisfied", 5));
  const Case before = c;

  // The visit again, as a queue delivers at least once.
  WorkflowResult again = wf.apply(c, unsatisfied_visit(), beijing("2025-10-10 10:00:00"), "e5");
  CHECK(again);
  CHECK(again.transition.duplicate);
  CHECK(again.actions.empty());
  CHECK(c == before);

  // An old event re-delivered days after later ones: recognised, not refused for being earlier
  // than the last check.
  again = wf.apply(c, events::Triage{"agent_li"}, beijing("2025-09-30 17:30:00"), "e2");
  CHECK(again.transition.duplicate);
  CHECK(again.actions.empty());
  CHECK(c == before);

  // The record form, as a host reads it back from its log.
  const EventRecord open_record = c.ticket.history.front();
  CHECK(wf.apply(c, open_record).transition.duplicate);
  CHECK(c == before);
}

TEST_CASE("one event id given to two different events is refused and the case is unchanged") {
  const Workflow& wf = default_workflow();
  Case c = visited_complaint(wf);
  const Case before = c;
  const WorkflowResult clash =
      wf.apply(c, events::Resolve{"agent_li"}, beijing("2025-10-11 09:00:00"), "e4");
  CHECK_FALSE(clash);
  CHECK_FALSE(clash.transition.duplicate);
  CHECK(clash.transition.reason == "event id already used by another event in the history");
  CHECK(clash.actions.empty());
  CHECK(c == before);
  // A fresh id for the same event is an ordinary event.
  CHECK(wf.apply(c, events::Resolve{"agent_li"}, beijing("2025-10-11 09:00:00"), "e6"));
  CHECK(c.ticket.history.back().id == "e6");
}

TEST_CASE("event ids survive a replay, and a history with one id twice does not replay") {
  const Workflow& wf = default_workflow();
  const Case c = visited_complaint(wf);
  const Case replayed = wf.replay(c.ticket.history, c.flags, c.checked_until);
  CHECK(replayed == c);
  for (std::size_t i = 0; i < replayed.ticket.history.size(); ++i) {
    CHECK(replayed.ticket.history[i].id == "e" + std::to_string(i));
  }
  CHECK(wf.lifecycle().replay(c.ticket.history) == c.ticket);

  // One id on two records: refused whether or not the bodies match, naming both records.
  auto history = c.ticket.history;
  history[3].id = "e1";
  CHECK_THROWS_WITH_AS(wf.lifecycle().replay(history),
                       "replay: record 3 has the event id 'e1' of record 1", argument_error);
  history = c.ticket.history;
  history.insert(history.begin() + 2, history[1]);  // the first response stored twice
  CHECK_THROWS_WITH_AS(wf.lifecycle().replay(history),
                       "replay: record 2 has the event id 'e1' of record 1", argument_error);
  CHECK_THROWS_WITH_AS(wf.replay(history, c.flags, c.checked_until),
                       "workflow replay: record 2 has the event id 'e1' of record 1",
                       argument_error);
}
