// BusinessCalendar::add and add_business_days against the two baselines helpdesks use
// (calendar_baselines.hpp), on a mainland office calendar (Mon-Fri 09:00-12:00 and 13:30-18:30,
// State Council holidays, weekly hours alone after 2026), from 1024 random starts in 2024-2025.
// Cases: 30 s, 4 h, 48 h and 90 days (2160 h) of business time, and 3 business days. Prints each
// case's time per call and the ratios baseline / kefu, from the medians of the repetitions in CPU
// time (the machine is shared, so wall time is noisier).

#include "calendar_baselines.hpp"
#include <kefu/calendar/calendars/china_mainland.hpp>
#include <kefu/calendar/instant.hpp>

#include <benchmark/benchmark.h>
#include <fmt/format.h>

#include <map>
#include <random>
#include <string>
#include <vector>

namespace {

using boost::posix_time::hours;
using boost::posix_time::ptime;
using boost::posix_time::seconds;
using boost::posix_time::time_duration;

kefu::WeeklyHours office_hours() {
  return kefu::WeeklyHours::monday_to_friday(
      {kefu::open_hours(9, 0, 12, 0), kefu::open_hours(13, 30, 18, 30)});
}

struct Fixture {
  kefu::BusinessCalendar calendar =
      kefu::calendars::china_mainland(office_hours(), kefu::UncoveredYears::weekly_hours);
  kefu::bench::Baselines baselines{office_hours(), kefu::calendars::china_mainland_schedule(),
                                   hours(8)};
  std::vector<ptime> starts;
  std::vector<boost::gregorian::date> days;

  Fixture() {
    std::mt19937_64 rng(20261124);
    std::uniform_int_distribution<long> second(0, 2L * 365 * 86'400);
    const ptime first = kefu::parse_instant("2024-01-01T00:00:00+08:00");
    for (int i = 0; i < 1024; ++i) {
      starts.push_back(first + seconds(second(rng)));
      days.push_back(calendar.local_date(starts.back()));
    }
  }
};

const Fixture& fixture() {
  static const Fixture f;
  return f;
}

const std::map<std::string, time_duration> kDurations = {
    {"30s", seconds(30)}, {"4h", hours(4)}, {"48h", hours(48)}, {"90d", hours(90 * 24)}};

enum class Method { kefu, minute_stepping, interval_walk };

void add(benchmark::State& state, Method method, time_duration d) {
  const Fixture& f = fixture();
  std::size_t i = 0;
  for (auto _ : state) {
    const ptime start = f.starts[i++ & 1023];
    ptime end;
    switch (method) {
      case Method::kefu:
        end = f.calendar.add(start, d);
        break;
      case Method::minute_stepping:
        end = f.baselines.step_minutes(start, d);
        break;
      case Method::interval_walk:
        end = f.baselines.walk_days(start, d);
        break;
    }
    benchmark::DoNotOptimize(end);
  }
}

void add_days(benchmark::State& state, Method method) {
  const Fixture& f = fixture();
  std::size_t i = 0;
  for (auto _ : state) {
    const auto day = f.days[i++ & 1023];
    boost::gregorian::date end;
    switch (method) {
      case Method::kefu:
        end = f.calendar.add_business_days(day, 3);
        break;
      case Method::minute_stepping:
        end = f.baselines.step_minutes_days(day, 3);
        break;
      case Method::interval_walk:
        end = f.baselines.walk_days_days(day, 3);
        break;
    }
    benchmark::DoNotOptimize(end);
  }
}

// Collects the median of each benchmark and prints the ratios at the end.
class RatioReporter : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& runs) override {
    ConsoleReporter::ReportRuns(runs);
    for (const Run& run : runs) {
      if (run.run_type == Run::RT_Aggregate && run.aggregate_name == "median") {
        medians_[run.run_name.function_name] = run.GetAdjustedCPUTime();
      }
    }
  }

  void Finalize() override {
    ConsoleReporter::Finalize();
    fmt::print("\n{:<6} {:>12} {:>16} {:>16} {:>14} {:>14}\n", "case", "kefu", "minute stepping",
               "interval walk", "vs minutes", "vs walk");
    for (const char* name : {"30s", "4h", "48h", "3bd", "90d"}) {
      const double kefu = medians_["kefu/" + std::string(name)];
      const double minutes = medians_["minute_stepping/" + std::string(name)];
      const double walk = medians_["interval_walk/" + std::string(name)];
      fmt::print("{:<6} {:>9.0f} ns {:>13.0f} ns {:>13.0f} ns {:>13.0f}x {:>13.1f}x\n", name, kefu,
                 minutes, walk, minutes / kefu, walk / kefu);
    }
  }

 private:
  std::map<std::string, double> medians_;
};

// The baselines must give kefu's answers, or the ratios mean nothing.
bool baselines_agree() {
  const Fixture& f = fixture();
  for (int i = 0; i < 16; ++i) {
    for (const auto& [name, d] : kDurations) {
      const ptime expected = f.calendar.add(f.starts[i], d);
      if (f.baselines.step_minutes(f.starts[i], d) != expected ||
          f.baselines.walk_days(f.starts[i], d) != expected) {
        fmt::print(stderr, "baseline disagrees on {} from start {}\n", name, i);
        return false;
      }
    }
    const auto expected = f.calendar.add_business_days(f.days[i], 3);
    if (f.baselines.step_minutes_days(f.days[i], 3) != expected ||
        f.baselines.walk_days_days(f.days[i], 3) != expected) {
      fmt::print(stderr, "baseline disagrees on 3 business days from day {}\n", i);
      return false;
    }
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (!baselines_agree()) return 1;
  const std::pair<Method, const char*> methods[] = {{Method::kefu, "kefu"},
                                                    {Method::minute_stepping, "minute_stepping"},
                                                    {Method::interval_walk, "interval_walk"}};
  for (const auto& [method, prefix] : methods) {
    for (const auto& [name, d] : kDurations) {
      benchmark::RegisterBenchmark((std::string(prefix) + "/" + name).c_str(), add, method, d)
          ->Repetitions(5)
          ->ReportAggregatesOnly(true);
    }
    benchmark::RegisterBenchmark((std::string(prefix) + "/3bd").c_str(), add_days, method)
        ->Repetitions(5)
        ->ReportAggregatesOnly(true);
  }
  benchmark::Initialize(&argc, argv);
  RatioReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  benchmark::Shutdown();
}
