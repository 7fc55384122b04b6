// kefu::LearnedModel: training by SGD on the softmax loss (learned_model.hpp). Prediction is in
// learned_predict.cpp, the file format in learned_model_file.cpp.

#include "learned_features.hpp"
#include "learned_weights.hpp"
#include <kefu/classify/learned_model.hpp>
#include <kefu/core/error.hpp>

#include <fmt/core.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <map>
#include <random>
#include <utility>

namespace kefu {
namespace detail {

const Classifier& default_keywords() {
  static const Classifier keywords = Classifier::keyword_defaults();
  return keywords;
}

namespace {

// std::shuffle's algorithm is left to the library; this one is the same everywhere.
void shuffle(std::vector<std::size_t>& order, std::mt19937_64& rng) {
  for (std::size_t i = order.size(); i > 1; --i) {
    const std::size_t j = static_cast<std::size_t>(rng() % i);
    std::swap(order[i - 1], order[j]);
  }
}

void check(const LearnedOptions& o) {
  if (o.epochs < 1) throw argument_error("learned model: epochs must be at least 1");
  if (o.hash_bits < 8 || o.hash_bits > 24) {
    throw argument_error(fmt::format("learned model: hash_bits {} is outside 8..24", o.hash_bits));
  }
  if (!(o.learning_rate > 0) || !std::isfinite(o.learning_rate)) {
    throw argument_error("learned model: the learning rate must be positive and finite");
  }
  if (!(o.l2 >= 0) || !std::isfinite(o.l2)) {
    throw argument_error("learned model: l2 must be zero or positive and finite");
  }
  if (o.min_count < 1) throw argument_error("learned model: min_count must be at least 1");
  for (const double t : o.abstain_below) {
    if (!(t >= 0 && t <= 1)) {
      throw argument_error("learned model: an abstain threshold must be within [0, 1]");
    }
  }
}

const std::string& field_label(const LabelledMessage& m, std::size_t field) {
  return field == 0 ? m.category : field == 1 ? m.scenario : m.priority;
}

constexpr std::size_t max_width = 4096;
constexpr std::size_t max_label_bytes = 256;  // as the file format allows

}  // namespace

void LearnedWeights::softmax(double* scores) const {
  for (std::size_t f = 0; f < 3; ++f) {
    double* s = scores + offset(f);
    const std::size_t n = labels[f].size();
    const double top = *std::max_element(s, s + n);
    double sum = 0;
    for (std::size_t k = 0; k < n; ++k) sum += (s[k] = std::exp(s[k] - top));
    for (std::size_t k = 0; k < n; ++k) s[k] /= sum;
  }
}

void LearnedWeights::index_rows() {
  const std::size_t words = ((std::size_t{1} << hash_bits) + 63) / 64;
  kept.assign(words, 0);
  rank.assign(words, 0);
  for (const std::uint32_t b : buckets) kept[b >> 6] |= std::uint64_t{1} << (b & 63U);
  std::uint32_t below = 0;
  for (std::size_t i = 0; i < words; ++i) {
    rank[i] = below;
    below += popcount(kept[i]);
  }
  const std::uint32_t n = width();
  stride = (n + 3 + 7) / 8 * 8;
  const std::size_t floats = buckets.size() * stride;
  lines.assign(std::max<std::size_t>(1, (floats + 15) / 16), Line{});
  auto* out = reinterpret_cast<float*>(lines.data());
  for (std::size_t r = 0; r < buckets.size(); ++r) {
    const float* in = &weights[r * n];
    float* row = out + r * stride;
    std::copy(in, in + n, row);
    for (std::size_t f = 0; f < 3; ++f) {
      // Summed in label order, as the evidence always did, so the pulls keep their bits.
      const std::size_t count = labels[f].size();
      float mean = 0;
      for (std::size_t k = 0; k < count; ++k) mean += in[offset(f) + k];
      row[n + f] = mean / static_cast<float>(count);
    }
  }
}

}  // namespace detail

std::string_view to_string(LearnedField field) noexcept {
  switch (field) {
    case LearnedField::category:
      return "category";
    case LearnedField::scenario:
      return "scenario";
    case LearnedField::priority:
      break;
  }
  return "priority";
}

LearnedModel::LearnedModel(std::shared_ptr<const detail::LearnedWeights> weights)
    : weights_(std::move(weights)) {}

LearnedModel LearnedModel::train(const std::vector<LabelledMessage>& messages,
                                 const LearnedOptions& options) {
  using namespace detail;
  check(options);
  if (messages.empty()) throw argument_error("learned model: no labelled messages to train on");
  auto w = std::make_shared<LearnedWeights>();
  w->hash_bits = static_cast<std::uint32_t>(options.hash_bits);
  w->keyword_features = options.keyword_features;
  w->abstain_below = options.abstain_below;

  // Labels, sorted, and each message's label index per field.
  std::array<std::map<std::string, std::uint32_t>, 3> index;
  for (std::size_t i = 0; i < messages.size(); ++i) {
    const auto& m = messages[i];
    if (m.text.empty()) {
      throw argument_error(fmt::format("learned model: message {} has no text", i + 1));
    }
    for (std::size_t f = 0; f < 3; ++f) {
      if (field_label(m, f).empty()) {
        throw argument_error(fmt::format("learned model: message {} has no {}", i + 1,
                                         to_string(learned_fields[f])));
      }
      if (field_label(m, f).size() > max_label_bytes) {
        throw argument_error(fmt::format("learned model: message {}: a {} label over {} bytes",
                                         i + 1, to_string(learned_fields[f]), max_label_bytes));
      }
      index[f].emplace(field_label(m, f), 0);
    }
  }
  for (std::size_t f = 0; f < 3; ++f) {
    for (auto& [label, at] : index[f]) {
      at = static_cast<std::uint32_t>(w->labels[f].size());
      w->labels[f].push_back(label);
    }
  }
  const std::uint32_t width = w->width();
  if (width > max_width) throw argument_error("learned model: more than 4096 labels");

  // Each message's feature buckets, flat (message i's are at[i]..at[i + 1]), and the buckets
  // seen in at least min_count messages.
  std::vector<std::uint32_t> cells;
  std::vector<std::size_t> at{0};
  std::vector<std::uint32_t> seen_in(std::size_t{1} << w->hash_bits, 0);
  std::vector<Feature> features;
  for (const LabelledMessage& m : messages) {
    Classification keywords;
    if (options.keyword_features) keywords = default_keywords().classify(m.text);
    features.clear();
    extract_features(m.text, options.keyword_features ? &keywords : nullptr, w->hash_bits,
                     features);
    const std::size_t first = cells.size();
    for (const Feature& f : features) cells.push_back(f.bucket);
    std::vector<std::uint32_t> distinct(cells.begin() + static_cast<std::ptrdiff_t>(first),
                                        cells.end());
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    for (const std::uint32_t b : distinct) ++seen_in[b];
    at.push_back(cells.size());
  }
  for (std::uint32_t b = 0; b < seen_in.size(); ++b) {
    if (seen_in[b] >= static_cast<std::uint32_t>(options.min_count)) w->buckets.push_back(b);
  }
  std::vector<std::int32_t> row_of(seen_in.size(), -1);
  for (std::size_t i = 0; i < w->buckets.size(); ++i) {
    row_of[w->buckets[i]] = static_cast<std::int32_t>(i);
  }
  w->weights.assign(w->buckets.size() * width, 0.0F);

  // Buckets to rows in place, dropped ones left out; each message's feature value.
  std::vector<float> value(messages.size());
  std::size_t kept = 0;
  for (std::size_t i = 0; i < messages.size(); ++i) {
    const std::size_t first = kept;
    for (std::size_t c = at[i]; c < at[i + 1]; ++c) {
      const std::int32_t r = row_of[cells[c]];
      if (r >= 0) cells[kept++] = static_cast<std::uint32_t>(r);
    }
    at[i] = first;
    value[i] = 1.0F / std::sqrt(static_cast<float>(std::max<std::size_t>(1, kept - first)));
  }
  at[messages.size()] = kept;
  std::vector<std::array<std::uint32_t, 3>> truth(messages.size());
  for (std::size_t i = 0; i < messages.size(); ++i) {
    for (std::size_t f = 0; f < 3; ++f) {
      truth[i][f] = w->offset(f) + index[f].at(field_label(messages[i], f));
    }
  }

  std::mt19937_64 rng(options.seed);
  std::vector<std::size_t> order(messages.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  const double steps = static_cast<double>(options.epochs) * static_cast<double>(messages.size());
  double step = 0;
  std::vector<double> scores(width);
  std::vector<float> gradient(width);
  const auto l2 = static_cast<float>(options.l2);
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    shuffle(order, rng);
    for (const std::size_t i : order) {
      const auto rate = static_cast<float>(options.learning_rate * (1.0 - step / steps));
      ++step;
      std::fill(scores.begin(), scores.end(), 0.0);
      const float x = value[i];
      for (std::size_t c = at[i]; c < at[i + 1]; ++c) {
        const float* row = &w->weights[static_cast<std::size_t>(cells[c]) * width];
        for (std::uint32_t k = 0; k < width; ++k) scores[k] += static_cast<double>(x * row[k]);
      }
      w->softmax(scores.data());
      for (std::uint32_t k = 0; k < width; ++k) gradient[k] = static_cast<float>(scores[k]);
      for (const std::uint32_t t : truth[i]) gradient[t] -= 1.0F;
      for (std::size_t c = at[i]; c < at[i + 1]; ++c) {
        float* row = &w->weights[static_cast<std::size_t>(cells[c]) * width];
        for (std::uint32_t k = 0; k < width; ++k) {
          row[k] -= rate * (gradient[k] * x + l2 * row[k]);
        }
      }
    }
  }
  w->index_rows();
  return LearnedModel(std::move(w));
}

const std::vector<std::string>& LearnedModel::labels(LearnedField field) const noexcept {
  return weights_->labels[static_cast<std::size_t>(field)];
}

double LearnedModel::abstain_below(LearnedField field) const noexcept {
  return weights_->abstain_below[static_cast<std::size_t>(field)];
}

LearnedModel LearnedModel::with_abstain_below(LearnedField field, double threshold) const {
  if (!(threshold >= 0 && threshold <= 1)) {
    throw argument_error("learned model: an abstain threshold must be within [0, 1]");
  }
  auto copy = std::make_shared<detail::LearnedWeights>(*weights_);
  copy->abstain_below[static_cast<std::size_t>(field)] = threshold;
  return LearnedModel(std::move(copy));
}

bool LearnedModel::keyword_features() const noexcept { return weights_->keyword_features; }

std::size_t LearnedModel::rows() const noexcept { return weights_->buckets.size(); }

bool operator==(const LearnedModel& a, const LearnedModel& b) noexcept {
  const auto& x = *a.weights_;
  const auto& y = *b.weights_;
  return x.labels == y.labels && x.abstain_below == y.abstain_below && x.hash_bits == y.hash_bits &&
         x.keyword_features == y.keyword_features && x.buckets == y.buckets &&
         std::equal(x.weights.begin(), x.weights.end(), y.weights.begin(), y.weights.end(),
                    [](float p, float q) { return std::memcmp(&p, &q, sizeof p) == 0; });
}

}  // namespace kefu
