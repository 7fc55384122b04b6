// Corrupt and repeated input: refused into `rejected` with its reason, never lost, and never
// changing what was stored.
#include "helpdesk.hpp"
#include "store_queries.hpp"
#include <kefu/calendar/instant.hpp>

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace {

using helpdesk::Helpdesk;
using helpdesk::test::count;
using helpdesk::test::text;

helpdesk::IngestCounts ingest(Helpdesk& desk, const std::string& lines) {
  std::istringstream in(lines);
  return desk.ingest(in, "test");
}

// Every row of every table, in a fixed order: equal before and after means nothing changed.
std::string dump(Helpdesk& desk) {
  std::string out;
  for (const char* sql :
       {"SELECT ticket || seq || event_id || at || body FROM events ORDER BY ticket, seq",
        "SELECT ticket || state || handler || checked_until || clocks FROM cases ORDER BY ticket",
        "SELECT ticket || rule || occasion || action FROM actions ORDER BY id",
        "SELECT source || line || text || reason FROM rejected ORDER BY id"}) {
    helpdesk::Statement select = desk.database().prepare(sql);
    while (select.step()) out += select.text(0) + "\n";
  }
  return out;
}

const std::string open_t1 =
    R"({"ticket":"T-1","event_id":"e1","event":"open","at":"2026-11-02T10:00:00+08:00","actor":"li.na","channel":"phone"})";

}  // namespace

TEST_CASE("a truncated JSON line is rejected with its reason, the lines around it are stored") {
  Helpdesk desk(":memory:", kefu::Config::defaults());
  const std::string truncated = R"({"ticket":"T-1","event_id":"e2","event":"first_response","at":)";
  const auto counts = ingest(
      desk,
      open_t1 + "\n" + truncated + "\n" +
          R"({"ticket":"T-1","event_id":"e6","event":"first_response","at":"2026-11-02T10:00:08+08:00","actor":"li.na"})");
  CHECK(counts.lines == 3);
  CHECK(counts.stored == 2);
  CHECK(counts.rejected == 1);
  CHECK(count(desk, "SELECT count(*) FROM events") == 2);
  CHECK(text(desk, "SELECT text FROM rejected") == truncated);
  CHECK(text(desk, "SELECT reason FROM rejected") ==
        "malformed: event json: $: invalid json: incomplete JSON");
  CHECK(count(desk, "SELECT line FROM rejected") == 2);
}

TEST_CASE("an event for an unknown ticket is rejected and opens nothing") {
  Helpdesk desk(":memory:", kefu::Config::defaults());
  const auto counts = ingest(
      desk,
      R"({"ticket":"T-9","event_id":"e3","event":"first_response","at":"2026-11-02T10:00:05+08:00","actor":"li.na"})");
  CHECK(counts.rejected == 1);
  CHECK(count(desk, "SELECT count(*) FROM tickets") == 0);
  CHECK(count(desk, "SELECT count(*) FROM events") == 0);
  CHECK(text(desk, "SELECT reason FROM rejected") ==
        "unknown ticket 'T-9': its first event must be open, not first_response");
}

TEST_CASE("a duplicate event id with a different body is refused and the stored event stays") {
  Helpdesk desk(":memory:", kefu::Config::defaults());
  ingest(desk, open_t1);
  // The same id, another actor: a sender that reuses ids.
  const auto counts = ingest(
      desk,
      R"({"ticket":"T-1","event_id":"e1","event":"open","at":"2026-11-02T10:00:00+08:00","actor":"wang.fang","channel":"phone"})");
  CHECK(counts.rejected == 1);
  CHECK(counts.duplicates == 0);
  CHECK(count(desk, "SELECT count(*) FROM events") == 1);
  CHECK(text(desk, "SELECT handler FROM cases") == "li.na");
  CHECK(text(desk, "SELECT reason FROM rejected")
            .rfind("event id 'e1' is stored with another body", 0) == 0);
}

TEST_CASE("a re-delivered event, in another zone and spacing, is a no-op") {
  Helpdesk desk(":memory:", kefu::Config::defaults());
  ingest(desk, open_t1);
  const std::string before = dump(desk);
  // 10:00 in Beijing is 02:00 UTC: the same instant, so the same event.
  const auto counts = ingest(
      desk,
      R"({ "ticket": "T-1", "event_id": "e1", "event": "open", "at": "2026-11-02T02:00:00Z", "actor": "li.na", "channel": "phone" })");
  CHECK(counts.duplicates == 1);
  CHECK(counts.stored == 0);
  CHECK(counts.rejected == 0);
  CHECK(dump(desk) == before);
}

TEST_CASE("ingesting the same file twice changes nothing") {
  Helpdesk desk(":memory:", kefu::Config::defaults());
  // bad_records.jsonl, by hand: e1 open (stored); e2 truncated; e3 for T-9, never opened; e4
  // resolve while received (the lifecycle refuses it); e1 again (duplicate); e5 level "boss"
  // (malformed); a blank line; e6 first response (stored).
  std::ifstream first(KEFU_TOOLS_DATA_DIR "/bad_records.jsonl");
  const auto counts = desk.ingest(first, "bad_records.jsonl");
  CHECK(counts.lines == 7);
  CHECK(counts.stored == 2);
  CHECK(counts.duplicates == 1);
  CHECK(counts.rejected == 4);
  CHECK(count(desk, "SELECT count(*) FROM rejected") == 4);
  CHECK(text(desk, "SELECT reason FROM rejected WHERE line = 4") ==
        "ticket 'T-1': resolve refused in received: not allowed in this state");
  const std::string before = dump(desk);

  std::ifstream second(KEFU_TOOLS_DATA_DIR "/bad_records.jsonl");
  const auto again = desk.ingest(second, "bad_records.jsonl");
  CHECK(again.stored == 0);
  CHECK(again.duplicates == 3);  // e1 twice and e6
  CHECK(dump(desk) == before);   // the rejected lines are recorded once
}

TEST_CASE("an event earlier than the case's last check is refused out of order, and recorded") {
  Helpdesk desk(":memory:", kefu::Config::defaults());
  ingest(desk, open_t1);
  // A phone contact is answered within 15 s (T-1's first-response deadline in
  // three_cases.run.jsonl is 10:00:15): at 10:30 the breach rule has fired.
  CHECK(desk.tick(kefu::parse_instant("2026-11-02T10:30:00+08:00")) == 1);
  CHECK(text(desk, "SELECT rule FROM actions") == "first_response_breached");
  const auto counts = ingest(
      desk,
      R"({"ticket":"T-1","event_id":"e2","event":"first_response","at":"2026-11-02T10:00:10+08:00","actor":"li.na"})");
  CHECK(counts.rejected == 1);
  CHECK(count(desk, "SELECT count(*) FROM events") == 1);
  CHECK(count(desk, "SELECT line FROM rejected") == 1);
  // A second tick at the same instant finds nothing new to queue.
  CHECK(desk.tick(kefu::parse_instant("2026-11-02T10:30:00+08:00")) == 0);
  CHECK(count(desk, "SELECT count(*) FROM actions") == 1);
}

TEST_CASE("a line rejected for an unknown ticket is accepted when sent again after the open") {
  Helpdesk desk(":memory:", kefu::Config::defaults());
  const std::string answer =
      R"({"ticket":"T-1","event_id":"e2","event":"first_response","at":"2026-11-02T10:00:10+08:00","actor":"li.na"})";
  CHECK(ingest(desk, answer).rejected == 1);
  ingest(desk, open_t1);
  const auto counts = ingest(desk, answer);
  CHECK(counts.stored == 1);
  CHECK(count(desk, "SELECT count(*) FROM events") == 2);
  // The first refusal stays on record, with its reason.
  CHECK(count(desk, "SELECT count(*) FROM rejected") == 1);
  CHECK(text(desk, "SELECT state FROM cases") == "received");  // answered, not yet triaged
}

TEST_CASE("an event id is its ticket's: the same id in another ticket is another event") {
  // kefu's lifecycle keys event ids by ticket, and the bundled month numbers each ticket's
  // events from 1: T-1's e1 and T-2's e1 are two events, both stored.
  Helpdesk desk(":memory:", kefu::Config::defaults());
  const auto counts = ingest(
      desk,
      open_t1 + "\n" +
          R"({"ticket":"T-2","event_id":"e1","event":"open","at":"2026-11-02T10:05:00+08:00","actor":"li.na","channel":"phone"})");
  CHECK(counts.stored == 2);
  CHECK(counts.duplicates == 0);
  CHECK(count(desk, "SELECT count(*) FROM events WHERE event_id = 'e1'") == 2);
}
