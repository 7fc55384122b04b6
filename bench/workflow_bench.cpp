// Workflow timers: next_check over 1 M open cases, and fire_due over 1 M cases of which 1%
// are due. Baseline in the same run: a plain loop over one instant per case, the floor any
// timer scheme pays to look at every case once.
//
// The workflow's per-event cost (issue 16): the bundled month's events (KEFU_SAMPLE_EVENTS, read
// and parsed before timing) driven through Workflow::open / apply, against the same records
// applied to bare tickets by the Lifecycle alone (the transition every event needs anyway).

#include <kefu/calendar/calendars/china_mainland.hpp>
#include <kefu/io/event_json.hpp>
#include <kefu/workflow/workflow.hpp>

#include <boost/date_time/posix_time/posix_time.hpp>
#include <boost/json/parse.hpp>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <fstream>
#include <random>
#include <string>
#include <unordered_map>
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

// One line of the month's log: the index of its ticket (in order of first appearance) and the
// record, its "ticket" field taken out as the kefu command does.
struct LogLine {
  std::size_t ticket;
  kefu::EventRecord record;
  kefu::Flags flags;  // an open event's, from the log's "flags"
};

const std::vector<LogLine>& month() {
  static const std::vector<LogLine> lines = [] {
    std::vector<LogLine> out;
    std::unordered_map<std::string, std::size_t> tickets;
    std::ifstream in(KEFU_SAMPLE_EVENTS);
    std::string line;
    while (std::getline(in, line)) {
      auto json = boost::json::parse(line);
      auto& object = json.as_object();
      const std::string ticket(object.at("ticket").as_string());
      object.erase("ticket");
      kefu::Flags flags;
      if (const auto* names = object.if_contains("flags")) {
        for (const auto& name : names->as_array()) {
          flags.set(*kefu::parse<kefu::Flag>(std::string_view(name.as_string())));
        }
        object.erase("flags");
      }
      object["version"] = kefu::io::lifecycle_json_version;
      const auto index = tickets.emplace(ticket, tickets.size()).first->second;
      auto record = kefu::io::event_record_from_json(json);
      if (auto* open = std::get_if<kefu::events::Open>(&record.event)) open->id = ticket;
      out.push_back({index, std::move(record), flags});
    }
    return out;
  }();
  return lines;
}

std::size_t ticket_count() {
  std::size_t count = 0;
  for (const auto& line : month()) count = std::max(count, line.ticket + 1);
  return count;
}

void BM_workflow_month(benchmark::State& state) {
  const auto& lines = month();
  std::size_t accepted = 0;
  for (auto _ : state) {
    std::vector<kefu::Case> cases(ticket_count());
    accepted = 0;
    for (const auto& line : lines) {
      if (const auto* open = std::get_if<kefu::events::Open>(&line.record.event)) {
        cases[line.ticket] = workflow().open(*open, line.record.at, line.flags, line.record.id);
        ++accepted;
      } else if (workflow().apply(cases[line.ticket], line.record)) {
        ++accepted;
      }
    }
    benchmark::DoNotOptimize(cases.data());
  }
  state.counters["accepted"] = static_cast<double>(accepted);
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * lines.size()));
}

void BM_baseline_lifecycle_month(benchmark::State& state) {
  const auto& lines = month();
  const kefu::Lifecycle& lifecycle = workflow().lifecycle();
  std::size_t accepted = 0;
  for (auto _ : state) {
    std::vector<kefu::Ticket> tickets(ticket_count());
    accepted = 0;
    for (const auto& line : lines) {
      if (const auto* open = std::get_if<kefu::events::Open>(&line.record.event)) {
        tickets[line.ticket] = kefu::Ticket::open(*open, line.record.at, line.record.id);
        ++accepted;
      } else if (lifecycle.apply(tickets[line.ticket], line.record).accepted) {
        ++accepted;
      }
    }
    benchmark::DoNotOptimize(tickets.data());
  }
  state.counters["accepted"] = static_cast<double>(accepted);
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * lines.size()));
}

}  // namespace

BENCHMARK(BM_workflow_month)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_baseline_lifecycle_month)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_next_check_1M)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_baseline_min_of_instants_1M)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_fire_due_1M_one_percent_due)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_baseline_compare_instants_1M)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
