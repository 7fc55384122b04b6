#include "case_runner.hpp"

#include <kefu/calendar/instant.hpp>
#include <kefu/config.hpp>

#include <doctest/doctest.h>

#include <sstream>

using namespace kefu::tool;
using kefu::parse_instant;

namespace {

// Reads a JSON Lines log through a runner on the shipped defaults.
CaseRunner run(const std::string& log, std::optional<boost::posix_time::ptime> until = {},
               std::vector<CaseRunner::Result>* results = nullptr) {
  CaseRunner runner(kefu::Config::defaults().workflow(), until);
  std::istringstream in(log);
  EventLog events(in, LogFormat::jsonl);
  while (const auto entry = events.next()) {
    const auto result = runner.take(*entry);
    if (results != nullptr) results->push_back(result);
  }
  return runner;
}

// A normal phone inquiry, opened on Monday 2026-11-02 at 10:00 Beijing time.
const std::string open_t1 =
    R"({"ticket":"T-1","event_id":"1","event":"open","at":"2026-11-02T10:00:00+08:00","actor":"li.na","channel":"phone","priority":"normal"})"
    "\n";

}  // namespace

TEST_CASE("every kind of record is counted, and bad ones say why") {
  std::vector<CaseRunner::Result> results;
  const CaseRunner runner = run(
      open_t1 +
          R"({"ticket":"T-1","event_id":"1","event":"open","at":"2026-11-02T10:00:00+08:00","actor":"li.na","channel":"phone","priority":"normal"})"
          "\n"
          R"({"ticket":"T-7","event":"start","at":"2026-11-02T10:01:00+08:00","actor":"li.na"})"
          "\n"
          R"({"ticket":"T-1","event":"close","at":"2026-11-02T10:02:00+08:00","actor":"li.na"})"
          "\n"
          R"({"ticket":"T-1","event":"triage","at":"2026-11-02T10:03:00+08:00","actor":"li.na"})"
          "\n"
          R"({"ticket":"T-1","event":"start","at":"2026-11-02T12:00:00+08:00","actor":"li.na"})"
          "\n"
          "not json\n",
      parse_instant("2026-11-02T11:00:00+08:00"), &results);
  REQUIRE(results.size() == 7);
  CHECK(results[0].outcome == RecordOutcome::applied);
  CHECK(results[1].outcome == RecordOutcome::duplicate);  // the same event id, event and instant
  CHECK(results[2].outcome == RecordOutcome::unknown_ticket);
  CHECK(results[2].problem == "unknown ticket 'T-7': its first event must be open, not start");
  // A close without a reason before the case is resolved: the lifecycle refuses it.
  CHECK(results[3].outcome == RecordOutcome::refused);
  CHECK(results[3].problem.rfind("ticket 'T-1': close refused in received", 0) == 0);
  CHECK(results[4].outcome == RecordOutcome::applied);
  CHECK(results[5].outcome == RecordOutcome::after_until);  // 12:00 is after 11:00
  CHECK(results[6].outcome == RecordOutcome::malformed);
  const RunCounts& n = runner.counts();
  CHECK(n.records == 7);
  CHECK(n.applied == 2);
  CHECK(n.duplicates == 1);
  CHECK(n.unknown_tickets == 1);
  CHECK(n.refused == 1);
  CHECK(n.after_until == 1);
  CHECK(n.malformed == 1);
  CHECK(n.bad() == 3);
  CHECK(runner.cases().size() == 1);
  CHECK(runner.cases()[0]->ticket.state == kefu::State::triaged);
}

TEST_CASE("the run is as of --at, or else the latest event") {
  const auto log =
      open_t1 +
      R"({"ticket":"T-1","event":"first_response","at":"2026-11-02T10:00:09+08:00","actor":"li.na"})"
      "\n";
  CHECK(run(log).as_of() == parse_instant("2026-11-02T10:00:09+08:00"));
  CHECK(run(log, parse_instant("2026-11-03T00:00:00Z")).as_of() ==
        parse_instant("2026-11-03T00:00:00Z"));
  CHECK(run("").as_of().is_not_a_date_time());
}

TEST_CASE("due: what is due at the instant, in firing order across cases, nothing marked fired") {
  // T-1 (opened 10:00, answered at once) is never resolved: its resolution limit is 4 business
  // hours (quick-response guide, 一般), so the 75% warning is due at 13:00 and the breach at
  // 14:00. T-2 is a phone call opened at 12:30 and never answered: 15 s for the first response
  // (3 rings, kefu's 15 s), so its breach is due at 12:30:15, before T-1's warning.
  const auto log =
      open_t1 +
      R"({"ticket":"T-1","event":"first_response","at":"2026-11-02T10:00:05+08:00","actor":"li.na"})"
      "\n"
      R"({"ticket":"T-2","event":"open","at":"2026-11-02T12:30:00+08:00","actor":"wu.lei","channel":"phone","priority":"normal"})"
      "\n";
  CaseRunner runner = run(log, parse_instant("2026-11-02T13:30:00+08:00"));
  const auto due = runner.due();
  REQUIRE(due.size() == 2);
  CHECK(due[0].c->ticket.id == "T-2");
  CHECK(due[0].action.rule == "first_response_breached");
  CHECK(due[0].action.at == parse_instant("2026-11-02T12:30:15+08:00"));
  CHECK(due[1].c->ticket.id == "T-1");
  CHECK(due[1].action.rule == "resolution_warning");
  CHECK(due[1].action.at == parse_instant("2026-11-02T13:00:00+08:00"));
  CHECK(runner.due().size() == 2);  // a look: asking again gives the same
  runner.fire_due();
  CHECK(runner.due().empty());
  REQUIRE(runner.cases()[0]->fired.size() == 1);
  CHECK(runner.cases()[0]->fired[0].rule == "resolution_warning");
}

namespace {

// One record of a JSON Lines log for ticket `ticket`.
std::string line(const std::string& ticket, const std::string& event, const std::string& at,
                 const std::string& extra = {}) {
  return R"({"ticket":")" + ticket + R"(","event":")" + event + R"(","at":")" + at +
         R"(","actor":"li.na")" + extra + "}\n";
}

struct Finals {
  std::vector<std::string> tickets;
  std::vector<boost::posix_time::ptime> watermarks;
};

// Feeds the records one by one to a runner that lets final cases go to `finals`.
std::vector<CaseRunner::Result> feed(CaseRunner& runner, const std::vector<std::string>& lines) {
  std::vector<CaseRunner::Result> results;
  for (const std::string& l : lines) {
    std::istringstream in(l);
    EventLog events(in, LogFormat::jsonl);
    while (const auto entry = events.next()) results.push_back(runner.take(*entry));
  }
  return results;
}

}  // namespace

TEST_CASE("a case closed after its follow-up is let go once the log is past its reopen window") {
  Finals finals;
  CaseRunner runner(kefu::Config::defaults().workflow(), std::nullopt,
                    [&](const kefu::Case& c, const CaseRunner& r) {
                      finals.tickets.push_back(c.ticket.id);
                      finals.watermarks.push_back(r.latest());
                    });
  // T-1 is answered, resolved, followed up (satisfied) and closed on 2026-11-02 at 11:10, so
  // every clock has stopped and nothing is left to fire. The reopen window is 7 days (kefu's
  // default, LifecyclePolicy): a reopen is taken up to 2026-11-09T11:10 inclusive, so T-1 is
  // final only once the log is past that instant. T-3 is closed with a reason but never
  // followed up: a follow-up visit may still come at any time, so it is kept.
  const auto results = feed(
      runner, {open_t1, line("T-1", "first_response", "2026-11-02T10:00:10+08:00"),
               line("T-1", "triage", "2026-11-02T10:05:00+08:00"),
               line("T-1", "start", "2026-11-02T10:05:30+08:00"),
               line("T-1", "resolve", "2026-11-02T11:00:00+08:00"),
               line("T-1", "follow_up", "2026-11-02T11:05:00+08:00", R"(,"rating":"satisfied")"),
               line("T-1", "close", "2026-11-02T11:10:00+08:00"),
               line("T-3", "open", "2026-11-02T12:00:00+08:00",
                    R"(,"channel":"phone","priority":"normal")"),
               line("T-3", "first_response", "2026-11-02T12:00:05+08:00"),
               line("T-3", "close", "2026-11-02T12:01:00+08:00", R"(,"reason":"customer hung up")"),
               line("T-2", "open", "2026-11-09T11:10:00+08:00",
                    R"(,"channel":"phone","priority":"normal")")});
  for (const auto& r : results) CHECK(r.outcome == RecordOutcome::applied);
  CHECK(finals.tickets.empty());  // 11:10 is not past the window's end
  feed(runner, {line("T-2", "first_response", "2026-11-09T11:10:05+08:00")});
  REQUIRE(finals.tickets == std::vector<std::string>{"T-1"});
  CHECK(finals.watermarks[0] == parse_instant("2026-11-09T11:10:05+08:00"));
  CHECK(runner.case_count() == 3);
  const auto kept = runner.cases();
  REQUIRE(kept.size() == 2);
  CHECK(kept[0]->ticket.id == "T-3");  // in the order they first appear
  CHECK(kept[1]->ticket.id == "T-2");

  // A later reopen is refused, as the lifecycle would (outside the window); an earlier one
  // could have been taken (11-09 11:00 is within the window) and stops the reading.
  const auto late = feed(runner, {line("T-1", "reopen", "2026-11-09T12:00:00+08:00"),
                                  line("T-1", "reopen", "2026-11-09T11:00:00+08:00")});
  REQUIRE(late.size() == 2);
  CHECK(late[0].outcome == RecordOutcome::refused);
  CHECK_FALSE(late[0].stop);
  CHECK(late[0].problem.rfind("ticket 'T-1': reopen refused: the case is finished", 0) == 0);
  CHECK(late[1].outcome == RecordOutcome::refused);
  CHECK(late[1].stop);
  CHECK(late[1].problem.find("not in time order") != std::string::npos);
  CHECK(runner.counts().refused == 2);
  CHECK(finals.tickets.size() == 1);
}

TEST_CASE("a cancelled case is let go once the log is past it; without a sink nothing is") {
  // A cancel takes no further event (no row of the lifecycle leaves cancelled).
  const std::vector<std::string> log{
      open_t1, line("T-1", "cancel", "2026-11-02T10:01:00+08:00", R"(,"reason":"spam")"),
      line("T-2", "open", "2026-11-02T10:01:00+08:00", R"(,"channel":"phone","priority":"normal")"),
      line("T-2", "first_response", "2026-11-02T10:01:05+08:00")};
  std::vector<std::string> finals;
  CaseRunner runner(kefu::Config::defaults().workflow(), std::nullopt,
                    [&](const kefu::Case& c, const CaseRunner&) { finals.push_back(c.ticket.id); });
  feed(runner, {log[0], log[1], log[2]});
  CHECK(finals.empty());  // the watermark, 10:01, is not past the cancel
  feed(runner, {log[3]});
  CHECK(finals == std::vector<std::string>{"T-1"});

  CaseRunner holding(kefu::Config::defaults().workflow(), std::nullopt);
  feed(holding, log);
  CHECK(holding.cases().size() == 2);
  CHECK(holding.case_count() == 2);
}
