// evaluate() and cross_validate() for kefu::LearnedModel (cross_validation.hpp).

#include <kefu/classify/cross_validation.hpp>
#include <kefu/core/error.hpp>

#include <algorithm>
#include <map>
#include <random>

namespace kefu {
namespace {

const std::string& truth(const LabelledMessage& m, std::size_t field) {
  return field == 0 ? m.category : field == 1 ? m.scenario : m.priority;
}

// Predictions paired with the truth, per field, before they are tallied.
struct Outcome {
  std::string want, got;
  double confidence;
  bool abstained;
};

FieldEvaluation tally(const std::vector<Outcome>& outcomes) {
  FieldEvaluation e;
  std::map<std::string, std::size_t> at;
  for (const auto& o : outcomes) {
    at.emplace(o.want, 0);
    at.emplace(o.got, 0);
  }
  for (auto& [label, i] : at) {
    i = e.labels.size();
    e.labels.push_back(label);
  }
  const std::size_t n = e.labels.size();
  e.confusion.assign(n, std::vector<int>(n, 0));
  std::array<double, 10> confidence{};
  std::array<int, 10> right{};
  for (const auto& o : outcomes) {
    ++e.confusion[at[o.want]][at[o.got]];
    ++e.messages;
    const bool ok = o.want == o.got;
    e.correct += ok;
    e.abstained += o.abstained;
    e.correct_decided += ok && !o.abstained;
    const auto bin = std::min<std::size_t>(9, static_cast<std::size_t>(o.confidence * 10));
    ++e.reliability[bin].count;
    confidence[bin] += o.confidence;
    right[bin] += ok;
  }
  for (std::size_t b = 0; b < 10; ++b) {
    if (e.reliability[b].count == 0) continue;
    e.reliability[b].mean_confidence = confidence[b] / e.reliability[b].count;
    e.reliability[b].accuracy = static_cast<double>(right[b]) / e.reliability[b].count;
  }
  for (std::size_t c = 0; c < n; ++c) {
    ClassMetrics m;
    m.label = e.labels[c];
    for (std::size_t j = 0; j < n; ++j) {
      m.support += e.confusion[c][j];
      m.predicted += e.confusion[j][c];
    }
    m.correct = e.confusion[c][c];
    if (m.predicted > 0) m.precision = static_cast<double>(m.correct) / m.predicted;
    if (m.support > 0) m.recall = static_cast<double>(m.correct) / m.support;
    if (m.precision + m.recall > 0) {
      m.f1 = 2 * m.precision * m.recall / (m.precision + m.recall);
    }
    e.classes.push_back(m);
  }
  return e;
}

void predict_into(const LearnedModel& model, const std::vector<LabelledMessage>& messages,
                  std::array<std::vector<Outcome>, 3>& outcomes) {
  for (const auto& m : messages) {
    const LearnedPrediction p = model.predict(m.text, 0);
    for (std::size_t f = 0; f < 3; ++f) {
      const FieldPrediction& fp = p.fields[f];
      outcomes[f].push_back({truth(m, f), fp.best, fp.probability, fp.abstained});
    }
  }
}

}  // namespace

Evaluation evaluate(const LearnedModel& model, const std::vector<LabelledMessage>& messages) {
  std::array<std::vector<Outcome>, 3> outcomes;
  predict_into(model, messages, outcomes);
  Evaluation e;
  for (std::size_t f = 0; f < 3; ++f) e.fields[f] = tally(outcomes[f]);
  return e;
}

Evaluation cross_validate(const std::vector<LabelledMessage>& messages, int folds,
                          const LearnedOptions& options) {
  if (folds < 2 || static_cast<std::size_t>(folds) > messages.size()) {
    throw argument_error("cross-validation: want at least 2 folds and no more than messages");
  }
  // The same Fisher-Yates as training (learned_model.cpp), seeded apart from it.
  std::mt19937_64 rng(options.seed ^ 0xC0FFEEULL);
  std::vector<std::size_t> order(messages.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  for (std::size_t i = order.size(); i > 1; --i) {
    std::swap(order[i - 1], order[static_cast<std::size_t>(rng() % i)]);
  }
  std::array<std::vector<Outcome>, 3> outcomes;
  for (int fold = 0; fold < folds; ++fold) {
    std::vector<LabelledMessage> train, test;
    for (std::size_t i = 0; i < order.size(); ++i) {
      (static_cast<int>(i % static_cast<std::size_t>(folds)) == fold ? test : train)
          .push_back(messages[order[i]]);
    }
    predict_into(LearnedModel::train(train, options), test, outcomes);
  }
  Evaluation e;
  for (std::size_t f = 0; f < 3; ++f) e.fields[f] = tally(outcomes[f]);
  return e;
}

}  // namespace kefu
