#include <kefu/core/error.hpp>
#include <kefu/escalation/ladder.hpp>

#include <doctest/doctest.h>

using kefu::escalation::Ladder;

TEST_CASE("the default ladder runs agent, supervisor, manager, director") {
  const Ladder ladder = Ladder::defaults();
  CHECK(ladder.size() == 4);
  CHECK(ladder.level_of("agent") == 0);
  CHECK(ladder.level_of("supervisor") == 1);
  CHECK(ladder.level_of("manager") == 2);
  CHECK(ladder.level_of("director") == 3);
  CHECK(ladder.label_of("supervisor") == "主管");
  CHECK(ladder.label_of("manager") == "经理");
  CHECK(ladder.rung(7).id == "director");
  CHECK(ladder.rung(-1).id == "agent");
}

TEST_CASE("department heads can be notified but are not rungs") {
  const Ladder ladder = Ladder::defaults();
  CHECK(ladder.knows("qc_manager"));
  CHECK(ladder.knows("warehouse_supervisor"));
  CHECK_FALSE(ladder.level_of("qc_manager"));
  CHECK(ladder.label_of("warehouse_supervisor") == "仓储主管");
  CHECK(ladder.knows("handler"));
  CHECK(ladder.knows("owner"));
  CHECK_FALSE(ladder.knows("boss"));
  CHECK(ladder.label_of("boss") == "boss");
}

TEST_CASE("a ladder built from bad data is refused with the reason") {
  CHECK_THROWS_WITH_AS(Ladder({}, {}), "escalation ladder: no rungs", kefu::config_error);
  CHECK_THROWS_WITH_AS(Ladder({{"agent", ""}, {"agent", ""}}, {}),
                       "escalation ladder: duplicate role 'agent'", kefu::config_error);
  CHECK_THROWS_WITH_AS(Ladder({{"agent", ""}}, {{"", "x"}}), "escalation ladder: empty role id",
                       kefu::config_error);
  CHECK_THROWS_WITH_AS(Ladder({{"handler", ""}}, {}), "escalation ladder: 'handler' is reserved",
                       kefu::config_error);
}
