// helpdesk reconfigure: a changed config re-evaluates the stored cases, queues what became due
// because of the change (once), and the store then belongs to the new config.
#include "helpdesk.hpp"
#include "store_queries.hpp"
#include <kefu/calendar/instant.hpp>
#include <kefu/core/error.hpp>
#include <kefu/io/config_json.hpp>

#include <boost/json/value.hpp>

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace {

using helpdesk::Helpdesk;
using helpdesk::test::count;
using helpdesk::test::text;

std::string fresh(const std::string& path) {
  helpdesk::remove_database(path);
  return path;
}

// The defaults with the online channels' first response (30 s wall time at low and normal
// priority, docs/defaults.md) cut to 20 s.
kefu::Config online_first_response_20s() {
  auto document = kefu::io::to_json(kefu::Config::defaults());
  int changed = 0;
  for (auto& rule : document.at("sla").at("rules").as_array()) {
    for (auto& target : rule.at("targets").as_array()) {
      if (target.at("clock") == "first_response" && target.at("limit") == "30 s") {
        target.as_object()["limit"] = "20 s";
        ++changed;
      }
    }
  }
  REQUIRE(changed > 0);
  return kefu::io::config_from_json(document);
}

kefu::Config reopen_window_1h() {
  return kefu::io::config_from_json_text(
      R"({"kefu_config": 1, "lifecycle": {"reopen_window": "1 h"}})");
}

helpdesk::IngestCounts ingest(Helpdesk& desk, const std::string& lines) {
  std::istringstream in(lines);
  return desk.ingest(in, "test");
}

// An online chat inquiry at normal priority, opened Monday 2 November 2026 10:00 Beijing time
// and not answered: its first response is due 30 s later under the defaults.
const std::string chat_open =
    R"({"ticket":"W-1","event_id":"w1-1","event":"open","at":"2026-11-02T10:00:00+08:00","actor":"li.na","channel":"online_chat","category":"inquiry","priority":"normal"})";

}  // namespace

TEST_CASE("a shorter first-response target makes an open chat's breach due at reconfigure") {
  const std::string path = fresh("helpdesk_reconfigure_test.db");
  const kefu::Config shorter = online_first_response_20s();
  {
    Helpdesk desk(path, kefu::Config::defaults());
    REQUIRE(ingest(desk, chat_open).stored == 1);
    CHECK(count(desk, "SELECT count(*) FROM actions") == 0);  // an inquiry's open fires nothing
    // 10:00:20: under the defaults the first response is due at 10:00:30, nothing yet.
    CHECK(desk.tick(kefu::parse_instant("2026-11-02T10:00:20+08:00")) == 0);
    // At 10:00:25 the 20 s target applies: the breach was due at 10:00:00 + 20 s = 10:00:20,
    // already past, so first_response_breached (notify the supervisor) fires now.
    const auto report = desk.reconfigure(shorter, kefu::parse_instant("2026-11-02T10:00:25+08:00"));
    CHECK(report.ticked == 0);  // nothing was due at 10:00:25 under the defaults
    CHECK(report.cases == 1);
    CHECK(report.open_cases == 1);
    CHECK(report.actions == 1);
    CHECK(report.open_actions == 1);
    CHECK(report.from == helpdesk::config_hash_of(kefu::Config::defaults()));
    CHECK(report.to == helpdesk::config_hash_of(shorter));
    CHECK(
        text(desk, "SELECT rule || ' ' || action || ' ' || due_at || ' ' || cause FROM actions") ==
        "first_response_breached notify supervisor " + std::to_string(1793584820LL * 1'000'000) +
            " reconfigure");  // 2026-11-02T02:00:20Z
    CHECK(text(desk, "SELECT config FROM actions") == report.to);
    CHECK(text(desk, "SELECT value FROM meta WHERE key = 'config_hash'") == report.to);
  }
  // The store is now the new config's: it opens under it, and refuses the old one.
  CHECK_THROWS_AS(Helpdesk(path, kefu::Config::defaults()), helpdesk::db_error);
  {
    Helpdesk desk(path, shorter);
    // 10:00:40: past the old deadline (10:00:30) and the new one; the breach is in the outbox
    // already, so it is not queued again.
    CHECK(desk.tick(kefu::parse_instant("2026-11-02T10:00:40+08:00")) == 0);
    const auto rebuilt = desk.rebuild();
    CHECK(rebuilt.differences.empty());
    CHECK(rebuilt.actions == 1);
    // Back to the defaults: their breach (at 10:00:30) is the same rule and occasion, which
    // fired already: nothing becomes due, nothing is queued twice.
    const auto back = desk.reconfigure(kefu::Config::defaults(),
                                       kefu::parse_instant("2026-11-02T10:00:45+08:00"));
    CHECK(back.actions == 0);
    CHECK(count(desk, "SELECT count(*) FROM actions") == 1);
  }
  {
    // Reopened under the defaults, with the earlier config's breach kept as fired.
    Helpdesk desk(path, kefu::Config::defaults());
    CHECK(desk.tick(kefu::parse_instant("2026-11-02T11:00:00+08:00")) == 0);
    CHECK(desk.rebuild().differences.empty());
  }
}

TEST_CASE("a config under which a stored history does not replay is refused, nothing changed") {
  const std::string path = fresh("helpdesk_reconfigure_refused_test.db");
  std::ifstream in(KEFU_TOOLS_DATA_DIR "/three_cases.jsonl");
  std::string t1;
  for (std::string line; std::getline(in, line);) {
    if (line.find("\"T-1\"") != std::string::npos) t1 += line + "\n";
  }
  // T-1 was resolved at 11:00 on 2 November; reopened 4 h later, inside the default 7 days.
  t1 +=
      R"({"ticket":"T-1","event_id":"t1-8","event":"reopen","at":"2026-11-02T15:00:00+08:00","actor":"li.na"})";
  Helpdesk desk(path, kefu::Config::defaults());
  REQUIRE(ingest(desk, t1).stored == 8);
  const auto actions = count(desk, "SELECT count(*) FROM actions");
  const std::string hash = text(desk, "SELECT value FROM meta WHERE key = 'config_hash'");
  // A 1 h reopen window refuses that reopen: the stored history wins, the config is refused.
  CHECK_THROWS_AS(
      desk.reconfigure(reopen_window_1h(), kefu::parse_instant("2026-11-03T09:00:00+08:00")),
      kefu::argument_error);
  CHECK(text(desk, "SELECT value FROM meta WHERE key = 'config_hash'") == hash);
  CHECK(count(desk, "SELECT count(*) FROM actions") == actions);
  CHECK(count(desk, "SELECT count(*) FROM checks") == 0);
  CHECK(desk.rebuild().differences.empty());
}
