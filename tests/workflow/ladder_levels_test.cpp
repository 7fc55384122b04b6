// The escalation ladder joined with the ticket's EscalationLevel by id. A custom ladder
// agent -> team_lead -> director stands for none -> supervisor (team_lead is the supervisor's
// alias) -> director: its rung 2 is the director, where a cast of the rung index would give
// EscalationLevel 2, the manager.

#include "workflow_fixture.hpp"
#include <kefu/core/error.hpp>
#include <kefu/workflow/action_event.hpp>
#include <kefu/workflow/ladder_levels.hpp>

#include <doctest/doctest.h>

#include <algorithm>

using namespace kefu;
using escalation::Action;
using escalation::Ladder;
using kefu::test::beijing;
using kefu::test::open_event;

namespace {

Ladder three_rungs() {
  return Ladder({{"agent", "客服"}, {"team_lead", "组长"}, {"director", "总监"}}, {});
}

// Tells the owner once the case stands on rung 2 exactly (the director of three_rungs).
escalation::Rules director_rules() {
  escalation::Rule told;
  told.id = "director_on_case";
  told.when.min_escalation_level = 2;
  told.when.max_escalation_level = 2;
  told.trigger = escalation::Trigger::on_event("escalate");
  told.actions = {Action::notify("owner")};
  escalation::Rule up;
  up.id = "to_director";
  up.when.categories = {Category::complaint};
  up.trigger = escalation::Trigger::on_event("open");
  up.actions = {Action::escalate("director")};
  return escalation::Rules({told, up}, three_rungs());
}

Workflow director_workflow() {
  LifecyclePolicy policy;
  policy.follow_up_escalation = EscalationLevel::director;  // the ladder has no manager
  return Workflow(Lifecycle(policy), sla::Policy::defaults(), kefu::test::office_calendar(),
                  director_rules());
}

bool fired(const std::vector<FiredAction>& actions, std::string_view rule) {
  return std::any_of(actions.begin(), actions.end(),
                     [&](const FiredAction& f) { return f.rule == rule; });
}

}  // namespace

TEST_CASE("the default ladder's rungs are the escalation levels in order") {
  const LadderLevels levels(Ladder::defaults());
  CHECK(levels.level_of_rung(0) == EscalationLevel::none);
  CHECK(levels.level_of_rung(3) == EscalationLevel::director);
  CHECK(levels.level_of("manager") == EscalationLevel::manager);
  CHECK(levels.rung_of(EscalationLevel::manager) == 2);
  CHECK_FALSE(levels.level_of("qc_manager"));  // a department head is not a rung
}

TEST_CASE("a custom ladder is joined by id, not by position") {
  const LadderLevels levels(three_rungs());
  CHECK(levels.level_of("team_lead") == EscalationLevel::supervisor);
  CHECK(levels.level_of("director") == EscalationLevel::director);
  CHECK(levels.level_of_rung(2) == EscalationLevel::director);
  CHECK(levels.rung_of(EscalationLevel::director) == 2);
  CHECK(levels.rung_of(EscalationLevel::manager) == 1);  // stands on the team lead's rung
  CHECK_FALSE(levels.on_ladder(EscalationLevel::manager));
  CHECK(levels.on_ladder(EscalationLevel::supervisor));
}

TEST_CASE("a ladder that cannot be joined with the escalation levels is refused") {
  CHECK_THROWS_WITH_AS(LadderLevels(Ladder({{"agent", ""}, {"lead", ""}}, {})),
                       "workflow: escalation ladder rung 1 'lead' is not an escalation level",
                       config_error);
  CHECK_THROWS_WITH_AS(
      LadderLevels(Ladder({{"agent", ""}, {"manager", ""}, {"supervisor", ""}}, {})),
      "workflow: escalation ladder rung 2 'supervisor' is not above the rung below it",
      config_error);
  CHECK_THROWS_WITH_AS(LadderLevels(Ladder({{"supervisor", ""}, {"manager", ""}}, {})),
                       "workflow: escalation ladder rung 0 'supervisor' must be the front line",
                       config_error);
  // The workflow refuses the same ladder, and a follow-up escalation that is not a rung.
  CHECK_THROWS_WITH_AS(Workflow(Lifecycle(), sla::Policy::defaults(), kefu::test::office_calendar(),
                                escalation::Rules({}, Ladder({{"agent", ""}, {"lead", ""}}, {}))),
                       "workflow: escalation ladder rung 1 'lead' is not an escalation level",
                       config_error);
  CHECK_THROWS_WITH_AS(
      Workflow(Lifecycle(), sla::Policy::defaults(), kefu::test::office_calendar(),
               director_rules()),
      "workflow: the lifecycle's follow-up escalation 'manager' is not a rung of the ladder",
      config_error);
}

TEST_CASE("a rule on a custom ladder's rung fires when the ticket reaches that rung") {
  const Workflow wf = director_workflow();
  Case c = wf.open(open_event("L1", Category::complaint, Scenario::service_complaint,
                              Priority::normal, Channel::phone),
                   beijing("2025-09-29 10:00:00"));
  REQUIRE(c.fired.size() == 1);
  CHECK(c.fired[0].rule == "to_director");
  // The rung "director" is EscalationLevel::director.
  const auto event = event_for(wf, c.fired[0], c);
  REQUIRE(event);
  CHECK(std::get<events::Escalate>(*event).level == EscalationLevel::director);
  const auto result = wf.apply(c, *event, beijing("2025-09-29 10:00:05"));
  REQUIRE(result);
  CHECK(c.ticket.escalation == EscalationLevel::director);
  // The ticket stands on rung 2, so the rule bounded to rung 2 fires.
  CHECK(fired(result.actions, "director_on_case"));
}

TEST_CASE("an escalation to a level that is not a rung of the ladder is refused") {
  const Workflow wf = director_workflow();
  Case c =
      wf.open(open_event("L2", Category::inquiry, Scenario::none, Priority::normal, Channel::phone),
              beijing("2025-09-29 10:00:00"));
  const Case before = c;
  const auto result = wf.apply(c, events::Escalate{"agent_li", EscalationLevel::manager},
                               beijing("2025-09-29 10:00:05"));
  CHECK_FALSE(result);
  CHECK(result.transition.reason == "escalation level not on the ladder");
  CHECK(c == before);
  CHECK(wf.apply(c, events::Escalate{"agent_li", EscalationLevel::supervisor},
                 beijing("2025-09-29 10:00:05")));
}
