// The combined classifier's quality (classifier.hpp, step 6): the keyword rules with the learned
// model deciding. 5-fold cross-validation on training.txt + corpus.txt chose the emergency vote
// (default_emergency_vote); bench/RESULTS.md, "The learned model", has the tables. Run with -s
// to print them. Floors are the measured figures rounded down.

#include <kefu/classify/classifier.hpp>
#include <kefu/classify/learned_model.hpp>
#include <kefu/core/parse.hpp>

#include <doctest/doctest.h>
#include <fmt/core.h>

#include <algorithm>
#include <fstream>
#include <string>
#include <vector>

using kefu::Category;

namespace {

std::vector<kefu::LabelledMessage> read(const char* file) {
  std::ifstream in(std::string(KEFU_TEST_DATA_DIR) + "/" + file);
  REQUIRE(in.good());
  return kefu::read_labelled(in);
}

// Right answers of a classifier on a labelled set; safety is priority critical, as labelled.
struct Score {
  int messages = 0, category = 0, scenario = 0, priority = 0;
  int labelled_critical = 0, raised_critical = 0, found_critical = 0;
  int needs_person = 0;

  void add(const kefu::LabelledMessage& m, const kefu::Classification& c) {
    ++messages;
    category += to_string(c.category) == m.category;
    scenario += to_string(c.scenario) == m.scenario;
    priority += to_string(c.priority) == m.priority;
    const bool want = m.priority == "critical";
    const bool got = c.priority == kefu::Priority::critical;
    labelled_critical += want;
    raised_critical += got;
    found_critical += want && got;
    needs_person += c.needs_person(kefu::LearnedField::category) ||
                    c.needs_person(kefu::LearnedField::scenario);
  }
  [[nodiscard]] double recall() const {
    return static_cast<double>(found_critical) / std::max(1, labelled_critical);
  }
  [[nodiscard]] double precision() const {
    return static_cast<double>(found_critical) / std::max(1, raised_critical);
  }
  void print(const char* title) const {
    fmt::print(
        "| {} | {:.1f}% | {:.1f}% | {:.1f}% | {:.1f}% ({}/{}) | {:.1f}% ({}/{}) | {:.1f}% |\n",
        title, 100.0 * category / messages, 100.0 * scenario / messages,
        100.0 * priority / messages, 100 * recall(), found_critical, labelled_critical,
        100 * precision(), found_critical, raised_critical, 100.0 * needs_person / messages);
  }
};

const char* header =
    "| classifier | category | scenario | priority | safety recall | safety precision | needs "
    "a person |\n|---|---|---|---|---|---|---|\n";

}  // namespace

TEST_CASE("combined classifier: 5-fold cross-validation chooses the emergency vote") {
  auto all = read("training.txt");
  const auto corpus = read("corpus.txt");
  all.insert(all.end(), corpus.begin(), corpus.end());
  constexpr int folds = 5;
  const std::vector<double> votes{0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0};
  std::vector<Score> combined(votes.size());
  Score keywords;
  const auto keyword_only = kefu::Classifier::keyword_defaults();
  for (int fold = 0; fold < folds; ++fold) {
    // Message i is in fold i % 5: the files mix their sections, so each fold gets all kinds.
    std::vector<kefu::LabelledMessage> train, test;
    for (std::size_t i = 0; i < all.size(); ++i) {
      (static_cast<int>(i % folds) == fold ? test : train).push_back(all[i]);
    }
    const auto model = kefu::LearnedModel::train(train);
    for (std::size_t v = 0; v < votes.size(); ++v) {
      const auto classifier = keyword_only.with_model(model, votes[v], 0);
      for (const auto& m : test) combined[v].add(m, classifier.classify(m.text));
    }
    for (const auto& m : test) keywords.add(m, keyword_only.classify(m.text));
  }
  fmt::print("\ncombined classifier, 5-fold on training.txt + corpus.txt\n\n{}", header);
  keywords.print("keyword packs alone");
  for (std::size_t v = 0; v < votes.size(); ++v) {
    combined[v].print(fmt::format("emergency vote {:.1f}", votes[v]).c_str());
  }
  // The default vote: kefu's choice from the table above (bench/RESULTS.md).
  const auto at = static_cast<std::size_t>(
      std::find(votes.begin(), votes.end(), kefu::default_emergency_vote) - votes.begin());
  REQUIRE(at < votes.size());
  CHECK(combined[at].recall() >= keywords.recall());
  CHECK(combined[at].category > keywords.category);
  // Measured 2026-12-02 (third round: 4 264 messages, the model's best label where it abstains,
  // its critical priority vote, no fault_repair raise over its priority): category 87.5%,
  // scenario 86.4%, priority 91.5%, safety 660 of 702 (94.0%) at precision 95.4% (660/692);
  // the keyword packs alone 67.6%, 65.2%, 68.9%, 608 of 702. Floors: rounded down.
  CHECK(combined[at].category >= 0.87 * combined[at].messages);
  CHECK(combined[at].scenario >= 0.86 * combined[at].messages);
  CHECK(combined[at].priority >= 0.91 * combined[at].messages);
  CHECK(combined[at].recall() >= 0.935);
  CHECK(combined[at].precision() >= 0.95);
}

namespace {

struct HoldoutScores {
  Score combined, keywords, model_alone;
};

// The combined classifier, the keyword packs alone and the bundled model's best labels alone
// on a hold-out file; prints the table.
HoldoutScores score_holdout(const char* file) {
  const auto holdout = read(file);
  REQUIRE(holdout.size() >= 500);
  const auto combined = kefu::Classifier::defaults();
  const auto keyword_only = kefu::Classifier::keyword_defaults();
  HoldoutScores s;
  for (const auto& m : holdout) {
    const auto c = combined.classify(m.text);
    s.combined.add(m, c);
    s.keywords.add(m, keyword_only.classify(m.text));
    // The model's best labels alone, as the learned model section scored them.
    kefu::Classification alone;
    const auto best = [&](kefu::LearnedField f) { return c.learned[f].best; };
    alone.category =
        kefu::parse<Category>(best(kefu::LearnedField::category)).value_or(alone.category);
    alone.scenario =
        kefu::parse<kefu::Scenario>(best(kefu::LearnedField::scenario)).value_or(alone.scenario);
    alone.priority =
        kefu::parse<kefu::Priority>(best(kefu::LearnedField::priority)).value_or(alone.priority);
    s.model_alone.add(m, alone);
  }
  fmt::print("\n{}, {} messages\n\n{}", file, holdout.size(), header);
  s.keywords.print("keyword packs alone");
  s.model_alone.print("bundled model alone (best label)");
  s.combined.print("combined (Classifier::defaults())");
  return s;
}

}  // namespace

TEST_CASE("combined classifier: the independent hold-out set, scored once, never tuned on") {
  const auto [both, keywords, model_alone] = score_holdout("holdout_independent.txt");
  // Scored once, 2026-12-01, with the finished combined classifier and its bundled model,
  // nothing changed after it (bench/RESULTS.md): combined category 90.0%, scenario 87.4%,
  // priority 91.3%, safety 91 of 97 (93.8%) at precision 95.8% (91/95), a field needing a
  // person for 6.3%; keyword packs alone 71.6%, 66.5%, 73.6%, 85 of 97; the bundled model's
  // best labels alone 90.3%, 90.3%, 93.4%. The targets (92%, 88%, 100% safety recall)
  // are not met. Floors: the figures rounded down.
  CHECK(both.category >= 0.895 * both.messages);
  CHECK(both.scenario >= 0.87 * both.messages);
  CHECK(both.priority >= 0.91 * both.messages);
  CHECK(both.found_critical >= 91);
  CHECK(both.precision() >= 0.95);
  CHECK(both.category > keywords.category);
  CHECK(both.found_critical >= keywords.found_critical);
}

TEST_CASE("combined classifier: the fresh hold-out set, scored once, never tuned on") {
  const auto [both, keywords, model_alone] = score_holdout("holdout_fresh.txt");
  // Written by a third writer who read only the labelling guide, the digest and the SOPs (never
  // the training files, the earlier hold-outs, the packs or the model); scored once, 2026-12-01,
  // by the classifier of issue 18's second round (3 875 training messages, the generalised
  // hazard rules, emergency vote 0.3), nothing changed after it (bench/RESULTS.md): combined
  // category 88.4%, scenario 81.7%, priority 88.4%, safety 113 of 131 (86.3%) at precision
  // 89.7% (113/126), a field needing a person for 10.0%; keyword packs alone 64.8%, 57.6%,
  // 62.9%, 93 of 131; the bundled model's best labels alone 88.7%, 85.8%, 89.4%. The issue's
  // targets (92%, 88%, 100% safety recall at 90% precision) are not met. Floors: the figures
  // rounded down.
  CHECK(both.category >= 0.88 * both.messages);
  CHECK(both.scenario >= 0.815 * both.messages);
  CHECK(both.priority >= 0.88 * both.messages);
  CHECK(both.found_critical >= 113);
  CHECK(both.precision() >= 0.895);
  CHECK(both.category > keywords.category);
  CHECK(both.found_critical >= keywords.found_critical);
}

TEST_CASE("combined classifier: the fourth hold-out set, scored once, never tuned on") {
  const auto [both, keywords, model_alone] = score_holdout("holdout_fourth.txt");
  // Written by a fourth writer who read only the labelling guide, the digest and the SOPs;
  // kept sealed, outside the repository, until the classifier of issue 18's third round (4 264
  // training messages, the model's best label where it abstains, its critical vote) was merged,
  // then scored once, 2026-12-02, nothing changed after it (bench/RESULTS.md): combined
  // category 88.1%, scenario 84.8%, priority 89.2%, safety 158 of 172 (91.9%) at precision
  // 92.4% (158/171), a field needing a person for 12.2%; keyword packs alone 66.3%, 64.3%,
  // 66.0%, 128 of 172; the bundled model's best labels alone 88.1%, 84.9%, 89.0%, 151 of 172.
  // The targets (92%, 88%, 100% safety recall at 90% precision) are not met. Floors:
  // the figures rounded down.
  CHECK(both.category >= 0.88 * both.messages);
  CHECK(both.scenario >= 0.845 * both.messages);
  CHECK(both.priority >= 0.89 * both.messages);
  CHECK(both.found_critical >= 158);
  CHECK(both.precision() >= 0.92);
  CHECK(both.category > keywords.category);
  CHECK(both.found_critical >= keywords.found_critical);
  CHECK(both.found_critical >= model_alone.found_critical);
}
