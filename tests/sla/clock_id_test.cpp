// ClockId: built-in names as constants, host names checked.

#include <kefu/sla/clock_id.hpp>

#include <doctest/doctest.h>
#include <fmt/format.h>

using kefu::sla::ClockId;
namespace clocks = kefu::sla::clocks;

TEST_CASE("built-in clock ids carry the names of the issue") {
  CHECK(clocks::first_response.name() == "first_response");
  CHECK(clocks::next_response.name() == "next_response");
  CHECK(clocks::resolution.name() == "resolution");
  CHECK(clocks::follow_up.name() == "follow_up");
  CHECK(clocks::verification.name() == "verification");
  CHECK(clocks::feedback.name() == "feedback");
  static_assert(clocks::resolution == ClockId{"resolution"});
  static_assert(clocks::feedback < clocks::resolution);
}

TEST_CASE("hosts name their own clocks") {
  const ClockId pickup{"pickup"};
  CHECK(pickup != clocks::resolution);
  CHECK(fmt::format("{}", pickup) == "pickup");
  CHECK(ClockId{"a_31_character_name_0123456789x"}.name().size() == 31);
}

TEST_CASE("badly spelled clock ids are refused") {
  CHECK_THROWS_WITH_AS(ClockId{""}, "sla clock id: use 1 to 31 characters a-z, 0-9 or _",
                       kefu::argument_error);
  CHECK_THROWS_WITH_AS(ClockId{"First Response"},
                       "sla clock id: use 1 to 31 characters a-z, 0-9 or _", kefu::argument_error);
  CHECK_THROWS_WITH_AS(ClockId{"a_32_character_name_0123456789xy"},
                       "sla clock id: use 1 to 31 characters a-z, 0-9 or _", kefu::argument_error);
}
