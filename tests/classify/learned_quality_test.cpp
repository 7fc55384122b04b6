// The learned model's quality on kefu's labelled sets: 5-fold cross-validation on
// training.txt + corpus.txt, and the independent hold-out set scored once by a model trained on
// both (bench/RESULTS.md, "learned model"). Run with -s to print the tables. The floors are the
// measured figures rounded down; they guard against regressions and were never tuned on the
// hold-out set.

#include <kefu/classify/classifier.hpp>
#include <kefu/classify/cross_validation.hpp>
#include <kefu/classify/learned_model.hpp>

#include <doctest/doctest.h>
#include <fmt/core.h>

#include <fstream>
#include <string>
#include <vector>

namespace {

std::vector<kefu::LabelledMessage> read(const char* file) {
  std::ifstream in(std::string(KEFU_TEST_DATA_DIR) + "/" + file);
  REQUIRE(in.good());
  return kefu::read_labelled(in);
}

std::vector<kefu::LabelledMessage> training_and_corpus() {
  auto all = read("training.txt");
  const auto corpus = read("corpus.txt");
  all.insert(all.end(), corpus.begin(), corpus.end());
  return all;
}

void print(const char* title, const kefu::FieldEvaluation& e) {
  fmt::print(
      "\n{}: {} messages, accuracy {:.1f}%, abstained {} ({:.1f}%), right when decided "
      "{:.1f}%\n\n| label | support | precision | recall | F1 |\n|---|---|---|---|---|\n",
      title, e.messages, 100 * e.accuracy(), e.abstained, 100.0 * e.abstained / e.messages,
      100.0 * e.correct_decided / std::max(1, e.messages - e.abstained));
  for (const auto& c : e.classes) {
    fmt::print("| {} | {} | {:.2f} | {:.2f} | {:.2f} |\n", c.label, c.support, c.precision,
               c.recall, c.f1);
  }
  fmt::print("\nconfusion (rows: label, columns: model)\n\n| |");
  for (const auto& l : e.labels) fmt::print(" {} |", l);
  fmt::print("\n|---|");
  for (std::size_t i = 0; i < e.labels.size(); ++i) fmt::print("---|");
  fmt::print("\n");
  for (std::size_t r = 0; r < e.labels.size(); ++r) {
    fmt::print("| {} |", e.labels[r]);
    for (const int n : e.confusion[r]) fmt::print(" {} |", n);
    fmt::print("\n");
  }
  fmt::print(
      "\nreliability\n\n| confidence | messages | mean confidence | accuracy |\n"
      "|---|---|---|---|\n");
  for (std::size_t b = 0; b < e.reliability.size(); ++b) {
    const auto& bin = e.reliability[b];
    if (bin.count == 0) continue;
    fmt::print("| {:.1f}-{:.1f} | {} | {:.2f} | {:.2f} |\n", b / 10.0, (b + 1) / 10.0, bin.count,
               bin.mean_confidence, bin.accuracy);
  }
}

// Safety (priority critical) as the combined classifier will decide it: the keyword safety
// rules always run and the model can only add a critical vote.
struct Safety {
  int labelled = 0, model = 0, combined = 0, model_found = 0, combined_found = 0;
};

Safety safety(const kefu::LearnedModel& model, const std::vector<kefu::LabelledMessage>& set) {
  const auto keywords = kefu::Classifier::defaults();
  Safety s;
  for (const auto& m : set) {
    const auto k = keywords.classify(m.text);
    const auto p = model.predict(m.text, k, 0);
    const bool want = m.priority == "critical";
    const bool by_model = p[kefu::LearnedField::priority].label == "critical";
    const bool by_both = by_model || k.priority == kefu::Priority::critical;
    s.labelled += want;
    s.model += by_model;
    s.combined += by_both;
    s.model_found += want && by_model;
    s.combined_found += want && by_both;
  }
  fmt::print(
      "safety: {} labelled; model alone {} raised, recall {:.1f}%, precision {:.1f}%; "
      "with the keyword safety rules {} raised, recall {:.1f}%, precision {:.1f}%\n",
      s.labelled, s.model, 100.0 * s.model_found / s.labelled,
      100.0 * s.model_found / std::max(1, s.model), s.combined,
      100.0 * s.combined_found / s.labelled, 100.0 * s.combined_found / std::max(1, s.combined));
  return s;
}

}  // namespace

TEST_CASE("learned model: 5-fold cross-validation on training.txt and corpus.txt") {
  const auto all = training_and_corpus();
  REQUIRE(all.size() >= 3000);
  const auto cv = kefu::cross_validate(all, 5);
  print("category (5-fold)", cv[kefu::LearnedField::category]);
  print("scenario (5-fold)", cv[kefu::LearnedField::scenario]);
  print("priority (5-fold)", cv[kefu::LearnedField::priority]);
  // Measured 2026-12-01 with the default options: category 84.4%, scenario 82.6%, priority
  // 88.2% (keyword packs alone on training.txt: 61.2%, 56.9%); after 25 look-alikes and
  // hazards were added to training.txt for the combined classifier (3 177 messages, other
  // folds): 84.0%, 82.7%, 87.9%. Third round, 2026-12-02 (4 264 messages: 389 more for the
  // confusions, learning rate 2 and L2 5e-4 chosen by this cross-validation): 87.9%, 87.0%,
  // 91.1%.
  CHECK(cv[kefu::LearnedField::category].accuracy() >= 0.875);
  CHECK(cv[kefu::LearnedField::scenario].accuracy() >= 0.865);
  CHECK(cv[kefu::LearnedField::priority].accuracy() >= 0.91);
  // The confusion matrix adds up to the messages, and a class's recall is its diagonal over
  // its row.
  const auto& s = cv[kefu::LearnedField::scenario];
  int total = 0;
  for (const auto& row : s.confusion) {
    for (const int n : row) total += n;
  }
  CHECK(total == static_cast<int>(all.size()));
}

TEST_CASE("learned model: the independent hold-out set, scored once, never tuned on") {
  const auto model = kefu::LearnedModel::train(training_and_corpus());
  const auto holdout = read("holdout_independent.txt");
  REQUIRE(holdout.size() >= 500);
  const auto e = kefu::evaluate(model, holdout);
  print("category (independent hold-out)", e[kefu::LearnedField::category]);
  print("scenario (independent hold-out)", e[kefu::LearnedField::scenario]);
  print("priority (independent hold-out)", e[kefu::LearnedField::priority]);
  const Safety s = safety(model, holdout);
  fmt::print("model: {} rows, {} bytes\n", model.rows(), model.file_bytes());
  // Scored once, 2026-12-01, before any change after it: category 89.9%, scenario 90.6%,
  // priority 93.3%; safety with the keyword rules 91 of 97 (93.8%), precision 95.8%. The
  // keyword packs alone on this set: 71.7%, 66.8%, 85 of 97 (87.6%), 95.5%.
  CHECK(e[kefu::LearnedField::category].accuracy() >= 0.895);
  CHECK(e[kefu::LearnedField::scenario].accuracy() >= 0.90);
  CHECK(s.combined_found >= 91);
  CHECK(model.file_bytes() < 2'000'000);
}
