// The kefu command over the bundled month (examples/data/sample/events.jsonl, October 2026) and
// over a log of about 1 M events that kefu_sample_month --copies 25 writes into the build
// directory at build time (bench/CMakeLists.txt). Items are events.
//
// In this process: the log read and parsed line by line (EventLog), every case driven through
// the workflow (CaseRunner), the time-triggered rules fired at the last event and every case
// written as JSON Lines to a discarding stream. Baseline in the same process: parsing the same
// lines with Boost.JSON alone, the floor any reader of the log pays.
//
// The command itself: `kefu run` and `kefu kpi` run as a child process on the file; the time
// is the child's CPU time (user + system of all its threads, getrusage of the children: the
// machine is shared), wall_s the time from its start to its end (what the user waits, the
// reading running ahead on a second thread: tools/kefu/read_ahead.hpp; only meaningful on an
// idle machine), and peak_rss_mb its peak resident memory, to tell memory per event from
// memory per open case.

#include "case_output.hpp"
#include "case_runner.hpp"
#include "event_log.hpp"
#include <kefu/config.hpp>

#include <boost/json/parse.hpp>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <fcntl.h>
#include <fstream>
#include <map>
#include <sstream>
#include <streambuf>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <utility>
#include <vector>

namespace {

struct Log {
  std::string text;
  std::size_t lines = 0;
};

const Log& log_at(const std::string& path) {
  static std::map<std::string, Log> logs;
  auto [at, fresh] = logs.try_emplace(path);
  if (fresh) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream all;
    all << in.rdbuf();
    at->second.text = all.str();
    for (const char c : at->second.text) at->second.lines += c == '\n' ? 1 : 0;
  }
  return at->second;
}

// An ostream that drops what it is given, as writing to /dev/null would.
class Discard : public std::streambuf {
 protected:
  int overflow(int c) override { return c; }
  std::streamsize xsputn(const char*, std::streamsize n) override { return n; }
};

// The lines of the file at `path`, read as a stream (the commands' benchmarks keep no log in
// this process).
std::size_t line_count(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::size_t lines = 0;
  std::string line;
  while (std::getline(in, line)) ++lines;
  return lines;
}

// The commands' benchmarks come first: a child's peak RSS counts what it shares with this
// process until its exec, so they run while this process is small (no log loaded yet).
// Runs the kefu command on `path` with `args` (its output to /dev/null) and returns its rusage.
rusage run_command(const std::vector<std::string>& args) {
  std::vector<char*> argv;
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  const pid_t child = fork();
  if (child == 0) {
    const int null = open("/dev/null", O_WRONLY);  // the summary on stderr
    if (null >= 0) dup2(null, STDERR_FILENO);
    execv(argv[0], argv.data());
    _exit(127);
  }
  int status = 0;
  rusage usage{};
  wait4(child, &status, 0, &usage);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) usage.ru_maxrss = -1;
  return usage;
}

double seconds_of(const timeval& t) {
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
}

void command_bench(benchmark::State& state, const char* path, std::vector<std::string> args) {
  const std::size_t lines = line_count(path);
  args.insert(args.begin(), KEFU_COMMAND);
  long peak = 0;
  double wall = 0;
  for (auto _ : state) {
    const auto start = std::chrono::steady_clock::now();
    const rusage usage = run_command(args);
    wall += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (usage.ru_maxrss < 0) {
      state.SkipWithError("the kefu command failed");
      break;
    }
    peak = std::max(peak, usage.ru_maxrss);
    state.SetIterationTime(seconds_of(usage.ru_utime) + seconds_of(usage.ru_stime));
  }
  state.counters["peak_rss_mb"] = static_cast<double>(peak) / 1024.0;
  state.counters["wall_s"] = benchmark::Counter(wall, benchmark::Counter::kAvgIterations);
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * lines));
}

// hold_all: with --hold-all, every case kept until the log ends (as before issue 16), the
// baseline for the memory a final case let go saves.
void BM_CommandRun(benchmark::State& state, const char* path, bool hold_all) {
  std::vector<std::string> args{"run", path, "-o", "/dev/null"};
  if (hold_all) args.emplace_back("--hold-all");
  command_bench(state, path, std::move(args));
}
void BM_CommandKpi(benchmark::State& state, const char* path, bool hold_all) {
  std::vector<std::string> args{"kpi",      path,   "--month", "2026-10",
                                "--format", "json", "-o",      "/dev/null"};
  if (hold_all) args.emplace_back("--hold-all");
  command_bench(state, path, std::move(args));
}
BENCHMARK_CAPTURE(BM_CommandRun, month, KEFU_SAMPLE_EVENTS, false)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);
BENCHMARK_CAPTURE(BM_CommandRun, month_hold_all, KEFU_SAMPLE_EVENTS, true)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);
BENCHMARK_CAPTURE(BM_CommandRun, million, KEFU_MILLION_EVENTS, false)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);
BENCHMARK_CAPTURE(BM_CommandRun, million_hold_all, KEFU_MILLION_EVENTS, true)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);
BENCHMARK_CAPTURE(BM_CommandKpi, month, KEFU_SAMPLE_EVENTS, false)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);
BENCHMARK_CAPTURE(BM_CommandKpi, million, KEFU_MILLION_EVENTS, false)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);
BENCHMARK_CAPTURE(BM_CommandKpi, million_hold_all, KEFU_MILLION_EVENTS, true)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);

void BM_BoostJsonParse(benchmark::State& state, const char* path) {
  const Log& log = log_at(path);
  for (auto _ : state) {
    std::istringstream in(log.text);
    std::string line;
    std::size_t objects = 0;
    while (std::getline(in, line)) {
      boost::system::error_code ec;
      const boost::json::value v = boost::json::parse(line, ec);
      objects += v.is_object() ? 1 : 0;
    }
    benchmark::DoNotOptimize(objects);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * log.lines));
}
BENCHMARK_CAPTURE(BM_BoostJsonParse, month, KEFU_SAMPLE_EVENTS)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_BoostJsonParse, million, KEFU_MILLION_EVENTS)->Unit(benchmark::kMillisecond);

void BM_EventLogRead(benchmark::State& state) {
  const Log& log = log_at(KEFU_SAMPLE_EVENTS);
  for (auto _ : state) {
    std::istringstream in(log.text);
    kefu::tool::EventLog events(in, kefu::tool::LogFormat::jsonl);
    std::size_t entries = 0;
    while (const auto entry = events.next()) entries += entry->error.empty() ? 1 : 0;
    benchmark::DoNotOptimize(entries);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * log.lines));
}
BENCHMARK(BM_EventLogRead)->Unit(benchmark::kMillisecond);

// range(0): 1 writes every case as kefu run does, 0 stops after firing (read and workflow only).
void BM_KefuRun(benchmark::State& state, const char* path) {
  const Log& log = log_at(path);
  const kefu::Workflow workflow = kefu::Config::defaults().workflow();
  const bool write = state.range(0) != 0;
  Discard sink;
  std::ostream out(&sink);
  for (auto _ : state) {
    std::istringstream in(log.text);
    kefu::tool::EventLog events(in, kefu::tool::LogFormat::jsonl);
    kefu::tool::CaseRunner runner(workflow, std::nullopt);
    while (const auto entry = events.next()) runner.take(*entry);
    runner.fire_due();
    if (write) {
      for (const kefu::Case* c : runner.cases()) {
        kefu::tool::write_case_jsonl(out, *c, runner.as_of());
      }
    }
    if (runner.counts().bad() != 0) state.SkipWithError("bad records in the log");
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * log.lines));
}
BENCHMARK_CAPTURE(BM_KefuRun, month, KEFU_SAMPLE_EVENTS)
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_KefuRun, million, KEFU_MILLION_EVENTS)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);

}  // namespace

BENCHMARK_MAIN();
