#include <kefu/core/error.hpp>
#include <kefu/escalation/rules.hpp>
#include <kefu/lifecycle/events.hpp>
#include <kefu/lifecycle/state.hpp>

#include <fmt/core.h>

#include <algorithm>
#include <set>

namespace kefu::escalation {

namespace {

using boost::posix_time::hours;
using boost::posix_time::minutes;

[[noreturn]] void refuse(const Rule& rule, std::size_t index, std::string_view why) {
  if (rule.id.empty()) throw config_error(fmt::format("escalation rule {}: {}", index + 1, why));
  throw config_error(fmt::format("escalation rule '{}': {}", rule.id, why));
}

// The reason a rule's condition can never hold, or empty.
std::string_view contradiction(const Rule& rule, const Ladder& ladder) {
  const Condition& when = rule.when;
  if (when.min_escalation_level && when.max_escalation_level &&
      *when.min_escalation_level > *when.max_escalation_level) {
    return "min escalation level above max";
  }
  if (when.min_escalation_level && *when.min_escalation_level > ladder.top_level()) {
    return "min escalation level above the top of the ladder";
  }
  if ((when.max_escalation_level && *when.max_escalation_level < 0) ||
      (when.min_reopen_count && *when.min_reopen_count < 0)) {
    return "negative bound";
  }
  if (rule.trigger.kind == TriggerKind::time_in_state && !when.states.empty() &&
      std::find(when.states.begin(), when.states.end(), rule.trigger.name) == when.states.end()) {
    return "time-in-state trigger on a state the condition excludes";
  }
  return {};
}

std::string_view bad_trigger(const Trigger& trigger) {
  if (trigger.kind != TriggerKind::condition && trigger.name.empty()) {
    return "trigger without a name";
  }
  switch (trigger.kind) {
    case TriggerKind::clock_fraction:
      if (!(trigger.fraction > 0.0 && trigger.fraction <= 1.0)) return "fraction outside (0, 1]";
      break;
    case TriggerKind::clock_breach:
      if (!(trigger.fraction >= 0.0)) return "negative overrun";
      break;
    case TriggerKind::clock_remaining:
    case TriggerKind::time_in_state:
      if (trigger.duration.is_special() || trigger.duration <= boost::posix_time::seconds(0)) {
        return "time limit must be positive";
      }
      break;
    default:
      break;
  }
  return {};
}

void validate(const std::vector<Rule>& rules, const Ladder& ladder) {
  std::set<std::string_view> ids;
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const Rule& rule = rules[i];
    if (rule.id.empty()) refuse(rule, i, "empty id");
    if (!ids.insert(rule.id).second) refuse(rule, i, "duplicate id");
    if (rule.actions.empty()) refuse(rule, i, "no actions");
    if (const auto why = bad_trigger(rule.trigger); !why.empty()) refuse(rule, i, why);
    if (const auto why = contradiction(rule, ladder); !why.empty()) {
      refuse(rule, i, fmt::format("can never fire: {}", why));
    }
    for (const Action& action : rule.actions) {
      const bool names_role =
          action.kind == ActionKind::notify || action.kind == ActionKind::escalate;
      if (names_role && !ladder.knows(action.role)) {
        refuse(rule, i, fmt::format("unknown role '{}'", action.role));
      }
      if (action.kind == ActionKind::reassign && action.role.empty()) {
        refuse(rule, i, "reassign without a role or queue");
      }
      if (action.kind == ActionKind::escalate && !ladder.level_of(action.role)) {
        refuse(rule, i, fmt::format("'{}' is not a rung of the ladder", action.role));
      }
      if (action.kind == ActionKind::schedule_follow_up &&
          (action.after.is_special() || action.after.is_negative())) {
        refuse(rule, i, "follow-up scheduled in the past");
      }
    }
  }
}

// A state or event given by a label or an alias takes its stable name, the one matching compares.
template <class Enum>
void canonicalise(std::string& name) {
  if (const auto value = parse<Enum>(name)) name = std::string(to_string(*value));
}

void canonicalise(Rule& rule) {
  for (auto& state : rule.when.states) canonicalise<State>(state);
  if (rule.trigger.kind == TriggerKind::time_in_state) canonicalise<State>(rule.trigger.name);
  if (rule.trigger.kind == TriggerKind::event) canonicalise<EventKind>(rule.trigger.name);
}

Rule make(std::string id, std::string description, Condition when, Trigger trigger,
          std::vector<Action> actions) {
  return {std::move(id),      std::move(description), std::move(when),
          std::move(trigger), std::move(actions),     false};
}

Condition complaints() {
  Condition c;
  c.categories = {Category::complaint};
  return c;
}

}  // namespace

Rules::Rules(std::vector<Rule> rules, Ladder ladder) {
  for (Rule& rule : rules) canonicalise(rule);
  validate(rules, ladder);
  impl_ = std::make_shared<const Impl>(Impl{std::move(rules), std::move(ladder)});
}

Rules Rules::defaults() {
  std::vector<Rule> rules;

  // Job description, quick-response guide: a critical case (特急) is marked and escalated at once
  // (the case rises to the supervisor) and goes straight to the responsible department head.
  Condition critical;
  critical.min_priority = Priority::critical;
  Condition critical_goods = critical;  // wrong goods or medicine shipped: the warehouse
  critical_goods.scenarios = {Scenario::logistics, Scenario::order_change};
  Condition critical_product = critical;  // a product that leaks, smokes, overheats: QC
  critical_product.scenarios = {Scenario::none,
                                Scenario::fault_repair,
                                Scenario::usage_inquiry,
                                Scenario::service_complaint,
                                Scenario::return_exchange,
                                Scenario::installation,
                                Scenario::value_added,
                                Scenario::emergency,
                                Scenario::remote_assist};
  rules.push_back(make("critical_product", "特急: 升级主管, 通知质检经理", critical_product,
                       Trigger::on_condition(),
                       {Action::notify("qc_manager"), Action::escalate("supervisor")}));
  rules.push_back(make("critical_goods", "特急(错发/物流): 升级主管, 通知仓储主管", critical_goods,
                       Trigger::on_condition(),
                       {Action::notify("warehouse_supervisor"), Action::escalate("supervisor")}));

  // Quick-response guide: a complaint is handled under a service supervisor, who calls the
  // customer within 1 h to apologise (the apology clock).
  rules.push_back(make("complaint_supervisor", "投诉由主管跟进", complaints(),
                       Trigger::on_event("open"), {Action::notify("supervisor")}));

  // kefu's choice: key-account complaints are escalated to the supervisor when they are opened.
  Condition key_account = complaints();
  key_account.tiers = {CustomerTier::key_account};
  rules.push_back(make("key_account_complaint", "大客户投诉: 升级主管", key_account,
                       Trigger::on_event("open"), {Action::escalate("supervisor")}));

  // kefu's choice: a repeat complaint goes to the supervisor.
  Condition repeat = complaints();
  repeat.repeat_complaint = true;
  rules.push_back(make("repeat_complaint", "重复投诉: 升级主管", repeat, Trigger::on_condition(),
                       {Action::escalate("supervisor")}));

  // SOP toolkit: unsatisfied at the follow-up visit: escalate to the CS manager until closed.
  Condition unsatisfied = complaints();
  unsatisfied.ratings = {Rating::unsatisfied};
  rules.push_back(make("complaint_unsatisfied", "投诉回访不满意: 升级经理", unsatisfied,
                       Trigger::on_event("follow_up"), {Action::escalate("manager")}));

  // SLA clocks (kefu's choice of who hears about a late clock).
  rules.push_back(make("first_response_breached", "首次响应超时: 通知主管", {},
                       Trigger::on_breach("first_response"), {Action::notify("supervisor")}));
  rules.push_back(make("resolution_warning", "处理时限已用75%: 提醒处理人", {},
                       Trigger::at_fraction("resolution", 0.75), {Action::notify("handler")}));
  rules.push_back(make("resolution_breached", "处理超时: 通知主管", {},
                       Trigger::on_breach("resolution"), {Action::notify("supervisor")}));
  rules.push_back(make("resolution_breached_twice", "处理超时一倍: 升级经理", {},
                       Trigger::on_breach("resolution", 1.0), {Action::escalate("manager")}));
  // SOP toolkit: a complex problem goes to the right owner within 1 min. After triage the agent
  // either starts handling (answers directly) or transfers; a case still triaged and untransferred
  // after a minute is stuck.
  Condition untransferred;
  untransferred.transferred = false;
  rules.push_back(make("transfer_late", "复杂问题1分钟内未转接: 提醒", untransferred,
                       Trigger::in_state_for("triaged", minutes(1), TimeBasis::wall),
                       {Action::notify("handler")}));
  // The limits added by the conformance review (rules.md §escalation).
  rules.push_back(make("complaint_answer_breached", "投诉48小时未答复: 升级经理", complaints(),
                       Trigger::on_breach("complaint_answer"), {Action::escalate("manager")}));
  rules.push_back(make("apology_late", "主管1小时内未致歉: 通知经理", complaints(),
                       Trigger::on_breach("apology"), {Action::notify("manager")}));
  rules.push_back(make("promised_answer_breached", "未按约定时间答复: 通知主管", {},
                       Trigger::on_breach("promised_answer"), {Action::notify("supervisor")}));
  Condition perishable;
  perishable.flags = {Flag::perishable};
  rules.push_back(make("perishable_late", "生鲜变质2小时未处理: 升级主管", perishable,
                       Trigger::on_breach("perishable_handling"),
                       {Action::escalate("supervisor")}));
  rules.push_back(make("on_site_late", "特急2小时未到现场: 通知主管", critical,
                       Trigger::on_breach("on_site"), {Action::notify("supervisor")}));
  Rule follow_up_late = make("follow_up_late", "回访超时: 通知主管", {},
                             Trigger::on_breach("follow_up"), {Action::notify("supervisor")});
  follow_up_late.fires_when_inactive = true;  // the follow-up clock runs after closing
  rules.push_back(std::move(follow_up_late));

  return Rules(std::move(rules));
}

}  // namespace kefu::escalation
