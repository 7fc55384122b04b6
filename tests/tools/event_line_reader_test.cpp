#include "event_line_reader.hpp"

#include <doctest/doctest.h>

#include <string>
#include <variant>

using namespace kefu::tool;
namespace pt = boost::posix_time;

TEST_CASE("event line reader: a well-formed line fills the entry, escapes and nulls as JSON says") {
  EventLineReader reader;
  LogEntry entry;
  REQUIRE(reader.read(
      R"({"ticket":"T-1","event_id":"e\"1","event":"open","at":"2026-11-02T10:00:00+08:00",)"
      R"("actor":"li.na","channel":"phone","category":"complaint","tier":null,)"
      R"("flags":["perishable","safety_risk"],"note":"caf\u00e9\n"})",
      entry));
  CHECK(entry.ticket == "T-1");
  CHECK(entry.record.id == "e\"1");
  // 10:00 at +08:00 is 02:00 UTC
  CHECK(entry.record.at == pt::ptime(boost::gregorian::date(2026, 11, 2), pt::hours(2)));
  CHECK(entry.flags.test(kefu::Flag::perishable));
  CHECK(entry.flags.test(kefu::Flag::safety_risk));
  const auto& open = std::get<kefu::events::Open>(entry.record.event);
  CHECK(open.id == "T-1");  // left out: the ticket's
  CHECK(open.actor == "li.na");
  CHECK(open.facts.channel == kefu::Channel::phone);
  CHECK(open.facts.category == kefu::Category::complaint);
  CHECK(open.facts.tier == kefu::CustomerTier{});  // null: the default
  CHECK(open.note == "caf\xC3\xA9\n");             // U+00E9 in UTF-8, then a newline
}

TEST_CASE("event line reader: gives up on whatever the strict reader refuses") {
  EventLineReader reader;
  LogEntry entry;
  const std::string start =
      R"({"ticket":"T-1","event":"start","at":"2026-11-02T10:00:00Z","actor":"x")";
  CHECK(reader.read(start + "}", entry));                          // the line the others change
  CHECK_FALSE(reader.read(start + R"(,"actor":"y"})", entry));     // a field given twice
  CHECK_FALSE(reader.read(start + R"(,"colour":"red"})", entry));  // unknown field
  CHECK_FALSE(reader.read(start + R"(,"level":"supervisor"})", entry));  // another event's
  CHECK_FALSE(reader.read(start + R"(,"version":2})", entry));
  CHECK_FALSE(reader.read(start + R"(,"version":"1"})", entry));
  CHECK_FALSE(reader.read(start + R"(,"version":1.0})", entry));
  CHECK_FALSE(reader.read(start + R"(,"version":null})", entry));
  CHECK_FALSE(reader.read(start + R"(,"note":5})", entry));
  CHECK_FALSE(reader.read(start + R"(,"note":{}})", entry));
  CHECK_FALSE(reader.read(start + R"(,"flags":[]})", entry));  // flags on a start
  CHECK_FALSE(reader.read(start + "} x", entry));              // after the object
  CHECK_FALSE(reader.read(start, entry));                      // unfinished
  CHECK_FALSE(reader.read("[1]", entry));
  CHECK_FALSE(reader.read(R"("start")", entry));
  CHECK_FALSE(reader.read(
      R"({"ticket":"","event":"start","at":"2026-11-02T10:00:00Z","actor":"x"})", entry));
  CHECK_FALSE(reader.read(R"({"ticket":"T-1","event":"start","at":null,"actor":"x"})", entry));
  CHECK_FALSE(
      reader.read(R"({"ticket":"T-1","event":"start","at":"2026-11-02T10:00:00","actor":"x"})",
                  entry));  // no offset
  CHECK_FALSE(
      reader.read(R"({"ticket":"T-1","event":"start","at":"2026-11-02T10:00:00Z"})", entry));
  CHECK_FALSE(
      reader.read(R"({"ticket":"T-1","event":"开始处理","at":"2026-11-02T10:00:00Z","actor":"x"})",
                  entry));  // a label, not the stable name
  const std::string open =
      R"({"ticket":"T-1","event":"open","at":"2026-11-02T10:00:00Z","actor":"x")";
  CHECK_FALSE(reader.read(open + R"(,"id":"T-2"})", entry));
  CHECK_FALSE(reader.read(open + R"(,"channel":"电话"})", entry));
  CHECK_FALSE(reader.read(open + R"(,"flags":["perishable",1]})", entry));
  CHECK_FALSE(reader.read(open + R"(,"flags":"perishable"})", entry));
  CHECK_FALSE(reader.read(open + R"(,"flags":["no_such_flag"]})", entry));
  // And after all that, a line reads as if it were the first.
  REQUIRE(reader.read(open + R"(,"flags":[]})", entry));
  CHECK(entry.flags == kefu::Flags());
  CHECK(std::get<kefu::events::Open>(entry.record.event).id == "T-1");
}

TEST_CASE("event line reader: a long escaped string comes whole") {
  EventLineReader reader;
  LogEntry entry;
  std::string note;
  std::string escaped;
  for (int i = 0; i < 3000; ++i) {
    note += "a\t";
    escaped += "a\\t";
  }
  REQUIRE(reader.read(R"({"ticket":"T-1","event":"start","at":"2026-11-02T10:00:00Z","actor":"x",)"
                      R"("note":")" +
                          escaped + "\"}",
                      entry));
  CHECK(std::get<kefu::events::Start>(entry.record.event).note == note);
}
