// kefu/io/kpi_json.hpp: accumulators survive a trip through JSON; bad documents are refused
// with the path of the bad field.

#include <kefu/core/error.hpp>
#include <kefu/io/kpi_json.hpp>
#include <kefu/kpi/formulas.hpp>

#include <boost/json.hpp>

#include <doctest/doctest.h>

#include <random>
#include <string>

namespace kpi = kefu::kpi;
namespace io = kefu::io;
using boost::posix_time::hours;
using boost::posix_time::minutes;
using boost::posix_time::ptime;
using boost::posix_time::seconds;

namespace {

kpi::Accumulator sample(kpi::AccumulatorOptions options, int records) {
  std::mt19937_64 rng(42);
  kpi::Accumulator acc(options);
  const ptime start(boost::gregorian::date(2026, 10, 20), hours(0));
  for (int i = 0; i < records; ++i) {
    const ptime at = start + minutes(static_cast<long>(rng() % (30 * 24 * 60)));
    kpi::CallRecord c;
    c.dialled_at = at;
    c.connected = true;
    c.agent = "agent-0" + std::to_string(rng() % 4);
    c.channel = rng() % 2 ? kefu::Channel::phone : kefu::Channel::online_chat;
    c.human_requested_at = at;
    if (rng() % 4 == 0) {
      c.abandoned_at = at + seconds(static_cast<long>(rng() % 40));
    } else {
      c.answered_at = at + seconds(static_cast<long>(rng() % 40));
      c.handle_time = seconds(static_cast<long>(rng() % 900));
    }
    acc.add(c);
    kpi::CaseRecord r;
    r.opened_at = at;
    r.category = static_cast<kefu::Category>(rng() % 4);
    r.reply_due = at + hours(1);
    r.replied_at = at + minutes(static_cast<long>(rng() % 120));
    r.rating = static_cast<kefu::Rating>(rng() % 3);
    r.opened_as_repeat = r.category == kefu::Category::complaint && rng() % 5 == 0;
    // Some reopens land in the month after the case's.
    if (rng() % 6 == 0) r.reopened_at.push_back(at + hours(static_cast<long>(rng() % 400)));
    r.tier = rng() % 3 == 0 ? kefu::CustomerTier::key_account : kefu::CustomerTier::regular;
    if (rng() % 2) r.resolved_at = at + hours(static_cast<long>(rng() % 60));
    acc.add(r);
  }
  acc.add(kpi::CallRecord{});  // refused: no time
  return acc;
}

std::string valid_document() { return io::to_json_string(sample({}, 20)); }

// Replaces the first occurrence of `from` in the document.
std::string edited(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("an accumulator reads back equal to what was written") {
  for (const auto by :
       {kpi::GroupBy::none, kpi::GroupBy::agent, kpi::GroupBy::channel, kpi::GroupBy::category}) {
    kpi::AccumulatorOptions options;
    options.group_by = by;
    const auto acc = sample(options, 500);
    const auto back = io::accumulator_from_json(io::to_json_string(acc));
    CHECK(back == acc);
    CHECK(back.refused_without_month() == 1);
  }
}

TEST_CASE("the zone and thresholds travel with the counts") {
  kpi::AccumulatorOptions options;
  options.zone = "EST5EDT,M3.2.0,M11.1.0";
  options.answer_target = seconds(30);
  const auto back = io::accumulator_from_json(io::to_json_string(sample(options, 10)));
  CHECK(back.options().answer_target == seconds(30));
  CHECK(back.options().zone == "EST5EDT,M3.2.0,M11.1.0");  // as written: it reads back the same
  const auto json = io::to_json(kpi::Accumulator{});
  CHECK(json.at("options").at("zone") == "CST-8");
  CHECK(json.at("options").at("answer_target_ms") == 20000);
  CHECK(json.at("format") == "kefu.kpi.accumulator");
}

TEST_CASE("shards written as json and merged equal one accumulator") {
  const auto whole = sample({}, 400);
  // A shard holding everything and an empty one, each through JSON, then merged.
  kpi::Accumulator first, second;
  first.merge(io::accumulator_from_json(io::to_json_string(whole)));
  second.merge(io::accumulator_from_json(io::to_json_string(kpi::Accumulator{})));
  first.merge(second);
  CHECK(first == whole);
}

TEST_CASE("malformed documents are refused with the path of the bad field") {
  const std::string doc = valid_document();
  CHECK_THROWS_WITH_AS(io::accumulator_from_json(std::string_view("{\"format\":")),
                       "kpi json: $: invalid json: incomplete JSON", kefu::parse_error);
  CHECK_THROWS_WITH_AS(io::accumulator_from_json(std::string_view("[]")),
                       "kpi json: $: expected an object", kefu::parse_error);
  CHECK_THROWS_WITH_AS(io::accumulator_from_json(
                           edited(doc, "\"format\":\"kefu.kpi.accumulator\"", "\"format\":\"x\"")),
                       "kpi json: $.format: expected kefu.kpi.accumulator", kefu::parse_error);
  CHECK_THROWS_WITH_AS(io::accumulator_from_json(edited(doc, "\"version\":3", "\"version\":4")),
                       "kpi json: $.version: unsupported version 4 (expected 3)",
                       kefu::parse_error);
  CHECK_THROWS_WITH_AS(io::accumulator_from_json(edited(doc, "\"dialled\":", "\"dialed\":")),
                       "kpi json: $.groups[0].calls: missing field 'dialled'", kefu::parse_error);
  CHECK_THROWS_WITH_AS(
      io::accumulator_from_json(edited(doc, "\"dialled\":", "\"dialed\":0,\"dialled\":")),
      "kpi json: $.groups[0].calls: unknown field 'dialed' (did you mean 'dialled'?)",
      kefu::parse_error);
  CHECK_THROWS_WITH_AS(
      io::accumulator_from_json(edited(doc, "\"connected\":", "\"x\":0,\"connected\":")),
      "kpi json: $.groups[0].calls: unknown field 'x'", kefu::parse_error);
  CHECK_THROWS_WITH_AS(io::accumulator_from_json(edited(doc, "\"dialled\":", "\"dialled\":-")),
                       "kpi json: $.groups[0].calls.dialled: expected a non-negative integer",
                       kefu::parse_error);
  CHECK_THROWS_WITH_AS(
      io::accumulator_from_json(edited(doc, "\"month\":\"2026-10\"", "\"month\":\"2026-13\"")),
      "kpi json: $.groups[0].month: month out of range", kefu::parse_error);
  CHECK_THROWS_WITH_AS(
      io::accumulator_from_json(edited(doc, "\"month\":\"2026-10\"", "\"month\":\"Oct\"")),
      "kpi json: $.groups[0].month: expected a month as YYYY-MM", kefu::parse_error);
  CHECK_THROWS_WITH_AS(
      io::accumulator_from_json(edited(doc, "\"zone\":\"CST-8\"", "\"zone\":\"nowhere\"")),
      "kpi json: $.options.zone: invalid posix time zone", kefu::parse_error);
  // A threshold beyond 100 years used to overflow Boost's microsecond count (found by
  // tests/fuzz/kpi_json_fuzz.cpp): 4294967296172800000 ms.
  CHECK_THROWS_WITH_AS(
      io::accumulator_from_json(
          edited(doc, "\"answer_target_ms\":20000", "\"answer_target_ms\":4294967296172800000")),
      "kpi json: $.options.answer_target_ms: a threshold longer than 100 years", kefu::parse_error);
  CHECK_THROWS_WITH_AS(
      io::accumulator_from_json(edited(doc, "\"group_by\":\"none\"", "\"group_by\":\"team\"")),
      "kpi json: $.options.group_by: expected none, agent, channel or category", kefu::parse_error);
  CHECK_THROWS_WITH_AS(
      io::accumulator_from_json(edited(doc, "\"dimension\":null", "\"dimension\":3")),
      "kpi json: $.groups[0].dimension: expected null: the accumulator is not grouped",
      kefu::parse_error);
  CHECK_THROWS_WITH_AS(io::accumulator_from_json(edited(doc, "\"first\":", "\"y\":0,\"first\":")),
                       "kpi json: $.groups[0].answer_wait: unknown field 'y'", kefu::parse_error);
  CHECK_THROWS_WITH_AS(io::accumulator_from_json(edited(doc, "\"counts\":[", "\"counts\":[1,")),
                       "kpi json: $.groups[0].answer_wait: count differs from calls.human_answered",
                       kefu::parse_error);
  CHECK_THROWS_WITH_AS(io::accumulator_from_json(edited(doc, "\"first\":", "\"first\":9999")),
                       "kpi json: $.groups[0].answer_wait.first: bucket outside the histogram",
                       kefu::parse_error);
}

TEST_CASE("counts that cannot come from records are refused") {
  const std::string doc = io::to_json_string(kpi::Accumulator{});
  kpi::Accumulator one;
  kpi::CallRecord c;
  c.dialled_at = ptime(boost::gregorian::date(2026, 10, 5), hours(3));
  c.connected = true;
  one.add(c);
  const std::string text = io::to_json_string(one);
  CHECK_THROWS_WITH_AS(
      io::accumulator_from_json(edited(text, "\"connected\":1", "\"connected\":2")),
      "kpi json: $.groups[0].calls: connected exceeds dialled", kefu::parse_error);
  kpi::CaseRecord r;
  r.opened_at = c.dialled_at;
  r.category = kefu::Category::complaint;
  r.reply_due = r.opened_at + hours(1);
  r.opened_as_repeat = true;
  kpi::Accumulator cases;
  cases.add(r);
  const std::string case_text = io::to_json_string(cases);
  CHECK_THROWS_WITH_AS(io::accumulator_from_json(edited(case_text, "\"repeat_complaints_opened\":1",
                                                        "\"repeat_complaints_opened\":2")),
                       "kpi json: $.groups[0].cases: repeat_complaints_opened exceeds complaints",
                       kefu::parse_error);
  // Reopens are events of their month, whatever that month's complaints: many are fine.
  CHECK_NOTHROW(io::accumulator_from_json(
      edited(case_text, "\"complaint_reopens\":0", "\"complaint_reopens\":5")));
  CHECK(io::accumulator_from_json(doc) == kpi::Accumulator{});
}

TEST_CASE("a version 1 document is refused: it counted repeat complaints per ticket") {
  // Version 1 kept one repeat_complaints count per month of opening; which months the reopens
  // fell in is not in it, so it cannot be read as version 3.
  const std::string v3 = io::to_json_string(kpi::Accumulator{});
  const std::string v1 = edited(v3, "\"version\":3", "\"version\":1");
  CHECK_THROWS_WITH_AS(io::accumulator_from_json(v1),
                       "kpi json: $.version: version 1 counts repeat complaints per ticket, not "
                       "per month: count the "
                       "records again",
                       kefu::parse_error);
}

TEST_CASE("a version 2 document is refused: it named agents by number") {
  // Version 2 wrote an agent's group as the host's number ("dimension":7); which ticket id
  // that was is not in it. Refused whatever its grouping, as version 1 is.
  kpi::AccumulatorOptions by_agent;
  by_agent.group_by = kpi::GroupBy::agent;
  const std::string v3 = io::to_json_string(kpi::Accumulator{by_agent});
  const std::string v2 = edited(v3, "\"version\":3", "\"version\":2");
  CHECK_THROWS_WITH_AS(
      io::accumulator_from_json(v2),
      "kpi json: $.version: version 2 names agents by number, not by the tickets' ids: "
      "count the records again",
      kefu::parse_error);
}

TEST_CASE("agents' groups are written and read by the agents' ids") {
  kpi::AccumulatorOptions by_agent;
  by_agent.group_by = kpi::GroupBy::agent;
  kpi::Accumulator acc(by_agent);
  kpi::CallRecord c;
  c.dialled_at = ptime(boost::gregorian::date(2026, 10, 5), hours(3));
  c.connected = true;
  c.agent = "li.na";
  acc.add(c);
  acc.add(c);
  c.agent = "";  // no agent: the group without a dimension
  acc.add(c);
  const auto json = io::to_json(acc);
  CHECK(json.at("version") == 3);
  const auto& groups = json.at("groups").as_array();
  REQUIRE(groups.size() == 2);
  CHECK(groups[0].at("dimension") == "li.na");
  CHECK(groups[0].at("calls").at("dialled") == 2);
  CHECK(groups[1].at("dimension").is_null());
  const auto back = io::accumulator_from_json(io::to_json_string(acc));
  CHECK(back == acc);
  // The id, not the index, decides the group: a shard that saw wang.fang first and read back
  // li.na's group still counts li.na's calls under li.na.
  kpi::Accumulator other(by_agent);
  c.agent = "wang.fang";
  other.add(c);
  other.merge(back);
  bool found = false;
  for (const auto& [key, tally] : other.groups()) {
    if (other.agent(key) == "li.na") {
      found = true;
      CHECK(tally.calls.dialled == 2);
    }
  }
  CHECK(found);
  const std::string text = io::to_json_string(acc);
  CHECK_THROWS_WITH_AS(
      io::accumulator_from_json(edited(text, "\"dimension\":\"li.na\"", "\"dimension\":\"\"")),
      "kpi json: $.groups[0].dimension: expected an agent's id, or null for records without one",
      kefu::parse_error);
  CHECK_THROWS_WITH_AS(
      io::accumulator_from_json(edited(text, "\"dimension\":\"li.na\"", "\"dimension\":7")),
      "kpi json: $.groups[0].dimension: expected a string", kefu::parse_error);
}

TEST_CASE("re-complaints written by one shard and read by another count in their months") {
  // A complaint opened on 30 October (Beijing) and reopened on 2 November: October has 1
  // complaint event and no repeat; November has 1 repeat event and no first-time complaint.
  kpi::CaseRecord r;
  r.opened_at = ptime(boost::gregorian::date(2026, 10, 30), hours(2));
  r.category = kefu::Category::complaint;
  r.resolved_at = r.opened_at + hours(5);
  r.reopened_at.push_back(ptime(boost::gregorian::date(2026, 11, 2), hours(2)));
  kpi::Accumulator shard;
  REQUIRE(shard.add(r));
  const auto back = io::accumulator_from_json(io::to_json_string(shard));
  CHECK(back == shard);
  CHECK(back.month_total({2026, 10}).cases.complaint_events() == 1);
  CHECK(back.month_total({2026, 10}).cases.repeat_complaint_events() == 0);
  CHECK(back.month_total({2026, 11}).cases.complaint_reopens == 1);
  CHECK(back.month_total({2026, 11}).cases.complaints() == 0);
}
