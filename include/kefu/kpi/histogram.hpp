#pragma once
// kefu::kpi::Histogram: a mergeable log-linear histogram of durations in milliseconds, for
// time percentiles (first-response time, wait before answer). Values below 128 ms are kept
// exactly; above, every power of two is split into 64 equal buckets, so a bucket's midpoint
// is within 1/128 (0.78%) of every value in it. Merging adds bucket counts, so percentiles of
// merged shards equal those of one histogram fed everything. Only the range of buckets in use
// is stored (about 1 300 buckets for 1 s .. 7 days).

#include <kefu/core/error.hpp>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kefu::kpi {

class Histogram {
 public:
  using Count = std::uint64_t;
  static constexpr int sub_bucket_bits = 6;
  static constexpr std::int64_t exact_below = std::int64_t{2} << sub_bucket_bits;  // 128
  static constexpr int bucket_limit = (62 - sub_bucket_bits) * 64 + 128;  // buckets for int64

  // Bucket of a value in milliseconds; negative values count as 0.
  static constexpr int bucket_of(std::int64_t ms) noexcept {
    if (ms < exact_below) return ms < 0 ? 0 : static_cast<int>(ms);
    const auto v = static_cast<std::uint64_t>(ms);
    const int top_bit = 63 - count_leading_zeros(v);
    const int shift = top_bit - sub_bucket_bits;
    return shift * 64 + static_cast<int>(v >> shift);
  }
  // Smallest value in a bucket, and the value reported for it (the midpoint).
  static constexpr std::int64_t lower_bound(int bucket) noexcept {
    if (bucket < exact_below) return bucket;
    const int shift = bucket / 64 - 1;
    return static_cast<std::int64_t>(bucket - shift * 64) << shift;
  }
  static constexpr std::int64_t representative(int bucket) noexcept {
    if (bucket < exact_below) return bucket;
    const int shift = bucket / 64 - 1;
    return lower_bound(bucket) + ((std::int64_t{1} << shift) - 1) / 2;
  }

  // Inlined: it runs once per answered call in the accumulator's hot path.
  [[gnu::always_inline]] inline void add(std::int64_t ms) {
    const int bucket = bucket_of(ms);
    ++total_;
    // Unsigned, so a bucket below first_ wraps around and takes the slow path too.
    const auto index = static_cast<std::size_t>(static_cast<unsigned>(bucket - first_));
    if (__builtin_expect(index < counts_.size(), 1)) {
      ++counts_[index];
      return;
    }
    add_outside(bucket);
  }

  void merge(const Histogram& other) {
    if (other.total_ == 0) return;
    widen(other.first_, other.first_ + static_cast<int>(other.counts_.size()) - 1);
    for (std::size_t i = 0; i < other.counts_.size(); ++i) {
      counts_[static_cast<std::size_t>(other.first_ - first_) + i] += other.counts_[i];
    }
    total_ += other.total_;
  }

  Count count() const noexcept { return total_; }

  // The value at quantile q in [0, 1] (0.5 = median, 0.9 = p90), in milliseconds: the
  // representative of the bucket holding the ceil(q × count)-th smallest value. Empty when
  // nothing was added. Throws argument_error for q outside [0, 1].
  std::optional<std::int64_t> quantile(double q) const {
    if (!(q >= 0.0 && q <= 1.0)) throw argument_error("histogram quantile: q must be in [0, 1]");
    if (total_ == 0) return std::nullopt;
    auto rank = static_cast<Count>(q * static_cast<double>(total_));
    if (static_cast<double>(rank) < q * static_cast<double>(total_)) ++rank;
    rank = std::clamp<Count>(rank, 1, total_);
    Count seen = 0;
    for (std::size_t i = 0; i < counts_.size(); ++i) {
      seen += counts_[i];
      if (seen >= rank) return representative(first_ + static_cast<int>(i));
    }
    return representative(first_ + static_cast<int>(counts_.size()) - 1);
  }

  // The stored range, for serialisation: counts of buckets first_bucket() ... .
  int first_bucket() const noexcept { return first_; }
  const std::vector<Count>& bucket_counts() const noexcept { return counts_; }

  // Rebuilds a histogram from a stored range. Throws argument_error when the range does not
  // fit the bucket layout.
  static Histogram from_buckets(int first, std::vector<Count> counts) {
    if (first < 0 || counts.size() > static_cast<std::size_t>(bucket_limit - first)) {
      throw argument_error("histogram: bucket range outside 0.." + std::to_string(bucket_limit));
    }
    Histogram h;
    for (std::size_t i = 0; i < counts.size(); ++i) {
      if (counts[i] == 0) continue;
      const int bucket = first + static_cast<int>(i);
      h.widen(bucket, bucket);
      h.counts_[static_cast<std::size_t>(bucket - h.first_)] = counts[i];
      h.total_ += counts[i];
    }
    return h;
  }

  // Equal when they hold the same counts in the same buckets.
  friend bool operator==(const Histogram& a, const Histogram& b) noexcept {
    return a.total_ == b.total_ && a.first_ == b.first_ && a.counts_ == b.counts_;
  }
  friend bool operator!=(const Histogram& a, const Histogram& b) noexcept { return !(a == b); }

 private:
  static constexpr int count_leading_zeros(std::uint64_t v) noexcept {
    return __builtin_clzll(v);  // v >= 128 here
  }

  void add_outside(int bucket) {
    widen(bucket, bucket);
    ++counts_[static_cast<std::size_t>(bucket - first_)];
  }

  // Makes buckets lo..hi addressable; the stored range always starts and ends at a bucket
  // that holds a value, so equal contents compare equal.
  void widen(int lo, int hi) {
    if (counts_.empty()) {
      first_ = lo;
      counts_.assign(static_cast<std::size_t>(hi - lo + 1), 0);
      return;
    }
    const int last = first_ + static_cast<int>(counts_.size()) - 1;
    if (lo < first_) {
      counts_.insert(counts_.begin(), static_cast<std::size_t>(first_ - lo), 0);
      first_ = lo;
    }
    if (hi > last) counts_.resize(counts_.size() + static_cast<std::size_t>(hi - last), 0);
  }

  int first_ = 0;
  Count total_ = 0;
  std::vector<Count> counts_;
};

}  // namespace kefu::kpi
