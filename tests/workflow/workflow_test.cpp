// Each default rule firing exactly once at the instant worked out by hand from the SOP rules
// (docs/rules.md) and the default SLA policy, on Mon-Fri 09:00-18:00 Beijing time with the 2025
// holidays.

#include "workflow_fixture.hpp"
#include <kefu/core/error.hpp>
#include <kefu/workflow/workflow.hpp>

#include <doctest/doctest.h>

#include <algorithm>

using namespace kefu;
using escalation::Action;
using kefu::test::beijing;
using kefu::test::default_workflow;
using kefu::test::open_event;

namespace {

std::vector<std::string> describe(const std::vector<FiredAction>& actions) {
  std::vector<std::string> out;
  for (const auto& a : actions) out.push_back(fmt::format("{}", a));
  return out;
}

}  // namespace

TEST_CASE("a critical leakage report is escalated at once and reached on site within 2 h") {
  const Workflow& wf = default_workflow();
  Case c = wf.open(open_event("T1", Category::after_sales, Scenario::emergency, Priority::critical,
                              Channel::phone),
                   beijing("2025-09-30 17:00:00"));
  // Job description: escalate at once (the case rises to the supervisor) and go straight to the
  // QC manager.
  CHECK(describe(c.fired) ==
        std::vector<std::string>{
            "notify qc_manager (rule critical_product, 2025-09-30T09:00:00Z)",
            "escalate supervisor (rule critical_product, 2025-09-30T09:00:00Z)"});
  CHECK(c.clock(sla::clocks::on_site) == nullptr);  // no visit asked for yet

  REQUIRE(wf.apply(c, events::FirstResponse{"agent_li"}, beijing("2025-09-30 17:00:10")));
  REQUIRE(wf.apply(c, events::Triage{"agent_li"}, beijing("2025-09-30 17:02:00")));
  REQUIRE(wf.apply(c, events::Start{"agent_li"}, beijing("2025-09-30 17:02:30")));
  REQUIRE(wf.apply(c, events::NeedSiteVisit{"agent_li"}, beijing("2025-09-30 17:05:00")));
  // On site within 2 h of wall time from 17:05: 19:05.
  CHECK(c.clock(sla::clocks::on_site)->deadline() == beijing("2025-09-30 19:05:00"));
  CHECK(wf.next_check(c) == beijing("2025-09-30 19:05:00"));
  REQUIRE(wf.apply(c, events::ArriveOnSite{"engineer_li"}, beijing("2025-09-30 18:50:00")));
  CHECK(c.clock(sla::clocks::on_site)->status(beijing("2025-09-30 19:00:00")) ==
        sla::ClockStatus::met);

  // Resolution: kefu's 24 h of wall time (the holiday does not stop it). 75% = Oct 1 11:00,
  // breach = Oct 1 17:00, breached by a further 100% = Oct 2 17:00.
  CHECK(wf.next_check(c) == beijing("2025-10-01 11:00:00"));
  CHECK(wf.fire_due(c, beijing("2025-10-01 10:59:59")).empty());
  auto due = wf.fire_due(c, beijing("2025-10-01 11:00:00"));
  REQUIRE(due.size() == 1);
  CHECK(due[0].rule == "resolution_warning");
  CHECK(due[0].action == Action::notify("handler"));
  CHECK(due[0].at == beijing("2025-10-01 11:00:00"));

  CHECK(wf.next_check(c) == beijing("2025-10-01 17:00:00"));
  due = wf.fire_due(c, beijing("2025-10-01 20:00:00"));
  REQUIRE(due.size() == 1);
  CHECK(due[0].rule == "resolution_breached");

  CHECK(wf.next_check(c) == beijing("2025-10-02 17:00:00"));
  due = wf.fire_due(c, beijing("2025-10-03 08:00:00"));
  REQUIRE(due.size() == 1);
  CHECK(due[0].rule == "resolution_breached_twice");
  CHECK(due[0].action == Action::escalate("manager"));

  CHECK_FALSE(wf.next_check(c));
  CHECK(wf.fire_due(c, beijing("2025-10-09 08:00:00")).empty());
  CHECK(c.fired.size() == 5);
}

TEST_CASE("a critical case late on site notifies the supervisor") {
  const Workflow& wf = default_workflow();
  Case c = wf.open(open_event("T1b", Category::after_sales, Scenario::emergency, Priority::critical,
                              Channel::phone),
                   beijing("2025-09-30 17:00:00"));
  REQUIRE(wf.apply(c, events::Triage{"agent_li"}, beijing("2025-09-30 17:00:30")));
  REQUIRE(wf.apply(c, events::NeedSiteVisit{"agent_li"}, beijing("2025-09-30 17:00:40")));
  const auto result =
      wf.apply(c, events::ArriveOnSite{"engineer_li"}, beijing("2025-09-30 19:30:00"));
  REQUIRE(result);
  std::vector<std::string> fired = describe(result.actions);
  CHECK(std::find(fired.begin(), fired.end(),
                  "notify supervisor (rule on_site_late, 2025-09-30T11:00:40Z)") != fired.end());
}

TEST_CASE("a phone call not answered within 15 seconds notifies the supervisor once") {
  const Workflow& wf = default_workflow();
  Case c = wf.open(open_event("T2", Category::inquiry, Scenario::usage_inquiry, Priority::normal,
                              Channel::phone),
                   beijing("2025-09-29 10:00:00"));
  CHECK(c.fired.empty());
  CHECK(wf.next_check(c) == beijing("2025-09-29 10:00:15"));

  // The host learns of the late answer only at the answer itself: the breach fires then,
  // stamped with the instant it happened.
  const auto result =
      wf.apply(c, events::FirstResponse{"agent_li"}, beijing("2025-09-29 10:01:00"));
  REQUIRE(result);
  REQUIRE(result.actions.size() == 1);
  CHECK(result.actions[0].rule == "first_response_breached");
  CHECK(result.actions[0].action == Action::notify("supervisor"));
  CHECK(result.actions[0].at == beijing("2025-09-29 10:00:15"));
  // Resolution: 4 business hours; 75% = 3 h = 13:00 the same Monday.
  CHECK(wf.next_check(c) == beijing("2025-09-29 13:00:00"));
  CHECK(wf.fire_due(c, beijing("2025-09-29 12:00:00")).empty());
}

TEST_CASE("a complaint across National Day 2025 walks its clocks and rules") {
  const Workflow& wf = default_workflow();
  Case c = wf.open(open_event("T3", Category::complaint, Scenario::service_complaint,
                              Priority::normal, Channel::online_chat),
                   beijing("2025-09-30 17:00:00"));
  // A complaint is followed by a supervisor from the start.
  REQUIRE(c.fired.size() == 1);
  CHECK(c.fired[0].rule == "complaint_supervisor");
  CHECK(c.fired[0].action == Action::notify("supervisor"));

  REQUIRE(wf.apply(c, events::FirstResponse{"agent_li"}, beijing("2025-09-30 17:00:20")));
  REQUIRE(wf.apply(c, events::Triage{"agent_li"}, beijing("2025-09-30 17:30:00")));
  // Triage (identity and classification) is not the verification of the facts: its clock runs.
  REQUIRE(c.clock(sla::clocks::verification) != nullptr);
  CHECK(c.clock(sla::clocks::verification)->status(beijing("2025-09-30 17:30:00")) ==
        sla::ClockStatus::running);
  // Triaged and not transferred: the 1-minute transfer warning is next.
  CHECK(wf.next_check(c) == beijing("2025-09-30 17:31:00"));

  auto result = wf.apply(c, events::Start{"agent_li"}, beijing("2025-09-30 17:30:40"));
  REQUIRE(result);
  CHECK(result.actions.empty());
  // Verified at 17:45 (within the hour); feedback within 2 business hours of it: 15 min on
  // Sep 30, then Oct 1-8 closed, 1 h 45 min on Thu Oct 9: 10:45.
  REQUIRE(wf.apply(c, events::VerifyFacts{"agent_li", "客服部", "属实"},
                   beijing("2025-09-30 17:45:00")));
  CHECK(c.clock(sla::clocks::verification)->status(beijing("2025-09-30 17:45:00")) ==
        sla::ClockStatus::met);
  CHECK(c.clock(sla::clocks::feedback)->deadline() == beijing("2025-10-09 10:45:00"));
  REQUIRE(wf.apply(c, events::Apologize{"supervisor_zhao"}, beijing("2025-09-30 17:50:00")));
  // The initial plan, with the time the customer will hear back: Oct 9 12:00.
  REQUIRE(wf.apply(c, events::PromiseAnswer{"agent_li", beijing("2025-10-09 12:00:00")},
                   beijing("2025-09-30 17:55:00")));
  CHECK(c.clock(sla::clocks::initial_plan)->status(beijing("2025-09-30 17:55:00")) ==
        sla::ClockStatus::met);
  CHECK(c.clock(sla::clocks::promised_answer)->deadline() == beijing("2025-10-09 12:00:00"));
  // The complaint answer time and the resolution are 48 h of wall time from 17:00 Sep 30: 75%
  // (36 h) is Oct 2 05:00, the breach Oct 2 17:00, the breach by a further 100% Oct 4 17:00.
  CHECK(wf.next_check(c) == beijing("2025-10-02 05:00:00"));
  auto due = wf.fire_due(c, beijing("2025-10-05 00:00:00"));
  CHECK(describe(due) ==
        std::vector<std::string>{
            "notify handler (rule resolution_warning, 2025-10-01T21:00:00Z)",
            "notify supervisor (rule resolution_breached, 2025-10-02T09:00:00Z)",
            "escalate manager (rule complaint_answer_breached, 2025-10-02T09:00:00Z)",
            "escalate manager (rule resolution_breached_twice, 2025-10-04T09:00:00Z)"});

  REQUIRE(wf.apply(c, events::ProposeSolution{"agent_li"}, beijing("2025-10-09 10:00:00")));
  REQUIRE(wf.apply(c, events::AcceptSolution{"customer"}, beijing("2025-10-09 10:30:00")));
  REQUIRE(wf.apply(c, events::Resolve{"agent_li"}, beijing("2025-10-09 11:00:00")));
  // The follow-up visit within 24 h of wall time: Fri Oct 10 11:00.
  CHECK(wf.next_check(c) == beijing("2025-10-10 11:00:00"));

  // Unsatisfied at the visit: the manager takes over.
  events::FollowUp visit{"agent_li"};
  visit.rating = Rating::unsatisfied;
  result = wf.apply(c, visit, beijing("2025-10-10 10:00:00"));
  REQUIRE(result);
  CHECK(result.transition.to == State::in_progress);
  CHECK(describe(result.actions) ==
        std::vector<std::string>{"escalate manager (rule complaint_unsatisfied, "
                                 "2025-10-10T02:00:00Z)"});
  // The resolution clock counts on across the return to handling; its rules fired already. The
  // complaint is owed a new answer within 48 h: Sun Oct 12 10:00.
  CHECK(c.clock(sla::clocks::resolution)->state() == sla::Clock::State::running);
  CHECK(describe(wf.fire_due(c, beijing("2025-10-20 00:00:00"))) ==
        std::vector<std::string>{
            "escalate manager (rule complaint_answer_breached, 2025-10-12T02:00:00Z)"});
}

TEST_CASE("a key-account complaint is escalated to the supervisor when it is opened") {
  const Workflow& wf = default_workflow();
  const Case c = wf.open(open_event("T4", Category::complaint, Scenario::service_complaint,
                                    Priority::normal, Channel::phone, CustomerTier::key_account),
                         beijing("2025-09-29 10:00:00"));
  CHECK(describe(c.fired) ==
        std::vector<std::string>{
            "notify supervisor (rule complaint_supervisor, 2025-09-29T02:00:00Z)",
            "escalate supervisor (rule key_account_complaint, 2025-09-29T02:00:00Z)"});
}

TEST_CASE("a reopened complaint is a repeat complaint and goes to the supervisor once") {
  const Workflow& wf = default_workflow();
  Case c = wf.open(open_event("T5", Category::complaint, Scenario::service_complaint,
                              Priority::normal, Channel::online_chat),
                   beijing("2025-09-29 10:00:00"));
  REQUIRE(wf.apply(c, events::FirstResponse{"agent_li"}, beijing("2025-09-29 10:00:10")));
  REQUIRE(wf.apply(c, events::Triage{"agent_li"}, beijing("2025-09-29 10:00:30")));
  REQUIRE(wf.apply(c, events::Start{"agent_li"}, beijing("2025-09-29 10:00:50")));
  REQUIRE(wf.apply(c, events::Resolve{"agent_li"}, beijing("2025-09-29 11:00:00")));
  auto result = wf.apply(c, events::Reopen{"customer"}, beijing("2025-09-29 15:00:00"));
  REQUIRE(result);
  REQUIRE(result.actions.size() == 1);
  CHECK(result.actions[0].rule == "repeat_complaint");
  CHECK(result.actions[0].action == Action::escalate("supervisor"));
  REQUIRE(wf.apply(c, events::Resolve{"agent_li"}, beijing("2025-09-29 16:00:00")));
  result = wf.apply(c, events::Reopen{"customer"}, beijing("2025-09-29 17:00:00"));
  REQUIRE(result);
  CHECK(result.actions.empty());
}

TEST_CASE("a case still triaged and not transferred after a minute warns its handler") {
  const Workflow& wf = default_workflow();
  Case c = wf.open(open_event("T6", Category::after_sales, Scenario::installation, Priority::normal,
                              Channel::web_form),
                   beijing("2025-09-29 10:00:00"));
  REQUIRE(wf.apply(c, events::Triage{"agent_li"}, beijing("2025-09-29 10:05:00")));
  CHECK(wf.next_check(c) == beijing("2025-09-29 10:06:00"));
  auto due = wf.fire_due(c, beijing("2025-09-29 10:06:00"));
  REQUIRE(due.size() == 1);
  CHECK(due[0].rule == "transfer_late");
  CHECK(due[0].action == Action::notify("handler"));

  // Transferred in time: nothing fires.
  Case d = wf.open(open_event("T7", Category::after_sales, Scenario::installation, Priority::normal,
                              Channel::web_form),
                   beijing("2025-09-29 10:00:00"));
  REQUIRE(wf.apply(d, events::Triage{"agent_li"}, beijing("2025-09-29 10:05:00")));
  REQUIRE(
      wf.apply(d, events::Transfer{"agent_li", "installer_wang"}, beijing("2025-09-29 10:05:30")));
  CHECK(wf.fire_due(d, beijing("2025-09-29 10:10:00")).empty());
}

TEST_CASE("a closed case fires only the rules that say so: the overdue follow-up visit") {
  const Workflow& wf = default_workflow();
  Case c = wf.open(open_event("T8", Category::inquiry, Scenario::usage_inquiry, Priority::normal,
                              Channel::email),
                   beijing("2025-09-29 10:00:00"));
  REQUIRE(wf.apply(c, events::FirstResponse{"agent_li"}, beijing("2025-09-29 10:10:00")));
  REQUIRE(wf.apply(c, events::Triage{"agent_li"}, beijing("2025-09-29 10:10:30")));
  REQUIRE(wf.apply(c, events::Start{"agent_li"}, beijing("2025-09-29 10:11:00")));
  REQUIRE(wf.apply(c, events::Resolve{"agent_li"}, beijing("2025-09-29 11:00:00")));
  REQUIRE(wf.apply(c, events::Close{"agent_li"}, beijing("2025-09-29 11:05:00")));
  // Follow-up visit of a handled case: 72 h of wall time from the resolution.
  CHECK(wf.next_check(c) == beijing("2025-10-02 11:00:00"));
  const auto due = wf.fire_due(c, beijing("2025-10-03 00:00:00"));
  REQUIRE(due.size() == 1);
  CHECK(due[0].rule == "follow_up_late");
  CHECK(due[0].action == Action::notify("supervisor"));
  CHECK(due[0].at == beijing("2025-10-02 11:00:00"));
}

TEST_CASE("business-time triggers never fall outside open hours") {
  using boost::posix_time::hours;
  std::vector<escalation::Rule> rules;
  escalation::Rule waiting;
  waiting.id = "waiting_too_long";
  waiting.trigger =
      escalation::Trigger::in_state_for("awaiting_customer", hours(1), kefu::TimeBasis::business);
  waiting.actions = {Action::notify("owner")};
  rules.push_back(waiting);
  escalation::Rule before;
  before.id = "hour_before_deadline";
  before.trigger = escalation::Trigger::before_deadline("resolution", hours(1));
  before.actions = {Action::notify("handler")};
  rules.push_back(before);
  const Workflow wf(Lifecycle(), sla::Policy::defaults(), kefu::test::office_calendar(),
                    escalation::Rules(rules));

  // Resolution: 4 business hours from Tue Sep 30 16:00: 2 h that day, the holiday, then Thu
  // Oct 9 09:00-11:00. One business hour before the deadline is Oct 9 10:00, not midnight.
  Case c = wf.open(open_event("T9", Category::inquiry, Scenario::usage_inquiry, Priority::normal,
                              Channel::email),
                   beijing("2025-09-30 16:00:00"));
  CHECK(wf.next_check(c) == beijing("2025-10-09 10:00:00"));

  // Waiting for the customer from 17:30: one business hour is Oct 9 09:30, and the paused
  // resolution clock has nothing due meanwhile.
  REQUIRE(wf.apply(c, events::FirstResponse{"agent_li"}, beijing("2025-09-30 17:00:00")));
  REQUIRE(wf.apply(c, events::Triage{"agent_li"}, beijing("2025-09-30 17:10:00")));
  REQUIRE(wf.apply(c, events::Start{"agent_li"}, beijing("2025-09-30 17:20:00")));
  REQUIRE(wf.apply(c, events::RequestInfo{"agent_li"}, beijing("2025-09-30 17:30:00")));
  CHECK(wf.next_check(c) == beijing("2025-10-09 09:30:00"));
  const auto due = wf.fire_due(c, beijing("2025-10-09 09:30:00"));
  REQUIRE(due.size() == 1);
  CHECK(due[0].rule == "waiting_too_long");
  CHECK(due[0].action == Action::notify("owner"));
}

TEST_CASE("a refused event leaves the case exactly as it was") {
  const Workflow& wf = default_workflow();
  Case c = wf.open(open_event("T10", Category::complaint, Scenario::service_complaint,
                              Priority::normal, Channel::phone),
                   beijing("2025-09-29 10:00:00"));
  // Due before the refused event: must not be consumed by it.
  const Case before = c;
  auto result = wf.apply(c, events::Resolve{"agent_li"}, beijing("2025-09-29 10:30:00"));
  CHECK_FALSE(result);
  CHECK(result.actions.empty());
  CHECK(c == before);

  CHECK(wf.fire_due(c, beijing("2025-09-29 10:20:00")).size() == 1);  // first response
  const Case checked = c;
  result = wf.apply(c, events::FirstResponse{"agent_li"}, beijing("2025-09-29 10:10:00"));
  CHECK_FALSE(result);
  CHECK(result.transition.reason == "earlier than the last check of the case");
  CHECK(c == checked);
}

TEST_CASE("rules naming what the lifecycle or the policy does not know are refused") {
  const auto build = [](escalation::Trigger trigger) {
    escalation::Rule rule;
    rule.id = "typo";
    rule.trigger = std::move(trigger);
    rule.actions = {Action::notify("supervisor")};
    return Workflow(Lifecycle(), sla::Policy::defaults(), kefu::test::office_calendar(),
                    escalation::Rules({rule}));
  };
  CHECK_THROWS_WITH_AS(build(escalation::Trigger::on_event("opne")),
                       "workflow: escalation rule 'typo': unknown event 'opne'", config_error);
  CHECK_THROWS_WITH_AS(build(escalation::Trigger::on_breach("frist_response")),
                       "workflow: escalation rule 'typo': unknown clock 'frist_response'",
                       config_error);
  CHECK_THROWS_WITH_AS(build(escalation::Trigger::in_state_for("limbo", boost::posix_time::hours(1),
                                                               kefu::TimeBasis::wall)),
                       "workflow: escalation rule 'typo': unknown state 'limbo'", config_error);
}

TEST_CASE("reevaluating under a stricter policy fires what it makes due, and nothing twice") {
  using boost::posix_time::hours;
  const Workflow& old_wf = default_workflow();
  Case c = old_wf.open(open_event("T11", Category::inquiry, Scenario::usage_inquiry,
                                  Priority::normal, Channel::email),
                       beijing("2025-09-29 10:00:00"));
  // 4 business hours: 75% at 13:00. Checked at 12:00: nothing yet.
  CHECK(old_wf.fire_due(c, beijing("2025-09-29 12:00:00")).empty());

  // The new policy gives e-mail 2 business hours: 75% at 11:30 and the breach at 12:00 have
  // passed.
  std::vector<sla::PolicyRule> rules = sla::Policy::defaults().rules();
  rules.push_back({{},
                   {},
                   {},
                   Channel::email,
                   {},
                   {},
                   {sla::ClockTarget{sla::clocks::resolution, sla::Limit::of(hours(2))}}});
  const Workflow new_wf(Lifecycle(), sla::Policy(rules), kefu::test::office_calendar(),
                        escalation::Rules::defaults());
  auto re = reevaluate(c, new_wf, beijing("2025-09-29 12:30:00"));
  CHECK(describe(re.actions) ==
        std::vector<std::string>{
            "notify handler (rule resolution_warning, 2025-09-29T03:30:00Z)",
            "notify supervisor (rule resolution_breached, 2025-09-29T04:00:00Z)"});
  CHECK(new_wf.next_check(re.updated) == beijing("2025-09-29 14:00:00"));
  // The original case is untouched, and reevaluating the updated case adds nothing.
  CHECK(c.fired.empty());
  CHECK(reevaluate(re.updated, new_wf, beijing("2025-09-29 12:30:00")).actions.empty());
}

TEST_CASE("wrong goods shipped as a critical case go to the warehouse supervisor") {
  const Workflow& wf = default_workflow();
  const Case c = wf.open(open_event("T12", Category::after_sales, Scenario::logistics,
                                    Priority::critical, Channel::online_chat),
                         beijing("2025-09-29 10:00:00"));
  CHECK(describe(c.fired) ==
        std::vector<std::string>{
            "notify warehouse_supervisor (rule critical_goods, 2025-09-29T02:00:00Z)",
            "escalate supervisor (rule critical_goods, 2025-09-29T02:00:00Z)"});
}

TEST_CASE("a cancelled case fires nothing more") {
  const Workflow& wf = default_workflow();
  Case c = wf.open(open_event("T13", Category::complaint, Scenario::service_complaint,
                              Priority::normal, Channel::phone),
                   beijing("2025-09-29 10:00:00"));
  // Due at 10:00:15 (first response), but the call was a prank and is cancelled first.
  const auto result =
      wf.apply(c, events::Cancel{"agent_li", "malicious call"}, beijing("2025-09-29 10:00:05"));
  REQUIRE(result);
  CHECK(result.actions.empty());
  CHECK_FALSE(wf.next_check(c));
  CHECK(wf.fire_due(c, beijing("2025-10-31 00:00:00")).empty());
}

TEST_CASE("an event whose clocks throw leaves the case exactly as it was") {
  // The China calendar has no 2027 schedule and this workflow refuses it. Opened Thu 2026-12-31
  // 09:00 with 4 business hours to resolve; 1 h counted before waiting for the customer at
  // 10:00. The reply at 17:30 resumes the clock: its remaining 3 h reach into 2027.
  const Workflow& wf = kefu::test::refusing_workflow();
  Case c = wf.open(open_event("Y1", Category::inquiry, Scenario::usage_inquiry, Priority::normal,
                              Channel::email),
                   beijing("2026-12-31 09:00:00"));
  REQUIRE(wf.apply(c, events::Triage{"agent_li"}, beijing("2026-12-31 09:00:20")));
  REQUIRE(wf.apply(c, events::FirstResponse{"agent_li"}, beijing("2026-12-31 09:00:30")));
  REQUIRE(wf.apply(c, events::Start{"agent_li"}, beijing("2026-12-31 09:00:40")));
  REQUIRE(wf.apply(c, events::RequestInfo{"agent_li"}, beijing("2026-12-31 10:00:00")));
  const Case before = c;
  CHECK_THROWS_AS(wf.apply(c, events::CustomerReply{"customer"}, beijing("2026-12-31 17:30:00")),
                  kefu::uncovered_year_error);
  CHECK(c == before);
  CHECK(c.ticket.state == State::awaiting_customer);
  CHECK(c.ticket.history.size() == 5);
  // A refused event is no half-applied case either, and the case takes events again.
  CHECK_FALSE(wf.apply(c, events::Resolve{"agent_li"}, beijing("2026-12-31 17:40:00")));
  CHECK(c == before);
  REQUIRE(
      wf.apply(c, events::Close{"agent_li", "customer withdrew"}, beijing("2026-12-31 17:45:00")));
  CHECK(c.ticket.state == State::closed);
}

TEST_CASE("by default a case runs on into 2027 on the weekly hours, its clocks provisional") {
  // The case of the test above on the default workflow. The reply at 17:30 resumes the
  // resolution clock with 3 h left: 30 min to the 18:00 close, then 2 h 30 min from 09:00 on Fri
  // 2027-01-01, a working day on the weekly hours since 2027 has no schedule: due 11:30.
  const Workflow& wf = default_workflow();
  Case c = wf.open(open_event("Y2", Category::inquiry, Scenario::usage_inquiry, Priority::normal,
                              Channel::email),
                   beijing("2026-12-31 09:00:00"));
  REQUIRE(wf.apply(c, events::Triage{"agent_li"}, beijing("2026-12-31 09:00:20")));
  REQUIRE(wf.apply(c, events::FirstResponse{"agent_li"}, beijing("2026-12-31 09:00:30")));
  REQUIRE(wf.apply(c, events::Start{"agent_li"}, beijing("2026-12-31 09:00:40")));
  REQUIRE(wf.apply(c, events::RequestInfo{"agent_li"}, beijing("2026-12-31 10:00:00")));
  const sla::Clock* resolution = c.clock(sla::clocks::resolution);
  REQUIRE(resolution != nullptr);
  CHECK_FALSE(resolution->provisional());  // paused with 1 h counted on Dec 31
  REQUIRE(wf.apply(c, events::CustomerReply{"customer"}, beijing("2026-12-31 17:30:00")));
  resolution = c.clock(sla::clocks::resolution);
  CHECK(resolution->deadline() == beijing("2027-01-01 11:30:00"));
  CHECK(resolution->provisional());
  CHECK(fmt::format("{}", *resolution) ==
        "resolution 4 h (business hours): running, due 2027-01-01T11:30:00+08:00, provisional: "
        "2027 has no "
        "holiday schedule; counted on the weekly hours");
  CHECK(wf.calendar().uncovered_years() == UncoveredYears::weekly_hours);
  CHECK(wf.replay(c.ticket.history, c.flags, c.checked_until) == c);
}

TEST_CASE(
    "a complaint opened on the last afternoon of 2026: verification due by the close or in "
    "2027") {
  // Complaint verification: 1 business hour on Mon-Fri 09:00-18:00 (wall-time clocks such as
  // the 48 h complaint answer are never provisional).
  const Workflow& wf = default_workflow();
  const auto complaint = open_event("Y3", Category::complaint, Scenario::service_complaint,
                                    Priority::normal, Channel::phone);
  // Opened Thu 17:00: the hour ends at the 18:00 close, still in 2026.
  const Case at_five = wf.open(complaint, beijing("2026-12-31 17:00:00"));
  const sla::Clock* verification = at_five.clock(sla::clocks::verification);
  REQUIRE(verification != nullptr);
  CHECK(verification->deadline() == beijing("2026-12-31 18:00:00"));
  CHECK_FALSE(verification->provisional());
  // Opened Thu 17:30: 30 min to the close, then 30 min from 09:00 on Fri 2027-01-01, a working
  // day on the weekly hours (its New Year's Day holiday is in the 2027 notice kefu lacks).
  const Case at_half_past = wf.open(complaint, beijing("2026-12-31 17:30:00"));
  verification = at_half_past.clock(sla::clocks::verification);
  REQUIRE(verification != nullptr);
  CHECK(verification->deadline() == beijing("2027-01-01 09:30:00"));
  CHECK(verification->provisional());
  const sla::Clock* answer = at_half_past.clock(sla::clocks::complaint_answer);
  REQUIRE(answer != nullptr);
  CHECK(answer->deadline() == beijing("2027-01-02 17:30:00"));  // 48 h of wall time
  CHECK_FALSE(answer->provisional());
  // The refusing workflow cannot open it: the verification warnings need 2027.
  CHECK_THROWS_AS(kefu::test::refusing_workflow().open(complaint, beijing("2026-12-31 17:30:00")),
                  kefu::uncovered_year_error);
}

TEST_CASE("the workflow drives the clocks by the policy's semantics, which a host may replace") {
  using E = EventKind;
  using A = sla::ClockAction;
  // A host whose resolution clock does not pause while the customer is asked for more.
  const std::vector<sla::PolicyRule> rules{
      {{},
       {},
       {},
       {},
       {},
       {},
       {sla::ClockTarget{sla::clocks::resolution, sla::Limit::of(boost::posix_time::hours(4))}}}};
  const sla::Policy policy(rules, {{sla::clocks::resolution, E::open, A::start},
                                   {sla::clocks::resolution, E::resolve, A::stop}});
  const Workflow wf(Lifecycle(), policy, kefu::test::office_calendar(),
                    escalation::Rules({}, escalation::Ladder::defaults()));
  Case c =
      wf.open(open_event("H1", Category::inquiry, Scenario::none, Priority::normal, Channel::email),
              beijing("2025-09-29 10:00:00"));
  REQUIRE(wf.apply(c, events::Triage{"agent_li"}, beijing("2025-09-29 10:01:00")));
  REQUIRE(wf.apply(c, events::Start{"agent_li"}, beijing("2025-09-29 10:02:00")));
  REQUIRE(wf.apply(c, events::RequestInfo{"agent_li"}, beijing("2025-09-29 11:00:00")));
  CHECK(c.clock(sla::clocks::resolution)->state() == sla::Clock::State::running);
  // 4 business hours from 10:00: 14:00 the same Monday, wait or not.
  CHECK(c.clock(sla::clocks::resolution)->deadline() == beijing("2025-09-29 14:00:00"));
  CHECK(wf.policy().semantics().size() == 2);
}

TEST_CASE("perishable goods: the flag reaches the policy, and a late case goes to the supervisor") {
  // Job description: spoiling fresh goods are handled within 2 h. Opened Sat 2025-10-04 10:00
  // (a holiday: wall time counts), the plan given at 12:30, half an hour late.
  const Workflow& wf = default_workflow();
  Flags flags;
  flags.perishable = true;
  Case c = wf.open(
      open_event("P1", Category::after_sales, Scenario::logistics, Priority::normal, Channel::app),
      beijing("2025-10-04 10:00:00"), flags);
  REQUIRE(c.clock(sla::clocks::perishable_handling) != nullptr);
  CHECK(c.clock(sla::clocks::perishable_handling)->deadline() == beijing("2025-10-04 12:00:00"));
  REQUIRE(wf.apply(c, events::Triage{"agent_li"}, beijing("2025-10-04 10:00:05")));
  REQUIRE(wf.apply(c, events::FirstResponse{"agent_li"}, beijing("2025-10-04 10:00:10")));
  REQUIRE(wf.apply(c, events::Start{"agent_li"}, beijing("2025-10-04 10:00:20")));
  const auto result = wf.apply(c, events::ProposeSolution{"agent_li", "补发并退款"},
                               beijing("2025-10-04 12:30:00"));
  REQUIRE(result);
  const auto fired = describe(result.actions);
  CHECK(std::find(fired.begin(), fired.end(),
                  "escalate supervisor (rule perishable_late, 2025-10-04T04:00:00Z)") !=
        fired.end());
  CHECK(c.clock(sla::clocks::perishable_handling)->status(beijing("2025-10-04 12:30:00")) ==
        sla::ClockStatus::breached);
}

TEST_CASE("an escalation rule written with Chinese names fires like its English twin") {
  escalation::Rule stuck;
  stuck.id = "waiting_long";
  stuck.when.states = {"待客户回复"};
  stuck.trigger = escalation::Trigger::in_state_for("待客户回复", boost::posix_time::hours(1),
                                                    kefu::TimeBasis::wall);
  stuck.actions = {escalation::Action::notify("supervisor")};
  escalation::Rule visit;
  visit.id = "visited";
  visit.trigger = escalation::Trigger::on_event("回访");
  visit.actions = {escalation::Action::notify("handler")};
  const Workflow wf(Lifecycle(), sla::Policy::defaults(), kefu::test::office_calendar(),
                    escalation::Rules({stuck, visit}));
  Case c =
      wf.open(open_event("Z1", Category::inquiry, Scenario::none, Priority::normal, Channel::email),
              beijing("2025-09-29 10:00:00"));
  REQUIRE(wf.apply(c, events::Triage{"agent_li"}, beijing("2025-09-29 10:01:00")));
  REQUIRE(wf.apply(c, events::FirstResponse{"agent_li"}, beijing("2025-09-29 10:02:00")));
  REQUIRE(wf.apply(c, events::Start{"agent_li"}, beijing("2025-09-29 10:03:00")));
  REQUIRE(wf.apply(c, events::RequestInfo{"agent_li"}, beijing("2025-09-29 10:04:00")));
  CHECK(describe(wf.fire_due(c, beijing("2025-09-29 11:10:00"))) ==
        std::vector<std::string>{"notify supervisor (rule waiting_long, 2025-09-29T03:04:00Z)"});
  REQUIRE(wf.apply(c, events::CustomerReply{"customer"}, beijing("2025-09-29 11:20:00")));
  REQUIRE(wf.apply(c, events::Resolve{"agent_li"}, beijing("2025-09-29 11:30:00")));
  CHECK(
      describe(wf.apply(c, events::FollowUp{"agent_li"}, beijing("2025-09-29 12:00:00")).actions) ==
      std::vector<std::string>{"notify handler (rule visited, 2025-09-29T04:00:00Z)"});
}
