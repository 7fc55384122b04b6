// Measured quality on the hand-labelled corpus (corpus.txt): the thresholds of issue 5, and
// the confusion tables recorded in bench/RESULTS.md (run the test with -s to print them).

#include <kefu/classify/classifier.hpp>
#include <kefu/core/parse.hpp>

#include <doctest/doctest.h>
#include <fmt/core.h>

#include <array>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Labelled {
  int line = 0;
  kefu::Category category{};
  kefu::Scenario scenario{};
  kefu::Priority priority{};
  kefu::Flags flags;
  std::string text;
};

std::vector<Labelled> load_corpus(const char* file = "corpus.txt") {
  std::ifstream in(std::string(KEFU_TEST_DATA_DIR) + "/" + file);
  REQUIRE(in.good());
  std::vector<Labelled> corpus;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    const auto bar = line.find(" | ");
    REQUIRE_MESSAGE(bar != std::string::npos, "corpus line ", number);
    std::istringstream fields(line.substr(0, bar));
    std::string category, scenario, priority, flags;
    fields >> category >> scenario >> priority >> flags;
    Labelled item;
    item.line = number;
    const auto c = kefu::parse<kefu::Category>(category);
    const auto s = kefu::parse<kefu::Scenario>(scenario);
    const auto p = kefu::parse<kefu::Priority>(priority);
    REQUIRE_MESSAGE((c && s && p), "corpus line ", number);
    item.category = *c;
    item.scenario = *s;
    item.priority = *p;
    item.flags.safety_risk = flags.find("safety_risk") != std::string::npos;
    item.flags.repeat_complaint = flags.find("repeat_complaint") != std::string::npos;
    item.flags.escalation_demand = flags.find("escalation_demand") != std::string::npos;
    item.flags.perishable = flags.find("perishable") != std::string::npos;
    item.flags.non_essential_defect = flags.find("non_essential_defect") != std::string::npos;
    item.text = line.substr(bar + 3);
    corpus.push_back(item);
  }
  return corpus;
}

template <class Enum>
void print_confusion(const char* title, const std::vector<std::pair<Enum, Enum>>& pairs) {
  constexpr auto values = kefu::enum_values<Enum>();
  std::array<std::array<int, values.size()>, values.size()> table{};
  for (const auto& [want, got] : pairs) {
    ++table[static_cast<std::size_t>(want)][static_cast<std::size_t>(got)];
  }
  fmt::print("\n{} (rows: label, columns: classifier)\n\n| label \\ got |", title);
  for (const Enum v : values) fmt::print(" {} |", kefu::to_string(v));
  fmt::print("\n|---|");
  for (std::size_t i = 0; i < values.size(); ++i) fmt::print("---|");
  fmt::print("\n");
  for (const Enum want : values) {
    fmt::print("| {} |", kefu::to_string(want));
    for (const Enum got : values) {
      fmt::print(" {} |", table[static_cast<std::size_t>(want)][static_cast<std::size_t>(got)]);
    }
    fmt::print("\n");
  }
}

// What the classifier got right on a labelled file. Safety means priority critical: a safety
// risk or wrong medicine shipped (特急).
struct Score {
  double n = 0;
  int category = 0, scenario = 0, priority = 0, flags = 0;
  int safety_labelled = 0, safety_predicted = 0, safety_found = 0;
  std::vector<std::pair<kefu::Category, kefu::Category>> categories;
  std::vector<std::pair<kefu::Scenario, kefu::Scenario>> scenarios;
  std::vector<std::pair<kefu::Priority, kefu::Priority>> priorities;

  [[nodiscard]] double recall() const {
    return safety_labelled == 0 ? 1.0 : static_cast<double>(safety_found) / safety_labelled;
  }
  [[nodiscard]] double precision() const {
    return safety_predicted == 0 ? 1.0 : static_cast<double>(safety_found) / safety_predicted;
  }
};

// Every missed safety case fails the test where `safety_required`; elsewhere it is counted.
Score score(const std::vector<Labelled>& items, const char* name, bool safety_required = true) {
  const auto classifier = kefu::Classifier::defaults();
  Score s;
  s.n = static_cast<double>(items.size());
  for (const auto& item : items) {
    const auto got = classifier.classify(item.text);
    s.categories.emplace_back(item.category, got.category);
    s.scenarios.emplace_back(item.scenario, got.scenario);
    s.priorities.emplace_back(item.priority, got.priority);
    s.category += got.category == item.category;
    s.scenario += got.scenario == item.scenario;
    s.priority += got.priority == item.priority;
    s.flags += got.flags == item.flags;
    const bool want_critical = item.priority == kefu::Priority::critical;
    const bool got_critical = got.priority == kefu::Priority::critical;
    s.safety_labelled += want_critical;
    s.safety_predicted += got_critical;
    s.safety_found += want_critical && got_critical;
    if (safety_required && want_critical && !got_critical) {
      FAIL_CHECK("missed safety case, ", std::string(name), " line ", item.line, ": ", item.text);
    }
    if (got.category != item.category || got.scenario != item.scenario ||
        got.priority != item.priority || got.flags != item.flags) {
      fmt::print("{} line {}: want {}/{}/{} got {}/{}/{}{}  {}\n", name, item.line, item.category,
                 item.scenario, item.priority, got.category, got.scenario, got.priority,
                 got.flags == item.flags ? "" : " (flags differ)", item.text);
    }
  }
  fmt::print(
      "\n{}: messages {}; category {:.1f}%; scenario {:.1f}%; priority {:.1f}%; flags {:.1f}%\n",
      name, items.size(), 100 * s.category / s.n, 100 * s.scenario / s.n, 100 * s.priority / s.n,
      100 * s.flags / s.n);
  fmt::print("{} safety (critical): {} labelled, {} predicted, recall {:.1f}%, precision {:.1f}%\n",
             name, s.safety_labelled, s.safety_predicted, 100 * s.recall(), 100 * s.precision());
  return s;
}

}  // namespace

TEST_CASE("the default packs meet the accuracy thresholds on the labelled corpus") {
  const auto corpus = load_corpus();
  REQUIRE(corpus.size() >= 300);
  const Score s = score(corpus, "corpus");
  print_confusion("category", s.categories);
  print_confusion("scenario", s.scenarios);
  print_confusion("priority", s.priorities);

  CHECK(s.recall() == 1.0);
  CHECK(s.precision() >= 0.90);
  CHECK(s.category / s.n >= 0.90);
  CHECK(s.scenario / s.n >= 0.85);
}

TEST_CASE("the hold-out set, never used for tuning, stays above a floor") {
  const auto holdout = load_corpus("holdout.txt");
  REQUIRE(holdout.size() >= 60);
  const Score s = score(holdout, "hold-out");
  // Safety recall is required everywhere. The other floors are a regression guard well below
  // the corpus thresholds: these messages were not written against the rules.
  CHECK(s.recall() == 1.0);
  CHECK(s.category / s.n >= 0.75);
  CHECK(s.scenario / s.n >= 0.70);
}

// The training set and the independent hold-out set of issue 18 were written without looking
// at the rule packs; the keyword classifier alone is only measured on them. The floors are the
// keyword packs' own figures of 2026-12-01, never tuned on (bench/RESULTS.md), as a regression
// guard; the targets of issue 18 (category 92%, scenario 88%, safety recall 100%)
// are for the learned classifier combined with the keyword safety rules.
TEST_CASE("the keyword packs on the training set, measured") {
  const auto training = load_corpus("training.txt");
  REQUIRE(training.size() >= 2500);
  const Score s = score(training, "training", false);
  print_confusion("category", s.categories);
  print_confusion("scenario", s.scenarios);
  // Measured with the structural hazard rules: category 61.2%, scenario 56.9%, safety recall
  // 73.0% (251 of 344); the packs before them: 59.7%, 55.3%, 61.3%.
  CHECK(s.category / s.n >= 0.61);
  CHECK(s.scenario / s.n >= 0.565);
  CHECK(s.recall() >= 0.725);
}

TEST_CASE("the keyword packs on the independent hold-out set, measured") {
  const auto holdout = load_corpus("holdout_independent.txt");
  REQUIRE(holdout.size() >= 500);
  const Score s = score(holdout, "independent hold-out", false);
  print_confusion("category", s.categories);
  print_confusion("scenario", s.scenarios);
  // Measured, never tuned on: the packs before the structural hazard rules: category 69.2%,
  // scenario 64.0%, safety recall 71.1% (69 of 97), precision 90.8%; with them: 71.7%, 66.8%,
  // 87.6% (85 of 97), 95.5% (85 of 89), on 597 lines; 71.6% and 66.5% once the 9 lines also
  // found verbatim in the training files were taken out (588 lines).
  CHECK(s.category / s.n >= 0.715);
  CHECK(s.scenario / s.n >= 0.66);
  CHECK(s.recall() >= 0.875);
  CHECK(s.precision() >= 0.95);
}
