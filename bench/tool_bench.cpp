// `kefu run` over the bundled month (examples/data/sample/events.jsonl, October 2026), end to
// end in memory: the log read and parsed line by line (EventLog), every case driven through
// the workflow (CaseRunner), the time-triggered rules fired at the last event and every case
// written as JSON Lines to a discarding stream. Baseline in the same process: parsing the same
// lines with Boost.JSON alone, the floor any reader of the log pays. Items are events.

#include "case_output.hpp"
#include "case_runner.hpp"
#include "event_log.hpp"
#include <kefu/config.hpp>

#include <boost/json/parse.hpp>

#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <streambuf>
#include <string>

namespace {

const std::string& month_log() {
  static const std::string text = [] {
    std::ifstream in(KEFU_SAMPLE_EVENTS, std::ios::binary);
    std::ostringstream all;
    all << in.rdbuf();
    return all.str();
  }();
  return text;
}

std::size_t line_count() {
  static const std::size_t n = [] {
    std::size_t lines = 0;
    for (const char c : month_log()) lines += c == '\n' ? 1 : 0;
    return lines;
  }();
  return n;
}

// An ostream that drops what it is given, as writing to /dev/null would.
class Discard : public std::streambuf {
 protected:
  int overflow(int c) override { return c; }
  std::streamsize xsputn(const char*, std::streamsize n) override { return n; }
};

void BM_BoostJsonParse(benchmark::State& state) {
  for (auto _ : state) {
    std::istringstream in(month_log());
    std::string line;
    std::size_t objects = 0;
    while (std::getline(in, line)) {
      boost::system::error_code ec;
      const boost::json::value v = boost::json::parse(line, ec);
      objects += v.is_object() ? 1 : 0;
    }
    benchmark::DoNotOptimize(objects);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * line_count()));
}
BENCHMARK(BM_BoostJsonParse)->Unit(benchmark::kMillisecond);

void BM_EventLogRead(benchmark::State& state) {
  for (auto _ : state) {
    std::istringstream in(month_log());
    kefu::tool::EventLog log(in, kefu::tool::LogFormat::jsonl);
    std::size_t entries = 0;
    while (const auto entry = log.next()) entries += entry->error.empty() ? 1 : 0;
    benchmark::DoNotOptimize(entries);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * line_count()));
}
BENCHMARK(BM_EventLogRead)->Unit(benchmark::kMillisecond);

// range(0): 1 writes every case as kefu run does, 0 stops after firing (read and workflow only).
void BM_KefuRun(benchmark::State& state) {
  const kefu::Workflow workflow = kefu::Config::defaults().workflow();
  const bool write = state.range(0) != 0;
  Discard sink;
  std::ostream out(&sink);
  for (auto _ : state) {
    std::istringstream in(month_log());
    kefu::tool::EventLog log(in, kefu::tool::LogFormat::jsonl);
    kefu::tool::CaseRunner runner(workflow, std::nullopt);
    while (const auto entry = log.next()) runner.take(*entry);
    runner.fire_due();
    if (write) {
      for (const kefu::Case& c : runner.cases()) {
        kefu::tool::write_case_jsonl(out, c, runner.as_of());
      }
    }
    if (runner.counts().bad() != 0) state.SkipWithError("bad records in the bundled month");
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * line_count()));
}
BENCHMARK(BM_KefuRun)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
