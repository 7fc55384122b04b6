#pragma once
// Measuring a kefu::LearnedModel: per-class precision, recall and F1, the confusion matrix,
// abstentions and a reliability table (is a 0.8 confidence right 80% of the time?), on a
// labelled set or by deterministic k-fold cross-validation.

#include <kefu/classify/labelled_message.hpp>
#include <kefu/classify/learned_model.hpp>

#include <array>
#include <cstddef>
#include <string>
#include <vector>

namespace kefu {

struct ClassMetrics {
  std::string label;
  int support = 0;    // messages labelled so
  int predicted = 0;  // messages the model gave this label (abstentions included as `best`)
  int correct = 0;
  double precision = 0, recall = 0, f1 = 0;  // 0 when undefined
};

// Messages whose confidence fell in [i/10, (i+1)/10).
struct ReliabilityBin {
  int count = 0;
  double mean_confidence = 0;
  double accuracy = 0;
};

struct FieldEvaluation {
  std::vector<std::string> labels;          // sorted union of the true and the predicted labels
  std::vector<std::vector<int>> confusion;  // [true label][predicted best label]
  std::vector<ClassMetrics> classes;        // per label, in `labels` order
  int messages = 0;
  int correct = 0;  // best label right, abstained or not
  int abstained = 0;
  int correct_decided = 0;  // right among those not abstained
  std::array<ReliabilityBin, 10> reliability{};
  [[nodiscard]] double accuracy() const noexcept {
    return messages == 0 ? 0 : static_cast<double>(correct) / messages;
  }
};

struct Evaluation {
  std::array<FieldEvaluation, 3> fields;  // indexed by LearnedField
  [[nodiscard]] const FieldEvaluation& operator[](LearnedField f) const noexcept {
    return fields[static_cast<std::size_t>(f)];
  }
};

// The model on labelled messages it was not trained on.
[[nodiscard]] Evaluation evaluate(const LearnedModel& model,
                                  const std::vector<LabelledMessage>& messages);

// Splits the messages into `folds` parts after a shuffle seeded with options.seed, trains on
// all parts but one and scores that one, for each part; the figures are summed over the folds.
// Throws kefu::argument_error for folds < 2 or more folds than messages.
[[nodiscard]] Evaluation cross_validate(const std::vector<LabelledMessage>& messages, int folds,
                                        const LearnedOptions& options = {});

}  // namespace kefu
