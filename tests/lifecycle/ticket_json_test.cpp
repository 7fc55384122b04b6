// kefu/io/ticket_json.hpp: ticket snapshots through JSON, and malformed snapshots refused with
// the path of the bad field.

#include "fixtures.hpp"
#include <kefu/core/error.hpp>
#include <kefu/io/ticket_json.hpp>
#include <kefu/lifecycle/lifecycle.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <doctest/doctest.h>

#include <string>

namespace events = kefu::events;
namespace json = boost::json;
using kefu::test::step;

namespace {

// A complaint that went through most of what a ticket can hold.
kefu::Ticket busy_ticket() {
  const kefu::Lifecycle lifecycle;
  events::Open open{"agent-a", "T-1"};
  open.channel = kefu::Channel::online_chat;
  open.category = kefu::Category::complaint;
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
  json::value v = busy_json();
  auto& milestones = v.at("milestones").as_object();
  for (const char* key : {"verified", "apologized", "site_visit_needed", "on_site"}) {
    milestones.erase(key);
  }
  const kefu::Ticket t = kefu::io::ticket_from_json(v);
  CHECK_FALSE(kefu::reached(t.milestones.verified));
  CHECK_FALSE(kefu::reached(t.milestones.on_site));
  CHECK(t.milestones.closed == kefu::test::at_minute(18));
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
  refuses(v, "ticket json: $.owner: missing");

  v = busy_json();
  v.as_object()["state"] = "sleeping";
  refuses(v, "ticket json: $.state: unknown state 'sleeping'");

  v = busy_json();
  v.as_object()["reopen_count"] = -1;
  refuses(v, "ticket json: $.reopen_count: expected a whole number from 0 to 4294967295");

  v = busy_json();
  v.as_object()["repeat_complaints"] = 1.5;
  refuses(v, "ticket json: $.repeat_complaints: expected a whole number from 0 to 4294967295");

  v = busy_json();
  v.as_object()["milestones"].as_object()["closed"] = "yesterday";
  refuses(v, "ticket json: $.milestones.closed: expected a utc time like 2026-11-24T09:30:00Z");

  v = busy_json();
  v.as_object()["milestones"].as_object()["escalated"] = nullptr;
  refuses(v, "ticket json: $.milestones.escalated: unknown field");

  v = busy_json();
  v.as_object()["history"].as_array()[3].as_object()["at"] = 12;
  refuses(v, "ticket json: $.history[3].at: expected a utc time like 2026-11-24T09:30:00Z");

  v = busy_json();
  v.as_object()["history"].as_array()[9].as_object()["level"] = "king";
  refuses(v, "ticket json: $.history[9].level: unknown escalation level 'king'");

  v = busy_json();
  v.as_object()["history"] = json::object();
  refuses(v, "ticket json: $.history: expected an array");

  v = busy_json();
  v.as_object()["updated_at"] = nullptr;
  refuses(v, "ticket json: $.updated_at: expected a utc time like 2026-11-24T09:30:00Z");

  v = busy_json();
  v.as_object()["comment"] = "extra";
  refuses(v, "ticket json: $.comment: unknown field");
}
