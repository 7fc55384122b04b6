// kpi accumulator throughput against a hand-written counting loop over the same records in the
// same process (calls, then cases), merging 1 000 shards, and the memory one accumulator takes.
//
//   build/release/bench/kpi_bench --benchmark_min_time=0.2

#include <kefu/kpi/accumulator.hpp>

#include <benchmark/benchmark.h>
#include <fmt/format.h>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace kpi = kefu::kpi;
using boost::posix_time::hours;
using boost::posix_time::ptime;
using boost::posix_time::seconds;

namespace {

// Agents by the ids tickets give them, "agent-007": short enough to stay inside std::string.
std::string agent_id(std::uint64_t n) { return fmt::format("agent-{:03}", n); }

// A month of calls (October in Beijing), in time order as a call log delivers them.
std::vector<kpi::CallRecord> month_of_calls(std::size_t n) {
  std::mt19937_64 rng(7);
  std::vector<kpi::CallRecord> calls(n);
  const ptime start = ptime(boost::gregorian::date(2026, 9, 30), hours(16));
  const long step_ms = static_cast<long>(31LL * 24 * 3600 * 1000 / static_cast<long long>(n));
  for (std::size_t i = 0; i < n; ++i) {
    kpi::CallRecord& c = calls[i];
    c.dialled_at = start + boost::posix_time::milliseconds(step_ms * static_cast<long>(i));
    c.connected = rng() % 25 != 0;
    c.agent = agent_id(rng() % 200);
    if (c.connected && rng() % 5 != 0) {
      c.human_requested_at = c.dialled_at + seconds(20);
      const auto wait = seconds(static_cast<long>(rng() % 60));
      if (rng() % 10 == 0) {
        c.abandoned_at = *c.human_requested_at + wait;
      } else {
        c.answered_at = *c.human_requested_at + wait;
        c.handle_time = seconds(static_cast<long>(60 + rng() % 600));
      }
    }
  }
  return calls;
}

const std::vector<kpi::CallRecord>& records() {
  static const auto calls = month_of_calls(std::size_t{1} << 20);
  return calls;
}

// The baseline: what a host would write by hand to count one month's call indicators, with no
// validation, no months, no groups and no percentiles.
struct PlainCounts {
  std::uint64_t dialled = 0, connected = 0, requested = 0, answered = 0, within = 0, abandoned = 0,
                short_abandoned = 0;
  std::int64_t handle_ms = 0;
};

void BM_plain_counting_loop(benchmark::State& state) {
  const auto& calls = records();
  const auto target = seconds(20);
  const auto short_abandon = seconds(5);
  for (auto _ : state) {
    PlainCounts p;
    for (const auto& c : calls) {
      ++p.dialled;
      p.connected += c.connected;
      if (!c.human_requested_at) continue;
      ++p.requested;
      if (c.answered_at) {
        ++p.answered;
        p.within += (*c.answered_at - *c.human_requested_at) <= target;
        p.handle_ms += c.handle_time.total_milliseconds();
      } else if (c.abandoned_at) {
        ++p.abandoned;
        p.short_abandoned += (*c.abandoned_at - *c.human_requested_at) <= short_abandon;
      }
    }
    benchmark::DoNotOptimize(p);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * calls.size()));
}
BENCHMARK(BM_plain_counting_loop);

void BM_accumulator_add(benchmark::State& state) {
  const auto& calls = records();
  kpi::AccumulatorOptions options;
  options.group_by = static_cast<kpi::GroupBy>(state.range(0));
  for (auto _ : state) {
    kpi::Accumulator acc(options);
    for (const auto& c : calls) acc.add(c);
    benchmark::DoNotOptimize(acc);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * calls.size()));
  state.SetLabel(state.range(0) == 0 ? "by month" : "by month and agent (200 agents)");
}
BENCHMARK(BM_accumulator_add)
    ->Arg(static_cast<int>(kpi::GroupBy::none))
    ->Arg(static_cast<int>(kpi::GroupBy::agent));

// A month of cases opened in time order: 55% inquiries, 20% complaints; most replied and
// solved, 4% reopened a day after the answer (a complaint's reopen late in the month counts in
// November), 1% of complaints opened about an earlier one.
std::vector<kpi::CaseRecord> month_of_cases(std::size_t n) {
  std::mt19937_64 rng(11);
  std::vector<kpi::CaseRecord> cases(n);
  const ptime start = ptime(boost::gregorian::date(2026, 9, 30), hours(16));
  const long step_ms = static_cast<long>(31LL * 24 * 3600 * 1000 / static_cast<long long>(n));
  for (std::size_t i = 0; i < n; ++i) {
    kpi::CaseRecord& r = cases[i];
    r.opened_at = start + boost::posix_time::milliseconds(step_ms * static_cast<long>(i));
    const auto kind = rng() % 100;
    r.category = kind < 55   ? kefu::Category::inquiry
                 : kind < 75 ? kefu::Category::complaint
                 : kind < 95 ? kefu::Category::after_sales
                             : kefu::Category::suggestion;
    r.agent = agent_id(rng() % 200);
    r.reply_due = r.opened_at + hours(2);
    if (rng() % 50 != 0) r.replied_at = r.opened_at + seconds(static_cast<long>(rng() % 9000));
    if (rng() % 20 != 0) r.resolved_at = r.opened_at + hours(static_cast<long>(rng() % 60));
    if (rng() % 5 != 0) r.rating = static_cast<kefu::Rating>(rng() % 3);
    if (r.resolved_at && rng() % 25 == 0) {
      r.reopened_at.push_back(*r.resolved_at + hours(24));
      r.resolved_at = r.reopened_at.back() + hours(5);
    }
    r.opened_as_repeat = r.category == kefu::Category::complaint && rng() % 100 == 0;
    r.cross_province = r.category == kefu::Category::complaint && rng() % 5 == 0;
    r.resolved_at_first_contact = r.resolved_at && !r.reopened() && rng() % 3 != 0;
  }
  return cases;
}

const std::vector<kpi::CaseRecord>& case_records() {
  static const auto cases = month_of_cases(std::size_t{1} << 18);
  return cases;
}

// The baseline for cases: the standard's case counts by hand (replies, answers within 48 h,
// ratings, repeat events), no validation, no months.
struct PlainCaseCounts {
  std::uint64_t cases[4] = {}, replied[4] = {}, in_time[4] = {}, satisfied[4] = {}, answered = 0,
                within_limit = 0, repeats = 0, resolved = 0, reopened = 0;
};

void BM_plain_case_loop(benchmark::State& state) {
  const auto& cases = case_records();
  const auto limit = hours(48);
  for (auto _ : state) {
    PlainCaseCounts p;
    for (const auto& r : cases) {
      const auto c = static_cast<std::size_t>(r.category);
      ++p.cases[c];
      if (r.replied_at) {
        ++p.replied[c];
        p.in_time[c] += *r.replied_at <= *r.reply_due;
      }
      p.satisfied[c] += r.rating == kefu::Rating::satisfied;
      p.resolved += r.resolved_at.has_value();
      p.reopened += !r.reopened_at.empty();
      if (r.category == kefu::Category::complaint) {
        p.repeats += r.opened_as_repeat + r.reopened_at.size();
        if (r.resolved_at) {
          ++p.answered;
          p.within_limit += (*r.resolved_at - r.opened_at) <= limit;
        }
      }
    }
    benchmark::DoNotOptimize(p);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * cases.size()));
}
BENCHMARK(BM_plain_case_loop);

void BM_accumulator_add_cases(benchmark::State& state) {
  const auto& cases = case_records();
  for (auto _ : state) {
    kpi::Accumulator acc;
    for (const auto& r : cases) acc.add(r);
    benchmark::DoNotOptimize(acc);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * cases.size()));
  state.SetLabel("by month");
}
BENCHMARK(BM_accumulator_add_cases);

// Rough heap bytes of an accumulator: the object, one map node per group, histogram buckets.
std::size_t approximate_bytes(const kpi::Accumulator& acc) {
  std::size_t bytes = sizeof(kpi::Accumulator);
  for (const auto& [key, tally] : acc.groups()) {
    bytes += sizeof(std::pair<const kpi::GroupKey, kpi::Tally>) + 4 * sizeof(void*);
    bytes += (tally.answer_wait.bucket_counts().capacity() +
              tally.first_response.bucket_counts().capacity()) *
             sizeof(std::uint64_t);
  }
  return bytes;
}

void BM_merge_1000_shards(benchmark::State& state) {
  const auto& calls = records();
  std::vector<kpi::Accumulator> shards(1000);
  for (std::size_t i = 0; i < calls.size(); ++i) shards[i % shards.size()].add(calls[i]);
  for (auto _ : state) {
    kpi::Accumulator total;
    for (const auto& s : shards) total.merge(s);
    benchmark::DoNotOptimize(total);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * shards.size()));
  state.counters["bytes_per_shard"] = static_cast<double>(approximate_bytes(shards[0]));
}
BENCHMARK(BM_merge_1000_shards)->Unit(benchmark::kMillisecond);

void BM_memory_per_accumulator(benchmark::State& state) {
  const auto& calls = records();
  kpi::AccumulatorOptions options;
  options.group_by = static_cast<kpi::GroupBy>(state.range(0));
  kpi::Accumulator acc(options);
  for (const auto& c : calls) acc.add(c);
  for (auto _ : state) benchmark::DoNotOptimize(approximate_bytes(acc));
  state.counters["groups"] = static_cast<double>(acc.groups().size());
  state.counters["bytes"] = static_cast<double>(approximate_bytes(acc));
  state.counters["tally_bytes"] = static_cast<double>(sizeof(kpi::Tally));
}
BENCHMARK(BM_memory_per_accumulator)
    ->Arg(static_cast<int>(kpi::GroupBy::none))
    ->Arg(static_cast<int>(kpi::GroupBy::agent));

}  // namespace

BENCHMARK_MAIN();
