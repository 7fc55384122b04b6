// kefu::kpi::Accumulator: months in the team's zone, counting by hand, refusals, grouping,
// and shards that merge exactly.

#include <kefu/core/error.hpp>
#include <kefu/kpi/accumulator.hpp>
#include <kefu/kpi/formulas.hpp>

#include <doctest/doctest.h>

#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kpi = kefu::kpi;
using boost::gregorian::date;
using boost::posix_time::hours;
using boost::posix_time::minutes;
using boost::posix_time::ptime;
using boost::posix_time::seconds;
using kpi::ratio;

namespace {

ptime utc(int y, int m, int d, int h, int min = 0) {
  return ptime(date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                    static_cast<unsigned short>(d)),
               hours(h) + minutes(min));
}

// The tally of an agent's group in a month, found by the agent's id as a host would.
const kpi::Tally& agent_group(const kpi::Accumulator& acc, kpi::Month month,
                              std::string_view agent) {
  for (const auto& [key, tally] : acc.groups()) {
    if (key.month == month && acc.agent(key) == agent) return tally;
  }
  FAIL("no group for agent ", agent);
  throw;
}

kpi::CallRecord answered_call(ptime at, int wait_s, int handle_s) {
  kpi::CallRecord c;
  c.dialled_at = at;
  c.connected = true;
  c.human_requested_at = at + seconds(10);
  c.answered_at = at + seconds(10 + wait_s);
  c.handle_time = seconds(handle_s);
  return c;
}

kpi::CaseRecord inquiry(ptime at) {
  kpi::CaseRecord r;
  r.opened_at = at;
  r.reply_due = at + hours(1);
  return r;
}

}  // namespace

TEST_CASE("a call at 23:30 beijing time on 31 october counts in october") {
  kpi::Accumulator acc;  // China Standard Time by default
  CHECK(acc.month_of(utc(2026, 10, 31, 15, 30)) == kpi::Month{2026, 10});
  CHECK(acc.month_of(utc(2026, 10, 31, 16, 0)) == kpi::Month{2026, 11});  // 00:00 on 1 Nov
  CHECK(acc.month_of(utc(2026, 9, 30, 16, 0)) == kpi::Month{2026, 10});

  acc.add(answered_call(utc(2026, 10, 31, 15, 30), 5, 60));
  acc.add(answered_call(utc(2026, 10, 31, 15, 59), 5, 60));
  acc.add(answered_call(utc(2026, 10, 31, 16, 0), 5, 60));
  acc.add(answered_call(utc(2026, 10, 1, 15, 0), 5, 60));   // 23:00 on 1 Oct
  acc.add(answered_call(utc(2026, 9, 30, 15, 59), 5, 60));  // 23:59 on 30 Sep
  REQUIRE(acc.months() == std::vector<kpi::Month>{{2026, 9}, {2026, 10}, {2026, 11}});
  CHECK(acc.month_total({2026, 9}).calls.dialled == 1);
  CHECK(acc.month_total({2026, 10}).calls.dialled == 3);
  CHECK(acc.month_total({2026, 11}).calls.dialled == 1);
}

TEST_CASE("the accumulator reads a zone the way a business calendar does") {
  // One convention for the whole library: the POSIX TZ string "CST-8" is UTC+8 for the
  // calendar and for the KPI months alike (Boost's own parser would read it as UTC-8).
  kpi::AccumulatorOptions options;
  options.zone = "CST-8";
  kpi::Accumulator acc(options);
  // 2026-10-31 16:00 UTC is 1 November 00:00 in Beijing.
  CHECK(acc.month_of(utc(2026, 10, 31, 15, 59)) == kpi::Month{2026, 10});
  CHECK(acc.month_of(utc(2026, 10, 31, 16, 0)) == kpi::Month{2026, 11});
  CHECK(acc.options().zone == "CST-8");  // kept as written
}

TEST_CASE("months follow a zone with daylight saving time") {
  kpi::AccumulatorOptions options;
  options.zone = "EST5EDT,M3.2.0,M11.1.0";
  kpi::Accumulator acc(options);
  // New York: 31 Oct is daylight time (UTC-4), 31 Dec standard time (UTC-5).
  CHECK(acc.month_of(utc(2026, 11, 1, 3, 59)) == kpi::Month{2026, 10});  // 23:59 EDT
  CHECK(acc.month_of(utc(2026, 11, 1, 4, 0)) == kpi::Month{2026, 11});
  CHECK(acc.month_of(utc(2027, 1, 1, 4, 59)) == kpi::Month{2026, 12});  // 23:59 EST
  CHECK(acc.month_of(utc(2027, 1, 1, 5, 0)) == kpi::Month{2027, 1});
  acc.add(answered_call(utc(2026, 11, 1, 3, 59), 1, 1));
  acc.add(answered_call(utc(2026, 11, 1, 4, 0), 1, 1));
  CHECK(acc.months() == std::vector<kpi::Month>{{2026, 10}, {2026, 11}});
}

TEST_CASE("calls are counted into the standard's and the contact centre's counts") {
  kpi::Accumulator acc;
  const ptime t = utc(2026, 10, 10, 2);
  acc.add(answered_call(t, 15, 200));  // within 20 s
  acc.add(answered_call(t, 20, 100));  // exactly 20 s: within
  acc.add(answered_call(t, 21, 300));  // late
  kpi::CallRecord short_abandon;
  short_abandon.dialled_at = t;
  short_abandon.connected = true;
  short_abandon.human_requested_at = t;
  short_abandon.abandoned_at = t + seconds(5);
  acc.add(short_abandon);
  kpi::CallRecord long_abandon = short_abandon;
  long_abandon.abandoned_at = t + seconds(6);
  acc.add(long_abandon);
  kpi::CallRecord ivr_only;
  ivr_only.dialled_at = t;
  ivr_only.connected = true;
  acc.add(ivr_only);
  kpi::CallRecord failed;
  failed.dialled_at = t;
  acc.add(failed);

  const kpi::CallTally c = acc.month_total({2026, 10}).calls;
  CHECK(c.dialled == 7);
  CHECK(c.connected == 6);
  CHECK(c.human_requested == 5);
  CHECK(c.human_answered == 3);
  CHECK(c.answered_within_target == 2);
  CHECK(c.abandoned == 2);
  CHECK(c.short_abandoned == 1);
  CHECK(c.handle_ms == 600000);
  CHECK(kpi::service_level(c) == ratio(2, 5));
  CHECK(*kpi::average_handle_time(c) == seconds(200));
  CHECK(kpi::answer_wait_time(acc.month_total({2026, 10}), 1.0)->total_seconds() == 21);
}

TEST_CASE("cases are counted by category, rating, repeat and resolution") {
  kpi::Accumulator acc;
  const ptime t = utc(2026, 10, 10, 2);
  auto a = inquiry(t);
  a.replied_at = t + minutes(30);  // in time
  a.rating = kefu::Rating::satisfied;
  a.resolved_at = t + minutes(40);
  a.resolved_at_first_contact = true;
  acc.add(a);
  auto b = inquiry(t);
  b.replied_at = t + minutes(90);  // late
  b.rating = kefu::Rating::basically_satisfied;
  acc.add(b);
  acc.add(inquiry(t));  // never replied, unrated

  kpi::CaseRecord complaint;
  complaint.opened_at = t;
  complaint.category = kefu::Category::complaint;
  complaint.reply_due = t + hours(2);
  complaint.replied_at = t + hours(1);
  complaint.reopened_at = {t + hours(20)};  // 06:00 on 11 October in Beijing
  complaint.resolved_at = t + hours(50);    // beyond 48 h
  complaint.cross_province = true;
  complaint.tier = kefu::CustomerTier::key_account;
  complaint.rating = kefu::Rating::unsatisfied;
  acc.add(complaint);
  auto repeat = complaint;
  repeat.opened_as_repeat = true;
  repeat.resolved_at = t + hours(10);
  repeat.reopened_at.clear();
  repeat.cross_province = false;
  repeat.rating = kefu::Rating::satisfied;
  acc.add(repeat);

  const kpi::Tally tally = acc.month_total({2026, 10});
  const kpi::CaseTally& c = tally.cases;
  CHECK(kpi::inquiry_reply_rate(c) == ratio(2, 3));
  CHECK(kpi::inquiry_timely_reply_rate(c) == ratio(1, 3));
  CHECK(kpi::inquiry_satisfaction(c) == ratio(1, 3));  // 满意 only: a
  kpi::Variants lenient;
  lenient.basically_satisfied_counts = true;
  CHECK(kpi::inquiry_satisfaction(c, lenient) == ratio(2, 3));  // a and b
  // Answered within 48 h: the repeat (10 h), not the first complaint (50 h), although both
  // had their first reply within 2 h.
  CHECK(kpi::complaint_timely_reply_rate(c) == ratio(1, 2));
  // Repeat events: the repeat opened + the reopen = 2; first-time complaints: 2 - 1 = 1.
  CHECK(c.complaint_events() == 3);
  CHECK(c.repeat_complaint_events() == 2);
  CHECK(kpi::repeat_complaint_rate(c) == ratio(2, 1));
  CHECK(kpi::cross_province_complaint_satisfaction(c) == ratio(0, 1));
  CHECK(kpi::key_account_complaint_satisfaction(c) == ratio(1, 2));
  const auto answer = kpi::complaint_answer_time(c);
  CHECK(*answer.mean == hours(30));
  CHECK(*answer.max == hours(50));
  CHECK(answer.within_limit == ratio(1, 2));
  CHECK(kpi::first_contact_resolution(c) == ratio(1, 5));
  CHECK(kpi::resolution_rate(c) == ratio(2, 5));  // the reopened complaint does not count
  CHECK(kpi::reopen_rate(c) == ratio(1, 3));
  CHECK(tally.first_response.count() == 4);
}

TEST_CASE("each reopen of a complaint is a repeat event of its own month and group") {
  kpi::AccumulatorOptions by_agent;
  by_agent.group_by = kpi::GroupBy::agent;
  kpi::Accumulator acc(by_agent);
  kpi::CaseRecord r;
  r.opened_at = utc(2026, 10, 20, 1);  // 09:00 on 20 October in Beijing
  r.category = kefu::Category::complaint;
  r.agent = "li.na";
  // Reopened 17:00 UTC on 31 October (01:00 on 1 November in Beijing), and 3 December.
  r.reopened_at = {utc(2026, 12, 3, 1), utc(2026, 10, 31, 17)};
  REQUIRE(acc.add(r));
  CHECK(acc.groups().size() == 3);
  const auto& october = agent_group(acc, {2026, 10}, "li.na").cases;
  CHECK(october.complaints() == 1);
  CHECK(october.complaint_reopens == 0);
  CHECK(october.reopened == 1);  // the case, reopened at least once, counts where it opened
  CHECK(agent_group(acc, {2026, 11}, "li.na").cases.complaint_reopens == 1);
  CHECK(agent_group(acc, {2026, 12}, "li.na").cases.complaint_reopens == 1);
  CHECK(agent_group(acc, {2026, 12}, "li.na").cases.cases() == 0);
  // October: 0 repeats / 1 first-time complaint; November: 1 repeat, no first-time complaint.
  CHECK(kpi::repeat_complaint_rate(october) == ratio(0, 1));
  CHECK(kpi::repeat_complaint_rate(acc.month_total({2026, 11}).cases) == ratio(1, 0));

  // The reopens of an inquiry are no re-complaints.
  kpi::Accumulator inquiries;
  auto asked = inquiry(utc(2026, 10, 20, 1));
  asked.reopened_at = {utc(2026, 11, 3, 1)};
  REQUIRE(inquiries.add(asked));
  CHECK(inquiries.months() == std::vector<kpi::Month>{{2026, 10}});
  CHECK(inquiries.month_total({2026, 10}).cases.reopened == 1);
}

TEST_CASE("a month whose complaints are all repeats has no repeat rate") {
  kpi::Accumulator acc;
  kpi::CaseRecord r;
  r.opened_at = utc(2026, 10, 3, 1);
  r.category = kefu::Category::complaint;
  r.opened_as_repeat = true;
  acc.add(r);
  acc.add(r);
  const auto rate = kpi::repeat_complaint_rate(acc.month_total({2026, 10}).cases);
  CHECK(rate == ratio(2, 0));
  CHECK_FALSE(rate.percent().has_value());
}

TEST_CASE("an empty month has no value for any indicator") {
  kpi::Accumulator acc;
  CHECK(acc.months().empty());
  const kpi::Tally t = acc.month_total({2026, 10});
  CHECK(t == kpi::Tally{});
  CHECK_FALSE(kpi::system_connection_rate(t.calls).percent().has_value());
  CHECK_FALSE(kpi::repeat_complaint_rate(t.cases).percent().has_value());
  CHECK_FALSE(kpi::csat(t.cases).percent().has_value());
  CHECK_FALSE(kpi::first_response_time(t, 0.9).has_value());
}

TEST_CASE("inconsistent records are refused with the reason and counted as refused") {
  kpi::Accumulator acc;
  const ptime t = utc(2026, 10, 10, 2);
  auto call = answered_call(t, 5, 60);
  call.abandoned_at = t + seconds(30);
  auto added = acc.add(call);
  CHECK_FALSE(added);
  CHECK(added.reason == "call record: answered and abandoned");
  call = answered_call(t, 5, 60);
  call.answered_at = t;
  CHECK(acc.add(call).reason == "call record: answered before the human request");
  call = answered_call(t, 5, 60);
  call.connected = false;
  CHECK(acc.add(call).reason == "call record: human requested on an unconnected call");
  call = answered_call(t, 5, -1);
  CHECK(acc.add(call).reason == "call record: negative handle time");
  call = kpi::CallRecord{};
  CHECK(acc.add(call).reason == "call record: no dialled time");

  auto r = inquiry(t);
  r.reply_due.reset();
  CHECK(acc.add(r).reason == "case record: inquiry without a reply deadline");
  r = inquiry(t);
  r.replied_at = t - seconds(1);
  CHECK(acc.add(r).reason == "case record: replied before opened");
  r = inquiry(t);
  r.opened_as_repeat = true;
  r.reopened_at = {t + hours(24 * 30)};  // November: nothing may be counted there
  CHECK(acc.add(r).reason == "case record: repeat complaint that is not a complaint");
  r = inquiry(t);
  r.category = kefu::Category::complaint;
  r.reopened_at = {t + hours(1), t - seconds(1)};
  CHECK(acc.add(r).reason == "case record: reopened before opened");
  r.reopened_at = {ptime(date(9999, 12, 31), hours(20))};
  CHECK(acc.add(r).reason == "case record: reopened time outside years 1401..9998");
  r = inquiry(t);
  r.resolved_at_first_contact = true;
  CHECK(acc.add(r).reason == "case record: resolved at first contact but never resolved");

  call = answered_call(ptime(date(9999, 12, 31), hours(20)), 5, 60);
  CHECK(acc.add(call).reason == "call record: dialled time outside years 1401..9998");
  CHECK_THROWS_WITH_AS(acc.month_of(ptime(date(9999, 12, 31), hours(20))),
                       "kpi accumulator: time outside years 1401..9998", kefu::argument_error);

  const kpi::Tally tally = acc.month_total({2026, 10});
  CHECK(acc.months() == std::vector<kpi::Month>{{2026, 10}});
  CHECK(tally.refused == 10);
  CHECK(tally.calls.dialled == 0);
  CHECK(tally.cases.cases() == 0);
  CHECK(acc.refused_without_month() == 2);
  CHECK(acc.add(answered_call(t, 5, 60)));
}

TEST_CASE("groups split a month by agent, channel or category") {
  const ptime t = utc(2026, 10, 10, 2);
  kpi::AccumulatorOptions by_agent;
  by_agent.group_by = kpi::GroupBy::agent;
  kpi::Accumulator acc(by_agent);
  for (const char* agent : {"wang.fang", "li.na", "wang.fang"}) {
    auto c = answered_call(t, 5, 60);
    c.agent = agent;
    acc.add(c);
  }
  REQUIRE(acc.groups().size() == 2);
  CHECK(agent_group(acc, {2026, 10}, "li.na").calls.dialled == 1);
  CHECK(agent_group(acc, {2026, 10}, "wang.fang").calls.dialled == 2);
  CHECK(acc.month_total({2026, 10}).calls.dialled == 3);
  // 300 agents: past the first sizes of the agent table (it grows) and past the 256 slots of
  // the recent-group cache (indices 3 and 259 share a slot). Agent agent-k takes k + 1 calls.
  for (int k = 0; k < 300; ++k) {
    for (int n = 0; n <= k; ++n) {
      auto c = answered_call(t, 5, 60);
      c.agent = "agent-" + std::to_string(k);
      acc.add(c);
    }
  }
  CHECK(acc.groups().size() == 302);
  CHECK(agent_group(acc, {2026, 10}, "agent-0").calls.dialled == 1);
  CHECK(agent_group(acc, {2026, 10}, "agent-3").calls.dialled == 4);
  CHECK(agent_group(acc, {2026, 10}, "agent-259").calls.dialled == 260);
  CHECK(agent_group(acc, {2026, 10}, "agent-299").calls.dialled == 300);
  // Calls alternating between two earlier agents still find their groups.
  for (const char* agent : {"li.na", "agent-3", "li.na"}) {
    auto c = answered_call(t, 5, 60);
    c.agent = agent;
    acc.add(c);
  }
  CHECK(agent_group(acc, {2026, 10}, "li.na").calls.dialled == 3);
  CHECK(agent_group(acc, {2026, 10}, "agent-3").calls.dialled == 5);
  // Ids of every length the agent table reads differently: 1-3 bytes, 4-7, 8-16, and longer
  // ids that differ only in the middle (the table keeps their first and last 8 bytes).
  for (const char* agent : {"x", "xy", "xyz", "wang", "li.na.2", "department-a-agent-0001",
                            "department-b-agent-0001", "department-b-agent-0001", "xy"}) {
    auto c = answered_call(t, 5, 60);
    c.agent = agent;
    acc.add(c);
  }
  CHECK(agent_group(acc, {2026, 10}, "x").calls.dialled == 1);
  CHECK(agent_group(acc, {2026, 10}, "xy").calls.dialled == 2);
  CHECK(agent_group(acc, {2026, 10}, "xyz").calls.dialled == 1);
  CHECK(agent_group(acc, {2026, 10}, "wang").calls.dialled == 1);
  CHECK(agent_group(acc, {2026, 10}, "department-a-agent-0001").calls.dialled == 1);
  CHECK(agent_group(acc, {2026, 10}, "department-b-agent-0001").calls.dialled == 2);
  CHECK(acc.groups().size() == 309);
  // A call without an agent lands in the group without a dimension, which has no agent id.
  acc.add(answered_call(t, 5, 60));
  CHECK(acc.groups().at({{2026, 10}, kpi::no_dimension}).calls.dialled == 1);
  CHECK(acc.agent({{2026, 10}, kpi::no_dimension}).empty());

  kpi::AccumulatorOptions by_category;
  by_category.group_by = kpi::GroupBy::category;
  kpi::Accumulator cases(by_category);
  auto r = inquiry(t);
  cases.add(r);
  r.category = kefu::Category::suggestion;
  cases.add(r);
  cases.add(answered_call(t, 5, 60));
  const auto suggestion = static_cast<std::uint32_t>(kefu::Category::suggestion);
  CHECK(cases.groups().at({{2026, 10}, 0}).cases.cases() == 1);
  CHECK(cases.groups().at({{2026, 10}, suggestion}).cases.cases() == 1);
  CHECK(cases.groups().at({{2026, 10}, kpi::no_dimension}).calls.dialled == 1);

  kpi::AccumulatorOptions by_channel;
  by_channel.group_by = kpi::GroupBy::channel;
  kpi::Accumulator channels(by_channel);
  r.channel = kefu::Channel::online_chat;
  channels.add(r);
  const auto chat = static_cast<std::uint32_t>(kefu::Channel::online_chat);
  CHECK(channels.groups().at({{2026, 10}, chat}).cases.cases() == 1);
}

TEST_CASE("shards merged in any split equal one accumulator fed every record") {
  std::mt19937_64 rng(2026);
  kpi::AccumulatorOptions options;
  options.group_by = kpi::GroupBy::agent;
  std::vector<kpi::CallRecord> calls;
  std::vector<kpi::CaseRecord> cases;
  const ptime start = utc(2026, 9, 25, 0);
  for (int i = 0; i < 3000; ++i) {
    const ptime at = start + minutes(static_cast<long>(rng() % (20 * 24 * 60)));  // to mid-Oct
    kpi::CallRecord c;
    c.dialled_at = at;
    c.connected = rng() % 10 != 0;
    c.agent = "agent-" + std::to_string(rng() % 6);
    if (c.connected && rng() % 4 != 0) {
      c.human_requested_at = at + seconds(static_cast<long>(rng() % 30));
      const auto wait = seconds(static_cast<long>(rng() % 90));
      if (rng() % 5 == 0) {
        c.abandoned_at = *c.human_requested_at + wait;
      } else {
        c.answered_at = *c.human_requested_at + wait;
        c.handle_time = seconds(static_cast<long>(30 + rng() % 600));
      }
    }
    calls.push_back(c);
    kpi::CaseRecord r;
    r.opened_at = at;
    r.category = static_cast<kefu::Category>(rng() % 4);
    r.agent = c.agent;
    r.reply_due = at + hours(2);
    if (rng() % 8 != 0) r.replied_at = at + minutes(static_cast<long>(rng() % 200));
    if (rng() % 3 != 0) r.resolved_at = at + hours(static_cast<long>(rng() % 72));
    if (rng() % 2 == 0) r.rating = static_cast<kefu::Rating>(rng() % 3);
    r.opened_as_repeat = r.category == kefu::Category::complaint && rng() % 7 == 0;
    r.cross_province = rng() % 3 == 0;
    // Up to two reopens within 40 days: many fall in a later month than the case.
    for (int n = static_cast<int>(rng() % 9); n >= 7; --n) {
      r.reopened_at.push_back(at + hours(static_cast<long>(rng() % (40 * 24))));
    }
    r.resolved_at_first_contact = r.resolved_at && rng() % 2 == 0;
    cases.push_back(r);
  }
  kpi::Accumulator single(options);
  for (const auto& c : calls) CHECK(single.add(c));
  for (const auto& r : cases) CHECK(single.add(r));

  for (int split = 0; split < 5; ++split) {
    std::vector<kpi::Accumulator> shards(1 + rng() % 8, kpi::Accumulator(options));
    for (const auto& c : calls) shards[rng() % shards.size()].add(c);
    for (const auto& r : cases) shards[rng() % shards.size()].add(r);
    kpi::Accumulator merged(options);
    for (const auto& s : shards) merged.merge(s);
    CHECK(merged == single);
  }
}

TEST_CASE("two shards that saw agents in different orders merge by the agents' ids") {
  kpi::AccumulatorOptions options;
  options.group_by = kpi::GroupBy::agent;
  const ptime t = utc(2026, 10, 10, 2);
  const auto call = [&t](const char* agent, int wait_s) {
    auto c = answered_call(t, wait_s, 60);
    c.agent = agent;
    return c;
  };
  // Shard one numbers li.na 0 and wang.fang 1; shard two the other way round.
  kpi::Accumulator one(options), two(options), single(options);
  REQUIRE(one.add(call("li.na", 5)));
  REQUIRE(one.add(call("wang.fang", 30)));
  REQUIRE(two.add(call("wang.fang", 5)));
  REQUIRE(two.add(call("li.na", 40)));
  REQUIRE(two.add(call("zhao.lei", 5)));
  for (const auto& c : {call("li.na", 5), call("wang.fang", 30), call("wang.fang", 5),
                        call("li.na", 40), call("zhao.lei", 5)}) {
    REQUIRE(single.add(c));
  }
  CHECK(one != two);
  kpi::Accumulator merged = one;
  merged.merge(two);
  CHECK(merged == single);
  kpi::Accumulator other_way = two;
  other_way.merge(one);
  CHECK(other_way == single);
  // By hand: li.na answered after 5 s and 40 s, one of two within the 20 s target; wang.fang
  // after 30 s and 5 s, one of two; zhao.lei one call within it.
  CHECK(agent_group(merged, {2026, 10}, "li.na").calls.human_answered == 2);
  CHECK(agent_group(merged, {2026, 10}, "li.na").calls.answered_within_target == 1);
  CHECK(agent_group(merged, {2026, 10}, "wang.fang").calls.answered_within_target == 1);
  CHECK(agent_group(merged, {2026, 10}, "zhao.lei").calls.human_answered == 1);
  CHECK(merged.groups().size() == 3);
  // Equality goes by id: the same counts under other names are not equal.
  kpi::Accumulator renamed(options);
  for (const auto& c : {call("li.na", 5), call("wang.fang", 30), call("wang.fang", 5),
                        call("li.na", 40), call("sun.li", 5)}) {
    REQUIRE(renamed.add(c));
  }
  CHECK(renamed != single);
}

TEST_CASE("merging accumulators that count differently is refused") {
  kpi::AccumulatorOptions other;
  other.answer_target = seconds(30);
  kpi::Accumulator a;
  CHECK_THROWS_WITH_AS(a.merge(kpi::Accumulator(other)), "kpi accumulator merge: different options",
                       kefu::argument_error);
  kpi::AccumulatorOptions nowhere;
  nowhere.zone = "nowhere";
  CHECK_THROWS_WITH_AS(kpi::Accumulator{nowhere},
                       "kpi accumulator: time zone 'nowhere': bad utc offset",
                       kefu::argument_error);
  nowhere.zone = "CST+08X,Q";
  CHECK_THROWS_WITH_AS(kpi::Accumulator{nowhere},
                       "kpi accumulator: time zone 'CST+08X,Q': a zone name needs three or more "
                       "letters",
                       kefu::argument_error);
  kpi::AccumulatorOptions bad;
  bad.short_abandon = seconds(-1);
  CHECK_THROWS_WITH_AS(kpi::Accumulator{bad}, "kpi accumulator: negative short-abandon threshold",
                       kefu::argument_error);
}

TEST_CASE("a copied accumulator counts on its own") {
  kpi::Accumulator a;
  const ptime t = utc(2026, 10, 10, 2);
  a.add(answered_call(t, 5, 60));
  kpi::Accumulator b = a;
  b.add(answered_call(t, 5, 60));
  a.add(answered_call(t, 5, 60));
  kpi::Accumulator c = std::move(b);
  c.add(answered_call(t, 5, 60));
  CHECK(a.month_total({2026, 10}).calls.dialled == 2);
  CHECK(c.month_total({2026, 10}).calls.dialled == 3);
}
