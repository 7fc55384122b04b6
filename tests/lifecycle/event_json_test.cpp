// kefu/io/event_json.hpp: events and records through JSON, and malformed JSON refused with the
// path of the bad field.

#include "fixtures.hpp"
#include <kefu/core/error.hpp>
#include <kefu/io/event_json.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

namespace events = kefu::events;
namespace json = boost::json;

namespace {

// One event of each kind with every payload field away from its default.
std::vector<kefu::Event> every_event() {
  events::Open open{"agent-li", "C-0002"};
  open.facts.channel = kefu::Channel::social_media;
  open.facts.category = kefu::Category::complaint;
  open.facts.scenario = kefu::Scenario::installation;
  open.facts.priority = kefu::Priority::critical;
  open.facts.tier = kefu::CustomerTier::key_account;
  open.repeat_of = "C-0001";
  open.note = "安装师傅未穿工服";
  return {open,
          events::FirstResponse{"agent-li", "您好"},
          events::Triage{"agent-li", kefu::Category::after_sales, kefu::Scenario::fault_repair,
                         kefu::Priority::high, "verified by order number"},
          events::Start{"agent-li", "s"},
          events::RequestInfo{"agent-li", "photos"},
          events::CustomerReply{"customer", "sent"},
          events::ProposeSolution{"agent-li", "new installer and a 50-yuan coupon"},
          events::AcceptSolution{"customer", "ok"},
          events::RejectSolution{"customer", "no"},
          events::Resolve{"agent-li", "done"},
          events::Confirm{"customer", "thanks"},
          events::FollowUp{"agent-li", kefu::Rating::basically_satisfied, "fine"},
          events::Close{"agent-li", "customer unreachable", "n"},
          events::Reopen{"customer", "again"},
          events::Transfer{"agent-li", "tech-wang", "needs a technician"},
          events::Escalate{"agent-li", kefu::EscalationLevel::director, "vip"},
          events::Cancel{"agent-li", "spam", "n"},
          events::VerifyFacts{"agent-li", "安装部", "师傅未按规定穿工服", "n"},
          events::PromiseAnswer{"agent-li", kefu::test::at_minute(150), "2小时内给您反馈"},
          events::Apologize{"supervisor-zhao", "致电致歉"},
          events::NeedSiteVisit{"agent-li", "冒烟"},
          events::ArriveOnSite{"engineer-li", "到达"}};
}

kefu::EventRecord record_from(std::string_view text) {
  return kefu::io::event_record_from_json(json::parse(text));
}

}  // namespace

TEST_CASE("every event round-trips through json as an event and as a record") {
  const auto all = every_event();
  REQUIRE(all.size() == 22);
  for (const auto& event : all) {
    CAPTURE(std::string(kefu::event_name(event)));
    CHECK(kefu::io::event_from_json(kefu::io::to_json(event)) == event);
    const kefu::EventRecord record{event, kefu::test::at_minute(30)};
    CHECK(kefu::io::event_record_from_json(kefu::io::to_json(record)) == record);
    const std::string text = json::serialize(kefu::io::to_json(record));
    CHECK(kefu::io::event_record_from_json_text(text) == record);
  }
}

TEST_CASE("a record is written with stable field names and a utc instant") {
  const kefu::EventRecord record{events::Transfer{"agent-li", "tech-wang", "needs a technician"},
                                 kefu::test::at_minute(30)};
  CHECK(json::serialize(kefu::io::to_json(record)) ==
        R"({"version":1,"event":"transfer","at":"2026-11-24T09:30:00Z","actor":"agent-li",)"
        R"("to":"tech-wang","note":"needs a technician"})");
  CHECK(json::serialize(kefu::io::to_json(kefu::Event{events::Triage{"agent-li"}})) ==
        R"({"version":1,"event":"triage","actor":"agent-li","category":null,"scenario":null,)"
        R"("priority":null,"note":""})");
}

TEST_CASE("a record's event id is written first, read back, and left out when empty") {
  kefu::EventRecord record{events::Transfer{"agent-li", "tech-wang"}, kefu::test::at_minute(30),
                           "crm-88123"};
  CHECK(json::serialize(kefu::io::to_json(record)) ==
        R"({"version":1,"event_id":"crm-88123","event":"transfer","at":"2026-11-24T09:30:00Z",)"
        R"("actor":"agent-li","to":"tech-wang","note":""})");
  CHECK(kefu::io::event_record_from_json(kefu::io::to_json(record)) == record);
  // The id is part of the record: the same event under another id is another record.
  kefu::EventRecord other = record;
  other.id = "crm-88124";
  CHECK(other != record);
  // The open event's "id" is the ticket's; the record's own id sits beside it.
  const auto open = record_from(R"({"version":1,"event_id":"m-1","event":"open",)"
                                R"("at":"2026-11-24T09:00:00Z","actor":"agent-li","id":"C-7"})");
  CHECK(open.id == "m-1");
  CHECK(std::get<events::Open>(open.event).id == "C-7");
  // A record written before ids existed reads with none.
  CHECK(record_from(R"({"version":1,"event":"resolve","at":"2026-11-24T09:00:00Z","actor":"a"})")
            .id.empty());
  CHECK_THROWS_WITH_AS(
      record_from(R"({"version":1,"event_id":17,"event":"resolve","at":"2026-11-24T09:00:00Z",)"
                  R"("actor":"a"})"),
      "event json: $.event_id: expected a string", kefu::parse_error);
  // An event alone (not a record) has no id to carry.
  CHECK_THROWS_WITH_AS(kefu::io::event_from_json(json::parse(
                           R"({"version":1,"event_id":"x","event":"resolve","actor":"a"})")),
                       "event json: $: unknown field 'event_id'", kefu::parse_error);
}

TEST_CASE("the new events write their department, finding and promised instant") {
  CHECK(json::serialize(
            kefu::io::to_json(kefu::Event{events::VerifyFacts{"agent-li", "仓库", "漏发", "n"}})) ==
        R"({"version":1,"event":"verify_facts","actor":"agent-li","department":"仓库",)"
        R"("finding":"漏发","note":"n"})");
  CHECK(json::serialize(kefu::io::to_json(
            kefu::Event{events::PromiseAnswer{"agent-li", kefu::test::at_minute(120)}})) ==
        R"({"version":1,"event":"promise_answer","actor":"agent-li",)"
        R"("by":"2026-11-24T11:00:00Z","note":""})");
  CHECK_THROWS_WITH_AS(
      record_from(R"({"version":1,"event":"promise_answer","at":"2026-11-24T09:00:00Z",)"
                  R"("actor":"a","by":"tomorrow"})"),
      "event json: $.by: instant 'tomorrow': expected YYYY-MM-DDTHH:MM:SS followed by Z or an "
      "offset such as +08:00",
      kefu::parse_error);
}

TEST_CASE("instants keep their fractional seconds") {
  const kefu::EventRecord record{events::Resolve{"agent-li"},
                                 kefu::test::at_minute(0) + boost::posix_time::microseconds(1500)};
  const auto value = kefu::io::to_json(record);
  // 1500 microseconds are 0.0015 s: written without trailing zeros, as kefu::format_instant.
  CHECK(value.at("at") == "2026-11-24T09:00:00.0015Z");
  CHECK(kefu::io::event_record_from_json(value) == record);
  // Logs written before kefu had one instant writer have six digits: they read the same.
  CHECK(record_from(R"({"version":1,"event":"resolve","at":"2026-11-24T09:00:00.001500Z",)"
                    R"("actor":"agent-li"})") == record);
  // kefu::parse_instant reads every edge: 17:00 at +08:00 is 09:00 UTC.
  CHECK(record_from(R"({"version":1,"event":"resolve","at":"2026-11-24T17:00:00+08:00",)"
                    R"("actor":"a"})")
            .at == kefu::test::at_minute(0));
  CHECK(record_from(R"({"version":1,"event":"resolve","at":"2026-11-24T09:00:00.5Z",)"
                    R"("actor":"a"})")
            .at == kefu::test::at_minute(0) + boost::posix_time::milliseconds(500));
}

TEST_CASE("payload fields may be left out and take their defaults") {
  const auto record = record_from(R"({"version":1,"event":"follow_up","at":"2026-11-24T09:00:00Z",)"
                                  R"("actor":"agent-li"})");
  CHECK(record.event == kefu::Event{events::FollowUp{"agent-li", kefu::Rating::satisfied}});
}

TEST_CASE("malformed event json is refused with the path of the bad field") {
  const auto refuses = [](std::string_view text, const char* message) {
    CAPTURE(text);
    CHECK_THROWS_WITH_AS(kefu::io::event_record_from_json_text(text), message, kefu::parse_error);
  };
  refuses("[1]", "event json: $: expected an object");
  refuses("{\"version\":1,", "event json: $: invalid json: incomplete JSON");
  refuses(R"({"event":"resolve","at":"2026-11-24T09:00:00Z","actor":"a"})",
          "event json: $: missing field 'version'");
  refuses(R"({"version":2,"event":"resolve","at":"2026-11-24T09:00:00Z","actor":"a"})",
          "event json: $.version: unsupported version 2 (this kefu reads 1)");
  refuses(R"({"version":1,"event":"explode","at":"2026-11-24T09:00:00Z","actor":"a"})",
          "event json: $.event: unknown event 'explode'");
  refuses(R"({"version":1,"event":"resolve","at":"2026-11-24T09:00:00Z"})",
          "event json: $: missing field 'actor'");
  refuses(R"({"version":1,"event":"resolve","at":"2026-11-24T09:00:00Z","actor":7})",
          "event json: $.actor: expected a string");
  refuses(R"({"version":1,"event":"escalate","at":"2026-11-24T09:00:00Z","actor":"a",)"
          R"("level":"boss"})",
          "event json: $.level: unknown escalation level 'boss'");
  refuses(R"({"version":1,"event":"resolve","at":"2026-11-24T09:00:00Z","actor":"a",)"
          R"("to":"b"})",
          "event json: $: unknown field 'to'");
  refuses(R"({"version":1,"event":"follow_up","at":"2026-11-24T09:00:00Z","actor":"a",)"
          R"("rating":"满意"})",
          "event json: $.rating: unknown rating '满意'");
  // Each reason as kefu::parse_instant gives it (instant.hpp lists what it refuses).
  constexpr const char* shape =
      "expected YYYY-MM-DDTHH:MM:SS followed by Z or an offset such as "
      "+08:00";
  const std::pair<const char*, std::string> bad_instants[] = {
      {"2026-02-30T09:00:00Z", "no day 30 in 2026-02"},
      {"2026-11-24 09:00:00Z", shape},
      {"2026-11-24T09:00:00",
       "no offset: a local time is not an instant (add Z for UTC or +08:00 for Beijing time)"},
      {"2026-11-24T24:00:00Z", "hour 24 (the day ends at 23:59:59)"},
      {"2026-11-24T09:00:00Zjunk", "unexpected 'junk' after the offset"},
      {"2026-11-24T09:00:00.1234567Z", "more than 6 fractional digits"},
      {"2026-11-24T09:00:00.Z", "expected digits after the '.'"},
      {"tomorrow", shape}};
  for (const auto& [at, reason] : bad_instants) {
    const std::string message = "event json: $.at: instant '" + std::string(at) + "': " + reason;
    refuses(std::string(R"({"version":1,"event":"resolve","actor":"a","at":")") + at + "\"}",
            message.c_str());
  }
  refuses(R"({"version":1,"event":"resolve","actor":"a","at":null})",
          "event json: $.at: expected an instant such as \"2026-11-24T09:30:00Z\"");
}
