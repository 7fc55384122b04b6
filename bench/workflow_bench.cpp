// Workflow timers: next_check over 1 M open cases, and fire_due over 1 M cases of which 1%
// are due. Baseline in the same run: a plain loop over one instant per case, the floor any
// timer scheme pays to look at every case once.

#include <kefu/calendar/calendars/china_mainland.hpp>
#include <kefu/workflow/workflow.hpp>

#include <boost/date_time/posix_time/posix_time.hpp>

#include <benchmark/benchmark.h>

#include <random>
#include <vector>

namespace {

using boost::posix_time::minutes;
using boost::posix_time::ptime;

constexpr std::size_t case_count = 1'000'000;
constexpr std::size_t template_count = 1'000;

const kefu::Workflow& workflow() {
  static const kefu::Workflow wf = kefu::Workflow::defaults(kefu::calendars::china_mainland(
      kefu::WeeklyHours::monday_to_friday({kefu::open_hours(9, 0, 18, 0)})));
  return wf;
}

const ptime base = boost::posix_time::time_from_string("2025-09-29 01:00:00");

// 1 000 distinct open cases (opened a minute apart, answered, in progress), each copied 1 000
// times: their next checks spread over the 4 business hours of a normal resolution.
const std::vector<kefu::Case>& open_cases() {
  static const std::vector<kefu::Case> cases = [] {
    std::vector<kefu::Case> templates;
    for (std::size_t i = 0; i < template_count; ++i) {
      kefu::events::Open e{"agent"};
      e.id = "B" + std::to_string(i);
      e.facts.channel = kefu::Channel::email;
      const ptime at = base + minutes(static_cast<long>(i % 240));
      auto c = workflow().open(e, at);
      workflow().apply(c, kefu::events::FirstResponse{"agent"}, at + minutes(1));
      workflow().apply(c, kefu::events::Triage{"agent"}, at + minutes(1));
      workflow().apply(c, kefu::events::Start{"agent"}, at + minutes(1));
      templates.push_back(std::move(c));
    }
    std::vector<kefu::Case> all;
    all.reserve(case_count);
    for (std::size_t i = 0; i < case_count; ++i) all.push_back(templates[i % template_count]);
    return all;
  }();
  return cases;
}

// The instant at which 1% of the cases have an action due (the 75% warning of resolution).
ptime one_percent_due() {
  std::vector<ptime> next;
  for (std::size_t i = 0; i < template_count; ++i)
    next.push_back(*workflow().next_check(open_cases()[i]));
  std::sort(next.begin(), next.end());
  return next[template_count / 100 - 1];
}

void BM_next_check_1M(benchmark::State& state) {
  const auto& cases = open_cases();
  for (auto _ : state) {
    ptime earliest = boost::posix_time::pos_infin;
    for (const auto& c : cases) {
      if (const auto t = workflow().next_check(c); t && *t < earliest) earliest = *t;
    }
    benchmark::DoNotOptimize(earliest);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * cases.size()));
}

void BM_baseline_min_of_instants_1M(benchmark::State& state) {
  std::vector<ptime> instants;
  for (const auto& c : open_cases()) instants.push_back(*workflow().next_check(c));
  for (auto _ : state) {
    ptime earliest = boost::posix_time::pos_infin;
    for (const auto& t : instants) earliest = std::min(earliest, t);
    benchmark::DoNotOptimize(earliest);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * instants.size()));
}

void BM_fire_due_1M_one_percent_due(benchmark::State& state) {
  const ptime now = one_percent_due();
  std::size_t fired = 0;
  std::vector<kefu::Case> cases;
  for (auto _ : state) {
    state.PauseTiming();
    cases = open_cases();  // fresh copies (and freeing the last ones) are not timed
    state.ResumeTiming();
    fired = 0;
    for (auto& c : cases) fired += workflow().fire_due(c, now).size();
    benchmark::DoNotOptimize(fired);
  }
  state.counters["due_cases"] = static_cast<double>(fired);
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * case_count));
}

void BM_baseline_compare_instants_1M(benchmark::State& state) {
  const ptime now = one_percent_due();
  std::vector<ptime> instants;
  for (const auto& c : open_cases()) instants.push_back(*workflow().next_check(c));
  for (auto _ : state) {
    std::size_t due = 0;
    for (const auto& t : instants) due += t <= now ? 1 : 0;
    benchmark::DoNotOptimize(due);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * instants.size()));
}

}  // namespace

BENCHMARK(BM_next_check_1M)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_baseline_min_of_instants_1M)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_fire_due_1M_one_percent_due)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_baseline_compare_instants_1M)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
