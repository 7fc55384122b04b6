#include "escalation_json.hpp"

#include "sla_json.hpp"
#include <kefu/core/category.hpp>
#include <kefu/core/channel.hpp>
#include <kefu/core/customer_tier.hpp>
#include <kefu/core/flag.hpp>
#include <kefu/core/rating.hpp>
#include <kefu/core/scenario.hpp>
#include <kefu/lifecycle/events.hpp>
#include <kefu/lifecycle/state.hpp>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <fmt/core.h>

namespace kefu::io::detail {

namespace json = boost::json;
using escalation::Action;
using escalation::ActionKind;
using escalation::Condition;
using escalation::Rule;
using escalation::Trigger;
using escalation::TriggerKind;

namespace {

template <class Enum>
std::vector<Enum> read_enums(Object& object, std::string_view key, std::string_view kind) {
  std::vector<Enum> out;
  if (auto node = object.optional(key)) {
    for (const Node& item : node->items()) out.push_back(item.enumeration<Enum>(kind));
  }
  return out;
}

template <class Enum>
json::array enums_to_json(const std::vector<Enum>& values) {
  json::array out;
  for (const Enum value : values) out.push_back(enum_to_json(value));
  return out;
}

json::string to_json_string(std::string_view text) { return json::string(text); }

// A state or event name in its stable English spelling.
template <class Enum>
std::string canonical_name(const Node& node, std::string_view kind) {
  return std::string(kefu::detail::name_of(node.enumeration<Enum>(kind)));
}

std::optional<int> read_level(Object& object, std::string_view key) {
  if (auto node = object.optional(key)) return static_cast<int>(node->integer(0, 100));
  return std::nullopt;
}

Condition read_condition(const Node& node) {
  Object object = node.object();
  Condition c;
  c.categories = read_enums<Category>(object, "categories", "category");
  c.scenarios = read_enums<Scenario>(object, "scenarios", "scenario");
  if (auto n = object.optional("min_priority"))
    c.min_priority = n->enumeration<Priority>("priority");
  c.tiers = read_enums<CustomerTier>(object, "tiers", "customer tier");
  c.channels = read_enums<Channel>(object, "channels", "channel");
  if (auto n = object.optional("states")) {
    for (const Node& item : n->items()) c.states.push_back(canonical_name<State>(item, "state"));
  }
  c.min_escalation_level = read_level(object, "min_escalation_level");
  c.max_escalation_level = read_level(object, "max_escalation_level");
  c.min_reopen_count = read_level(object, "min_reopen_count");
  if (auto n = object.optional("repeat_complaint")) c.repeat_complaint = n->boolean();
  c.ratings = read_enums<Rating>(object, "ratings", "rating");
  c.flags = read_enums<Flag>(object, "flags", "flag");
  if (auto n = object.optional("transferred")) c.transferred = n->boolean();
  object.finish();
  return c;
}

json::object condition_to_json(const Condition& c) {
  json::object out;
  if (!c.categories.empty()) out["categories"] = enums_to_json(c.categories);
  if (!c.scenarios.empty()) out["scenarios"] = enums_to_json(c.scenarios);
  if (c.min_priority) out["min_priority"] = enum_to_json(*c.min_priority);
  if (!c.tiers.empty()) out["tiers"] = enums_to_json(c.tiers);
  if (!c.channels.empty()) out["channels"] = enums_to_json(c.channels);
  if (!c.states.empty()) {
    json::array states;
    for (const auto& state : c.states) states.push_back(to_json_string(state));
    out["states"] = std::move(states);
  }
  if (c.min_escalation_level) out["min_escalation_level"] = *c.min_escalation_level;
  if (c.max_escalation_level) out["max_escalation_level"] = *c.max_escalation_level;
  if (c.min_reopen_count) out["min_reopen_count"] = *c.min_reopen_count;
  if (c.repeat_complaint) out["repeat_complaint"] = *c.repeat_complaint;
  if (!c.ratings.empty()) out["ratings"] = enums_to_json(c.ratings);
  if (!c.flags.empty()) out["flags"] = enums_to_json(c.flags);
  if (c.transferred) out["transferred"] = *c.transferred;
  return out;
}

// A trigger's clock in sla::ClockId's spelling; whether a policy has the clock is checked when
// the whole document is read.
std::string read_clock_name(const Node& node) { return std::string(read_clock(node).name()); }

Trigger read_trigger(const Node& node) {
  Object object = node.object();
  Trigger t;
  t.kind = object.required("kind").enumeration<TriggerKind>("trigger kind");
  switch (t.kind) {
    case TriggerKind::condition:
      break;
    case TriggerKind::event:
      t.name = canonical_name<EventKind>(object.required("event"), "event");
      break;
    case TriggerKind::clock_fraction:
      t.name = read_clock_name(object.required("clock"));
      t.fraction = object.required("fraction").number();
      break;
    case TriggerKind::clock_breach:
      t.name = read_clock_name(object.required("clock"));
      if (auto n = object.optional("overrun")) t.fraction = n->number();
      break;
    case TriggerKind::clock_remaining:
      t.name = read_clock_name(object.required("clock"));
      t.duration = object.required("left").duration();
      break;
    case TriggerKind::time_in_state:
      t.name = canonical_name<State>(object.required("state"), "state");
      t.duration = object.required("for").duration();
      t.basis = object.required("basis").enumeration<kefu::TimeBasis>("time basis");
      break;
  }
  object.finish();
  return t;
}

json::object trigger_to_json(const Trigger& t) {
  json::object out;
  out["kind"] = enum_to_json(t.kind);
  switch (t.kind) {
    case TriggerKind::condition:
      break;
    case TriggerKind::event:
      out["event"] = to_json_string(t.name);
      break;
    case TriggerKind::clock_fraction:
      out["clock"] = to_json_string(t.name);
      out["fraction"] = t.fraction;
      break;
    case TriggerKind::clock_breach:
      out["clock"] = to_json_string(t.name);
      out["overrun"] = t.fraction;
      break;
    case TriggerKind::clock_remaining:
      out["clock"] = to_json_string(t.name);
      out["left"] = duration_to_json(t.duration);
      break;
    case TriggerKind::time_in_state:
      out["state"] = to_json_string(t.name);
      out["for"] = duration_to_json(t.duration);
      out["basis"] = enum_to_json(t.basis);
      break;
  }
  return out;
}

// {"notify": "supervisor"}: one field, named after the action's kind.
Action read_action(const Node& node) {
  Object object = node.object();
  const auto& fields = node.json().get_object();
  if (fields.size() != 1) {
    node.fail(
        "an action has exactly one field: notify, reassign, raise_priority, escalate or "
        "schedule_follow_up");
  }
  const std::string key(fields.begin()->key());
  const Node value = object.required(key);
  const auto kind = kefu::parse<ActionKind>(key);
  if (!kind || key != kefu::detail::name_of(*kind)) {
    std::vector<std::string_view> names;
    for (const auto& entry : EnumTraits<ActionKind>::entries) names.push_back(entry.name);
    node.fail_unknown("action", key, names);
  }
  switch (*kind) {
    case ActionKind::notify:
      return Action::notify(value.string());
    case ActionKind::reassign:
      return Action::reassign(value.string());
    case ActionKind::raise_priority:
      return Action::raise_priority(value.enumeration<Priority>("priority"));
    case ActionKind::escalate:
      return Action::escalate(value.string());
    case ActionKind::schedule_follow_up:
      return Action::schedule_follow_up(value.duration());
  }
  node.fail("unknown action");
}

json::object action_to_json(const Action& a) {
  json::object out;
  const std::string_view key = escalation::to_string(a.kind);
  switch (a.kind) {
    case ActionKind::raise_priority:
      out[key] = enum_to_json(a.priority);
      break;
    case ActionKind::schedule_follow_up:
      out[key] = duration_to_json(a.after);
      break;
    default:
      out[key] = to_json_string(a.role);
  }
  return out;
}

Rule read_rule(const Node& node) {
  Object object = node.object();
  Rule rule;
  rule.id = object.required("id").string();
  if (auto n = object.optional("description")) rule.description = n->string();
  if (auto n = object.optional("when")) rule.when = read_condition(*n);
  rule.trigger = read_trigger(object.required("trigger"));
  for (const Node& item : object.required("actions").items()) {
    rule.actions.push_back(read_action(item));
  }
  if (auto n = object.optional("fires_when_inactive")) rule.fires_when_inactive = n->boolean();
  object.finish();
  return rule;
}

json::object rule_to_json(const Rule& rule) {
  json::object out;
  out["id"] = to_json_string(rule.id);
  out["description"] = to_json_string(rule.description);
  out["when"] = condition_to_json(rule.when);
  out["trigger"] = trigger_to_json(rule.trigger);
  json::array actions;
  for (const Action& a : rule.actions) actions.push_back(action_to_json(a));
  out["actions"] = std::move(actions);
  out["fires_when_inactive"] = rule.fires_when_inactive;
  return out;
}

std::vector<escalation::Role> read_roles(const Node& node) {
  std::vector<escalation::Role> roles;
  for (const Node& item : node.items()) {
    Object object = item.object();
    escalation::Role role;
    role.id = object.required("id").string();
    if (auto n = object.optional("label")) role.label = n->string();
    object.finish();
    roles.push_back(std::move(role));
  }
  return roles;
}

json::array roles_to_json(const std::vector<escalation::Role>& roles) {
  json::array out;
  for (const auto& role : roles) {
    json::object r;
    r["id"] = to_json_string(role.id);
    r["label"] = to_json_string(role.label);
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace

LifecyclePolicy lifecycle_policy_from_json(const Node& node) {
  Object object = node.object();
  LifecyclePolicy policy;
  if (auto n = object.optional("reopen_window")) policy.reopen_window = n->duration();
  if (auto n = object.optional("follow_up_escalation")) {
    policy.follow_up_escalation = n->enumeration<EscalationLevel>("escalation level");
    if (policy.follow_up_escalation == EscalationLevel::none) n->fail("must not be none");
  }
  if (auto n = object.optional("confirmation_required")) {
    policy.confirmation_required.clear();
    for (const Node& item : n->items()) {
      policy.confirmation_required.push_back(item.enumeration<Category>("category"));
    }
  }
  object.finish();
  return policy;
}

json::value to_json(const LifecyclePolicy& policy) {
  json::object out;
  out["reopen_window"] = duration_to_json(policy.reopen_window);
  out["follow_up_escalation"] = enum_to_json(policy.follow_up_escalation);
  out["confirmation_required"] = enums_to_json(policy.confirmation_required);
  return out;
}

escalation::Rules escalation_from_json(const Node& node) {
  Object object = node.object();
  escalation::Ladder ladder = escalation::Ladder::defaults();
  if (auto n = object.optional("ladder")) {
    Object ladder_object = n->object();
    auto rungs = read_roles(ladder_object.required("rungs"));
    std::vector<escalation::Role> heads;
    if (auto h = ladder_object.optional("department_heads")) heads = read_roles(*h);
    ladder_object.finish();
    ladder = checked(*n, [&] { return escalation::Ladder(std::move(rungs), std::move(heads)); });
  }
  std::vector<Rule> rules;
  const auto rules_node = object.optional("rules");
  if (rules_node) {
    for (const Node& item : rules_node->items()) {
      rules.push_back(read_rule(item));
      // Each rule alone first, so that its error names its place; duplicate ids come after.
      (void)checked(item, [&] { return escalation::Rules({rules.back()}, ladder); });
    }
  } else {
    rules = escalation::Rules::defaults().rules();
  }
  object.finish();
  return checked(rules_node ? *rules_node : node,
                 [&] { return escalation::Rules(std::move(rules), std::move(ladder)); });
}

json::value to_json(const escalation::Rules& rules) {
  json::object out;
  json::object ladder;
  ladder["rungs"] = roles_to_json(rules.ladder().rungs());
  ladder["department_heads"] = roles_to_json(rules.ladder().department_heads());
  out["ladder"] = std::move(ladder);
  json::array list;
  for (const Rule& rule : rules.rules()) list.push_back(rule_to_json(rule));
  out["rules"] = std::move(list);
  return out;
}

}  // namespace kefu::io::detail
