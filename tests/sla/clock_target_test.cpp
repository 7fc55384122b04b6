// ClockTarget: limits, warnings and their formatting.

#include <kefu/sla/clock_target.hpp>

#include <doctest/doctest.h>
#include <fmt/format.h>

using boost::posix_time::hours;
using boost::posix_time::minutes;
using kefu::TimeBasis;
using kefu::sla::ClockTarget;
using kefu::sla::Limit;
namespace clocks = kefu::sla::clocks;

TEST_CASE("targets print their clock, limit and calendar") {
  const ClockTarget urgent{clocks::resolution, Limit::of(hours(24)), TimeBasis::business, {0.75}};
  CHECK(fmt::format("{}", urgent) == "resolution 24 h (business hours)");
  const ClockTarget refund{clocks::resolution, Limit::days(3), TimeBasis::business, {}};
  CHECK(fmt::format("{}", refund) == "resolution 3 个工作日 (business hours)");
  const ClockTarget chat{
      clocks::first_response, Limit::of(boost::posix_time::seconds(30)), TimeBasis::wall, {}};
  CHECK(fmt::format("{}", chat) == "first_response 30 s (always open)");
  CHECK(fmt::format("{}", Limit::of(hours(1) + minutes(30))) == "1 h 30 min");
  CHECK(urgent.problem().empty());
}

TEST_CASE("a target without a positive limit or with bad warnings is refused") {
  const ClockTarget zero{clocks::resolution, Limit::of(hours(0)), TimeBasis::business, {}};
  CHECK_THROWS_WITH_AS(zero.check(), "sla target resolution: limit must be positive",
                       kefu::config_error);
  const ClockTarget unordered{
      clocks::feedback, Limit::of(hours(2)), TimeBasis::business, {0.9, 0.75}};
  CHECK_THROWS_WITH_AS(unordered.check(),
                       "sla target feedback: warnings must be ascending fractions between 0 and 1",
                       kefu::config_error);
  const ClockTarget whole{clocks::feedback, Limit::of(hours(2)), TimeBasis::business, {1.0}};
  CHECK(whole.problem() == "warnings must be ascending fractions between 0 and 1");
  const ClockTarget negative{clocks::feedback, Limit::days(-1), TimeBasis::business, {}};
  CHECK(negative.problem() == "business days must not be negative");
}

TEST_CASE("a promised limit has no duration of its own, and targets compare by value") {
  using kefu::TimeBasis;
  using kefu::sla::ClockTarget;
  using kefu::sla::Limit;
  namespace clocks = kefu::sla::clocks;
  ClockTarget promised{clocks::promised_answer, Limit::until_promised(), TimeBasis::wall, {}};
  CHECK(promised.problem().empty());
  CHECK(fmt::format("{}", promised.limit) == "by the promised time");
  Limit both = Limit::until_promised();
  both.duration = boost::posix_time::hours(1);
  promised.limit = both;
  CHECK(promised.problem() == "a promised limit has no duration of its own");
  CHECK(Limit::of(boost::posix_time::hours(2)) == Limit::of(boost::posix_time::minutes(120)));
  CHECK(Limit::days(1) != Limit::of(boost::posix_time::hours(24)));
  CHECK(Limit::until_promised() != Limit::of(boost::posix_time::seconds(0)));
  const ClockTarget a{clocks::resolution, Limit::of(boost::posix_time::hours(4))};
  ClockTarget b = a;
  CHECK(a == b);
  b.warnings = {0.5};
  CHECK(a != b);
}
