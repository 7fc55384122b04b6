// kefu/io/kpi_json.hpp on hand-made documents at the edges of what a document may hold: counts
// up to 2^53, milliseconds up to what Boost's duration holds, histogram buckets whose value is
// such a duration, and the groups of one month summed within those limits. Past
// them a parse_error names the field, so nothing read overflows in Boost or in a sum later.
//
// Boost's default posix_time counts microseconds in an int64: 9 223 372 036 854 775 807 / 1000
// = 9 223 372 036 854 775 ms is the longest duration it holds to the millisecond.

#include <kefu/core/error.hpp>
#include <kefu/io/kpi_json.hpp>
#include <kefu/kpi/formulas.hpp>

#include <boost/json.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <string>

namespace io = kefu::io;
namespace json = boost::json;

namespace {

constexpr std::int64_t boost_max_ms = 9'223'372'036'854'775;
constexpr std::uint64_t two_pow_53 = 9'007'199'254'740'992;

json::object rating() {
  return {{"cases", 0}, {"rated", 0}, {"satisfied", 0}, {"basically_satisfied", 0}};
}

json::object per_category(const json::value& v) {
  return {{"inquiry", v}, {"complaint", v}, {"after_sales", v}, {"suggestion", v}};
}

// One group of October 2026, ungrouped, with nothing in it.
json::value empty_group() {
  return json::object{{"month", "2026-10"},
                      {"dimension", nullptr},
                      {"calls",
                       {{"dialled", 0},
                        {"connected", 0},
                        {"human_requested", 0},
                        {"human_answered", 0},
                        {"answered_within_target", 0},
                        {"abandoned", 0},
                        {"short_abandoned", 0},
                        {"handle_ms", 0}}},
                      {"cases",
                       {{"by_category", per_category(rating())},
                        {"replied", per_category(0)},
                        {"replied_in_time", per_category(0)},
                        {"cross_province_complaints", rating()},
                        {"key_account_complaints", rating()},
                        {"repeat_complaints_opened", 0},
                        {"complaint_reopens", 0},
                        {"complaints_answered", 0},
                        {"answer_ms", 0},
                        {"answer_max_ms", 0},
                        {"answered_within_limit", 0},
                        {"resolved", 0},
                        {"reopened", 0},
                        {"resolved_reopened", 0},
                        {"first_contact", 0},
                        {"first_contact_reopened", 0}}},
                      {"answer_wait", {{"first", 0}, {"counts", json::array{}}}},
                      {"first_response", {{"first", 0}, {"counts", json::array{}}}},
                      {"refused", 0}};
}

// A group with one call answered by a human (its wait in bucket `wait_bucket`) and one
// complaint answered: the smallest tally whose durations all matter.
json::value answered_group(std::int64_t handle_ms, std::int64_t answer_ms, int wait_bucket) {
  json::value g = empty_group();
  for (const char* field :
       {"/calls/dialled", "/calls/connected", "/calls/human_requested", "/calls/human_answered",
        "/cases/by_category/complaint/cases", "/cases/complaints_answered"}) {
    g.at_pointer(field) = 1;
  }
  g.at_pointer("/calls/handle_ms") = handle_ms;
  g.at_pointer("/cases/answer_ms") = answer_ms;
  g.at_pointer("/cases/answer_max_ms") = answer_ms;
  g.at_pointer("/answer_wait") = {{"first", wait_bucket}, {"counts", {1}}};
  return g;
}

json::value document(json::array groups, const char* group_by = "none") {
  return json::object{{"format", "kefu.kpi.accumulator"},
                      {"version", 3},
                      {"options",
                       {{"zone", "CST-8"},
                        {"group_by", group_by},
                        {"answer_target_ms", 20000},
                        {"short_abandon_ms", 5000},
                        {"complaint_answer_limit_ms", 172800000}}},
                      {"refused_without_month", 0},
                      {"groups", std::move(groups)}};
}

const kefu::kpi::Tally& only_tally(const kefu::kpi::Accumulator& a) {
  REQUIRE(a.groups().size() == 1);
  return a.groups().begin()->second;
}

}  // namespace

TEST_CASE("millisecond totals up to Boost's longest duration read as durations") {
  const auto acc =
      io::accumulator_from_json(document({answered_group(boost_max_ms, boost_max_ms, 0)}));
  const auto& t = only_tally(acc);
  // One answered call and one answered complaint: the mean is the total itself.
  CHECK(kefu::kpi::average_handle_time(t.calls)->total_milliseconds() == boost_max_ms);
  const auto answer = kefu::kpi::complaint_answer_time(t.cases);
  CHECK(answer.mean->total_milliseconds() == boost_max_ms);
  CHECK(answer.max->total_milliseconds() == boost_max_ms);
  // kefu reads its own output.
  CHECK(io::accumulator_from_json(io::to_json_string(acc)) == acc);
}

TEST_CASE("a millisecond field one past Boost's longest duration is refused with its path") {
  CHECK_THROWS_WITH_AS(
      io::accumulator_from_json(document({answered_group(boost_max_ms + 1, 0, 0)})),
      "kpi json: $.groups[0].calls.handle_ms: milliseconds beyond a Boost duration",
      kefu::parse_error);
  CHECK_THROWS_WITH_AS(
      io::accumulator_from_json(document({answered_group(0, boost_max_ms + 1, 0)})),
      "kpi json: $.groups[0].cases.answer_ms: milliseconds beyond a Boost duration",
      kefu::parse_error);
  json::value g = answered_group(0, 5, 0);
  g.at_pointer("/cases/answer_max_ms") = INT64_MAX;
  CHECK_THROWS_WITH_AS(
      io::accumulator_from_json(document({g})),
      "kpi json: $.groups[0].cases.answer_max_ms: milliseconds beyond a Boost duration",
      kefu::parse_error);
}

TEST_CASE("a histogram bucket is read only if its value is a Boost duration") {
  // Buckets above 128 ms split each power of two into 64: bucket 47·64 + 65 = 3073 holds
  // 65·2^47 = 9 147 936 743 096 320 ms up to 66·2^47 and reports its midpoint
  // 65·2^47 + (2^47 - 1)/2 = 9 218 305 487 273 983 ms, still a Boost duration; bucket 3074
  // starts at 66·2^47 = 9 288 674 231 451 648 ms, past it.
  const auto acc = io::accumulator_from_json(document({answered_group(0, 0, 3073)}));
  CHECK(kefu::kpi::answer_wait_time(only_tally(acc), 0.5)->total_milliseconds() ==
        9'218'305'487'273'983);
  CHECK_THROWS_WITH_AS(
      io::accumulator_from_json(document({answered_group(0, 0, 3074)})),
      "kpi json: $.groups[0].answer_wait.counts[0]: a bucket beyond a Boost duration",
      kefu::parse_error);
  // The last bucket of the layout (2^62 ms and up) is refused the same way.
  CHECK_THROWS_WITH_AS(
      io::accumulator_from_json(document({answered_group(0, 0, 3711)})),
      "kpi json: $.groups[0].answer_wait.counts[0]: a bucket beyond a Boost duration",
      kefu::parse_error);
}

TEST_CASE("counts above 2^53 are refused, in fields and in a histogram's buckets together") {
  json::value g = empty_group();
  g.at_pointer("/calls/dialled") = two_pow_53 + 1;
  CHECK_THROWS_WITH_AS(io::accumulator_from_json(document({g})),
                       "kpi json: $.groups[0].calls.dialled: a count above 2^53",
                       kefu::parse_error);
  // 2^53 and 1 more in the next bucket: 2^53 + 1 values, however each bucket is fine.
  json::value h = empty_group();
  h.at_pointer("/answer_wait") = {{"first", 10}, {"counts", {two_pow_53, 1}}};
  CHECK_THROWS_WITH_AS(
      io::accumulator_from_json(document({h})),
      "kpi json: $.groups[0].answer_wait.counts[1]: the buckets hold more than 2^53 values",
      kefu::parse_error);
}

TEST_CASE("the groups of one month are refused where their sum overflows") {
  // 3 + 4 calls dialled in two groups of October: one group of 7.
  json::value a = empty_group();
  json::value b = empty_group();
  a.at_pointer("/calls/dialled") = 3;
  b.at_pointer("/calls/dialled") = 4;
  const auto acc = io::accumulator_from_json(document({a, b}));
  CHECK(only_tally(acc).calls.dialled == 7);
  CHECK(io::accumulator_from_json(io::to_json_string(acc)) == acc);

  // 2^53 dialled twice: 2^54, which the accumulator could not write and read back.
  a.at_pointer("/calls/dialled") = two_pow_53;
  b.at_pointer("/calls/dialled") = two_pow_53;
  CHECK_THROWS_WITH_AS(
      io::accumulator_from_json(document({a, b})),
      "kpi json: $.groups[1].calls.dialled: summed with the earlier groups of its month, "
      "more than 2^53",
      kefu::parse_error);
  // Two handle times of (max / 2 + 1) ms: one past the longest duration together.
  const std::int64_t half = boost_max_ms / 2 + 1;
  CHECK_THROWS_WITH_AS(
      io::accumulator_from_json(
          document({answered_group(half, 0, 0), empty_group(), answered_group(half, 0, 0)})),
      "kpi json: $.groups[2].calls.handle_ms: summed with the earlier groups of its month, "
      "milliseconds beyond a Boost duration",
      kefu::parse_error);
  // A count deep in the case tally names its own path.
  json::value c = empty_group();
  c.at_pointer("/cases/by_category/suggestion/cases") = two_pow_53;
  CHECK_THROWS_WITH_AS(
      io::accumulator_from_json(document({c, c})),
      "kpi json: $.groups[1].cases.by_category.suggestion.cases: summed with the earlier "
      "groups of its month, more than 2^53",
      kefu::parse_error);
  // Grouped by channel, phone (0) and online chat: two groups of one month, which
  // Accumulator::month sums, so their 2^53 each are refused as well.
  json::value phone = a;
  json::value chat = a;
  phone.at_pointer("/dimension") = 0;
  chat.at_pointer("/dimension") = 1;
  CHECK_THROWS_WITH_AS(
      io::accumulator_from_json(document({phone, chat}, "channel")),
      "kpi json: $.groups[1].calls.dialled: summed with the earlier groups of its month, "
      "more than 2^53",
      kefu::parse_error);
  // Grouped by agent, two agents' groups of one month are summed the same way.
  json::value li = a;
  json::value wang = a;
  li.at_pointer("/dimension") = "li.na";
  wang.at_pointer("/dimension") = "wang.fang";
  CHECK_THROWS_WITH_AS(
      io::accumulator_from_json(document({li, wang}, "agent")),
      "kpi json: $.groups[1].calls.dialled: summed with the earlier groups of its month, "
      "more than 2^53",
      kefu::parse_error);
  // Groups of different months are not summed: each holds its own 2^53.
  json::value november = a;
  november.at_pointer("/month") = "2026-11";
  CHECK(io::accumulator_from_json(document({a, november})).groups().size() == 2);
}
