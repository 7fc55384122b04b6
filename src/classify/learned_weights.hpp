#pragma once
// What a kefu::LearnedModel holds: labels, thresholds and the weights of the kept buckets, and
// the layout prediction reads them in (derived, not saved).

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

  // Derived by index_rows(), not saved. Bucket b is kept when bit b of `kept` is set, and its
  // row is the number of kept buckets below it: `rank` of its 64-bit word plus the kept bits
  // below it in that word. 2^18 buckets take 48 KiB this way, where a table of row numbers took
  // 1 MiB and missed the cache on nearly every feature.
  std::vector<std::uint64_t> kept;
  std::vector<std::uint32_t> rank;
  // Each row again, `stride` floats apart in 64-byte aligned storage: its `width` weights, then
  // per field the mean of that field's weights (the evidence compares a label against it),
  // then zeros up to a multiple of 8 floats.
  struct alignas(64) Line {
    float v[16];
  };
  std::uint32_t stride = 0;
  std::vector<Line> lines;

  [[nodiscard]] std::uint32_t width() const noexcept {
    return static_cast<std::uint32_t>(labels[0].size() + labels[1].size() + labels[2].size());
  }
  [[nodiscard]] std::uint32_t offset(std::size_t field) const noexcept {
    std::uint32_t at = 0;
    for (std::size_t f = 0; f < field; ++f) at += static_cast<std::uint32_t>(labels[f].size());
    return at;
  }
  [[nodiscard]] const float* row(std::uint32_t r) const noexcept {
    return reinterpret_cast<const float*>(lines.data()) + static_cast<std::size_t>(r) * stride;
  }
  // Builds `kept`, `rank` and `lines` from `buckets` and `weights`.
  void index_rows();
  // Softmax over each field's segment of `scores` (width() of them), in place.
  void softmax(double* scores) const;

  // Without -mpopcnt, __builtin_popcountll is a library call; this is a dozen instructions
  // (prediction uses the instruction where the processor has it: learned_predict.cpp).
  static unsigned popcount(std::uint64_t x) noexcept {
    x -= (x >> 1) & 0x5555555555555555ULL;
    x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
    return static_cast<unsigned>((x * 0x0101010101010101ULL) >> 56);
  }
};

// The keyword classifier whose hits are features: built once, shared.
const Classifier& default_keywords();

}  // namespace kefu::detail
