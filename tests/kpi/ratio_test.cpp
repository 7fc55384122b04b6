// kefu::kpi::Ratio: exact counts, no value without a denominator, exact target comparisons.

#include <kefu/kpi/ratio.hpp>

#include <doctest/doctest.h>
#include <fmt/core.h>

#include <cstdint>

using kefu::kpi::ratio;

TEST_CASE("a ratio prints its percent to two decimals with the counts behind it") {
  CHECK(fmt::format("{}", ratio(1023, 1198)) == "85.39% (1023/1198)");
  CHECK(fmt::format("{}", ratio(2, 198)) == "1.01% (2/198)");
  CHECK(fmt::format("{}", ratio(1, 1)) == "100.00% (1/1)");
  CHECK(fmt::format("{}", ratio(0, 7)) == "0.00% (0/7)");
  CHECK(fmt::format("{}", ratio(150, 50)) == "300.00% (150/50)");
}

TEST_CASE("a ratio rounds half up at the second decimal") {
  CHECK(fmt::format("{}", ratio(1, 8)) == "12.50% (1/8)");
  CHECK(fmt::format("{}", ratio(1, 16)) == "6.25% (1/16)");
  CHECK(fmt::format("{}", ratio(1, 32)) == "3.13% (1/32)");  // 3.125 -> 3.13
  CHECK(fmt::format("{}", ratio(2, 3)) == "66.67% (2/3)");
}

TEST_CASE("a ratio without a denominator has no percent and prints n/a") {
  CHECK_FALSE(ratio(0, 0).percent().has_value());
  CHECK(fmt::format("{}", ratio(0, 0)) == "n/a (0/0)");
  CHECK(fmt::format("{}", ratio(5, 0)) == "n/a (5/0)");
  CHECK_FALSE(ratio(0, 0).at_least_basis_points(0));
  CHECK_FALSE(ratio(0, 0).at_most_basis_points(10000));
}

TEST_CASE("a ratio's percent is the plain quotient") {
  CHECK(*ratio(17, 20).percent() == doctest::Approx(85.0));
  CHECK(*ratio(0, 3).percent() == 0.0);
}

TEST_CASE("comparisons with a target are exact at the margin") {
  CHECK(ratio(2, 200).at_most_basis_points(100));            // exactly 1%
  CHECK_FALSE(ratio(2, 198).at_most_basis_points(100));      // 1.0101%
  CHECK(ratio(17, 20).at_least_basis_points(8500));          // exactly 85%
  CHECK_FALSE(ratio(169, 199).at_least_basis_points(8500));  // 84.92%
  CHECK(ratio(5, 5).at_least_basis_points(10000));
  CHECK_FALSE(ratio(999999, 1000000).at_least_basis_points(10000));
  CHECK(ratio(3, 2).at_least_basis_points(10000));
  CHECK_FALSE(ratio(3, 2).at_most_basis_points(10000));
}

TEST_CASE("huge counts neither overflow nor lose the margin") {
  const std::uint64_t big = UINT64_MAX / 2;
  CHECK(ratio(big, big).at_least_basis_points(10000));
  CHECK(ratio(big, big).at_most_basis_points(10000));
  CHECK(fmt::format("{}", ratio(big, big)).rfind("100.00% (", 0) == 0);
  CHECK(fmt::format("{}", ratio(big / 2, big)).rfind("50.00% (", 0) == 0);
}
