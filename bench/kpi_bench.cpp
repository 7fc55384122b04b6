// kpi accumulator throughput against a hand-written counting loop over the same records in the
// same process, merging 1 000 shards, and the memory one accumulator takes.
//
//   build/release/bench/kpi_bench --benchmark_min_time=0.2

#include <kefu/kpi/accumulator.hpp>

#include <benchmark/benchmark.h>

#include <cstdint>
#include <random>
#include <vector>

namespace kpi = kefu::kpi;
using boost::posix_time::hours;
using boost::posix_time::ptime;
using boost::posix_time::seconds;

namespace {

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
    c.agent = static_cast<std::uint32_t>(rng() % 200);
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
