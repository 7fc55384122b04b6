// The helpdesk example's store (examples/helpdesk/): events/s of `ingest` by transaction batch
// size into a SQLite file, against the same ingest into an in-memory SQLite database and into
// a bare in-process map of cases (the workflow alone, no store) in the same run; the database
// size per case; and `tick` latency with 100 000 open cases, through the next_check index and,
// as its baseline, the same query forced to scan the table.
//
// The log: the bundled month (examples/data/sample/events.jsonl, 40 857 events of 4 760 cases)
// repeated 25 times, copy k under the tickets "R<k>-K....." and the event ids "r<k>-<id>", the
// copies of each line one after the other: 1 021 425 events in the order of their instants,
// built in memory (not a file in the repository). One event a transaction takes its first
// 100 000 events only: the whole log would take minutes at that rate.

#include "case_store.hpp"
#include "generated_log.hpp"
#include "helpdesk.hpp"
#include <kefu/calendar/instant.hpp>

#include <boost/date_time/posix_time/posix_time.hpp>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

namespace {

namespace pt = boost::posix_time;
using helpdesk::Helpdesk;

constexpr int copies = 25;
constexpr std::size_t month_cases = 4'760;

// The month's line with its ticket and event ids prefixed for copy k: every line starts with
// {"ticket":"K.....","event_id":"...", as the sample month's writer puts them.
std::string copy_of(const std::string& line, int k) {
  static const std::string ticket = "{\"ticket\":\"";
  static const std::string event_id = "\",\"event_id\":\"";
  const auto id = line.find(event_id);
  if (line.rfind(ticket, 0) != 0 || id == std::string::npos) {
    throw std::runtime_error("bundled month: a line that does not start with ticket, event_id");
  }
  const std::string prefix = std::to_string(k);
  return ticket + "R" + prefix + "-" + line.substr(ticket.size(), id - ticket.size()) + event_id +
         "r" + prefix + "-" + line.substr(id + event_id.size());
}

struct Log {
  std::string text;
  std::size_t lines = 0;
  std::size_t cases = 0;
};

const Log& million() {
  static const Log log = [] {
    Log out;
    for (const auto& line : helpdesk::test::bundled_month()) {
      for (int k = 0; k < copies; ++k) out.text += copy_of(line.text, k) + "\n";
      out.lines += copies;
    }
    out.cases = month_cases * copies;
    return out;
  }();
  return log;
}

// The first 100 000 events of the log.
const Log& first_100k() {
  static const Log log = [] {
    Log out;
    std::size_t at = 0;
    for (; out.lines < 100'000; ++out.lines) at = million().text.find('\n', at) + 1;
    out.text = million().text.substr(0, at);
    std::istringstream in(out.text);
    for (std::string line; std::getline(in, line);) {
      if (line.find("\"event\":\"open\"") != std::string::npos) ++out.cases;
    }
    return out;
  }();
  return log;
}

const std::string bench_dir = "helpdesk_bench_db";

std::string fresh_path(const std::string& name) {
  std::filesystem::create_directories(bench_dir);
  const std::string path = bench_dir + "/" + name;
  helpdesk::remove_database(path);
  return path;
}

void ingest_into(benchmark::State& state, const std::string& name,
                 helpdesk::Durability durability) {
  const auto batch = static_cast<std::size_t>(state.range(0));
  const Log& log = batch == 1 ? first_100k() : million();
  std::uintmax_t bytes = 0;
  for (auto _ : state) {
    state.PauseTiming();
    const std::string path = name == ":memory:" ? name : fresh_path(name);
    {
      Helpdesk desk(path, kefu::Config::defaults(), durability);
      std::istringstream in(log.text);
      state.ResumeTiming();
      const auto counts = desk.ingest(in, "bench", batch);
      benchmark::DoNotOptimize(counts.stored);
      state.PauseTiming();
      if (name != ":memory:") desk.database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    if (name != ":memory:") bytes = std::filesystem::file_size(path);
    state.ResumeTiming();
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * log.lines));
  state.counters["events"] = static_cast<double>(log.lines);
  if (bytes != 0) state.counters["bytes_per_case"] = static_cast<double>(bytes) / log.cases;
}

void BM_ingest_file(benchmark::State& state) {
  ingest_into(state, "ingest.db", helpdesk::Durability::normal);
}
// One iteration each: a run is a million events.
BENCHMARK(BM_ingest_file)
    ->Arg(1)
    ->Arg(10)
    ->Arg(100)
    ->Arg(1000)
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond);

void BM_ingest_file_fsync(benchmark::State& state) {
  ingest_into(state, "ingest_full.db", helpdesk::Durability::full);
}
BENCHMARK(BM_ingest_file_fsync)->Arg(1000)->Iterations(1)->Unit(benchmark::kMillisecond);

void BM_ingest_memory(benchmark::State& state) {
  ingest_into(state, ":memory:", helpdesk::Durability::normal);
}
BENCHMARK(BM_ingest_memory)->Arg(1)->Arg(1000)->Iterations(1)->Unit(benchmark::kMillisecond);

// Baseline: the same lines read and applied to cases in a map, with no store.
void BM_ingest_workflow_only(benchmark::State& state) {
  const kefu::Workflow workflow = kefu::Config::defaults().workflow();
  for (auto _ : state) {
    std::unordered_map<std::string, kefu::Case> cases;
    std::istringstream in(million().text);
    for (std::string text; std::getline(in, text);) {
      helpdesk::EventLine line = helpdesk::read_event_line(text);
      const auto found = cases.find(line.ticket);
      if (found == cases.end()) {
        const auto& open = std::get<kefu::events::Open>(line.record.event);
        cases.emplace(line.ticket, workflow.open(open, line.record.at, line.flags, line.record.id));
      } else {
        benchmark::DoNotOptimize(workflow.apply(found->second, line.record));
      }
    }
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * million().lines));
}
BENCHMARK(BM_ingest_workflow_only)->Iterations(1)->Unit(benchmark::kMillisecond);

// 100 000 phone cases opened 10 s apart and never answered: each first response is due 15 s
// after its open (the phone first-response target), so a tick 10 s later finds about one.
constexpr int open_cases = 100'000;
const pt::ptime first_open = pt::time_from_string("2026-11-02 01:00:00");

Helpdesk& open_desk() {
  static Helpdesk* desk = [] {
    const std::string path = fresh_path("tick.db");
    auto* d = new Helpdesk(path, kefu::Config::defaults(), helpdesk::Durability::normal);
    std::string log;
    for (int i = 0; i < open_cases; ++i) {
      log += "{\"ticket\":\"O-" + std::to_string(i) + "\",\"event_id\":\"o" + std::to_string(i) +
             "\",\"event\":\"open\",\"at\":\"" +
             kefu::format_instant(first_open + pt::seconds(10 * i)) +
             "\",\"actor\":\"li.na\",\"channel\":\"phone\"}\n";
    }
    std::istringstream in(log);
    d->ingest(in, "open cases", 1000);
    return d;
  }();
  return *desk;
}

void BM_tick_100k_open(benchmark::State& state) {
  Helpdesk& desk = open_desk();
  pt::ptime at = first_open + pt::seconds(20);
  std::size_t queued = 0;
  for (auto _ : state) {
    queued += desk.tick(at);
    at += pt::seconds(10);
  }
  state.counters["actions_per_tick"] = static_cast<double>(queued) / state.iterations();
}
BENCHMARK(BM_tick_100k_open)->Iterations(2000)->Unit(benchmark::kMicrosecond);

// The due-case query alone, at an instant when a case or two are due, through the index and
// forced to scan the table (the baseline).
void due_query(benchmark::State& state, const char* sql) {
  Helpdesk& desk = open_desk();
  helpdesk::Statement earliest = desk.database().prepare("SELECT min(next_check) FROM cases");
  earliest.step();
  const std::int64_t at = earliest.integer(0) + 10'000'000;  // 10 s later: one case opens
  std::size_t rows = 0;
  helpdesk::Statement select = desk.database().prepare(sql);
  for (auto _ : state) {
    select.bind(1, at);
    rows = 0;
    while (select.step()) ++rows;
    select.reset();
    benchmark::DoNotOptimize(rows);
  }
  state.counters["rows"] = static_cast<double>(rows);
}
void BM_due_query_indexed(benchmark::State& state) {
  due_query(state, "SELECT ticket FROM cases WHERE next_check <= ? ORDER BY next_check");
}
BENCHMARK(BM_due_query_indexed)->Unit(benchmark::kMicrosecond);
void BM_due_query_scan(benchmark::State& state) {
  due_query(state,
            "SELECT ticket FROM cases NOT INDEXED WHERE next_check <= ? ORDER BY next_check");
}
BENCHMARK(BM_due_query_scan)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
