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
  std::size_t begin;    // ngram: byte span in the text
  std::size_t end;
};

// Appends the features of `text` to `out` (the bias feature first). `keywords` may be null:
// no keyword features.
void extract_features(std::string_view text, const Classification* keywords, unsigned hash_bits,
                      std::vector<Feature>& out);

// How a feature reads as evidence ("充电", "keyword: zh flag safety_risk").
std::string describe(const Feature& feature, std::string_view text, const Classification* keywords);

}  // namespace kefu::detail
