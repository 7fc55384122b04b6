// The config document as a whole: version, parts, checks across parts, round trips.

#include <kefu/calendar/calendars/china_mainland.hpp>
#include <kefu/io/config_json.hpp>

#include <doctest/doctest.h>

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
  return pt::ptime(boost::gregorian::date(y, m, d), pt::hours(h) + pt::minutes(min)) - pt::hours(8);
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
    event.category = kefu::Category::complaint;
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
