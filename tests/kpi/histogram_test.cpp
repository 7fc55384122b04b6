// kefu::kpi::Histogram: exact below 128 ms, within 1/128 above, mergeable.

#include <kefu/core/error.hpp>
#include <kefu/kpi/histogram.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

using kefu::kpi::Histogram;

TEST_CASE("small values are kept exactly") {
  Histogram h;
  for (std::int64_t v : {5, 1, 3, 2, 4}) h.add(v);
  CHECK(h.count() == 5);
  CHECK(*h.quantile(0.0) == 1);
  CHECK(*h.quantile(0.5) == 3);
  CHECK(*h.quantile(1.0) == 5);
  CHECK(*h.quantile(0.2) == 1);  // rank ceil(0.2 × 5) = 1
  CHECK(*h.quantile(0.21) == 2);
}

TEST_CASE("bucket bounds are laid out by powers of two split in 64") {
  CHECK(Histogram::bucket_of(127) == 127);
  CHECK(Histogram::bucket_of(128) == 128);
  CHECK(Histogram::bucket_of(129) == 128);  // bucket [128, 130)
  CHECK(Histogram::bucket_of(130) == 129);
  CHECK(Histogram::bucket_of(256) == 192);  // bucket [256, 260)
  CHECK(Histogram::lower_bound(192) == 256);
  CHECK(Histogram::representative(192) == 257);
  CHECK(Histogram::bucket_of(-5) == 0);
}

TEST_CASE("every value is reported within 1 percent") {
  std::mt19937_64 rng(7);
  std::uniform_real_distribution<double> exponent(0.0, 36.0);
  for (int i = 0; i < 20000; ++i) {
    const auto v = static_cast<std::int64_t>(std::exp2(exponent(rng)));
    Histogram h;
    h.add(v);
    const auto reported = *h.quantile(0.5);
    CHECK(std::abs(static_cast<double>(reported - v)) <= 0.0079 * static_cast<double>(v));
  }
}

TEST_CASE("an empty histogram has no quantile and a bad quantile is refused") {
  Histogram h;
  CHECK_FALSE(h.quantile(0.5).has_value());
  CHECK_THROWS_WITH_AS(h.quantile(1.5), "histogram quantile: q must be in [0, 1]",
                       kefu::argument_error);
  CHECK_THROWS_WITH_AS(h.quantile(-0.1), "histogram quantile: q must be in [0, 1]",
                       kefu::argument_error);
}

TEST_CASE("merged histograms equal one fed every value") {
  std::mt19937_64 rng(11);
  std::lognormal_distribution<double> seconds(3.0, 1.5);
  Histogram all;
  std::vector<Histogram> parts(5);
  std::vector<std::int64_t> values;
  for (int i = 0; i < 5000; ++i) {
    const auto v = static_cast<std::int64_t>(seconds(rng) * 1000.0);
    values.push_back(v);
    all.add(v);
    parts[rng() % parts.size()].add(v);
  }
  Histogram merged;
  for (const auto& p : parts) merged.merge(p);
  CHECK(merged == all);
  std::sort(values.begin(), values.end());
  const auto exact_p90 = static_cast<double>(values[4499]);  // rank ceil(0.9 × 5000) = 4500
  CHECK(std::abs(static_cast<double>(*merged.quantile(0.9)) - exact_p90) <= 0.0079 * exact_p90);
}

TEST_CASE("a histogram rebuilds from its stored buckets") {
  Histogram h;
  for (std::int64_t v : {20, 2000, 200000}) h.add(v);
  const auto copy = Histogram::from_buckets(h.first_bucket(), h.bucket_counts());
  CHECK(copy == h);
  CHECK_THROWS_WITH_AS(Histogram::from_buckets(-1, {1}), "histogram: bucket range outside 0..3712",
                       kefu::argument_error);
  CHECK_THROWS_WITH_AS(Histogram::from_buckets(3712, {1}),
                       "histogram: bucket range outside 0..3712", kefu::argument_error);
}
