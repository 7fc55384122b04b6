// kefu::LearnedModel::predict: the scores of a message's features, a softmax per field, and the
// features that weighed most for each chosen label (learned_model.hpp). Laid out for speed; the
// scores are summed in the order training sums them, and every output keeps the bits the first
// prediction code gave (bench/RESULTS.md, "classify").

#include "learned_features.hpp"
#include "learned_weights.hpp"
#include <kefu/classify/learned_model.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace kefu {
namespace detail {
namespace {

constexpr float no_floor = -std::numeric_limits<float>::infinity();

struct KeptFeature {
  std::uint32_t row;
  std::uint32_t feature;  // index into the features
};

// The features the model kept a row for (the bias included), in feature order; without a
// branch, as in FindRows (learned_features.cpp).
void find_rows(const std::vector<Feature>& features, std::vector<KeptFeature>& kept) {
  kept.resize(features.size());
  std::size_t n = 0;
  for (std::uint32_t i = 0; i < features.size(); ++i) {
    kept[n] = {static_cast<std::uint32_t>(features[i].row), i};
    n += features[i].row >= 0 ? 1 : 0;
  }
  kept.resize(n);
}

// The label that the softmax and std::max_element chose before (the first of the most probable)
// and its probability, without dividing every label's exp by the sum: the top score's exp is
// exactly 1, and a label whose exp is at most 1 - 2^-51 cannot tie with it after the division
// (each quotient is rounded by at most half an ulp). A NaN anywhere takes the long way.
struct Best {
  std::size_t label;
  double probability;
};

Best most_probable(double* s, std::size_t n) {
  const double top = *std::max_element(s, s + n);
  double sum = 0;
  for (std::size_t k = 0; k < n; ++k) sum += (s[k] = std::exp(s[k] - top));
  if (sum == sum) {
    const double p = 1.0 / sum;
    constexpr double near_one = 1.0 - 0x1p-51;
    for (std::size_t k = 0; k < n; ++k) {
      if (s[k] > near_one && s[k] / sum == p) return {k, p};
    }
  }
  for (std::size_t k = 0; k < n; ++k) s[k] /= sum;
  const auto k = static_cast<std::size_t>(std::max_element(s, s + n) - s);
  return {k, s[k]};
}

// Floats [k, k + 8 * Chunks) of every kept row summed label by label, in feature order, in one
// pass over the rows: four lanes of an SSE addition give the bits the scalar additions gave.
template <std::size_t Chunks>
void sum_rows(const LearnedWeights& w, const std::vector<KeptFeature>& kept, std::uint32_t k,
              float* sums) noexcept {
#if defined(__SSE2__)
  constexpr std::size_t lanes = 2 * Chunks;
  __m128 acc[lanes];
  for (__m128& a : acc) a = _mm_setzero_ps();
  for (const KeptFeature& f : kept) {
    const float* row = w.row(f.row) + k;
    for (std::size_t c = 0; c < lanes; ++c) acc[c] = _mm_add_ps(acc[c], _mm_load_ps(row + 4 * c));
  }
  for (std::size_t c = 0; c < lanes; ++c) _mm_storeu_ps(sums + k + 4 * c, acc[c]);
#else
  std::array<float, 8 * Chunks> acc{};
  for (const KeptFeature& f : kept) {
    const float* row = w.row(f.row) + k;
    for (std::size_t j = 0; j < acc.size(); ++j) acc[j] += row[j];
  }
  std::copy(acc.begin(), acc.end(), sums + k);
#endif
}

// Each label's summed weight, `w.stride` floats (those past the labels are not read).
void sum_rows(const LearnedWeights& w, const std::vector<KeptFeature>& kept, float* sums) noexcept {
  const std::uint32_t width = w.width();
  switch ((width + 7) / 8) {
    case 1:
      return sum_rows<1>(w, kept, 0, sums);
    case 2:
      return sum_rows<2>(w, kept, 0, sums);
    case 3:
      return sum_rows<3>(w, kept, 0, sums);
    case 4:
      return sum_rows<4>(w, kept, 0, sums);
    default:
      break;
  }
  for (std::uint32_t k = 0; k < width; k += 8) sum_rows<1>(w, kept, k, sums);
}

// Puts `v` into `slots`, held largest first, and drops the smallest, without a branch. A NaN
// never enters (every comparison with it is false).
template <class Slots>
void keep_largest(Slots& slots, float v) noexcept {
  for (float& s : slots) {
    const float low = std::min(s, v);
    s = std::max(s, v);
    v = low;
  }
}

// The K-th largest of values[0, n) counting repeats, -infinity when n < K: each of four lanes
// keeps its own K largest, and the K largest of those are the K largest of all.
template <std::size_t K>
float kth_largest(const float* values, std::size_t n) noexcept {
  std::array<float, K> best;
  best.fill(no_floor);
  std::size_t i = 0;
#if defined(__SSE2__)
  __m128 lanes[K];
  for (__m128& s : lanes) s = _mm_set1_ps(no_floor);
  for (; i + 4 <= n; i += 4) {
    __m128 v = _mm_loadu_ps(values + i);
    for (__m128& s : lanes) {
      // Operands in this order, minps and maxps keep `s` for a NaN, as std::min and std::max do.
      const __m128 low = _mm_min_ps(v, s);
      s = _mm_max_ps(v, s);
      v = low;
    }
  }
  std::array<float, 4 * K> merged;
  for (std::size_t s = 0; s < K; ++s) _mm_storeu_ps(&merged[4 * s], lanes[s]);
  for (const float v : merged) keep_largest(best, v);
#endif
  for (; i < n; ++i) keep_largest(best, values[i]);
  return best.back();
}

// The `evidence`-th largest pull: no row below it can be among the strongest `evidence`.
float evidence_floor(const float* pulls, std::size_t n, std::size_t evidence,
                     std::vector<float>& slots) {
  switch (evidence) {
    case 1:
      return kth_largest<1>(pulls, n);
    case 2:
      return kth_largest<2>(pulls, n);
    case 3:
      return kth_largest<3>(pulls, n);
    case 4:
      return kth_largest<4>(pulls, n);
    default:
      break;
  }
  if (evidence > n) return no_floor;
  slots.assign(evidence, no_floor);
  for (std::size_t i = 0; i < n; ++i) keep_largest(slots, pulls[i]);
  return slots.back();
}

// For each set of four comparisons (a bit each), the positions of the true ones, packed.
struct Positions {
  std::array<std::array<std::uint32_t, 4>, 16> of{};
  std::array<std::uint8_t, 16> count{};
  constexpr Positions() {
    for (std::uint32_t mask = 0; mask < 16; ++mask) {
      for (std::uint32_t bit = 0; bit < 4; ++bit) {
        if ((mask >> bit & 1U) != 0) of[mask][count[mask]++] = bit;
      }
    }
  }
};
constexpr Positions positions;

// Writes the indices i < n with values[i] >= least to `out` (room for n), in order; returns
// how many. Without branches (one per value mispredicts on the few that pass), four at a time.
std::size_t at_least(const float* values, std::size_t n, float least, std::uint32_t* out) noexcept {
  std::size_t count = 0;
  std::size_t i = 0;
#if defined(__SSE2__)
  const __m128 bound = _mm_set1_ps(least);
  for (; i + 4 <= n; i += 4) {
    const auto mask =
        static_cast<unsigned>(_mm_movemask_ps(_mm_cmpge_ps(_mm_loadu_ps(values + i), bound)));
    const __m128i at =
        _mm_add_epi32(_mm_set1_epi32(static_cast<int>(i)),
                      _mm_loadu_si128(reinterpret_cast<const __m128i*>(positions.of[mask].data())));
    // count <= i, so the four lanes stay within the n slots.
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out + count), at);
    count += positions.count[mask];
  }
#endif
  for (; i < n; ++i) {
    out[count] = static_cast<std::uint32_t>(i);
    count += values[i] >= least ? 1 : 0;
  }
  return count;
}

// The kept features whose row has not occurred before, in text order (a row's pull is the same
// wherever it occurs, so a feature that occurs twice is cited once). The bias stays on its own:
// it is never evidence, and a feature hashed onto its row still may be.
void first_of_each_row(const std::vector<KeptFeature>& kept, bool has_bias,
                       std::vector<std::uint32_t>& distinct) {
  struct Slot {
    std::uint32_t stamp;
    std::uint32_t row;
  };
  thread_local std::vector<Slot> table;
  thread_local unsigned bits = 0;  // table.size() is 2^bits
  thread_local std::uint32_t stamp = 0;
  if (table.size() < 2 * kept.size() || table.empty()) {
    bits = 6;
    while ((std::size_t{1} << bits) < 2 * kept.size()) ++bits;
    table.assign(std::size_t{1} << bits, Slot{0, 0});
    stamp = 0;
  }
  if (++stamp == 0) {  // the stamps wrapped: every slot free again
    std::fill(table.begin(), table.end(), Slot{0, 0});
    stamp = 1;
  }
  const std::size_t mask = table.size() - 1;
  distinct.resize(kept.size());
  std::size_t n = 0;
  std::uint32_t j = 0;
  if (has_bias) distinct[n++] = j++;
  for (; j < kept.size(); ++j) {
    const std::uint32_t row = kept[j].row;
    // Fibonacci hashing: the top bits of the product.
    std::size_t at = (row * 0x9E3779B9U) >> (32 - bits);
    for (;; at = (at + 1) & mask) {
      Slot& slot = table[at];
      if (slot.stamp != stamp) {
        slot = Slot{stamp, row};
        distinct[n++] = j;
        break;
      }
      if (slot.row == row) break;
    }
  }
  distinct.resize(n);
}

}  // namespace
}  // namespace detail

LearnedPrediction LearnedModel::predict(std::string_view text, std::size_t evidence) const {
  if (!weights_->keyword_features) return predict(text, Classification{}, evidence);
  return predict(text, detail::default_keywords().classify(text), evidence);
}

LearnedPrediction LearnedModel::predict(std::string_view text, const Classification& keywords,
                                        std::size_t evidence) const {
  using namespace detail;
  const LearnedWeights& w = *weights_;
  const Classification* kw = w.keyword_features ? &keywords : nullptr;
  thread_local std::vector<Feature> features;
  features.clear();
  extract_features(text, kw, w, features);
  const std::uint32_t width = w.width();
  thread_local std::vector<KeptFeature> kept;
  find_rows(features, kept);
  const float x = 1.0F / std::sqrt(static_cast<float>(std::max<std::size_t>(1, kept.size())));
  thread_local std::vector<float> sums;
  sums.resize(w.stride);
  sum_rows(w, kept, sums.data());
  thread_local std::vector<double> scores;
  scores.resize(width);
  for (std::uint32_t k = 0; k < width; ++k) scores[k] = static_cast<double>(x * sums[k]);

  LearnedPrediction out;
  std::array<std::size_t, 3> best{};
  for (std::size_t f = 0; f < 3; ++f) {
    const Best chosen = most_probable(scores.data() + w.offset(f), w.labels[f].size());
    best[f] = chosen.label;
    FieldPrediction& p = out.fields[f];
    p.best = w.labels[f][best[f]];
    p.probability = chosen.probability;
    p.abstained = p.probability < w.abstain_below[f];
    if (!p.abstained) p.label = p.best;
  }
  if (evidence == 0) return out;

  // Each distinct row's pull towards each field's best label against the mean of the field's
  // labels, the three fields in one pass over the rows.
  const bool has_bias = !kept.empty() && features[kept[0].feature].kind == FeatureKind::bias;
  thread_local std::vector<std::uint32_t> distinct;  // indices into kept
  first_of_each_row(kept, has_bias, distinct);
  const std::size_t n = distinct.size();
  thread_local std::vector<float>
      pulls;  // field f's at [f * n, (f + 1) * n), by index into distinct
  pulls.resize(3 * n);
  float* const pull = pulls.data();
  std::array<std::uint32_t, 3> pick{};  // a field's best label in a row
  for (std::size_t f = 0; f < 3; ++f) pick[f] = w.offset(f) + static_cast<std::uint32_t>(best[f]);
  for (std::size_t d = 0; d < n; ++d) {
    const float* row = w.row(kept[distinct[d]].row);
    for (std::size_t f = 0; f < 3; ++f) pull[f * n + d] = x * (row[pick[f]] - row[width + f]);
  }
  if (has_bias) {
    for (std::size_t f = 0; f < 3; ++f) pull[f * n] = 0;  // the bias is not evidence
  }

  thread_local std::vector<std::pair<float, std::uint32_t>> top;  // pull, index into distinct
  thread_local std::vector<std::uint32_t> candidates;             // indices into distinct
  thread_local std::vector<float> floor;  // evidence_floor's slots past four
  candidates.resize(n);
  for (std::size_t f = 0; f < 3; ++f) {
    // Only rows at the evidence-th largest pull or above can make the top; as the rows are
    // distinct, at least `evidence` of them are there when that pull is positive. Among them,
    // the strongest `evidence` above zero, ties in text order.
    const float* pull_of = pull + f * n;
    const std::size_t count =
        at_least(pull_of, n, evidence_floor(pull_of, n, evidence, floor), candidates.data());
    top.clear();
    for (std::size_t c = 0; c < count; ++c) {
      const std::uint32_t d = candidates[c];
      const float p = pull_of[d];
      if (!(p > 0) || (top.size() == evidence && p <= top.back().first)) continue;
      top.insert(std::find_if(top.begin(), top.end(), [&](const auto& t) { return p > t.first; }),
                 {p, d});
      if (top.size() > evidence) top.pop_back();
    }
    std::vector<LearnedEvidence>& cited = out.fields[f].evidence;
    cited.reserve(top.size());
    for (const auto& [weight, d] : top) {
      const Feature& feature = features[kept[distinct[d]].feature];
      LearnedEvidence& e = cited.emplace_back();
      e.feature = describe(feature, text, kw);
      e.weight = weight;
      if (feature.kind == FeatureKind::keyword_rule) {  // the keyword's own span
        e.begin = kw->evidence.begin_of(feature.index);
        e.end = kw->evidence.end_of(feature.index);
      } else {
        e.begin = feature.begin;
        e.end = feature.end;
      }
    }
  }
  return out;
}

}  // namespace kefu
