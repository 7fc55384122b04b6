#include <kefu/core/error.hpp>
#include <kefu/escalation/rules.hpp>

#include <doctest/doctest.h>

#include <algorithm>

using namespace kefu;
using namespace kefu::escalation;
using boost::posix_time::minutes;

namespace {

Rule notify_supervisor(std::string id, Trigger trigger) {
  Rule rule;
  rule.id = std::move(id);
  rule.trigger = std::move(trigger);
  rule.actions = {Action::notify("supervisor")};
  return rule;
}

const Rule& find(const Rules& rules, std::string_view id) {
  const auto& all = rules.rules();
  const auto it = std::find_if(all.begin(), all.end(), [&](const Rule& r) { return r.id == id; });
  REQUIRE(it != all.end());
  return *it;
}

}  // namespace

TEST_CASE("the default rules encode rules.md §escalation") {
  const Rules rules = Rules::defaults();
  CHECK(rules.size() == 17);

  const Rule& unsatisfied = find(rules, "complaint_unsatisfied");
  CHECK(unsatisfied.trigger.kind == TriggerKind::event);
  CHECK(unsatisfied.trigger.name == "follow_up");
  CHECK(unsatisfied.actions == std::vector<Action>{Action::escalate("manager")});

  const Rule& warning = find(rules, "resolution_warning");
  CHECK(warning.trigger.kind == TriggerKind::clock_fraction);
  CHECK(warning.trigger.fraction == 0.75);
  CHECK(warning.actions == std::vector<Action>{Action::notify("handler")});

  const Rule& twice = find(rules, "resolution_breached_twice");
  CHECK(twice.trigger.kind == TriggerKind::clock_breach);
  CHECK(twice.trigger.fraction == 1.0);
  CHECK(twice.actions == std::vector<Action>{Action::escalate("manager")});

  const Rule& critical = find(rules, "critical_product");
  CHECK(critical.when.min_priority == Priority::critical);
  // Job description: a critical case is escalated at once, not only reported.
  CHECK(critical.actions ==
        std::vector<Action>{Action::notify("qc_manager"), Action::escalate("supervisor")});
  CHECK(
      find(rules, "critical_goods").actions ==
      std::vector<Action>{Action::notify("warehouse_supervisor"), Action::escalate("supervisor")});

  const Rule& answer = find(rules, "complaint_answer_breached");
  CHECK(answer.trigger == Trigger::on_breach("complaint_answer"));
  CHECK(answer.when.categories == std::vector<Category>{Category::complaint});
  CHECK(answer.actions == std::vector<Action>{Action::escalate("manager")});
  const Rule& perishable = find(rules, "perishable_late");
  CHECK(perishable.trigger == Trigger::on_breach("perishable_handling"));
  CHECK(perishable.when.flags == std::vector<Flag>{Flag::perishable});
  CHECK(perishable.actions == std::vector<Action>{Action::escalate("supervisor")});
  CHECK(find(rules, "on_site_late").trigger == Trigger::on_breach("on_site"));
  CHECK(find(rules, "apology_late").actions == std::vector<Action>{Action::notify("manager")});
  CHECK(find(rules, "promised_answer_breached").trigger == Trigger::on_breach("promised_answer"));
}

TEST_CASE("a state or event named by its Chinese label is stored under its stable name") {
  Rule stuck =
      notify_supervisor("stuck", Trigger::in_state_for("处理中", minutes(30), TimeBasis::wall));
  stuck.when.states = {"处理中", "awaiting_customer", "待确认"};
  Rule visit = notify_supervisor("visit", Trigger::on_event("回访"));
  Rule unknown = notify_supervisor("unknown", Trigger::on_event("opne"));
  const Rules rules({stuck, visit, unknown});
  CHECK(rules.rules()[0].trigger.name == "in_progress");
  CHECK(rules.rules()[0].when.states ==
        std::vector<std::string>{"in_progress", "awaiting_customer", "solution_proposed"});
  CHECK(rules.rules()[1].trigger.name == "follow_up");
  CHECK(rules.rules()[2].trigger.name == "opne");  // left for the workflow to refuse
  // Matching compares the stable name a ticket's facts carry.
  Facts facts;
  facts.state = "in_progress";
  CHECK(rules.rules()[0].when.matches(facts));
  // Canonical before validation: a label of the trigger's state is not "a state excluded".
  Rule labelled = notify_supervisor(
      "labelled", Trigger::in_state_for("in_progress", minutes(5), TimeBasis::wall));
  labelled.when.states = {"处理中"};
  CHECK_NOTHROW(Rules({labelled}));
}

TEST_CASE("rules, triggers, conditions and ladders compare by value") {
  CHECK(Rules::defaults() == Rules::defaults());
  CHECK(Ladder::defaults() == Ladder::defaults());
  std::vector<Rule> changed = Rules::defaults().rules();
  changed[0].when.min_priority = Priority::high;
  CHECK(Rules(changed) != Rules::defaults());
  CHECK(Rules(Rules::defaults().rules(),
              Ladder({{"agent", "客服"}, {"supervisor", "主管"}, {"manager", "经理"}},
                     {{"warehouse_supervisor", "仓储主管"}, {"qc_manager", "质检经理"}})) !=
        Rules::defaults());
  CHECK(Trigger::on_breach("resolution") != Trigger::on_breach("resolution", 1.0));
  Condition a;
  Condition b;
  b.flags = {Flag::perishable};
  CHECK(a != b);
}

TEST_CASE("every critical scenario reaches exactly one department head") {
  const Rules rules = Rules::defaults();
  for (const Scenario scenario : enum_values<Scenario>()) {
    Facts facts;
    facts.priority = Priority::critical;
    facts.scenario = scenario;
    const int heads = static_cast<int>(find(rules, "critical_product").when.matches(facts)) +
                      static_cast<int>(find(rules, "critical_goods").when.matches(facts));
    CAPTURE(to_string(scenario));
    CHECK(heads == 1);
  }
}

TEST_CASE("rules that cannot work are refused with the rule and the reason") {
  CHECK_THROWS_WITH_AS(Rules({notify_supervisor("", Trigger::on_event("open"))}),
                       "escalation rule 1: empty id", config_error);
  CHECK_THROWS_WITH_AS(Rules({notify_supervisor("a", Trigger::on_event("open")),
                              notify_supervisor("a", Trigger::on_event("close"))}),
                       "escalation rule 'a': duplicate id", config_error);

  Rule boss = notify_supervisor("boss", Trigger::on_event("open"));
  boss.actions = {Action::notify("boss")};
  CHECK_THROWS_WITH_AS(Rules({boss}), "escalation rule 'boss': unknown role 'boss'", config_error);

  Rule head = notify_supervisor("head", Trigger::on_event("open"));
  head.actions = {Action::escalate("qc_manager")};
  CHECK_THROWS_WITH_AS(Rules({head}),
                       "escalation rule 'head': 'qc_manager' is not a rung of the ladder",
                       config_error);

  Rule silent = notify_supervisor("silent", Trigger::on_event("open"));
  silent.actions.clear();
  CHECK_THROWS_WITH_AS(Rules({silent}), "escalation rule 'silent': no actions", config_error);

  CHECK_THROWS_WITH_AS(Rules({notify_supervisor("late", Trigger::at_fraction("resolution", 1.5))}),
                       "escalation rule 'late': fraction outside (0, 1]", config_error);
  CHECK_THROWS_WITH_AS(Rules({notify_supervisor("zero", Trigger::at_fraction("resolution", 0.0))}),
                       "escalation rule 'zero': fraction outside (0, 1]", config_error);
  CHECK_THROWS_WITH_AS(Rules({notify_supervisor("neg", Trigger::on_breach("resolution", -0.5))}),
                       "escalation rule 'neg': negative overrun", config_error);
  CHECK_THROWS_WITH_AS(
      Rules({notify_supervisor(
          "idle", Trigger::in_state_for("in_progress", minutes(0), TimeBasis::business))}),
      "escalation rule 'idle': time limit must be positive", config_error);
  CHECK_THROWS_WITH_AS(Rules({notify_supervisor("anon", Trigger::on_event(""))}),
                       "escalation rule 'anon': trigger without a name", config_error);
}

TEST_CASE("a rule whose condition can never hold is refused") {
  Rule levels = notify_supervisor("levels", Trigger::on_event("open"));
  levels.when.min_escalation_level = 2;
  levels.when.max_escalation_level = 1;
  CHECK_THROWS_WITH_AS(Rules({levels}),
                       "escalation rule 'levels': can never fire: min escalation level above max",
                       config_error);

  Rule roof = notify_supervisor("roof", Trigger::on_event("open"));
  roof.when.min_escalation_level = 4;
  CHECK_THROWS_WITH_AS(
      Rules({roof}),
      "escalation rule 'roof': can never fire: min escalation level above the top of the ladder",
      config_error);

  Rule idle = notify_supervisor(
      "idle", Trigger::in_state_for("awaiting_customer", minutes(30), TimeBasis::wall));
  idle.when.states = {"in_progress"};
  CHECK_THROWS_WITH_AS(Rules({idle}),
                       "escalation rule 'idle': can never fire: time-in-state trigger on a "
                       "state the condition excludes",
                       config_error);
}

TEST_CASE("rules share their data when copied") {
  const Rules a = Rules::defaults();
  const Rules b = a;  // NOLINT(performance-unnecessary-copy-initialization)
  CHECK(&a.rules() == &b.rules());
  CHECK(b.ladder().level_of("manager") == 2);
}
