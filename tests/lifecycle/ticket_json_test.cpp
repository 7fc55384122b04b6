// kefu/io/ticket_json.hpp: ticket snapshots through JSON, and malformed snapshots refused with
// the path of the bad field.

#include "fixtures.hpp"
#include <kefu/core/error.hpp>
#include <kefu/io/ticket_json.hpp>
#include <kefu/lifecycle/lifecycle.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <string>

namespace events = kefu::events;
namespace json = boost::json;
using kefu::test::step;

namespace {

// A complaint that went through most of what a ticket can hold.
kefu::Ticket busy_ticket() {
  const kefu::Lifecycle lifecycle;
  events::Open open{"agent-a", "T-1"};
  open.facts.channel = kefu::Channel::online_chat;
  open.facts.category = kefu::Category::complaint;
  open.repeat_of = "C-0000";
  kefu::Ticket t = kefu::Ticket::open(open, kefu::test::at_minute(0));
  step(lifecycle, t, events::Triage{"agent-a"}, 1);
  step(lifecycle, t, events::FirstResponse{"agent-a"}, 2);
  step(lifecycle, t, events::Start{"agent-a"}, 3);
  step(lifecycle, t, events::Apologize{"supervisor"}, 4);
  step(lifecycle, t, events::VerifyFacts{"agent-a", "安装部", "属实"}, 5);
  step(lifecycle, t, events::NeedSiteVisit{"agent-a"}, 6);
  step(lifecycle, t, events::ArriveOnSite{"tech-b"}, 7);
  step(lifecycle, t, events::Transfer{"agent-a", "tech-b"}, 10);
  step(lifecycle, t, events::Escalate{"agent-a", kefu::EscalationLevel::supervisor}, 11);
  step(lifecycle, t, events::Resolve{"tech-b"}, 12);
  step(lifecycle, t, events::FollowUp{"agent-a", kefu::Rating::unsatisfied}, 13);
  step(lifecycle, t, events::Resolve{"tech-b"}, 14);
  step(lifecycle, t, events::FollowUp{"agent-a", kefu::Rating::satisfied}, 15);
  step(lifecycle, t, events::Close{"agent-a"}, 16);
  step(lifecycle, t, events::Reopen{"customer"}, 17);
  step(lifecycle, t, events::Close{"agent-a", "customer withdrew"}, 18);
  return t;
}

json::value busy_json() { return kefu::io::to_json(busy_ticket()); }

void refuses(const json::value& value, const char* message) {
  CHECK_THROWS_WITH_AS(kefu::io::ticket_from_json(value), message, kefu::parse_error);
}

}  // namespace

TEST_CASE("a ticket round-trips through json, history included") {
  const kefu::Ticket t = busy_ticket();
  CHECK(kefu::io::ticket_from_json(kefu::io::to_json(t)) == t);
  CHECK(kefu::io::ticket_from_json_text(kefu::io::to_json_text(t)) == t);
  CHECK(kefu::Lifecycle{}.replay(t.history) == t);
  const kefu::Ticket fresh = kefu::test::new_ticket();
  CHECK(kefu::io::ticket_from_json(kefu::io::to_json(fresh)) == fresh);
}

TEST_CASE("a ticket is written with stable field names and a format version") {
  const json::value v = busy_json();
  CHECK(v.at("version") == 1);
  CHECK(v.at("id") == "T-1");
  CHECK(v.at("channel") == "online_chat");
  CHECK(v.at("category") == "complaint");
  CHECK(v.at("owner") == "agent-a");
  CHECK(v.at("handler") == "tech-b");
  CHECK(v.at("state") == "closed");
  CHECK(v.at("escalation") == "manager");
  CHECK(v.at("milestones").at("opened") == "2026-11-24T09:00:00Z");
  CHECK(v.at("milestones").at("closed") == "2026-11-24T09:18:00Z");
  CHECK(v.at("milestones").at("confirmed").is_null());
  CHECK(v.at("updated_at") == "2026-11-24T09:18:00Z");
  CHECK(v.at("rating") == "satisfied");
  CHECK(v.at("close_reason") == "customer withdrew");
  CHECK(v.at("reopen_count") == 1);
  CHECK(v.at("repeat_complaints") == 1);
  CHECK(v.at("repeat_of") == "C-0000");
  CHECK(v.at("milestones").at("verified") == "2026-11-24T09:05:00Z");
  CHECK(v.at("milestones").at("apologized") == "2026-11-24T09:04:00Z");
  CHECK(v.at("milestones").at("site_visit_needed") == "2026-11-24T09:06:00Z");
  CHECK(v.at("milestones").at("on_site") == "2026-11-24T09:07:00Z");
  CHECK(v.at("history").as_array().size() == 17);  // 4 to reach in_progress, 13 more
  CHECK(json::serialize(v.at("history").at(0)) ==
        R"({"event":"open","at":"2026-11-24T09:00:00Z","actor":"agent-a","id":"T-1",)"
        R"("channel":"online_chat","category":"complaint","scenario":"none",)"
        R"("priority":"normal","tier":"regular","repeat_of":"C-0000","note":""})");
}

TEST_CASE("a snapshot written before the verification and site-visit milestones still reads") {
  // Those milestones came with their events: a snapshot without them takes them from its
  // history, which has none in a document of that time.
  json::value v = busy_json();
  auto& milestones = v.at("milestones").as_object();
  for (const char* key : {"verified", "apologized", "site_visit_needed", "on_site"}) {
    milestones.erase(key);
  }
  const kefu::Ticket t = kefu::io::ticket_from_json(v);
  CHECK(t == busy_ticket());
  CHECK(t.milestones.verified == kefu::test::at_minute(5));
  CHECK(t.milestones.on_site == kefu::test::at_minute(7));

  const kefu::Ticket fresh = kefu::test::new_ticket();
  v = kefu::io::to_json(fresh);
  v.at("milestones").as_object().erase("verified");
  const kefu::Ticket old = kefu::io::ticket_from_json(v);
  CHECK_FALSE(kefu::reached(old.milestones.verified));
  CHECK(old == fresh);
}

TEST_CASE("event ids of the history survive a snapshot") {
  const kefu::Lifecycle lifecycle;
  kefu::Ticket t = kefu::test::new_ticket();
  t.history[0].id = "m-0";
  REQUIRE(lifecycle.apply(t, events::Triage{"agent-a"}, kefu::test::at_minute(1), "m-1"));
  const json::value v = kefu::io::to_json(t);
  CHECK(v.at("history").at(0).at("event_id") == "m-0");
  CHECK(v.at("history").at(1).at("event_id") == "m-1");
  const kefu::Ticket back = kefu::io::ticket_from_json(v);
  CHECK(back == t);
  CHECK(back.history[1].id == "m-1");
}

TEST_CASE("a malformed ticket snapshot is refused with the path of the bad field") {
  refuses(json::parse("\"ticket\""), "ticket json: $: expected an object");
  CHECK_THROWS_WITH_AS(kefu::io::ticket_from_json_text("{\"id\": }"),
                       "ticket json: $: invalid json: syntax error", kefu::parse_error);

  json::value v = busy_json();
  v.as_object()["version"] = 0;
  refuses(v, "ticket json: $.version: unsupported version 0 (this kefu reads 1)");

  v = busy_json();
  v.as_object().erase("owner");
  refuses(v, "ticket json: $: missing field 'owner'");

  v = busy_json();
  v.as_object()["state"] = "sleeping";
  refuses(v, "ticket json: $.state: unknown state 'sleeping'");

  v = busy_json();
  v.as_object()["reopen_count"] = -1;
  refuses(v, "ticket json: $.reopen_count: -1 is outside 0 to 4294967295");

  v = busy_json();
  v.as_object()["repeat_complaints"] = 1.5;
  refuses(v, "ticket json: $.repeat_complaints: expected a whole number from 0 to 4294967295");

  v = busy_json();
  v.as_object()["milestones"].as_object()["closed"] = "yesterday";
  refuses(v,
          "ticket json: $.milestones.closed: instant 'yesterday': "
          "expected YYYY-MM-DDTHH:MM:SS followed by Z or an offset such as +08:00");

  v = busy_json();
  v.as_object()["milestones"].as_object()["escalated"] = nullptr;
  refuses(v, "ticket json: $.milestones: unknown field 'escalated'");

  v = busy_json();
  v.as_object()["history"].as_array()[3].as_object()["at"] = 12;
  refuses(v, "ticket json: $.history[3].at: expected an instant such as \"2026-11-24T09:30:00Z\"");

  v = busy_json();
  v.as_object()["history"].as_array()[9].as_object()["level"] = "king";
  refuses(v, "ticket json: $.history[9].level: unknown escalation level 'king'");

  v = busy_json();
  v.as_object()["history"] = json::object();
  refuses(v, "ticket json: $.history: expected an array");

  v = busy_json();
  v.as_object()["updated_at"] = nullptr;
  refuses(v, "ticket json: $.updated_at: expected an instant such as \"2026-11-24T09:30:00Z\"");

  v = busy_json();
  v.as_object()["comment"] = "extra";
  refuses(v, "ticket json: $: unknown field 'comment'");
}

// A cancelled inquiry written by hand, every field consistent with its two events.
constexpr const char* cancelled_by_hand = R"({
  "version": 1, "id": "C-9", "channel": "phone", "category": "inquiry", "scenario": "none",
  "priority": "normal", "tier": "regular", "owner": "agent-a", "handler": "agent-a",
  "state": "cancelled", "escalation": "none",
  "milestones": {"opened": "2026-11-24T09:00:00Z", "first_response": null, "triaged": null,
    "proposed": null, "accepted": null, "resolved": null, "confirmed": null,
    "followed_up": null, "closed": null, "reopened": null,
    "cancelled": "2026-11-24T09:05:00Z"},
  "updated_at": "2026-11-24T09:05:00Z", "rating": null, "close_reason": "duplicate",
  "reopen_count": 0, "repeat_complaints": 0, "repeat_of": "",
  "history": [
    {"event_id": "m-1", "event": "open", "at": "2026-11-24T09:00:00Z", "actor": "agent-a",
     "id": "C-9", "channel": "phone"},
    {"event_id": "m-2", "event": "cancel", "at": "2026-11-24T09:05:00Z", "actor": "agent-a",
     "reason": "duplicate"}]})";

// `cancelled_by_hand` with `from` replaced by `to` (which must occur exactly once).
std::string edited(const std::string& from, const std::string& to) {
  std::string text = cancelled_by_hand;
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  REQUIRE(text.find(from, at + 1) == std::string::npos);
  return text.replace(at, from.size(), to);
}

void refuses_text(const std::string& text, const char* message) {
  CHECK_THROWS_WITH_AS(kefu::io::ticket_from_json_text(text), message, kefu::parse_error);
}

TEST_CASE("a snapshot written by hand reads when it agrees with its history") {
  const kefu::Ticket t = kefu::io::ticket_from_json_text(cancelled_by_hand);
  CHECK(t.state == kefu::State::cancelled);
  CHECK(t.close_reason == "duplicate");
  CHECK(t.history[1].id == "m-2");
  CHECK(t == kefu::Lifecycle{}.replay(t.history));
}

TEST_CASE("a snapshot that contradicts its own history is refused with the path") {
  // A cancelled case marked received: the lifecycle would then accept a first response.
  refuses_text(edited(R"("state": "cancelled")", R"("state": "received")"),
               "ticket json: $.state: 'received' contradicts the history, which ends in "
               "'cancelled'");
  refuses_text(edited(R"("escalation": "none")", R"("escalation": "director")"),
               "ticket json: $.escalation: 'director' contradicts the history, which ends in "
               "'none'");
  refuses_text(edited(R"("handler": "agent-a")", R"("handler": "agent-b")"),
               "ticket json: $.handler: 'agent-b' contradicts the history, which ends in "
               "'agent-a'");
  refuses_text(edited(R"("priority": "normal")", R"("priority": "critical")"),
               "ticket json: $.priority: 'critical' contradicts the history, which ends in "
               "'normal'");
  refuses_text(edited(R"("cancelled": "2026-11-24T09:05:00Z")", R"("cancelled": null)"),
               "ticket json: $.milestones.cancelled: null contradicts the history, which ends "
               "in '2026-11-24T09:05:00Z'");
  refuses_text(edited(R"("reopen_count": 0)", R"("reopen_count": 2)"),
               "ticket json: $.reopen_count: 2 contradicts the history, which ends in 0");
  refuses_text(
      edited(R"("updated_at": "2026-11-24T09:05:00Z")", R"("updated_at": "2026-11-24T09:04:00Z")"),
      "ticket json: $.updated_at: '2026-11-24T09:04:00Z' contradicts the history, which "
      "ends in '2026-11-24T09:05:00Z'");
  refuses_text(edited(R"("id": "C-9", "channel": "phone", "category")",
                      R"("id": "C-8", "channel": "phone", "category")"),
               "ticket json: $.id: 'C-8' contradicts the history, which ends in 'C-9'");

  // Issue 15's reproducer, kept in the fuzz corpus: a closed complaint marked received.
  std::ifstream in(std::string(KEFU_TEST_DATA_DIR) +
                   "/../fuzz/corpus/ticket_json/closed_case_marked_received.json");
  REQUIRE(in);
  const std::string reproducer{std::istreambuf_iterator<char>(in), {}};
  refuses_text(reproducer,
               "ticket json: $.state: 'received' contradicts the history, which ends in 'closed'");

  json::value v = busy_json();
  v.as_object()["state"] = "received";
  refuses(v, "ticket json: $.state: 'received' contradicts the history, which ends in 'closed'");
}

TEST_CASE("a snapshot whose history does not replay is refused at the bad record") {
  // Resolved straight after the opening: the lifecycle SOP has no such transition.
  refuses_text(edited(R"("event": "cancel", "at": "2026-11-24T09:05:00Z", "actor": "agent-a",
     "reason": "duplicate")",
                      R"("event": "resolve", "at": "2026-11-24T09:05:00Z", "actor": "agent-a")"),
               "ticket json: $.history[1]: 'resolve' refused in received: not allowed in this "
               "state");
  json::value v = json::parse(cancelled_by_hand);
  v.as_object()["history"].as_array()[0] =
      json::parse(R"({"event": "start", "at": "2026-11-24T09:00:00Z", "actor": "agent-a"})");
  refuses(v, "ticket json: $.history[0].event: expected 'open', the first event");
  refuses_text(edited(R"("event_id": "m-2")", R"("event_id": "m-1")"),
               "ticket json: $.history[1].event_id: 'm-1' is already the id of $.history[0]");
  refuses_text(edited(R"("actor": "agent-a",
     "id": "C-9")",
                      R"("actor": "",
     "id": "C-9")"),
               "ticket json: $.history[0]: ticket open: empty owner");
  v = busy_json();
  v.as_object()["history"] = json::array();
  refuses(v, "ticket json: $.history: empty: a history starts with the open event");
  // The same record stored twice.
  v = json::parse(cancelled_by_hand);
  auto& history = v.as_object()["history"].as_array();
  history.push_back(history[1]);
  refuses(v, "ticket json: $.history[2].event_id: 'm-2' is already the id of $.history[1]");
}

TEST_CASE("a snapshot is replayed on the host's lifecycle when it gives one") {
  // Reopened 8 days after the close: past the SOP's 7-day window, within a host's 10 days.
  kefu::LifecyclePolicy policy;
  policy.reopen_window = boost::posix_time::hours(10 * 24);
  const kefu::Lifecycle ten_days(policy);
  kefu::Ticket t = kefu::test::ticket_in(kefu::State::closed);
  step(ten_days, t, events::Reopen{"customer"}, 8 * 24 * 60);
  const std::string text = kefu::io::to_json_text(t);
  CHECK(kefu::io::ticket_from_json_text(text, ten_days) == t);
  CHECK_THROWS_AS(kefu::io::ticket_from_json_text(text), kefu::parse_error);
}
