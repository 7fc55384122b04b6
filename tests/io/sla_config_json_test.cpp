// The SLA part of the config document: rules with their targets, clock semantics, and the
// errors a bad part gives at its path.

#include "config/sla_json.hpp"
#include <kefu/calendar/calendars/china_mainland.hpp>
#include <kefu/escalation/rules.hpp>
#include <kefu/lifecycle/lifecycle.hpp>
#include <kefu/sla/clock_status.hpp>
#include <kefu/workflow/workflow.hpp>

#include <boost/date_time/posix_time/posix_time.hpp>
#include <boost/json/serialize.hpp>

#include <doctest/doctest.h>

#include <set>
#include <string>

namespace json = boost::json;
namespace pt = boost::posix_time;
namespace sla = kefu::sla;
using kefu::io::detail::Node;
using kefu::io::detail::parse_document;
using kefu::io::detail::sla_policy_from_json;
using sla::ClockAction;
using sla::Policy;

namespace {

Policy read(std::string_view text) {
  const auto document = parse_document(text, "config");
  return sla_policy_from_json(Node(document, "$.sla", "config"));
}

Policy round_trip(const Policy& policy) {
  return read(json::serialize(kefu::io::detail::to_json(policy)));
}

std::string error_of(std::string_view text) {
  try {
    read(text);
  } catch (const kefu::parse_error& e) {
    return e.what();
  }
  return "no error";
}

template <class Enum>
void check_table() {
  std::set<std::string_view> spellings;
  for (const Enum value : kefu::enum_values<Enum>()) {
    CHECK(kefu::parse<Enum>(kefu::detail::name_of(value)) == value);
    CHECK(kefu::parse<Enum>(kefu::detail::label_of(value)) == value);
    CHECK(spellings.insert(kefu::detail::name_of(value)).second);
    CHECK(spellings.insert(kefu::detail::label_of(value)).second);
  }
}

sla::TicketFacts facts(kefu::Priority priority, kefu::Channel channel) {
  sla::TicketFacts f;
  f.priority = priority;
  f.channel = channel;
  return f;
}

pt::time_duration resolution_limit(const Policy& policy, const sla::TicketFacts& f) {
  return policy.target_for(f, sla::clocks::resolution)->limit.duration;
}

// The instant at which the complaint_answer_breached rule fires for a complaint opened Tue
// 2025-09-23 10:00 Beijing time, looking a week ahead.
pt::ptime complaint_answer_breach(const Policy& policy) {
  using namespace kefu;
  const Workflow workflow(
      Lifecycle(), policy,
      calendars::china_mainland(WeeklyHours::monday_to_friday({open_hours(9, 0, 18, 0)})),
      escalation::Rules::defaults());
  events::Open open{"agent_li"};
  open.id = "T1";
  open.facts.category = Category::complaint;
  open.facts.scenario = Scenario::service_complaint;
  open.facts.channel = Channel::online_chat;
  Case c = workflow.open(open, pt::ptime(boost::gregorian::date(2025, 9, 23), pt::hours(2)));
  for (const FiredAction& fired :
       workflow.fire_due(c, pt::ptime(boost::gregorian::date(2025, 9, 30), pt::hours(0)))) {
    if (fired.rule == "complaint_answer_breached") return fired.at;
  }
  return pt::ptime();
}

// The defaults document with the complaint rule's complaint_answer limit replaced, as a CRM
// administrator edits it.
std::string defaults_with_complaint_answer(std::string_view limit) {
  json::value document = kefu::io::detail::to_json(Policy::defaults());
  int changed = 0;
  for (auto& rule : document.at("rules").as_array()) {
    for (auto& target : rule.at("targets").as_array()) {
      if (target.at("clock").as_string() == "complaint_answer") {
        target.as_object()["limit"] = json::string(limit);
        ++changed;
      }
    }
  }
  REQUIRE(changed == 1);
  return json::serialize(document);
}

}  // namespace

TEST_CASE("the SLA enums a policy names have an English name and a Chinese label") {
  check_table<kefu::TimeBasis>();
  check_table<ClockAction>();
  check_table<sla::ResolutionCounting>();
  check_table<sla::ClockStatus>();
  // to_string and chinese_label read the same tables.
  CHECK(sla::to_string(ClockAction::restart) == "restart");
  CHECK(sla::chinese_label(ClockAction::pause) == "暂停计时");
  CHECK(sla::to_string(sla::ClockStatus::not_started) == "not_started");
  CHECK(sla::chinese_label(sla::ClockStatus::breached) == "超时");
  CHECK(kefu::to_string(kefu::TimeBasis::wall) == "wall");
  // SLA documents written before the escalation and SLA time bases were one enum say always_open.
  CHECK(kefu::parse<kefu::TimeBasis>("always_open") == kefu::TimeBasis::wall);
  CHECK(fmt::format("{}", sla::ClockStatus::warning) == "warning");
  CHECK(kefu::parse<kefu::TimeBasis>("自然时间") == kefu::TimeBasis::wall);
  CHECK(kefu::parse<ClockAction>("重新计时") == ClockAction::restart);
}

TEST_CASE("the default SLA policy survives a round trip, and so does one counting first only") {
  CHECK(round_trip(Policy::defaults()) == Policy::defaults());
  const Policy first_only(Policy::defaults().rules(),
                          sla::ResolutionCounting::first_resolution_only);
  CHECK(first_only != Policy::defaults());
  CHECK(round_trip(first_only) == first_only);
}

TEST_CASE("an SLA part left out or empty keeps the defaults") {
  CHECK(read("{}") == Policy::defaults());
  CHECK(read(R"({"rules": null, "semantics": null})") == Policy::defaults());
  // Only the counting: the default rules, and the default rows without the two that resume the
  // resolution clock after a reopen or an unsatisfied visit.
  const Policy first_only = read(R"({"resolution_counting": "仅首次解决"})");
  CHECK(first_only.rules() == Policy::defaults().rules());
  CHECK(first_only.semantics().size() + 2 == Policy::defaults().semantics().size());
  CHECK(first_only ==
        Policy(Policy::defaults().rules(), sla::ResolutionCounting::first_resolution_only));
}

TEST_CASE("rules without semantics keep the default rows of the clocks they target") {
  const Policy policy =
      read(R"({"rules": [{"targets": [{"clock": "resolution", "limit": "4 h"}]}]})");
  // clock_semantics.hpp: resolution is started by open, paused by request_info, resumed by
  // customer_reply, stopped by resolve, resumed by reopen and an unsatisfied follow_up, stopped
  // by close and by cancel: 8 rows, in the default order.
  std::vector<std::string> rows;
  for (const auto& row : policy.semantics()) rows.push_back(fmt::format("{}", row));
  CHECK(rows == std::vector<std::string>{"resolution: open start", "resolution: request_info pause",
                                         "resolution: customer_reply resume",
                                         "resolution: resolve stop", "resolution: reopen resume",
                                         "resolution: follow_up (unsatisfied) resume",
                                         "resolution: close stop", "resolution: cancel stop"});
  // Left out: business hours and warnings at 75% and 90%.
  const sla::ClockTarget& target = policy.rules().at(0).targets.at(0);
  CHECK(target.calendar == kefu::TimeBasis::business);
  CHECK(target.warnings == std::vector<double>{0.75, 0.9});
  CHECK(target.limit == sla::Limit::of(pt::hours(4)));
}

TEST_CASE("every form of limit, condition and name reads into the policy and writes back") {
  const Policy policy = read(R"({
    "rules": [
      {"when": {"category": "投诉", "scenario": "退换货", "priority": "紧急", "channel": "电话",
                "tier": "key_account", "flags": ["perishable"]},
       "targets": [{"clock": "resolution", "limit": {"business_days": 3}, "calendar": "工作时间"},
                   {"clock": "promised_answer", "limit": "promised", "warnings": []},
                   {"clock": "follow_up", "limit": "1 h 30 min", "calendar": "自然时间",
                    "warnings": [0.5]}]}],
    "semantics": [
      {"clock": "resolution", "event": "受理", "action": "开始计时"},
      {"clock": "resolution", "event": "回访", "rating": "不满意", "action": "resume"},
      {"clock": "promised_answer", "event": "promise_answer", "action": "restart"},
      {"clock": "follow_up", "event": "resolve", "action": "start"}]
  })");
  REQUIRE(policy.rules().size() == 1);
  const sla::PolicyRule& rule = policy.rules()[0];
  CHECK(rule.category == kefu::Category::complaint);
  CHECK(rule.scenario == kefu::Scenario::return_exchange);
  CHECK(rule.channel == kefu::Channel::phone);
  CHECK(rule.tier == kefu::CustomerTier::key_account);
  CHECK(rule.flags == std::vector<kefu::Flag>{kefu::Flag::perishable});
  CHECK(rule.specificity() == 6);
  REQUIRE(rule.targets.size() == 3);
  CHECK(rule.targets[0].limit == sla::Limit::days(3));
  CHECK(rule.targets[1].limit == sla::Limit::until_promised());
  CHECK(rule.targets[1].warnings.empty());
  CHECK(rule.targets[2].limit == sla::Limit::of(pt::minutes(90)));
  CHECK(rule.targets[2].calendar == kefu::TimeBasis::wall);
  REQUIRE(policy.semantics().size() == 4);
  CHECK(policy.semantics()[1].event == kefu::EventKind::follow_up);
  CHECK(policy.semantics()[1].rating == kefu::Rating::unsatisfied);
  CHECK(policy.semantics()[1].action == ClockAction::resume);

  // Written in the stable English names, and read back to the same policy.
  const json::value written = kefu::io::detail::to_json(policy);
  CHECK(json::serialize(written.at("rules").at(0).at("when")) ==
        R"({"category":"complaint","scenario":"return_exchange","priority":"high",)"
        R"("channel":"phone","tier":"key_account","flags":["perishable"]})");
  CHECK(json::serialize(written.at("rules").at(0).at("targets").at(0)) ==
        R"({"clock":"resolution","limit":{"business_days":3},"calendar":"business",)"
        R"("warnings":[7.5E-1,9E-1]})");
  CHECK(json::serialize(written.at("semantics").at(1)) ==
        R"({"clock":"resolution","event":"follow_up","rating":"unsatisfied","action":"resume"})");
  CHECK(round_trip(policy) == policy);
}

TEST_CASE("for each clock the rule with the most conditions wins, then the one listed first") {
  // A base rule, then priority high 10 h and channel phone 20 h (one condition each), then
  // high and phone 30 h (two conditions).
  const std::string base = R"({"targets": [{"clock": "resolution", "limit": "5 h"}]})";
  const std::string high = R"({"when": {"priority": "high"},
                               "targets": [{"clock": "resolution", "limit": "10 h"}]})";
  const std::string phone = R"({"when": {"channel": "phone"},
                                "targets": [{"clock": "resolution", "limit": "20 h"}]})";
  const std::string both = R"({"when": {"priority": "high", "channel": "phone"},
                               "targets": [{"clock": "resolution", "limit": "30 h"}]})";
  const auto policy_of = [](const std::vector<std::string>& rules) {
    std::string text = R"({"rules": [)";
    for (std::size_t i = 0; i < rules.size(); ++i) text += (i ? "," : "") + rules[i];
    return read(text + "]}");
  };
  using kefu::Channel;
  using kefu::Priority;
  const Policy all = policy_of({base, high, phone, both});
  CHECK(resolution_limit(all, facts(Priority::high, Channel::phone)) == pt::hours(30));
  CHECK(resolution_limit(all, facts(Priority::high, Channel::email)) == pt::hours(10));
  CHECK(resolution_limit(all, facts(Priority::normal, Channel::phone)) == pt::hours(20));
  CHECK(resolution_limit(all, facts(Priority::normal, Channel::email)) == pt::hours(5));
  // Without the two-condition rule, high and phone tie: the order of "rules" decides.
  CHECK(resolution_limit(policy_of({base, high, phone}), facts(Priority::high, Channel::phone)) ==
        pt::hours(10));
  CHECK(resolution_limit(policy_of({base, phone, high}), facts(Priority::high, Channel::phone)) ==
        pt::hours(20));
  // The most specific rule wins wherever it is listed.
  CHECK(resolution_limit(policy_of({both, phone, high, base}),
                         facts(Priority::high, Channel::phone)) == pt::hours(30));
}

TEST_CASE("a complaint answer of 24 h instead of 48 h escalates a complaint a day earlier") {
  // Hotline standard: a complaint is answered within 48 h (wall time). Opened Tue 2025-09-23
  // 10:00 Beijing = 02:00 UTC: breached Thu 2025-09-25 02:00 UTC by default, Wed 2025-09-24
  // 02:00 UTC with 24 h.
  CHECK(complaint_answer_breach(read(defaults_with_complaint_answer("48 h"))) ==
        pt::ptime(boost::gregorian::date(2025, 9, 25), pt::hours(2)));
  const Policy shorter = read(defaults_with_complaint_answer("24 h"));
  CHECK(shorter != Policy::defaults());
  CHECK(complaint_answer_breach(shorter) ==
        pt::ptime(boost::gregorian::date(2025, 9, 24), pt::hours(2)));
}

TEST_CASE("a bad SLA part names the place and the mistake") {
  const auto one_target = [](const std::string& target) {
    return R"({"rules": [{"targets": [)" + target + "]}]}";
  };
  const auto one_row = [](const std::string& row) { return R"({"semantics": [)" + row + "]}"; };

  // A misspelt clock in the fourth rule's target: no row starts it, kefu has one a letter away.
  CHECK(error_of(R"({"rules": [{"targets": [{"clock": "resolution", "limit": "4 h"}]},
                               {"targets": [{"clock": "follow_up", "limit": "72 h"}]},
                               {"targets": [{"clock": "first_response", "limit": "30 s"}]},
                               {"targets": [{"clock": "frist_response", "limit": "30 s"}]}]})") ==
        "config: $.sla.rules[3].targets[0].clock: unknown clock 'frist_response' (did you mean "
        "'first_response'?)");
  // The row is right and the target misspelt: the target is named.
  CHECK(error_of(R"({"rules": [{"targets": [{"clock": "frist_response", "limit": "30 s"}]}],
                     "semantics": [{"clock": "first_response", "event": "open",
                                    "action": "start"}]})") ==
        "config: $.sla.rules[0].targets[0].clock: unknown clock 'frist_response' (did you mean "
        "'first_response'?)");
  // A row misspelt against the default rules: the nearest targeted clock is suggested.
  CHECK(error_of(one_row(R"({"clock": "resolutoin", "event": "open", "action": "start"})")) ==
        "config: $.sla.semantics[0].clock: unknown clock 'resolutoin' (did you mean "
        "'resolution'?)");
  CHECK(error_of(one_row(R"({"clock": "pickup", "event": "open", "action": "start"})")) ==
        "config: $.sla.semantics[0].clock: unknown clock 'pickup': no rule has a target for it");
  // Rows of one of kefu's clocks that no rule targets any more.
  CHECK(error_of(R"({"rules": [{"targets": [{"clock": "resolution", "limit": "4 h"}]}],
                     "semantics": [{"clock": "resolution", "event": "open", "action": "start"},
                                   {"clock": "on_site", "event": "need_site_visit",
                                    "action": "restart"}]})") ==
        "config: $.sla.semantics[1].clock: clock 'on_site' has no target in any rule: drop its "
        "rows or give a rule a target for it");
  // A host's own clock needs its own rows.
  CHECK(error_of(one_target(R"({"clock": "pickup", "limit": "2 h"})")) ==
        "config: $.sla.rules[0].targets[0].clock: clock 'pickup' is started by no semantics row "
        "(give it one with action start or restart)");
  // Rows that leave a default rule's clock unstarted.
  CHECK(error_of(R"({"semantics": []})") ==
        "config: $.sla.semantics: clock 'resolution' of default rule 1 is started by no "
        "semantics row");
  CHECK(error_of(one_target(R"({"clock": "First Response", "limit": "2 h"})")) ==
        "config: $.sla.rules[0].targets[0].clock: 'First Response' is not a clock name (1 to 31 "
        "of a-z, 0-9, _)");

  // Limits.
  CHECK(error_of(one_target(R"({"clock": "resolution", "limit": "0 h"})")) ==
        "config: $.sla.rules[0].targets[0].limit: limit '0 h' must be positive");
  CHECK(error_of(one_target(R"({"clock": "resolution", "limit": "-2 h"})")) ==
        "config: $.sla.rules[0].targets[0].limit: negative duration '-2 h'");
  CHECK(error_of(one_target(R"({"clock": "resolution", "limit": {"business_days": 0}})")) ==
        "config: $.sla.rules[0].targets[0].limit.business_days: 0 is outside 1 to 365");
  CHECK(error_of(one_target(R"({"clock": "resolution", "limit": "promise"})")) ==
        "config: $.sla.rules[0].targets[0].limit: 'promise' is not a limit: write a duration "
        "such as \"48 h\", {\"business_days\": 3} or \"promised\"");
  CHECK(error_of(one_target(R"({"clock": "resolution", "limit": 48})")) ==
        "config: $.sla.rules[0].targets[0].limit: expected a duration such as \"48 h\", "
        "{\"business_days\": 3} or \"promised\"");
  // The default rows start resolution at open, which carries no promised instant.
  CHECK(error_of(one_target(R"({"clock": "resolution", "limit": "promised"})")) ==
        "config: $.sla.rules[0].targets[0].limit: a promised limit needs a clock that "
        "promise_answer starts; the default semantics start 'resolution' at open");
  CHECK(error_of(R"({"rules": [{"targets": [{"clock": "resolution", "limit": "promised"}]}],
                     "semantics": [{"clock": "resolution", "event": "promise_answer",
                                    "action": "restart"},
                                   {"clock": "resolution", "event": "open",
                                    "action": "start"}]})") ==
        "config: $.sla.semantics[1].event: clock 'resolution' counts to a promised time, which "
        "'open' does not carry");

  // Warnings.
  CHECK(
      error_of(one_target(R"({"clock": "resolution", "limit": "4 h", "warnings": [0.9, 0.75]})")) ==
      "config: $.sla.rules[0].targets[0].warnings[1]: warning 0.75 does not come after 0.9: "
      "warnings are ascending");
  CHECK(error_of(one_target(R"({"clock": "resolution", "limit": "4 h", "warnings": [0.5, 1]})")) ==
        "config: $.sla.rules[0].targets[0].warnings[1]: warning 1 is not a fraction of the limit "
        "between 0 and 1");
  CHECK(error_of(one_target(R"({"clock": "resolution", "limit": "4 h", "warnings": [0]})")) ==
        "config: $.sla.rules[0].targets[0].warnings[0]: warning 0 is not a fraction of the limit "
        "between 0 and 1");

  // Repeats within a rule.
  CHECK(error_of(one_target(R"({"clock": "resolution", "limit": "4 h"},
                              {"clock": "follow_up", "limit": "72 h"},
                              {"clock": "resolution", "limit": "8 h"})")) ==
        "config: $.sla.rules[0].targets[2].clock: clock 'resolution' is listed twice in this rule "
        "(first at targets[0])");
  CHECK(error_of(R"({"rules": [{"when": {"flags": ["perishable", "生鲜"]},
                                "targets": [{"clock": "resolution", "limit": "2 h"}]}]})") ==
        "config: $.sla.rules[0].when.flags[1]: flag 'perishable' is listed twice");

  // Names.
  CHECK(error_of(one_row(R"({"clock": "resolution", "event": "opne", "action": "start"})")) ==
        "config: $.sla.semantics[0].event: unknown event 'opne' (did you mean 'open'?)");
  CHECK(error_of(one_row(R"({"clock": "resolution", "event": "open", "action": "strat"})")) ==
        "config: $.sla.semantics[0].action: unknown clock action 'strat' (did you mean 'start'?)");
  CHECK(error_of(one_row(R"({"clock": "resolution", "event": "open", "action": "none"})")) ==
        "config: $.sla.semantics[0].action: a row needs an action: start, pause, resume, stop or "
        "restart");
  CHECK(error_of(R"({"rules": [{"when": {"category": "complaitn"},
                                "targets": [{"clock": "resolution", "limit": "2 h"}]}]})") ==
        "config: $.sla.rules[0].when.category: unknown category 'complaitn' (did you mean "
        "'complaint'?)");
  CHECK(error_of(one_target(R"({"clock": "resolution", "limit": "4 h", "calendar": "busness"})")) ==
        "config: $.sla.rules[0].targets[0].calendar: unknown calendar 'busness' (did you mean "
        "'business'?)");
  CHECK(error_of(R"({"resolution_counting": "across_reopen"})") ==
        "config: $.sla.resolution_counting: unknown resolution counting 'across_reopen' (did you "
        "mean 'across_reopens'?)");

  // Rows.
  CHECK(error_of(one_row(R"({"clock": "resolution", "event": "open", "rating": "unsatisfied",
                            "action": "start"})")) ==
        "config: $.sla.semantics[0].rating: a rating applies to follow_up rows only, not open");
  CHECK(error_of(one_row(R"({"clock": "resolution", "event": "open", "action": "start"},
                           {"clock": "resolution", "event": "受理", "action": "start"})")) ==
        "config: $.sla.semantics[1]: repeats semantics[0]");
  CHECK(error_of(R"({"semantics": [], "resolution_counting": "across_reopens"})") ==
        "config: $.sla.resolution_counting: resolution_counting chooses between the default "
        "semantics; next to semantics, write the resolution rows themselves");

  // Fields.
  CHECK(error_of(R"({"rules": [{"tragets": []}]})") ==
        "config: $.sla.rules[0]: unknown field 'tragets' (did you mean 'targets'?)");
  CHECK(error_of(one_target(R"({"clock": "resolution", "limt": "4 h"})")) ==
        "config: $.sla.rules[0].targets[0]: unknown field 'limt' (did you mean 'limit'?)");
  CHECK(error_of(one_target(R"({"clock": "resolution"})")) ==
        "config: $.sla.rules[0].targets[0]: missing field 'limit'");
  CHECK(error_of(R"({"semantic": []})") ==
        "config: $.sla: unknown field 'semantic' (did you mean 'semantics'?)");
  CHECK(error_of(R"({"rules": {}})") == "config: $.sla.rules: expected an array");
}
