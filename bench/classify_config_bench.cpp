// Loading the classifier's rule packs and the reply rules from JSON text (the config document's
// "classifier" and "reply" parts) against building the same defaults in code, same process.
// Reading a part compiles it once (Classifier, ReplyChecker) to refuse a bad pack at load time,
// so "text -> packs" already holds one Classifier build; "text -> Classifier" is what a host pays
// to start classifying from a document.
//
//   build/release/bench/classify_config_bench --benchmark_min_time=0.3

#include "config/classify_json.hpp"
#include "json_pretty.hpp"
#include "json_reader.hpp"
#include <kefu/classify/classifier.hpp>
#include <kefu/classify/reply_check.hpp>

#include <boost/json/object.hpp>

#include <benchmark/benchmark.h>

#include <string>

namespace {

using kefu::io::detail::Node;
using kefu::io::detail::parse_document;

// Both parts as the defaults document writes them, pretty-printed.
const std::string& defaults_text() {
  static const std::string text = [] {
    boost::json::object doc;
    doc["classifier"] = kefu::io::detail::rule_packs_to_json(
        {kefu::RulePack::default_zh(), kefu::RulePack::default_en()});
    doc["reply"] = kefu::io::detail::to_json(kefu::ReplyRules::defaults());
    return kefu::io::detail::pretty(doc);
  }();
  return text;
}

void baseline_classifier_defaults_in_code(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(kefu::Classifier::keyword_defaults());
}
BENCHMARK(baseline_classifier_defaults_in_code)->Unit(benchmark::kMillisecond);

void baseline_packs_in_code(benchmark::State& state) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(kefu::RulePack::default_zh());
    benchmark::DoNotOptimize(kefu::RulePack::default_en());
  }
}
BENCHMARK(baseline_packs_in_code)->Unit(benchmark::kMillisecond);

void parse_text_only(benchmark::State& state) {
  const std::string& text = defaults_text();
  for (auto _ : state) benchmark::DoNotOptimize(parse_document(text, "config"));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(parse_text_only)->Unit(benchmark::kMillisecond);

void text_to_packs(benchmark::State& state) {
  const std::string& text = defaults_text();
  for (auto _ : state) {
    const auto json = parse_document(text, "config");
    benchmark::DoNotOptimize(kefu::io::detail::rule_packs_from_json(
        Node(json.at("classifier"), "$.classifier", "config")));
  }
}
BENCHMARK(text_to_packs)->Unit(benchmark::kMillisecond);

void text_to_classifier(benchmark::State& state) {
  const std::string& text = defaults_text();
  for (auto _ : state) {
    const auto json = parse_document(text, "config");
    benchmark::DoNotOptimize(kefu::Classifier(kefu::io::detail::rule_packs_from_json(
        Node(json.at("classifier"), "$.classifier", "config"))));
  }
}
BENCHMARK(text_to_classifier)->Unit(benchmark::kMillisecond);

void text_to_both_parts(benchmark::State& state) {
  const std::string& text = defaults_text();
  for (auto _ : state) {
    const auto json = parse_document(text, "config");
    benchmark::DoNotOptimize(kefu::io::detail::rule_packs_from_json(
        Node(json.at("classifier"), "$.classifier", "config")));
    benchmark::DoNotOptimize(
        kefu::io::detail::reply_rules_from_json(Node(json.at("reply"), "$.reply", "config")));
  }
}
BENCHMARK(text_to_both_parts)->Unit(benchmark::kMillisecond);

void baseline_reply_checker_in_code(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(kefu::ReplyChecker::defaults());
}
BENCHMARK(baseline_reply_checker_in_code)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
