// Accumulators to JSON and back.

#include "json_reader.hpp"
#include <kefu/core/category.hpp>
#include <kefu/core/channel.hpp>
#include <kefu/core/error.hpp>
#include <kefu/io/kpi_json.hpp>

#include <boost/json.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <functional>
#include <limits>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace kefu::io {
namespace {

namespace json = boost::json;
namespace pt = boost::posix_time;
using kpi::Count;

constexpr std::string_view format_name = "kefu.kpi.accumulator";
// Version 2 counts re-complaints as events in the month they happened (repeat_complaints_opened
// and complaint_reopens); version 1 counted reopened complaints as one repeat ticket in the
// month opened, which cannot be split into months afterwards, so it is refused. Version 3 names
// agents' groups by the agent's id ("li.na"), the string the tickets use; version 2 named them
// by a host number that cannot be mapped to ids afterwards, so it is refused too.
constexpr std::int64_t format_version = 3;
constexpr std::array<std::string_view, 4> category_keys{"inquiry", "complaint", "after_sales",
                                                        "suggestion"};
constexpr std::array<std::string_view, 4> group_by_names{"none", "agent", "channel", "category"};

// What a document may hold, so that nothing read overflows later: every count at most 2^53
// (kefu's choice: exact in a double, and no tally of real records comes near it, so sums of a
// few counts in the checks and formulas cannot wrap either), every millisecond total at most
// what Boost's duration holds (int64 ticks), so sums, means and percentiles read as durations.
constexpr Count max_count = Count{1} << 53;
constexpr std::int64_t max_ms =
    std::numeric_limits<std::int64_t>::max() / (pt::time_duration::ticks_per_second() / 1000);

// ---- writing ----

json::object rating_json(const kpi::RatingTally& t) {
  return {{"cases", t.cases},
          {"rated", t.rated},
          {"satisfied", t.satisfied},
          {"basically_satisfied", t.basically_satisfied}};
}

template <class Value, class Fn>
json::object per_category(const std::array<Value, 4>& values, Fn&& fn) {
  json::object o;
  for (std::size_t i = 0; i < values.size(); ++i) o[category_keys[i]] = fn(values[i]);
  return o;
}

json::object histogram_json(const kpi::Histogram& h) {
  json::array counts;
  for (const Count c : h.bucket_counts()) counts.push_back(c);
  return {{"first", h.first_bucket()}, {"counts", std::move(counts)}};
}

json::object tally_json(const kpi::Tally& t) {
  const kpi::CallTally& c = t.calls;
  const kpi::CaseTally& k = t.cases;
  json::object calls{{"dialled", c.dialled},
                     {"connected", c.connected},
                     {"human_requested", c.human_requested},
                     {"human_answered", c.human_answered},
                     {"answered_within_target", c.answered_within_target},
                     {"abandoned", c.abandoned},
                     {"short_abandoned", c.short_abandoned},
                     {"handle_ms", c.handle_ms}};
  const auto count = [](Count n) { return json::value(n); };
  json::object cases{{"by_category", per_category(k.by_category, rating_json)},
                     {"replied", per_category(k.replied, count)},
                     {"replied_in_time", per_category(k.replied_in_time, count)},
                     {"cross_province_complaints", rating_json(k.cross_province_complaints)},
                     {"key_account_complaints", rating_json(k.key_account_complaints)},
                     {"repeat_complaints_opened", k.repeat_complaints_opened},
                     {"complaint_reopens", k.complaint_reopens},
                     {"complaints_answered", k.complaints_answered},
                     {"answer_ms", k.answer_ms},
                     {"answer_max_ms", k.answer_max_ms},
                     {"answered_within_limit", k.answered_within_limit},
                     {"resolved", k.resolved},
                     {"reopened", k.reopened},
                     {"resolved_reopened", k.resolved_reopened},
                     {"first_contact", k.first_contact},
                     {"first_contact_reopened", k.first_contact_reopened}};
  return {{"calls", std::move(calls)},
          {"cases", std::move(cases)},
          {"answer_wait", histogram_json(t.answer_wait)},
          {"first_response", histogram_json(t.first_response)},
          {"refused", t.refused}};
}

// ---- reading ----

using detail::Node;
using detail::Object;

// The prefix of every error: "kpi json: $.groups[0].calls: connected exceeds dialled".
constexpr std::string_view what = "kpi json";

Count count(const Node& n) {
  const json::value& value = n.json();
  Count c = 0;
  if (value.is_uint64()) {
    c = value.get_uint64();
  } else if (value.is_int64() && value.get_int64() >= 0) {
    c = static_cast<Count>(value.get_int64());
  } else {
    n.fail("expected a non-negative integer");
  }
  if (c > max_count) n.fail("a count above 2^53");
  return c;
}

// At most `limit` ms, or the document is refused saying `beyond`.
std::int64_t milliseconds(const Node& n, std::int64_t limit = max_ms,
                          std::string_view beyond = "milliseconds beyond a Boost duration") {
  const json::value& value = n.json();
  std::int64_t ms = 0;
  if (value.is_int64() && value.get_int64() >= 0) {
    ms = value.get_int64();
  } else if (value.is_uint64() && value.get_uint64() <= INT64_MAX) {
    ms = static_cast<std::int64_t>(value.get_uint64());
  } else {
    n.fail("expected a non-negative integer");
  }
  if (ms > limit) n.fail(beyond);
  return ms;
}

kpi::RatingTally read_rating(const Node& n) {
  Object o(n);
  kpi::RatingTally t{count(o.required("cases")), count(o.required("rated")),
                     count(o.required("satisfied")), count(o.required("basically_satisfied"))};
  o.finish();
  if (t.rated > t.cases) n.fail("rated exceeds cases");
  if (t.satisfied + t.basically_satisfied > t.rated) n.fail("satisfied exceeds rated");
  return t;
}

template <class Value, class Fn>
std::array<Value, 4> read_per_category(const Node& n, Fn&& fn) {
  Object o(n);
  std::array<Value, 4> values{};
  for (std::size_t i = 0; i < values.size(); ++i) values[i] = fn(o.required(category_keys[i]));
  o.finish();
  return values;
}

kpi::Histogram read_histogram(const Node& n) {
  Object o(n);
  const Node first_node = o.required("first");
  const Count first = count(first_node);
  if (first > static_cast<Count>(kpi::Histogram::bucket_limit)) {
    first_node.fail("bucket outside the histogram");
  }
  std::vector<Count> counts;
  Count total = 0;
  for (const auto& e : o.required("counts").items()) {
    counts.push_back(count(e));
    total += counts.back();  // each at most 2^53, so this cannot wrap before the check
    if (total > max_count) e.fail("the buckets hold more than 2^53 values");
    // A percentile reads the bucket's value as a Boost duration.
    const auto bucket = static_cast<int>(first + counts.size() - 1);
    if (counts.back() > 0 && bucket < kpi::Histogram::bucket_limit &&
        kpi::Histogram::representative(bucket) > max_ms) {
      e.fail("a bucket beyond a Boost duration");
    }
  }
  o.finish();
  try {
    return kpi::Histogram::from_buckets(static_cast<int>(first), std::move(counts));
  } catch (const argument_error&) {
    n.fail("buckets outside the histogram");
  }
}

kpi::CallTally read_calls(const Node& n) {
  Object o(n);
  kpi::CallTally c;
  c.dialled = count(o.required("dialled"));
  c.connected = count(o.required("connected"));
  c.human_requested = count(o.required("human_requested"));
  c.human_answered = count(o.required("human_answered"));
  c.answered_within_target = count(o.required("answered_within_target"));
  c.abandoned = count(o.required("abandoned"));
  c.short_abandoned = count(o.required("short_abandoned"));
  c.handle_ms = milliseconds(o.required("handle_ms"));
  o.finish();
  if (c.connected > c.dialled) n.fail("connected exceeds dialled");
  if (c.human_requested > c.connected) n.fail("human_requested exceeds connected");
  if (c.human_answered + c.abandoned > c.human_requested) {
    n.fail("answered and abandoned exceed human_requested");
  }
  if (c.answered_within_target > c.human_answered) {
    n.fail("answered_within_target exceeds human_answered");
  }
  if (c.short_abandoned > c.abandoned) n.fail("short_abandoned exceeds abandoned");
  return c;
}

kpi::CaseTally read_cases(const Node& n) {
  Object o(n);
  kpi::CaseTally k;
  k.by_category = read_per_category<kpi::RatingTally>(o.required("by_category"), read_rating);
  const Node replied = o.required("replied");
  const Node replied_in_time = o.required("replied_in_time");
  k.replied = read_per_category<Count>(replied, count);
  k.replied_in_time = read_per_category<Count>(replied_in_time, count);
  for (std::size_t i = 0; i < 4; ++i) {
    if (k.replied[i] > k.by_category[i].cases) replied.fail("replied exceeds cases");
    if (k.replied_in_time[i] > k.replied[i]) {
      replied_in_time.fail("replied_in_time exceeds replied");
    }
  }
  k.cross_province_complaints = read_rating(o.required("cross_province_complaints"));
  k.key_account_complaints = read_rating(o.required("key_account_complaints"));
  k.repeat_complaints_opened = count(o.required("repeat_complaints_opened"));
  k.complaint_reopens = count(o.required("complaint_reopens"));
  k.complaints_answered = count(o.required("complaints_answered"));
  k.answer_ms = milliseconds(o.required("answer_ms"));
  k.answer_max_ms = milliseconds(o.required("answer_max_ms"));
  k.answered_within_limit = count(o.required("answered_within_limit"));
  k.resolved = count(o.required("resolved"));
  k.reopened = count(o.required("reopened"));
  k.resolved_reopened = count(o.required("resolved_reopened"));
  k.first_contact = count(o.required("first_contact"));
  k.first_contact_reopened = count(o.required("first_contact_reopened"));
  o.finish();
  const Count complaints = k.complaints();
  if (k.repeat_complaints_opened > complaints) {
    n.fail("repeat_complaints_opened exceeds complaints");
  }
  if (k.cross_province_complaints.cases > complaints ||
      k.key_account_complaints.cases > complaints || k.complaints_answered > complaints) {
    n.fail("complaint counts exceed complaints");
  }
  if (k.answered_within_limit > k.complaints_answered) {
    n.fail("answered_within_limit exceeds complaints_answered");
  }
  const Count cases = k.cases();
  if (k.resolved > cases || k.reopened > cases || k.first_contact > cases) {
    n.fail("resolution counts exceed cases");
  }
  if (k.resolved_reopened > k.resolved || k.resolved_reopened > k.reopened ||
      k.first_contact_reopened > k.first_contact || k.first_contact_reopened > k.reopened) {
    n.fail("reopened counts exceed their totals");
  }
  return k;
}

// The tally fields of a group; the caller reads the others and finishes `o`.
kpi::Tally read_tally(Object& o) {
  kpi::Tally t;
  t.calls = read_calls(o.required("calls"));
  t.cases = read_cases(o.required("cases"));
  const Node answer_wait = o.required("answer_wait");
  const Node first_response = o.required("first_response");
  t.answer_wait = read_histogram(answer_wait);
  t.first_response = read_histogram(first_response);
  t.refused = count(o.required("refused"));
  if (t.answer_wait.count() != t.calls.human_answered) {
    answer_wait.fail("count differs from calls.human_answered");
  }
  Count replied = 0;
  for (const Count r : t.cases.replied) replied += r;
  if (t.first_response.count() != replied) {
    first_response.fail("count differs from the replied cases");
  }
  return t;
}

// Adds a group's tally to the sum of the groups of its month read before, refusing a sum past
// the limits. Groups of one month and dimension are summed into one, and Accumulator::month
// sums a month over its dimensions: past the limits the first could not be written and read
// back, and the second would overflow.
class GroupSum {
 public:
  explicit GroupSum(const Node& group) : group_(group), what_(group.what()) {}

  void add(kpi::Tally& into, const kpi::Tally& t) const {
    const kpi::CallTally& c = t.calls;
    count(into.calls.dialled, c.dialled, "calls.dialled");
    count(into.calls.connected, c.connected, "calls.connected");
    count(into.calls.human_requested, c.human_requested, "calls.human_requested");
    count(into.calls.human_answered, c.human_answered, "calls.human_answered");
    count(into.calls.answered_within_target, c.answered_within_target,
          "calls.answered_within_target");
    count(into.calls.abandoned, c.abandoned, "calls.abandoned");
    count(into.calls.short_abandoned, c.short_abandoned, "calls.short_abandoned");
    milliseconds(into.calls.handle_ms, c.handle_ms, "calls.handle_ms");
    add_cases(into.cases, t.cases);
    // Their counts are those of calls.human_answered and the replied cases, summed above.
    into.answer_wait.merge(t.answer_wait);
    into.first_response.merge(t.first_response);
    count(into.refused, t.refused, "refused");
  }

 private:
  void add_cases(kpi::CaseTally& into, const kpi::CaseTally& k) const {
    for (std::size_t i = 0; i < category_keys.size(); ++i) {
      const std::string category(category_keys[i]);
      rating(into.by_category[i], k.by_category[i], "cases.by_category." + category);
      count(into.replied[i], k.replied[i], "cases.replied." + category);
      count(into.replied_in_time[i], k.replied_in_time[i], "cases.replied_in_time." + category);
    }
    rating(into.cross_province_complaints, k.cross_province_complaints,
           "cases.cross_province_complaints");
    rating(into.key_account_complaints, k.key_account_complaints, "cases.key_account_complaints");
    count(into.repeat_complaints_opened, k.repeat_complaints_opened,
          "cases.repeat_complaints_opened");
    count(into.complaint_reopens, k.complaint_reopens, "cases.complaint_reopens");
    count(into.complaints_answered, k.complaints_answered, "cases.complaints_answered");
    milliseconds(into.answer_ms, k.answer_ms, "cases.answer_ms");
    into.answer_max_ms = std::max(into.answer_max_ms, k.answer_max_ms);
    count(into.answered_within_limit, k.answered_within_limit, "cases.answered_within_limit");
    count(into.resolved, k.resolved, "cases.resolved");
    count(into.reopened, k.reopened, "cases.reopened");
    count(into.resolved_reopened, k.resolved_reopened, "cases.resolved_reopened");
    count(into.first_contact, k.first_contact, "cases.first_contact");
    count(into.first_contact_reopened, k.first_contact_reopened, "cases.first_contact_reopened");
  }

  void rating(kpi::RatingTally& into, const kpi::RatingTally& r, const std::string& field) const {
    count(into.cases, r.cases, field + ".cases");
    count(into.rated, r.rated, field + ".rated");
    count(into.satisfied, r.satisfied, field + ".satisfied");
    count(into.basically_satisfied, r.basically_satisfied, field + ".basically_satisfied");
  }

  void count(Count& into, Count add, std::string_view field) const {
    if (add > max_count - into) fail(field, "more than 2^53");
    into += add;
  }

  void milliseconds(std::int64_t& into, std::int64_t add, std::string_view field) const {
    if (add > max_ms - into) fail(field, "milliseconds beyond a Boost duration");
    into += add;
  }

  [[noreturn]] void fail(std::string_view field, std::string_view problem) const {
    detail::fail_at(what_, fmt::format("{}.{}", group_.path(), field),
                    fmt::format("summed with the earlier groups of its month, {}", problem));
  }

  const Node& group_;
  std::string_view what_;
};

kpi::Month read_month(const Node& n) {
  const std::string text = n.string();
  const auto digits = [&](std::size_t from, std::size_t len) {
    int value = 0;
    for (std::size_t i = from; i < from + len; ++i) {
      if (text[i] < '0' || text[i] > '9') n.fail("expected a month as YYYY-MM");
      value = value * 10 + (text[i] - '0');
    }
    return value;
  };
  if (text.size() != 7 || text[4] != '-') n.fail("expected a month as YYYY-MM");
  const kpi::Month month{digits(0, 4), digits(5, 2)};
  if (month.year < 1400 || month.month < 1 || month.month > 12) n.fail("month out of range");
  return month;
}

std::uint32_t read_dimension(const Node& n, kpi::GroupBy by) {
  if (n.is_null()) {
    if (by == kpi::GroupBy::none || by == kpi::GroupBy::category) return kpi::no_dimension;
    n.fail("expected a group value");
  }
  if (by == kpi::GroupBy::none) n.fail("expected null: the accumulator is not grouped");
  const Count value = count(n);  // grouped by channel or category
  const Count limit =
      by == kpi::GroupBy::channel ? enum_values<Channel>().size() : enum_values<Category>().size();
  if (value >= limit) n.fail("group value out of range");
  return static_cast<std::uint32_t>(value);
}

// Grouped by agent: the agent's id, or null for the records without one.
std::string read_agent(const Node& n) {
  if (n.is_null()) return {};
  std::string id = n.string();
  if (id.empty()) n.fail("expected an agent's id, or null for records without one");
  return id;
}

// A threshold in milliseconds, at most 100 years: beyond that Boost's microsecond count would
// overflow, and no service limit is that long.
pt::time_duration read_duration(const Node& n) {
  constexpr std::int64_t max_threshold_ms = std::int64_t{1000} * 60 * 60 * 24 * 366 * 100;
  return pt::milliseconds(milliseconds(n, max_threshold_ms, "a threshold longer than 100 years"));
}

kpi::AccumulatorOptions read_options(const Node& n) {
  Object fields(n);
  kpi::AccumulatorOptions o;
  o.zone = fields.required("zone").string();
  const Node by = fields.required("group_by");
  const std::string by_name = by.string();
  bool found = false;
  for (std::size_t i = 0; i < group_by_names.size(); ++i) {
    if (by_name == group_by_names[i]) {
      o.group_by = static_cast<kpi::GroupBy>(i);
      found = true;
    }
  }
  if (!found) by.fail("expected none, agent, channel or category");
  o.answer_target = read_duration(fields.required("answer_target_ms"));
  o.short_abandon = read_duration(fields.required("short_abandon_ms"));
  o.complaint_answer_limit = read_duration(fields.required("complaint_answer_limit_ms"));
  fields.finish();
  return o;
}

}  // namespace

json::value to_json(const kpi::Accumulator& accumulator) {
  const auto& o = accumulator.options();
  json::object options{
      {"zone", o.zone},
      {"group_by", group_by_names[static_cast<std::size_t>(o.group_by)]},
      {"answer_target_ms", o.answer_target.total_milliseconds()},
      {"short_abandon_ms", o.short_abandon.total_milliseconds()},
      {"complaint_answer_limit_ms", o.complaint_answer_limit.total_milliseconds()}};
  json::array groups;
  for (const auto& [key, tally] : accumulator.groups()) {
    json::object g = tally_json(tally);
    g["month"] = fmt::format("{}", key.month);
    if (key.dimension == kpi::no_dimension) {
      g["dimension"] = nullptr;
    } else if (o.group_by == kpi::GroupBy::agent) {
      g["dimension"] = accumulator.agent(key);
    } else {
      g["dimension"] = key.dimension;
    }
    groups.push_back(std::move(g));
  }
  return json::object{{"format", format_name},
                      {"version", format_version},
                      {"options", std::move(options)},
                      {"refused_without_month", accumulator.refused_without_month()},
                      {"groups", std::move(groups)}};
}

std::string to_json_string(const kpi::Accumulator& accumulator) {
  return json::serialize(to_json(accumulator));
}

kpi::Accumulator accumulator_from_json(const json::value& value) {
  Object root(Node(value, "$", what));
  const Node format = root.required("format");
  if (format.string() != format_name) format.fail("expected kefu.kpi.accumulator");
  const Node version_node = root.required("version");
  const Count version = count(version_node);
  if (version == 1) {
    version_node.fail(
        "version 1 counts repeat complaints per ticket, not per month: count the records again");
  }
  if (version == 2) {
    version_node.fail(
        "version 2 names agents by number, not by the tickets' ids: count the records again");
  }
  if (version != static_cast<Count>(format_version)) {
    version_node.fail(fmt::format("unsupported version {} (expected {})", version, format_version));
  }
  const Node options = root.required("options");
  kpi::Accumulator accumulator = [&options] {
    try {
      return kpi::Accumulator(read_options(options));
    } catch (const argument_error&) {
      Object(options).required("zone").fail("invalid posix time zone");
    }
  }();
  const auto by = accumulator.options().group_by;
  std::map<kpi::Month, kpi::Tally> months;
  for (const Node& g : root.required("groups").items()) {
    Object group(g);
    const kpi::Month month = read_month(group.required("month"));
    const Node dimension = group.nullable("dimension");
    const std::string agent = by == kpi::GroupBy::agent ? read_agent(dimension) : "";
    const std::uint32_t value =
        by == kpi::GroupBy::agent ? kpi::no_dimension : read_dimension(dimension, by);
    const kpi::Tally tally = read_tally(group);
    group.finish();
    GroupSum(g).add(months[month], tally);
    // Within the month's sum, so it cannot overflow.
    if (by == kpi::GroupBy::agent) {
      accumulator.merge(month, agent, tally);
    } else {
      accumulator.merge(kpi::GroupKey{month, value}, tally);
    }
  }
  accumulator.merge_refused_without_month(count(root.required("refused_without_month")));
  root.finish();
  return accumulator;
}

kpi::Accumulator accumulator_from_json(std::string_view text) {
  boost::system::error_code ec;
  const json::value value = json::parse(text, ec);
  if (ec) detail::fail_at(what, "$", fmt::format("invalid json: {}", ec.message()));
  return accumulator_from_json(value);
}

}  // namespace kefu::io
