#pragma once
// The generator's randomness: std::mt19937_64 (its output is fixed by the standard) with
// distributions of our own in integer arithmetic, so that the month is the same bytes whatever
// the standard library's distributions or the floating-point library do.

#include <cstdint>
#include <initializer_list>
#include <random>

namespace kefu::sample {

class Random {
 public:
  explicit Random(std::uint64_t seed) : engine_(seed) {}

  // 0 .. n-1, by rejection so that every value is equally likely.
  std::uint64_t below(std::uint64_t n) {
    const std::uint64_t limit = ~std::uint64_t{0} - (~std::uint64_t{0} % n);
    std::uint64_t x = engine_();
    while (x >= limit) x = engine_();
    return x % n;
  }
  // lo .. hi, both included.
  std::int64_t between(std::int64_t lo, std::int64_t hi) {
    return lo + static_cast<std::int64_t>(below(static_cast<std::uint64_t>(hi - lo + 1)));
  }
  // True with probability per_mille / 1000.
  bool chance(int per_mille) { return static_cast<int>(below(1000)) < per_mille; }
  // An index drawn with the given integer weights.
  std::size_t weighted(std::initializer_list<int> weights) { return weighted_of(weights); }
  template <class Weights>
  std::size_t weighted_of(const Weights& weights) {
    long total = 0;
    for (const auto w : weights) total += w;
    long x = static_cast<long>(below(static_cast<std::uint64_t>(total)));
    std::size_t i = 0;
    for (const auto w : weights) {
      if (x < w) return i;
      x -= w;
      ++i;
    }
    return i - 1;
  }

 private:
  std::mt19937_64 engine_;
};

}  // namespace kefu::sample
