#pragma once
// What a kefu::LearnedModel holds: labels, thresholds and the weights of the kept buckets.

#include <kefu/classify/classifier.hpp>

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace kefu::detail {

struct LearnedWeights {
  std::array<std::vector<std::string>, 3> labels;  // per field, sorted
  std::array<double, 3> abstain_below{};
  std::uint32_t hash_bits = 0;
  bool keyword_features = false;
  // A row holds the weights of every label of every field: category's, then scenario's, then
  // priority's, `width` floats.
  std::vector<std::uint32_t> buckets;  // kept buckets, increasing; row i is buckets[i]
  std::vector<float> weights;          // buckets.size() * width
  // Derived, not saved: bucket -> row, -1 for a dropped bucket.
  std::vector<std::int32_t> row_of;

  [[nodiscard]] std::uint32_t width() const noexcept {
    return static_cast<std::uint32_t>(labels[0].size() + labels[1].size() + labels[2].size());
  }
  [[nodiscard]] std::uint32_t offset(std::size_t field) const noexcept {
    std::uint32_t at = 0;
    for (std::size_t f = 0; f < field; ++f) at += static_cast<std::uint32_t>(labels[f].size());
    return at;
  }
  void index_rows() {
    row_of.assign(std::size_t{1} << hash_bits, -1);
    for (std::size_t i = 0; i < buckets.size(); ++i) {
      row_of[buckets[i]] = static_cast<std::int32_t>(i);
    }
  }
};

// The keyword classifier whose hits are features: built once, shared.
const Classifier& default_keywords();

}  // namespace kefu::detail
