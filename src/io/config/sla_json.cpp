#include "sla_json.hpp"

#include <kefu/core/category.hpp>
#include <kefu/core/channel.hpp>
#include <kefu/core/customer_tier.hpp>
#include <kefu/core/flag.hpp>
#include <kefu/core/priority.hpp>
#include <kefu/core/rating.hpp>
#include <kefu/core/scenario.hpp>
#include <kefu/lifecycle/events.hpp>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <fmt/core.h>

#include <algorithm>
#include <string>
#include <vector>

namespace kefu::io::detail {

namespace json = boost::json;
using sla::ClockAction;
using sla::ClockId;
using sla::ClockSemantics;
using sla::ClockTarget;
using sla::Limit;
using sla::PolicyRule;

namespace {

constexpr std::int64_t max_business_days = 365;

// A rule as read, with the places of its targets for the checks that span the policy (none for
// a default rule).
struct ReadRule {
  PolicyRule rule;
  std::vector<Node> clocks;  // targets[j].clock
  std::vector<Node> limits;  // targets[j].limit
};

struct ReadRow {
  ClockSemantics row;
  Node node;   // semantics[i]
  Node clock;  // semantics[i].clock
  Node event;  // semantics[i].event
};

bool begins(ClockAction action) {
  return action == ClockAction::start || action == ClockAction::restart;
}

// A required field, asked for after Object::finish so that a misspelt name is reported as
// unknown with a suggestion rather than as the field it should have been.
Node present(const Object& object, const std::optional<Node>& field, std::string_view key) {
  if (!field) object.node().fail(fmt::format("missing field '{}'", key));
  return *field;
}

Limit read_limit(const Node& node) {
  constexpr std::string_view forms =
      "a duration such as \"48 h\", {\"business_days\": 3} or \"promised\"";
  if (node.json().is_object()) {
    Object object = node.object();
    const auto days = object.optional("business_days");
    object.finish();
    return Limit::days(
        static_cast<int>(present(object, days, "business_days").integer(1, max_business_days)));
  }
  if (!node.json().is_string()) node.fail(fmt::format("expected {}", forms));
  const std::string text = node.string();
  if (text == "promised" || text == "约定时间") return Limit::until_promised();
  if (text.find_first_of("0123456789") == std::string::npos) {
    node.fail(fmt::format("'{}' is not a limit: write {}", text, forms));
  }
  const auto duration = node.duration();
  if (duration.total_milliseconds() <= 0) {
    node.fail(fmt::format("limit '{}' must be positive", text));
  }
  return Limit::of(duration);
}

json::value limit_to_json(const Limit& limit) {
  if (limit.promised) return json::string("promised");
  if (limit.in_days()) return json::object{{"business_days", limit.business_days}};
  return duration_to_json(limit.duration);
}

std::vector<double> read_warnings(const Node& node) {
  std::vector<double> warnings;
  for (const Node& item : node.items()) {
    const double fraction = item.number();
    if (!(fraction > 0 && fraction < 1)) {
      item.fail(fmt::format("warning {} is not a fraction of the limit between 0 and 1", fraction));
    }
    if (!warnings.empty() && fraction <= warnings.back()) {
      item.fail(fmt::format("warning {} does not come after {}: warnings are ascending", fraction,
                            warnings.back()));
    }
    warnings.push_back(fraction);
  }
  return warnings;
}

ClockTarget read_target(const Node& node, ReadRule& read) {
  Object object = node.object();
  const auto clock_field = object.optional("clock");
  const auto limit_field = object.optional("limit");
  const auto calendar = object.optional("calendar");
  const auto warnings = object.optional("warnings");
  object.finish();
  const Node clock = present(object, clock_field, "clock");
  const Node limit = present(object, limit_field, "limit");
  ClockTarget target{read_clock(clock), read_limit(limit)};
  if (calendar) target.calendar = calendar->enumeration<kefu::TimeBasis>("calendar");
  if (warnings) target.warnings = read_warnings(*warnings);
  for (std::size_t j = 0; j < read.rule.targets.size(); ++j) {
    if (read.rule.targets[j].clock == target.clock) {
      clock.fail(fmt::format("clock '{}' is listed twice in this rule (first at targets[{}])",
                             target.clock.name(), j));
    }
  }
  read.clocks.push_back(clock);
  read.limits.push_back(limit);
  return target;
}

json::object target_to_json(const ClockTarget& target) {
  json::object out;
  out["clock"] = json::string(target.clock.name());
  out["limit"] = limit_to_json(target.limit);
  out["calendar"] = enum_to_json(target.calendar);
  json::array warnings;
  for (const double fraction : target.warnings) warnings.push_back(fraction);
  out["warnings"] = std::move(warnings);
  return out;
}

template <class Enum>
void read_condition(Object& object, std::string_view key, std::string_view kind,
                    std::optional<Enum>& out) {
  if (auto n = object.optional(key)) out = n->enumeration<Enum>(kind);
}

void read_when(const Node& node, PolicyRule& rule) {
  Object object = node.object();
  read_condition(object, "category", "category", rule.category);
  read_condition(object, "scenario", "scenario", rule.scenario);
  read_condition(object, "priority", "priority", rule.priority);
  read_condition(object, "channel", "channel", rule.channel);
  read_condition(object, "tier", "customer tier", rule.tier);
  if (auto n = object.optional("flags")) {
    for (const Node& item : n->items()) {
      const Flag flag = item.enumeration<Flag>("flag");
      // Each flag counts towards the rule's precedence: a repeated one would count twice.
      if (std::find(rule.flags.begin(), rule.flags.end(), flag) != rule.flags.end()) {
        item.fail(fmt::format("flag '{}' is listed twice", kefu::detail::name_of(flag)));
      }
      rule.flags.push_back(flag);
    }
  }
  object.finish();
}

json::object when_to_json(const PolicyRule& rule) {
  json::object out;
  if (rule.category) out["category"] = enum_to_json(*rule.category);
  if (rule.scenario) out["scenario"] = enum_to_json(*rule.scenario);
  if (rule.priority) out["priority"] = enum_to_json(*rule.priority);
  if (rule.channel) out["channel"] = enum_to_json(*rule.channel);
  if (rule.tier) out["tier"] = enum_to_json(*rule.tier);
  if (!rule.flags.empty()) {
    json::array flags;
    for (const Flag flag : rule.flags) flags.push_back(enum_to_json(flag));
    out["flags"] = std::move(flags);
  }
  return out;
}

ReadRule read_rule(const Node& node) {
  Object object = node.object();
  const auto when = object.optional("when");
  const auto targets = object.optional("targets");
  object.finish();
  ReadRule read;
  if (when) read_when(*when, read.rule);
  for (const Node& item : present(object, targets, "targets").items()) {
    read.rule.targets.push_back(read_target(item, read));
  }
  return read;
}

ReadRow read_row(const Node& node) {
  Object object = node.object();
  const auto clock_field = object.optional("clock");
  const auto event_field = object.optional("event");
  const auto rating = object.optional("rating");
  const auto action_field = object.optional("action");
  object.finish();
  const Node clock = present(object, clock_field, "clock");
  const Node event = present(object, event_field, "event");
  const Node action = present(object, action_field, "action");
  ClockSemantics row{read_clock(clock), event.enumeration<EventKind>("event"),
                     action.enumeration<ClockAction>("clock action")};
  if (row.action == ClockAction::none) {
    action.fail("a row needs an action: start, pause, resume, stop or restart");
  }
  if (rating) {
    row.rating = rating->enumeration<Rating>("rating");
    if (row.event != EventKind::follow_up) {
      rating->fail(fmt::format("a rating applies to follow_up rows only, not {}", row.event));
    }
  }
  return {row, node, clock, event};
}

json::object row_to_json(const ClockSemantics& row) {
  json::object out;
  out["clock"] = json::string(row.clock.name());
  out["event"] = enum_to_json(row.event);
  if (row.rating) out["rating"] = enum_to_json(*row.rating);
  out["action"] = enum_to_json(row.action);
  return out;
}

bool contains(const std::vector<std::string_view>& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

void add_name(std::vector<std::string_view>& names, const ClockId& clock) {
  if (!contains(names, clock.name())) names.push_back(clock.name());
}

// The clocks kefu's own semantics know (rules.md §sla), as the names a typo is measured against.
const std::vector<std::string_view>& built_in_clocks() {
  static const std::vector<ClockSemantics> rows = sla::default_clock_semantics();
  static const std::vector<std::string_view> names = [] {
    std::vector<std::string_view> out;
    for (const ClockSemantics& row : rows) add_name(out, row.clock);
    return out;
  }();
  return names;
}

// A semantics row for a clock no rule targets. When the row names one of kefu's clocks and the
// nearest targeted clock is none of them, the target is the typo and is named instead.
[[noreturn]] void fail_untargeted(const ReadRow& row, const std::vector<ReadRule>& rules,
                                  const std::vector<std::string_view>& targeted) {
  const std::string_view name = row.row.clock.name();
  const auto nearest = closest(name, targeted);
  if (nearest && contains(built_in_clocks(), name) && !contains(built_in_clocks(), *nearest)) {
    for (const ReadRule& rule : rules) {
      for (std::size_t j = 0; j < rule.clocks.size(); ++j) {
        if (rule.rule.targets[j].clock.name() == *nearest) {
          rule.clocks[j].fail(
              fmt::format("unknown clock '{}' (did you mean '{}'?)", *nearest, name));
        }
      }
    }
  }
  if (nearest)
    row.clock.fail(fmt::format("unknown clock '{}' (did you mean '{}'?)", name, *nearest));
  if (contains(built_in_clocks(), name)) {
    row.clock.fail(fmt::format(
        "clock '{}' has no target in any rule: drop its rows or give a rule a target for it",
        name));
  }
  row.clock.fail(fmt::format("unknown clock '{}': no rule has a target for it", name));
}

void check_rows(const std::vector<ReadRow>& rows, const std::vector<ReadRule>& rules) {
  std::vector<std::string_view> targeted;
  for (const ReadRule& rule : rules) {
    for (const ClockTarget& target : rule.rule.targets) add_name(targeted, target.clock);
  }
  for (std::size_t i = 0; i < rows.size(); ++i) {
    for (std::size_t k = 0; k < i; ++k) {
      if (rows[k].row == rows[i].row) rows[i].node.fail(fmt::format("repeats semantics[{}]", k));
    }
    if (!contains(targeted, rows[i].row.clock.name())) fail_untargeted(rows[i], rules, targeted);
  }
}

// Every target's clock is started (or restarted) by a row, and a clock that counts to a promised
// time only by an event that carries one. `given` are the rows as read, when the document has
// them; `semantics` is where the default rules' targets are reported.
void check_targets(const std::vector<ReadRule>& rules, const std::vector<ClockSemantics>& rows,
                   const std::vector<ReadRow>* given, const Node& semantics) {
  std::vector<std::string_view> started = built_in_clocks();
  for (const ClockSemantics& row : rows) {
    if (begins(row.action)) add_name(started, row.clock);
  }
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const ReadRule& rule = rules[i];
    for (std::size_t j = 0; j < rule.rule.targets.size(); ++j) {
      const ClockTarget& target = rule.rule.targets[j];
      const std::string_view name = target.clock.name();
      bool begun = false;
      for (std::size_t r = 0; r < rows.size(); ++r) {
        if (rows[r].clock != target.clock || !begins(rows[r].action)) continue;
        begun = true;
        if (!target.limit.promised || rows[r].event == EventKind::promise_answer) continue;
        if (given != nullptr) {
          (*given)[r].event.fail(
              fmt::format("clock '{}' counts to a promised time, which '{}' does not carry", name,
                          rows[r].event));
        }
        rule.limits[j].fail(
            fmt::format("a promised limit needs a clock that promise_answer starts; the default "
                        "semantics start '{}' at {}",
                        name, rows[r].event));
      }
      if (begun) continue;
      if (rule.clocks.empty()) {
        semantics.fail(fmt::format("clock '{}' of default rule {} is started by no semantics row",
                                   name, i + 1));
      }
      if (const auto nearest = closest(name, started)) {
        rule.clocks[j].fail(fmt::format("unknown clock '{}' (did you mean '{}'?)", name, *nearest));
      }
      rule.clocks[j].fail(fmt::format(
          "clock '{}' is started by no semantics row (give it one with action start or restart)",
          name));
    }
  }
}

}  // namespace

ClockId read_clock(const Node& node) {
  const std::string name = node.string();
  const bool ok =
      !name.empty() && name.size() <= ClockId::max_size &&
      name.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_") == std::string::npos;
  if (!ok) node.fail(fmt::format("'{}' is not a clock name (1 to 31 of a-z, 0-9, _)", name));
  return ClockId(name);
}

sla::Policy sla_policy_from_json(const Node& node) {
  Object object = node.object();
  const auto rules_node = object.optional("rules");
  const auto semantics_node = object.optional("semantics");
  const auto counting_node = object.optional("resolution_counting");
  object.finish();

  std::vector<ReadRule> read;
  if (rules_node) {
    for (const Node& item : rules_node->items()) read.push_back(read_rule(item));
  } else {
    const sla::Policy defaults = sla::Policy::defaults();
    for (const PolicyRule& rule : defaults.rules()) read.push_back({rule, {}, {}});
  }
  std::vector<PolicyRule> rules;
  for (const ReadRule& r : read) rules.push_back(r.rule);

  std::vector<ClockSemantics> semantics;
  if (semantics_node) {
    if (counting_node) {
      counting_node->fail(
          "resolution_counting chooses between the default semantics; next to semantics, write "
          "the resolution rows themselves");
    }
    std::vector<ReadRow> rows;
    for (const Node& item : semantics_node->items()) rows.push_back(read_row(item));
    for (const ReadRow& row : rows) semantics.push_back(row.row);
    check_rows(rows, read);
    check_targets(read, semantics, &rows, *semantics_node);
  } else {
    const auto counting =
        counting_node ? counting_node->enumeration<sla::ResolutionCounting>("resolution counting")
                      : sla::ResolutionCounting::across_reopens;
    // As Policy(rules, counting) keeps them: the default rows of the clocks the rules target.
    for (const ClockSemantics& row : sla::default_clock_semantics(counting)) {
      const bool targeted = std::any_of(rules.begin(), rules.end(), [&](const PolicyRule& rule) {
        return std::any_of(rule.targets.begin(), rule.targets.end(),
                           [&](const ClockTarget& t) { return t.clock == row.clock; });
      });
      if (targeted) semantics.push_back(row);
    }
    check_targets(read, semantics, nullptr, node);
  }
  // Policy's own checks, for anything the reader did not place more precisely.
  return checked(node, [&] { return sla::Policy(std::move(rules), std::move(semantics)); });
}

json::value to_json(const sla::Policy& policy) {
  json::array rules;
  for (const PolicyRule& rule : policy.rules()) {
    json::array targets;
    for (const ClockTarget& target : rule.targets) targets.push_back(target_to_json(target));
    rules.push_back(json::object{{"when", when_to_json(rule)}, {"targets", std::move(targets)}});
  }
  json::array semantics;
  for (const ClockSemantics& row : policy.semantics()) semantics.push_back(row_to_json(row));
  return json::object{{"rules", std::move(rules)}, {"semantics", std::move(semantics)}};
}

}  // namespace kefu::io::detail
