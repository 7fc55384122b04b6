#include "config/escalation_json.hpp"

#include <boost/json/serialize.hpp>

#include <doctest/doctest.h>

#include <string>

using kefu::io::detail::escalation_from_json;
using kefu::io::detail::lifecycle_policy_from_json;
using kefu::io::detail::Node;
using kefu::io::detail::parse_document;
namespace pt = boost::posix_time;

namespace {

kefu::escalation::Rules rules_from(std::string_view text) {
  const auto json = parse_document(text, "config");
  return escalation_from_json(Node(json, "$.escalation", "config"));
}

template <class Fn>
std::string error_of(Fn&& fn) {
  try {
    fn();
  } catch (const kefu::error& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("the default escalation rules survive a round trip through JSON") {
  const auto defaults = kefu::escalation::Rules::defaults();
  const auto json = kefu::io::detail::to_json(defaults);
  const auto back = escalation_from_json(Node(json, "$.escalation", "config"));
  CHECK(boost::json::serialize(kefu::io::detail::to_json(back)) == boost::json::serialize(json));
  REQUIRE(back.size() == defaults.size());
  CHECK(back.rules()[0].id == defaults.rules()[0].id);
}

TEST_CASE("an escalation rule written with Chinese state and event names is kept in English") {
  // 回访 is the follow-up visit event, 处理中 the in_progress state: the workflow matches rules
  // on the English names, so the loader stores those.
  const auto rules = rules_from(R"({"rules": [
    {"id": "visit", "when": {"states": ["处理中"]}, "trigger": {"kind": "event", "event": "回访"},
     "actions": [{"notify": "supervisor"}]}]})");
  REQUIRE(rules.size() == 1);
  CHECK(rules.rules()[0].trigger.name == "follow_up");
  CHECK(rules.rules()[0].when.states == std::vector<std::string>{"in_progress"});
}

TEST_CASE("a rule naming an unknown event is refused with its path and a suggestion") {
  CHECK(error_of([] {
          rules_from(R"({"rules": [{"id": "x", "trigger": {"kind": "event", "event": "opne"},
                                    "actions": [{"notify": "supervisor"}]}]})");
        }) ==
        "config: $.escalation.rules[0].trigger.event: unknown event 'opne' (did you mean "
        "'open'?)");
}

TEST_CASE("a rule with an unknown action or role is refused") {
  CHECK(error_of([] {
          rules_from(R"({"rules": [{"id": "x", "trigger": {"kind": "condition"},
                                    "actions": [{"notfy": "supervisor"}]}]})");
        }) ==
        "config: $.escalation.rules[0].actions[0]: unknown action 'notfy' (did you mean "
        "'notify'?)");
  CHECK(error_of([] {
          rules_from(R"({"rules": [{"id": "x", "trigger": {"kind": "condition"},
                                    "actions": [{"notify": "ceo"}]}]})");
        }) == "config: $.escalation.rules[0]: escalation rule 'x': unknown role 'ceo'");
}

TEST_CASE("a time-in-state trigger reads its duration and basis") {
  const auto rules = rules_from(R"({"rules": [{"id": "stuck",
    "trigger": {"kind": "time_in_state", "state": "triaged", "for": "1 min", "basis": "wall"},
    "actions": [{"notify": "handler"}]}]})");
  const auto& trigger = rules.rules()[0].trigger;
  CHECK(trigger.kind == kefu::escalation::TriggerKind::time_in_state);
  CHECK(trigger.duration == pt::minutes(1));
  CHECK(trigger.basis == kefu::TimeBasis::wall);
}

TEST_CASE("the lifecycle policy reads its reopen window and refuses escalation to none") {
  const auto json =
      parse_document(R"({"reopen_window": "72 h", "confirmation_required": []})", "config");
  const auto policy = lifecycle_policy_from_json(Node(json, "$.lifecycle", "config"));
  CHECK(policy.reopen_window == pt::hours(72));
  CHECK(policy.confirmation_required.empty());
  CHECK(policy.follow_up_escalation == kefu::EscalationLevel::manager);  // left out: default
  const auto bad = parse_document(R"({"follow_up_escalation": "none"})", "config");
  CHECK(error_of([&] { lifecycle_policy_from_json(Node(bad, "$.lifecycle", "config")); }) ==
        "config: $.lifecycle.follow_up_escalation: must not be none");
}
