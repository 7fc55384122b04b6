// kefu::format_instant ("2026-10-01T09:00:07+08:00", in a zone) against the same text made
// with fmt::format from Boost's own calendar fields, as format_instant did before it wrote the
// digits itself: every case `kefu run` writes carries several instants.

#include <kefu/calendar/instant.hpp>
#include <kefu/calendar/time_zone.hpp>

#include <boost/date_time/posix_time/posix_time.hpp>

#include <benchmark/benchmark.h>
#include <fmt/format.h>

#include <string>

namespace {

namespace pt = boost::posix_time;

const pt::ptime start(boost::gregorian::date(2026, 10, 1), pt::hours(1));
constexpr int china_offset = 8 * 3600;

// The baseline: the local fields from Boost, the text from fmt (the offset known).
std::string with_fmt(pt::ptime utc) {
  const pt::ptime local = utc + pt::seconds(china_offset);
  const auto day = local.date().year_month_day();
  const auto time = local.time_of_day();
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}{}{:02}:{:02}", static_cast<int>(day.year),
                     static_cast<int>(day.month), static_cast<int>(day.day), time.hours(),
                     time.minutes(), time.seconds(), '+', china_offset / 3600,
                     china_offset / 60 % 60);
}

void BM_FmtFormat(benchmark::State& state) {
  int i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(with_fmt(start + pt::seconds(7 * i++)));
  state.SetItemsProcessed(state.iterations());
}

void BM_FormatInstant(benchmark::State& state) {
  const kefu::TimeZonePtr zone = kefu::china_time_zone();
  if (kefu::format_instant(start, zone) != with_fmt(start)) {
    state.SkipWithError("format_instant and the baseline disagree");
    return;
  }
  int i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(kefu::format_instant(start + pt::seconds(7 * i++), zone));
  }
  state.SetItemsProcessed(state.iterations());
}

}  // namespace

BENCHMARK(BM_FmtFormat);
BENCHMARK(BM_FormatInstant);
BENCHMARK_MAIN();
