// kefu/io/case_json.hpp: a case's host data through JSON and back through the workflow, equal
// to the case written; documents that are malformed or contradict their history refused with
// the path; the flat summary as JSON.

#include "../workflow/random_events.hpp"
#include "../workflow/workflow_fixture.hpp"
#include <kefu/core/error.hpp>
#include <kefu/io/case_json.hpp>
#include <kefu/workflow/case_summary.hpp>
#include <kefu/workflow/workflow.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <doctest/doctest.h>

#include <random>
#include <string>

using namespace kefu;
namespace json = boost::json;
using boost::posix_time::minutes;
using boost::posix_time::ptime;
using kefu::test::beijing;
using kefu::test::default_workflow;
using kefu::test::open_event;

namespace {

// A complaint with a safety flag, handled for a few days with timer checks in between, every
// event with the host's id. Opened Tue 2025-09-30 17:00 Beijing time; `checked`: with a timer
// check at Oct 3 00:00 that fires the 48 h clocks' warnings and breaches.
Case handled_complaint(bool checked = true) {
  const Workflow& wf = default_workflow();
  Flags flags;
  flags.safety_risk = true;
  Case c = wf.open(open_event("C1", Category::complaint, Scenario::service_complaint,
                              Priority::normal, Channel::online_chat),
                   beijing("2025-09-30 17:00:00"), flags, "e0");
  REQUIRE(wf.apply(c, events::FirstResponse{"agent_li"}, beijing("2025-09-30 17:00:20"), "e1"));
  REQUIRE(wf.apply(c, events::Triage{"agent_li"}, beijing("2025-09-30 17:30:00"), "e2"));
  REQUIRE(wf.apply(c, events::Start{"agent_li"}, beijing("2025-09-30 17:30:40"), "e3"));
  if (checked) REQUIRE_FALSE(wf.fire_due(c, beijing("2025-10-03 00:00:00")).empty());
  return c;
}

void refuses(const json::value& document, const std::string& message) {
  CHECK_THROWS_WITH_AS(io::case_from_json(document, default_workflow()), message.c_str(),
                       parse_error);
}

}  // namespace

TEST_CASE("a case round-trips through json, rebuilt by the workflow") {
  const Case c = handled_complaint();
  CHECK(io::case_from_json(io::case_to_json(c), default_workflow()) == c);
  CHECK(io::case_from_json_text(io::case_to_json_text(c), default_workflow()) == c);

  const json::value v = io::case_to_json(c);
  CHECK(v.as_object().size() == 4);
  CHECK(v.at("version") == 1);
  CHECK(v.at("ticket").at("id") == "C1");
  CHECK(v.at("ticket").at("state") == "in_progress");
  CHECK(v.at("ticket").at("history").at(3).at("event_id") == "e3");
  CHECK(json::serialize(v.at("flags")) == R"(["safety_risk"])");
  // The last timer check that fired something, not the last event (Sep 30 17:30:40).
  CHECK(v.at("checked_until") == "2025-10-02T16:00:00Z");
}

TEST_CASE("random cases round-trip through json with their ids, flags and checks") {
  const Workflow& wf = default_workflow();
  std::mt19937 rng(20261201);
  for (int i = 0; i < 300; ++i) {
    CAPTURE(i);
    Flags flags;
    flags.perishable = rng() % 3 == 0;
    flags.escalation_demand = rng() % 3 == 0;
    ptime t = beijing("2025-09-26 08:00:00") + minutes(static_cast<long>(rng() % (40 * 24 * 60)));
    auto open = open_event(
        "R", test::pick(rng, {Category::inquiry, Category::complaint, Category::after_sales}),
        Scenario::none, test::pick(rng, {Priority::low, Priority::normal, Priority::critical}),
        test::pick(rng, {Channel::phone, Channel::online_chat}));
    Case c = wf.open(open, t, flags, "r0");
    for (int step = 1; step < 12; ++step) {
      t += minutes(static_cast<long>(rng() % (3 * 24 * 60)));
      if (rng() % 4 == 0) {
        wf.fire_due(c, t);
        continue;
      }
      const auto allowed = wf.lifecycle().allowed_events(c.ticket, t);
      if (allowed.empty()) break;
      const EventKind kind = allowed[rng() % allowed.size()];
      // Some events without an id, as hosts that give none.
      const std::string id = rng() % 5 == 0 ? "" : "r" + std::to_string(step);
      wf.apply(c, test::random_event(rng, kind, t), t, id);
    }
    const std::string text = io::case_to_json_text(c);
    const Case back = io::case_from_json_text(text, wf);
    REQUIRE(back == c);
    CHECK(io::case_to_json_text(back) == text);
  }
}

TEST_CASE("a malformed case document is refused with the path of the bad field") {
  const json::value good = io::case_to_json(handled_complaint());
  CHECK_THROWS_WITH_AS(io::case_from_json_text("{\"version\": 1,", default_workflow()),
                       "case json: $: invalid json: incomplete JSON", parse_error);
  refuses(json::parse("[]"), "case json: $: expected an object");

  json::value v = good;
  v.as_object()["version"] = 2;
  refuses(v, "case json: $.version: unsupported version 2 (this kefu reads 1)");

  v = good;
  v.as_object().erase("flags");
  refuses(v, "case json: $: missing field 'flags'");

  v = good;
  v.as_object()["clocks"] = json::array();
  refuses(v, "case json: $: unknown field 'clocks'");

  v = good;
  v.as_object()["flags"] = json::parse(R"(["perishable", "sunny"])");
  refuses(v, "case json: $.flags[1]: unknown flag 'sunny'");

  v = good;
  v.as_object()["flags"] = json::parse(R"(["perishable", "perishable"])");
  refuses(v, "case json: $.flags[1]: 'perishable' is listed twice");

  v = good;
  v.as_object()["checked_until"] = "soon";
  refuses(v,
          "case json: $.checked_until: instant 'soon': expected YYYY-MM-DDTHH:MM:SS followed by Z "
          "or an offset such as +08:00");

  v = good;
  v.as_object()["ticket"].as_object()["history"].as_array()[2].as_object()["at"] = 5;
  refuses(v,
          "case json: $.ticket.history[2].at: expected an instant such as "
          "\"2026-11-24T09:30:00Z\"");

  v = good;
  v.as_object()["ticket"].as_object()["owner"] = 7;
  refuses(v, "case json: $.ticket.owner: expected a string");
}

TEST_CASE("a case document that contradicts its history is refused with the path") {
  const json::value good = io::case_to_json(handled_complaint());
  json::value v = good;
  v.as_object()["ticket"].as_object()["state"] = "closed";
  refuses(v,
          "case json: $.ticket.state: 'closed' contradicts the history, which ends in "
          "'in_progress'");

  // checked_until earlier than the last event: a replay cannot stop there.
  v = good;
  v.as_object()["checked_until"] = "2025-09-30T09:00:00Z";
  refuses(v,
          "case json: $.checked_until: '2025-09-30T09:00:00Z' is not where this history's "
          "events and checks end ('2025-09-30T09:30:40Z')");
  // Later than the last event with nothing due in between: checked_until moves only when a
  // check fires something, so the host's case never stood there. (A later instant at which
  // something is due is a later check, and reads as one.)
  const Case unchecked = handled_complaint(false);
  REQUIRE(default_workflow().next_check(unchecked) > beijing("2025-09-30 17:30:41"));
  v = io::case_to_json(unchecked);
  CHECK(io::case_from_json(v, default_workflow()) == unchecked);
  v.as_object()["checked_until"] = "2025-09-30T09:30:41Z";
  refuses(v,
          "case json: $.checked_until: '2025-09-30T09:30:41Z' is not where this history's "
          "events and checks end ('2025-09-30T09:30:40Z')");

  // A history that the lifecycle refuses, at the record.
  v = good;
  auto& history = v.as_object()["ticket"].as_object()["history"].as_array();
  history[3] = json::parse(R"({"event":"confirm","at":"2025-09-30T09:30:40Z","actor":"c"})");
  refuses(v,
          "case json: $.ticket.history[3]: 'confirm' refused in triaged: not allowed in "
          "this state");
}

TEST_CASE("a case summary is written as flat json with utc instants") {
  const Workflow& wf = default_workflow();
  Case c = wf.open(open_event("T2", Category::inquiry, Scenario::usage_inquiry, Priority::normal,
                              Channel::phone),
                   beijing("2025-09-29 10:00:00"));
  REQUIRE(wf.apply(c, events::FirstResponse{"agent_li"}, beijing("2025-09-29 10:00:10")));
  // Deadlines by hand (case_summary_test.cpp): first response 10:00:15, initial plan 11:00,
  // resolution 14:00 Beijing time, i.e. 02:00:15, 03:00 and 06:00 UTC; next check at the
  // resolution's 75%: 13:00 Beijing, 05:00 UTC.
  CHECK(
      json::serialize(io::to_json(summarize(c))) ==
      R"({"id":"T2","state":"received","priority":"normal","category":"inquiry",)"
      R"("channel":"phone","scenario":"usage_inquiry","tier":"regular","handler":"agent_li","escalation":"none","flags":[],)"
      R"("updated_at":"2025-09-29T02:00:10Z","checked_until":"2025-09-29T02:00:10Z",)"
      R"("next_check":"2025-09-29T05:00:00Z","as_of":"2025-09-29T02:00:10Z","clocks":[)"
      R"({"clock":"first_response","deadline":"2025-09-29T02:00:15Z","status":"met",)"
      R"("provisional":false},)"
      R"({"clock":"initial_plan","deadline":"2025-09-29T03:00:00Z","status":"running",)"
      R"("provisional":false},)"
      R"({"clock":"resolution","deadline":"2025-09-29T06:00:00Z","status":"running",)"
      R"("provisional":false}]})");
}
