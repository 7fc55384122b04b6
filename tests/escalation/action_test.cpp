#include <kefu/escalation/action.hpp>

#include <doctest/doctest.h>
#include <fmt/format.h>

using kefu::escalation::Action;

TEST_CASE("actions print what the host must do") {
  CHECK(fmt::format("{}", Action::notify("supervisor")) == "notify supervisor");
  CHECK(fmt::format("{}", Action::escalate("manager")) == "escalate manager");
  CHECK(fmt::format("{}", Action::reassign("vip_queue")) == "reassign vip_queue");
  CHECK(fmt::format("{}", Action::raise_priority(kefu::Priority::critical)) ==
        "raise_priority critical");
  CHECK(fmt::format("{}", Action::schedule_follow_up(boost::posix_time::hours(24))) ==
        "schedule_follow_up in 24:00:00");
}

TEST_CASE("actions compare by every field") {
  CHECK(Action::notify("supervisor") == Action::notify("supervisor"));
  CHECK(Action::notify("supervisor") != Action::escalate("supervisor"));
  CHECK(Action::notify("supervisor") != Action::notify("manager"));
}
