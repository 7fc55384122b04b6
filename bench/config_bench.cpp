// Loading the whole config document (the shipped defaults, src/io/config/kefu-defaults.json)
// against building kefu::Config::defaults() in code, same process. Loading checks every part the
// way its rule object would (the classifier and the workflow are built once to refuse a bad
// document), so the fair baseline builds the same objects from the in-code defaults.
//
//   build/release/bench/config_bench --benchmark_min_time=0.3

#include <kefu/io/config_json.hpp>

#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>

namespace {

const std::string& defaults_document() {
  static const std::string text = [] {
    std::ifstream in(KEFU_DEFAULTS_DOCUMENT, std::ios::binary);
    std::stringstream out;
    out << in.rdbuf();
    return out.str();
  }();
  return text;
}

// The values only.
void baseline_defaults_in_code(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(kefu::Config::defaults());
}
BENCHMARK(baseline_defaults_in_code)->Unit(benchmark::kMillisecond);

// The values and the objects a load checks by building them.
void baseline_defaults_in_code_built(benchmark::State& state) {
  for (auto _ : state) {
    const kefu::Config config = kefu::Config::defaults();
    benchmark::DoNotOptimize(config.classifier());
    benchmark::DoNotOptimize(config.reply_checker());
    benchmark::DoNotOptimize(config.workflow());
    benchmark::DoNotOptimize(config.accumulator());
  }
}
BENCHMARK(baseline_defaults_in_code_built)->Unit(benchmark::kMillisecond);

void load_defaults_document(benchmark::State& state) {
  const std::string& text = defaults_document();
  if (text.empty()) state.SkipWithError("defaults document not found");
  for (auto _ : state) benchmark::DoNotOptimize(kefu::io::config_from_json_text(text));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(load_defaults_document)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
