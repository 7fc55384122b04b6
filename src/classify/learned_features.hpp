#pragma once
// The features of kefu::LearnedModel (learned_model.hpp explains them): hashed n-grams and
// keyword hits of one message, each with where it came from so it can be cited as evidence.

#include <kefu/classify/classification.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kefu::detail {

enum class FeatureKind : std::uint8_t { bias, ngram, keyword_rule, keyword_decision };

struct Feature {
  Feature() noexcept {}  // left uninitialised: extract_features makes room, then writes
  std::uint32_t bucket;
  FeatureKind kind;
  std::uint32_t index;  // keyword_rule: evidence index; keyword_decision: which decision
  std::int32_t row;     // the model's row, -1 for a dropped bucket (or no model given)
  std::size_t begin;    // ngram: byte span in the text
  std::size_t end;
};

struct LearnedWeights;

// Appends the features of `text` to `out` (the bias feature first). `keywords` may be null:
// no keyword features.
void extract_features(std::string_view text, const Classification* keywords, unsigned hash_bits,
                      std::vector<Feature>& out);
// The same for prediction: each feature's row in `rows` is found and fetched as the feature is
// made, so the rows' loads overlap the rest of the extraction.
void extract_features(std::string_view text, const Classification* keywords,
                      const LearnedWeights& rows, std::vector<Feature>& out);

// How a feature reads as evidence ("充电", "keyword: zh flag safety_risk").
std::string describe(const Feature& feature, std::string_view text, const Classification* keywords);

}  // namespace kefu::detail
