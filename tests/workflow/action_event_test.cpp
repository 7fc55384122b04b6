// Escalation action -> the lifecycle event the host applies for it. Expected values by hand
// from the default rules (docs/rules.md §escalation): a key account's complaint is escalated
// to the supervisor (主管) when it is opened, and every complaint notifies the supervisor.

#include "workflow_fixture.hpp"
#include <kefu/workflow/action_event.hpp>

#include <doctest/doctest.h>

#include <algorithm>

using namespace kefu;
using escalation::Action;
using kefu::test::beijing;
using kefu::test::default_workflow;
using kefu::test::open_event;

namespace {

Case key_account_complaint() {
  return default_workflow().open(
      open_event("A1", Category::complaint, Scenario::service_complaint, Priority::normal,
                 Channel::phone, CustomerTier::key_account),
      beijing("2025-09-29 10:00:00"));
}

const FiredAction& fired(const Case& c, std::string_view rule) {
  const auto it = std::find_if(c.fired.begin(), c.fired.end(),
                               [&](const FiredAction& f) { return f.rule == rule; });
  REQUIRE(it != c.fired.end());
  return *it;
}

FiredAction by_hand(Action action) {
  return {"by_hand", 0, std::move(action), beijing("2025-09-29 10:05:00")};
}

}  // namespace

TEST_CASE("an escalation to a rung is the Escalate event to that level, once") {
  const Workflow& wf = default_workflow();
  Case c = key_account_complaint();
  const auto event = event_for(wf, fired(c, "key_account_complaint"), c);
  REQUIRE(event);
  const auto* escalate = std::get_if<events::Escalate>(&*event);
  REQUIRE(escalate != nullptr);
  CHECK(escalate->actor == "system");
  CHECK(escalate->level == EscalationLevel::supervisor);
  CHECK(escalate->note == "rule key_account_complaint");
  REQUIRE(wf.apply(c, *event, beijing("2025-09-29 10:00:05")));
  CHECK(c.ticket.escalation == EscalationLevel::supervisor);
  // Already at the supervisor: nothing more to apply. The manager is a level higher.
  CHECK_FALSE(event_for(wf, fired(c, "key_account_complaint"), c));
  const auto manager = event_for(wf, by_hand(Action::escalate("manager")), c, "scheduler");
  REQUIRE(manager);
  CHECK(std::get<events::Escalate>(*manager).level == EscalationLevel::manager);
  CHECK(std::get<events::Escalate>(*manager).actor == "scheduler");
}

TEST_CASE("a reassignment is a Transfer to the role, the owner or nobody new") {
  const Workflow& wf = default_workflow();
  Case c = key_account_complaint();
  const auto event = event_for(wf, by_hand(Action::reassign("tech_support")), c);
  REQUIRE(event);
  CHECK(std::get<events::Transfer>(*event).to == "tech_support");
  CHECK(std::get<events::Transfer>(*event).note == "rule by_hand");
  REQUIRE(wf.apply(c, *event, beijing("2025-09-29 10:05:00")));
  CHECK(c.ticket.handler == "tech_support");
  // Back to the first-contact owner, open_event's "agent_li".
  const auto back = event_for(wf, by_hand(Action::reassign("owner")), c);
  REQUIRE(back);
  CHECK(std::get<events::Transfer>(*back).to == "agent_li");
  CHECK_FALSE(event_for(wf, by_hand(Action::reassign("handler")), c));
  CHECK_FALSE(event_for(wf, by_hand(Action::reassign("tech_support")), c));
}

TEST_CASE("a notification, a priority and a booked visit are the host's: no event") {
  const Workflow& wf = default_workflow();
  const Case c = key_account_complaint();
  CHECK_FALSE(event_for(wf, fired(c, "complaint_supervisor"), c));
  CHECK_FALSE(event_for(wf, by_hand(Action::raise_priority(Priority::critical)), c));
  CHECK_FALSE(event_for(wf, by_hand(Action::schedule_follow_up(boost::posix_time::hours(24))), c));
}
