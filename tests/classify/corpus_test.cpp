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

}  // namespace

TEST_CASE("the default packs meet the accuracy thresholds on the labelled corpus") {
  const auto corpus = load_corpus();
  REQUIRE(corpus.size() >= 300);
  const auto classifier = kefu::Classifier::defaults();

  int category_ok = 0, scenario_ok = 0, priority_ok = 0, flags_ok = 0;
  int safety_labelled = 0, safety_found = 0, safety_predicted = 0, safety_correct = 0;
  std::vector<std::pair<kefu::Category, kefu::Category>> categories;
  std::vector<std::pair<kefu::Scenario, kefu::Scenario>> scenarios;
  std::vector<std::pair<kefu::Priority, kefu::Priority>> priorities;
  for (const auto& item : corpus) {
    const auto got = classifier.classify(item.text);
    categories.emplace_back(item.category, got.category);
    scenarios.emplace_back(item.scenario, got.scenario);
    priorities.emplace_back(item.priority, got.priority);
    category_ok += got.category == item.category;
    scenario_ok += got.scenario == item.scenario;
    priority_ok += got.priority == item.priority;
    bool same_flags = true;
    for (const kefu::Flag f : kefu::all_flags)
      same_flags &= got.flags.test(f) == item.flags.test(f);
    flags_ok += same_flags;
    const bool want_critical = item.priority == kefu::Priority::critical;
    const bool got_critical = got.priority == kefu::Priority::critical;
    safety_labelled += want_critical;
    safety_predicted += got_critical;
    safety_found += want_critical && got_critical;
    safety_correct += want_critical && got_critical;
    if (want_critical && !got_critical) {
      FAIL_CHECK("missed safety case, corpus line ", item.line, ": ", item.text);
    }
    if (got.category != item.category || got.scenario != item.scenario ||
        got.priority != item.priority) {
      fmt::print("line {}: want {}/{}/{} got {}/{}/{}  {}\n", item.line, item.category,
                 item.scenario, item.priority, got.category, got.scenario, got.priority, item.text);
    }
  }
  const auto n = static_cast<double>(corpus.size());
  const double category_accuracy = category_ok / n;
  const double scenario_accuracy = scenario_ok / n;
  const double safety_recall = static_cast<double>(safety_found) / safety_labelled;
  const double safety_precision =
      safety_predicted == 0 ? 1.0 : static_cast<double>(safety_correct) / safety_predicted;
  fmt::print("\nmessages {}; category {:.1f}%; scenario {:.1f}%; priority {:.1f}%; flags {:.1f}%\n",
             corpus.size(), 100 * category_accuracy, 100 * scenario_accuracy, 100 * priority_ok / n,
             100 * flags_ok / n);
  fmt::print("safety (critical): {} labelled, {} predicted, recall {:.1f}%, precision {:.1f}%\n",
             safety_labelled, safety_predicted, 100 * safety_recall, 100 * safety_precision);
  print_confusion("category", categories);
  print_confusion("scenario", scenarios);
  print_confusion("priority", priorities);

  CHECK(safety_recall == 1.0);
  CHECK(safety_precision >= 0.90);
  CHECK(category_accuracy >= 0.90);
  CHECK(scenario_accuracy >= 0.85);
}

TEST_CASE("the hold-out set, never used for tuning, stays above a floor") {
  const auto holdout = load_corpus("holdout.txt");
  REQUIRE(holdout.size() >= 40);
  const auto classifier = kefu::Classifier::defaults();
  int category_ok = 0, scenario_ok = 0, priority_ok = 0, safety_labelled = 0, safety_found = 0;
  for (const auto& item : holdout) {
    const auto got = classifier.classify(item.text);
    safety_labelled += item.priority == kefu::Priority::critical;
    safety_found += item.priority == kefu::Priority::critical && got.flags.safety_risk;
    category_ok += got.category == item.category;
    scenario_ok += got.scenario == item.scenario;
    priority_ok += got.priority == item.priority;
    if (got.category != item.category || got.scenario != item.scenario ||
        got.priority != item.priority) {
      fmt::print("hold-out line {}: want {}/{}/{} got {}/{}/{}  {}\n", item.line, item.category,
                 item.scenario, item.priority, got.category, got.scenario, got.priority, item.text);
    }
  }
  const auto n = static_cast<double>(holdout.size());
  fmt::print(
      "hold-out: messages {}; category {:.1f}%; scenario {:.1f}%; priority {:.1f}%; safety {}/{}\n",
      holdout.size(), 100 * category_ok / n, 100 * scenario_ok / n, 100 * priority_ok / n,
      safety_found, safety_labelled);
  // A regression guard well below the corpus thresholds: these messages were not written
  // against the rules.
  CHECK(category_ok / n >= 0.75);
  CHECK(scenario_ok / n >= 0.70);
}
