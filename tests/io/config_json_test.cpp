// The config document as a whole: version, parts, checks across parts, round trips.

#include <kefu/calendar/calendars/china_mainland.hpp>
#include <kefu/calendar/instant.hpp>
#include <kefu/io/config_json.hpp>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <string>

namespace pt = boost::posix_time;
using kefu::Config;
using kefu::io::config_from_json_text;
using kefu::io::to_json_text;

namespace {

std::string error_of(std::string_view text) {
  try {
    (void)config_from_json_text(text);
  } catch (const kefu::parse_error& e) {
    return e.what();
  }
  return "no error";
}

pt::ptime beijing(int y, int m, int d, int h, int min = 0) {
  return kefu::parse_instant(
      fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:00+08:00", y, m, d, h, min));
}

}  // namespace

TEST_CASE("the defaults survive a round trip through the document") {
  const Config defaults = Config::defaults();
  const std::string text = to_json_text(defaults);
  CHECK(config_from_json_text(text) == defaults);
  CHECK(to_json_text(config_from_json_text(text)) == text);
}

TEST_CASE("a document with only its version is the defaults") {
  CHECK(config_from_json_text(R"({"kefu_config": 1})") == Config::defaults());
  // Editors write comments and trailing commas.
  CHECK(config_from_json_text("{\n  // kefu policy\n  \"kefu_config\": 1,\n}\n") ==
        Config::defaults());
}

TEST_CASE("a part left out keeps its default and a part given replaces it") {
  const Config config =
      config_from_json_text(R"({"kefu_config": 1, "lifecycle": {"reopen_window": "72 h"}})");
  CHECK(config.lifecycle.reopen_window == pt::hours(72));
  CHECK(config.sla == Config::defaults().sla);
  CHECK(config.escalation == Config::defaults().escalation);
  CHECK(config.calendar == Config::defaults().calendar);
}

TEST_CASE("the version is required and must be the one this kefu reads") {
  CHECK(error_of(R"({"lifecycle": {}})") == "config: $: missing field 'kefu_config'");
  CHECK(error_of(R"({"kefu_config": 2})") ==
        "config: $.kefu_config: this kefu reads version 1 of the config document");
  CHECK(error_of(R"({"kefu_config": "1"})") ==
        "config: $.kefu_config: expected a whole number from 1 to 1000");
}

TEST_CASE("a syntax error names its line and column") {
  // The third line misses the colon after "lifecycle": the { stands at column 15.
  CHECK(error_of("{\n  \"kefu_config\": 1,\n  \"lifecycle\" {}\n}")
            .rfind("config: line 3, column 15: ", 0) == 0);
  CHECK(error_of("").rfind("config: line 1, column 1: ", 0) == 0);
  CHECK(error_of("[1, 2]") == "config: $: expected an object");
}

TEST_CASE("an unknown part is refused with the nearest known one") {
  CHECK(error_of(R"({"kefu_config": 1, "escalaton": {}})") ==
        "config: $: unknown field 'escalaton' (did you mean 'escalation'?)");
}

TEST_CASE("an escalation rule on a clock the sla policy never starts is refused") {
  CHECK(error_of(R"({"kefu_config": 1, "escalation": {"rules": [
          {"id": "late", "trigger": {"kind": "clock_breach", "clock": "frist_response"},
           "actions": [{"notify": "supervisor"}]}]}})") ==
        "config: $.escalation.rules[0].trigger.clock: unknown clock 'frist_response' (did you "
        "mean 'first_response'?)");
}

TEST_CASE("a bad part anywhere refuses the whole document") {
  // The calendar part is good, the KPI part is not: nothing is returned.
  CHECK(error_of(R"({"kefu_config": 1,
                     "calendar": {"weekly_hours": {"monday": ["08:00-17:00"]}},
                     "kpi": {"variants": {"csat": "bottom_box"}}})")
            .rfind("config: $.kpi.variants.csat: unknown", 0) == 0);
}

TEST_CASE("a calendar given in the document moves the deadlines the workflow computes") {
  // Office hours 08:00-17:00 Monday to Friday instead of 09:00-18:00. A complaint opened on
  // Tue 2025-09-23 at 16:30 Beijing has 1 business hour to be verified: 30 min on Tuesday until
  // 17:00, then 30 min from 08:00 on Wednesday: due Wed 08:30 (with 09:00-18:00: Tue 17:30).
  const Config config = config_from_json_text(R"({"kefu_config": 1,
      "calendar": {"weekly_hours": {"monday": ["08:00-17:00"], "tuesday": ["08:00-17:00"],
                   "wednesday": ["08:00-17:00"], "thursday": ["08:00-17:00"],
                   "friday": ["08:00-17:00"]}}})");
  const auto open = [](const kefu::Workflow& wf) {
    kefu::events::Open event{"agent-1"};
    event.id = "C-1";
    event.facts.category = kefu::Category::complaint;
    return wf.open(event, beijing(2025, 9, 23, 16, 30));
  };
  const auto moved = open(config.workflow());
  const auto usual = open(Config::defaults().workflow());
  REQUIRE(moved.clock(kefu::sla::clocks::verification) != nullptr);
  CHECK(moved.clock(kefu::sla::clocks::verification)->deadline() ==
        std::optional<pt::ptime>(beijing(2025, 9, 24, 8, 30)));
  CHECK(usual.clock(kefu::sla::clocks::verification)->deadline() ==
        std::optional<pt::ptime>(beijing(2025, 9, 23, 17, 30)));
}

TEST_CASE("the KPI months are counted in the calendar's zone") {
  const Config config = config_from_json_text(R"({"kefu_config": 1,
      "calendar": {"zone": "EST5EDT,M3.2.0,M11.1.0"}})");
  CHECK(config.accumulator_options().zone == "EST5EDT,M3.2.0,M11.1.0");
  CHECK(Config::defaults().accumulator_options().zone == "CST-8");
}

namespace {

kefu::Case open_case(const kefu::Workflow& wf, kefu::Category category, pt::ptime at) {
  kefu::events::Open event{"agent-1"};
  event.id = "C-1";
  event.facts.category = category;
  return wf.open(event, at);
}

}  // namespace

TEST_CASE("a reopen window given in the document is the one the lifecycle applies") {
  // Resolved Tue 2025-09-23 12:00; the customer comes back four days later, Sat 27th 12:00:
  // inside the default 7 days, outside a 72 h window.
  const Config short_window =
      config_from_json_text(R"({"kefu_config": 1, "lifecycle": {"reopen_window": "72 h"}})");
  for (const bool shortened : {false, true}) {
    const auto wf = shortened ? short_window.workflow() : Config::defaults().workflow();
    auto c = open_case(wf, kefu::Category::inquiry, beijing(2025, 9, 23, 10));
    REQUIRE(wf.apply(c, kefu::events::FirstResponse{"agent-1"}, beijing(2025, 9, 23, 10, 1)));
    REQUIRE(wf.apply(c, kefu::events::Triage{"agent-1"}, beijing(2025, 9, 23, 10, 5)));
    REQUIRE(wf.apply(c, kefu::events::Start{"agent-1"}, beijing(2025, 9, 23, 10, 10)));
    const auto resolved = wf.apply(c, kefu::events::Resolve{"agent-1"}, beijing(2025, 9, 23, 12));
    REQUIRE_MESSAGE(resolved, resolved.transition.reason);
    const auto reopened = wf.apply(c, kefu::events::Reopen{"customer"}, beijing(2025, 9, 27, 12));
    CHECK(reopened.transition.accepted == !shortened);
    if (shortened) CHECK(reopened.transition.reason == "outside the reopen window");
  }
}

TEST_CASE("escalation rules given in the document replace the defaults") {
  // One rule: tell the manager when half of the resolution limit is used. An inquiry opened
  // Tue 2025-09-23 10:00 has 4 business hours (09:00-18:00): half is used at 12:00.
  const Config config = config_from_json_text(R"({"kefu_config": 1, "escalation": {"rules": [
      {"id": "half_way", "trigger": {"kind": "clock_fraction", "clock": "resolution",
       "fraction": 0.5}, "actions": [{"notify": "manager"}]}]}})");
  const auto wf = config.workflow();
  auto c = open_case(wf, kefu::Category::inquiry, beijing(2025, 9, 23, 10));
  REQUIRE(wf.next_check(c) == std::optional<pt::ptime>(beijing(2025, 9, 23, 12)));
  const auto fired = wf.fire_due(c, beijing(2025, 9, 23, 12, 30));
  REQUIRE(fired.size() == 1);
  CHECK(fired[0].rule == "half_way");
  CHECK(fired[0].action == kefu::escalation::Action::notify("manager"));
  CHECK(fired[0].at == beijing(2025, 9, 23, 12));
}

TEST_CASE("open cases reevaluated under a changed document get the actions it makes due") {
  // A complaint opened Tue 2025-09-23 10:00 Beijing under the defaults (answer within 48 h, due
  // Thu 10:00). On Wed at 11:00 the administrator loads a document with a 24 h answer limit:
  // the case's answer was due Wed 10:00, so reevaluating it fires complaint_answer_breached
  // (escalate to the manager) at that instant.
  const auto old_wf = Config::defaults().workflow();
  auto c = open_case(old_wf, kefu::Category::complaint, beijing(2025, 9, 23, 10));
  auto document = kefu::io::to_json(Config::defaults());
  for (auto& rule : document.at("sla").at("rules").as_array()) {
    for (auto& target : rule.at("targets").as_array()) {
      if (target.at("clock") == "complaint_answer") target.as_object()["limit"] = "24 h";
    }
  }
  const Config changed = kefu::io::config_from_json(document);
  const auto result = kefu::reevaluate(c, changed.workflow(), beijing(2025, 9, 24, 11));
  bool breached = false;
  for (const auto& f : result.actions) {
    if (f.rule != "complaint_answer_breached") continue;
    breached = true;
    CHECK(f.at == beijing(2025, 9, 24, 10));
    CHECK(f.action == kefu::escalation::Action::escalate("manager"));
  }
  CHECK(breached);
  // Under the old document nothing about the answer is due yet on Wed 11:00.
  for (const auto& f : old_wf.fire_due(c, beijing(2025, 9, 24, 11))) {
    CHECK(f.rule != "complaint_answer_breached");
  }
}
