#include "event_log.hpp"

#include <kefu/core/error.hpp>

#include <doctest/doctest.h>

#include <sstream>
#include <variant>

using namespace kefu::tool;
namespace pt = boost::posix_time;

TEST_CASE("json lines: the ticket, the flags of the open event, the open id, version optional") {
  std::istringstream in(
      R"({"ticket":"T-1","event_id":"a","event":"open","at":"2026-11-02T10:00:00+08:00","actor":"li.na","flags":["perishable"]})"
      "\n\n"
      R"({"ticket":"T-1","version":1,"event":"transfer","at":"2026-11-02T10:01:00Z","actor":"li.na","to":"tech.wang"})"
      "\n");
  EventLog log(in, LogFormat::jsonl);
  const auto open = log.next();
  REQUIRE(open);
  CHECK(open->error.empty());
  CHECK(open->line == 1);
  CHECK(open->ticket == "T-1");
  CHECK(open->record.id == "a");
  CHECK(std::get<kefu::events::Open>(open->record.event).id == "T-1");  // taken from the ticket
  CHECK(open->flags.test(kefu::Flag::perishable));
  const auto transfer = log.next();
  REQUIRE(transfer);
  CHECK(transfer->line == 3);  // the blank line is skipped but counted
  CHECK(std::get<kefu::events::Transfer>(transfer->record.event).to == "tech.wang");
  CHECK(transfer->record.at ==
        pt::ptime(boost::gregorian::date(2026, 11, 2), pt::minutes(10 * 60 + 1)));  // 10:01 UTC
  CHECK_FALSE(log.next());
}

TEST_CASE("json lines: malformed records say why, and reading goes on") {
  std::istringstream in(
      "[1]\n"
      R"({"event":"start","at":"2026-11-02T10:00:00Z","actor":"x"})"
      "\n"
      R"({"ticket":"T-1","event":"start","at":"2026-11-02T10:00:00Z","actor":"x","flags":["perishable"]})"
      "\n"
      R"({"ticket":"T-1","event":"open","id":"T-2","at":"2026-11-02T10:00:00Z","actor":"x"})"
      "\n"
      R"({"ticket":"T-1","event":"start","at":"2026-11-02T10:00:00Z","actor":"x","colour":"red"})"
      "\n");
  EventLog log(in, LogFormat::jsonl);
  CHECK(log.next()->error == "event json: $: expected an object");
  CHECK(log.next()->error == "event json: $.ticket: expected the ticket's id, a non-empty string");
  CHECK(log.next()->error == "event json: $.flags: only the open event carries flags");
  CHECK(log.next()->error == "event json: $.id: the open event's id 'T-2' is not the ticket 'T-1'");
  CHECK(log.next()->error == "event json: $: unknown field 'colour'");
  CHECK_FALSE(log.next());
}

TEST_CASE("csv: columns by the header's names, empty cells left out, flags split on |") {
  std::istringstream in(
      "event,ticket,at,actor,level,flags\n"
      "open,T-1,2026-11-02T10:00:00+08:00,li.na,,perishable|safety_risk\n"
      "escalate,T-1,2026-11-02T10:05:00+08:00,li.na,manager,\n"
      "escalate,T-1,2026-11-02T10:06:00+08:00,li.na\n");
  EventLog log(in, LogFormat::csv);
  const auto open = log.next();
  CHECK(open->error.empty());
  CHECK(open->line == 2);
  CHECK(open->flags.test(kefu::Flag::perishable));
  CHECK(open->flags.test(kefu::Flag::safety_risk));
  const auto escalate = log.next();
  CHECK(std::get<kefu::events::Escalate>(escalate->record.event).level ==
        kefu::EscalationLevel::manager);
  CHECK(log.next()->error == "csv: 4 fields, the header names 6");
}

TEST_CASE("csv: a bad header is refused whole") {
  std::istringstream unknown("ticket,at,event,actor,levle\n");
  CHECK_THROWS_WITH_AS(EventLog(unknown, LogFormat::csv), "csv: line 1: unknown column 'levle'",
                       kefu::parse_error);
  std::istringstream missing("ticket,at,event\n");
  CHECK_THROWS_WITH_AS(EventLog(missing, LogFormat::csv), "csv: line 1: no column 'actor'",
                       kefu::parse_error);
  std::istringstream twice("ticket,at,event,actor,at\n");
  CHECK_THROWS_WITH_AS(EventLog(twice, LogFormat::csv), "csv: line 1: column 'at' given twice",
                       kefu::parse_error);
  CHECK(log_format_for("month.csv") == LogFormat::csv);
  CHECK(log_format_for("month.jsonl") == LogFormat::jsonl);
  CHECK(log_format_for("-") == LogFormat::jsonl);
}
