#pragma once
// kefu::LearnedModel: a multinomial logistic regression per field (category, scenario,
// priority) over hashed character and word n-grams of a message and the keyword packs' hits,
// trained on the host's labelled tickets (docs/rules.md §classify). Immutable once built, safe
// to share across threads; copies share the weights.
//
// Features, after the matcher's normalisation (ASCII case folded, full-width forms read as
// ASCII): unigrams, bigrams and trigrams of the characters of each run of CJK (and other
// non-ASCII, non-punctuation) characters; each ASCII word and each pair of adjacent words in a
// clause; with `keyword_features`, the rules of Classifier::keyword_defaults() that fired and its
// decisions. Each is hashed into 2^hash_bits buckets; buckets seen in fewer than `min_count`
// training messages are dropped (a feature seen once cannot generalise, and it halves the
// model). A message's features each weigh 1/sqrt(their number).
//
// Training: stochastic gradient descent on the softmax loss with L2 applied to the rows a
// message touches, the learning rate falling linearly to zero, messages shuffled each epoch by
// a 64-bit Mersenne Twister seeded with `seed` and kefu's own Fisher-Yates (std::shuffle's
// algorithm differs between libraries), so the same data, options and seed give the same
// model bytes from the same build (floating-point contraction may differ between compilers).
//
// The model proposes labels; it never overrules the keyword safety rules (rules.md §classify).

#include <kefu/classify/classification.hpp>
#include <kefu/classify/labelled_message.hpp>
#include <kefu/classify/learned_prediction.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace kefu {

// Every default is kefu's choice, measured by 5-fold cross-validation on tests/classify/
// training.txt + corpus.txt (bench/RESULTS.md, "learned model").
struct LearnedOptions {
  std::uint64_t seed = 1;
  int epochs = 30;
  double learning_rate = 2.0;  // at the start; falls linearly to 0
  double l2 = 5e-4;            // per update, on the touched rows
  int hash_bits = 18;          // 2^18 buckets before pruning
  int min_count = 2;           // a bucket must occur in this many training messages
  bool keyword_features = true;
  // Below this probability a field is not decided (needs a person); per field.
  std::array<double, 3> abstain_below{0.5, 0.5, 0.5};
};

namespace detail {
struct LearnedWeights;
}

class LearnedModel {
 public:
  // Throws kefu::argument_error for no messages, an empty label or text, or options out of
  // range (epochs < 1, hash_bits outside 8..24, a negative rate or l2, min_count < 1, an
  // abstain threshold outside [0, 1]).
  // The bundled model: trained on kefu's corpus (tests/classify/training.txt + corpus.txt)
  // with the default options, seed 1, and compiled into the library
  // (src/classify/data/default.kefu-model; cmake/KefuEmbedModel.cmake).
  [[nodiscard]] static const LearnedModel& defaults();

  [[nodiscard]] static LearnedModel train(const std::vector<LabelledMessage>& messages,
                                          const LearnedOptions& options = {});

  // Never throws for any text, including invalid UTF-8. `evidence` features per field.
  [[nodiscard]] LearnedPrediction predict(std::string_view text, std::size_t evidence = 3) const;
  // The same with the keyword classification the caller already has (it must come from
  // Classifier::keyword_defaults() for a model trained with keyword features).
  [[nodiscard]] LearnedPrediction predict(std::string_view text, const Classification& keywords,
                                          std::size_t evidence = 3) const;

  // The labels the model knows for a field, sorted.
  [[nodiscard]] const std::vector<std::string>& labels(LearnedField field) const noexcept;
  [[nodiscard]] double abstain_below(LearnedField field) const noexcept;
  // A copy with another threshold; throws kefu::argument_error outside [0, 1].
  [[nodiscard]] LearnedModel with_abstain_below(LearnedField field, double threshold) const;
  [[nodiscard]] bool keyword_features() const noexcept;
  // Buckets kept after pruning, and the bytes save() writes.
  [[nodiscard]] std::size_t rows() const noexcept;
  [[nodiscard]] std::size_t file_bytes() const noexcept;

  // kefu's own binary format (learned_model_file.cpp): magic, version, labels, thresholds,
  // kept buckets, float weights, checksum. save then load gives the same model, bit for bit.
  void save(std::ostream& out) const;
  void save(const std::string& path) const;
  // Throws kefu::parse_error for a file that is not a kefu model, of another version,
  // truncated, corrupted (checksum) or inconsistent; kefu::config_error when it cannot open.
  [[nodiscard]] static LearnedModel load(std::istream& in);
  [[nodiscard]] static LearnedModel load(const std::string& path);

  friend bool operator==(const LearnedModel& a, const LearnedModel& b) noexcept;
  friend bool operator!=(const LearnedModel& a, const LearnedModel& b) noexcept {
    return !(a == b);
  }

 private:
  explicit LearnedModel(std::shared_ptr<const detail::LearnedWeights> weights);
  std::shared_ptr<const detail::LearnedWeights> weights_;
};

}  // namespace kefu
