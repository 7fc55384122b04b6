// kefu::LearnedModel against the keyword classifier in the same process (bench/RESULTS.md,
// "learned model"): predicting 60-byte messages, training on 100 000 messages, model size.
//
// The model is trained on tests/classify/training.txt + corpus.txt. The 60-byte messages are
// those sets' texts joined and cut on a character boundary. The 100 000 training messages are
// the same sets repeated with light perturbation (a character dropped, doubled or another
// message's opening appended), so that copies are not identical.

#include <kefu/classify/classifier.hpp>
#include <kefu/classify/learned_model.hpp>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <fstream>
#include <random>
#include <string>
#include <vector>

namespace {

std::vector<kefu::LabelledMessage> labelled() {
  std::vector<kefu::LabelledMessage> all;
  for (const char* file : {"/training.txt", "/corpus.txt"}) {
    std::ifstream in(std::string(KEFU_CLASSIFY_DATA) + file);
    const auto part = kefu::read_labelled(in);
    all.insert(all.end(), part.begin(), part.end());
  }
  return all;
}

// The byte where the character containing `at` starts.
std::size_t character_start(const std::string& s, std::size_t at) {
  while (at > 0 && (static_cast<unsigned char>(s[at]) & 0xC0) == 0x80) --at;
  return at;
}

std::vector<std::string> messages_of_60_bytes(const std::vector<kefu::LabelledMessage>& set) {
  std::mt19937 rng(3);
  std::vector<std::string> out;
  for (int i = 0; i < 4096; ++i) {
    std::string m = set[rng() % set.size()].text;
    while (m.size() < 60) m += " " + set[rng() % set.size()].text;
    out.push_back(m.substr(0, character_start(m, 60)));
  }
  return out;
}

std::vector<kefu::LabelledMessage> perturbed(const std::vector<kefu::LabelledMessage>& set,
                                             std::size_t n) {
  std::mt19937 rng(5);
  std::vector<kefu::LabelledMessage> out;
  out.reserve(n);
  while (out.size() < n) {
    kefu::LabelledMessage m = set[out.size() % set.size()];
    if (out.size() >= set.size()) {  // the first copy as it is
      const std::size_t a = character_start(m.text, rng() % m.text.size());
      std::size_t next = a + 1;  // the end of the character at a
      while (next < m.text.size() && (static_cast<unsigned char>(m.text[next]) & 0xC0) == 0x80) {
        ++next;
      }
      const std::string& other = set[rng() % set.size()].text;
      switch (rng() % 3) {
        case 0:
          if (m.text.size() > next - a) m.text.erase(a, next - a);
          break;
        case 1:
          m.text.insert(a, m.text.substr(a, next - a));
          break;
        default:
          m.text += " " + other.substr(
                              0, character_start(other, std::min<std::size_t>(other.size(), 12)));
      }
    }
    out.push_back(std::move(m));
  }
  return out;
}

const std::vector<kefu::LabelledMessage>& data() {
  static const auto set = labelled();
  return set;
}

const kefu::LearnedModel& model() {
  static const auto m = kefu::LearnedModel::train(data());
  return m;
}

void BM_KeywordOnly(benchmark::State& state) {
  const auto keywords = kefu::Classifier::keyword_defaults();
  const auto messages = messages_of_60_bytes(data());
  std::size_t i = 0;
  for (auto _ : state) {
    auto c = keywords.classify(messages[i++ % messages.size()]);
    benchmark::DoNotOptimize(c);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}

// Keyword classification and the model on it, as the combined classifier will run them;
// `evidence` n-grams per field.
void BM_KeywordsAndModel(benchmark::State& state) {
  const auto keywords = kefu::Classifier::keyword_defaults();
  const auto& m = model();
  const auto messages = messages_of_60_bytes(data());
  const auto evidence = static_cast<std::size_t>(state.range(0));
  std::size_t i = 0;
  for (auto _ : state) {
    const auto& text = messages[i++ % messages.size()];
    auto c = keywords.classify(text);
    auto p = m.predict(text, c, evidence);
    benchmark::DoNotOptimize(c);
    benchmark::DoNotOptimize(p);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
  state.counters["model_bytes"] = static_cast<double>(m.file_bytes());
  state.counters["rows"] = static_cast<double>(m.rows());
}

// The combined classifier (classifier.hpp, step 6) as Classifier::defaults() builds it, with
// the bundled model; `evidence` n-grams per field (defaults() cites 3).
void BM_Combined(benchmark::State& state) {
  const auto combined = kefu::Classifier::keyword_defaults().with_model(
      kefu::LearnedModel::defaults(), kefu::default_emergency_vote,
      static_cast<std::size_t>(state.range(0)));
  const auto messages = messages_of_60_bytes(data());
  std::size_t i = 0;
  for (auto _ : state) {
    auto c = combined.classify(messages[i++ % messages.size()]);
    benchmark::DoNotOptimize(c);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}

// Baseline for training: the keyword classifier over the same 100 000 messages.
void BM_KeywordOnly100k(benchmark::State& state) {
  const auto keywords = kefu::Classifier::keyword_defaults();
  const auto set = perturbed(data(), 100'000);
  for (auto _ : state) {
    for (const auto& m : set) {
      auto c = keywords.classify(m.text);
      benchmark::DoNotOptimize(c);
    }
  }
}

void BM_Train100k(benchmark::State& state) {
  const auto set = perturbed(data(), 100'000);
  std::size_t bytes = 0;
  for (auto _ : state) {
    const auto m = kefu::LearnedModel::train(set);
    bytes = m.file_bytes();
    benchmark::DoNotOptimize(bytes);
  }
  state.counters["model_bytes"] = static_cast<double>(bytes);
}

}  // namespace

BENCHMARK(BM_KeywordOnly);
BENCHMARK(BM_KeywordsAndModel)->Arg(0)->Arg(3);
BENCHMARK(BM_Combined)->Arg(0)->Arg(3);
BENCHMARK(BM_KeywordOnly100k)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_Train100k)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_MAIN();
