// kefu::Classification and kefu::Flag: names and accessors.

#include <kefu/classify/classification.hpp>

#include <doctest/doctest.h>

TEST_CASE("flags have stable english names") {
  CHECK(kefu::to_string(kefu::Flag::safety_risk) == "safety_risk");
  CHECK(kefu::to_string(kefu::Flag::repeat_complaint) == "repeat_complaint");
  CHECK(kefu::to_string(kefu::Flag::escalation_demand) == "escalation_demand");
  CHECK(kefu::to_string(kefu::Flag::perishable) == "perishable");
  CHECK(kefu::all_flags.size() == 5);
}

TEST_CASE("flags test by name and scores read by enum value") {
  kefu::Classification c;
  c.flags.perishable = true;
  CHECK(c.flags.test(kefu::Flag::perishable));
  CHECK_FALSE(c.flags.test(kefu::Flag::safety_risk));
  c.scenario_scores[static_cast<std::size_t>(kefu::Scenario::logistics)] = 2.5;
  CHECK(c.score(kefu::Scenario::logistics) == 2.5);
  CHECK(c.score(kefu::Scenario::none) == 0.0);
  CHECK(c.scenario_scores.size() == 11);
  CHECK(c.category_scores.size() == 4);
  // A default Classification is the no-signal answer.
  CHECK(c.category == kefu::Category::inquiry);
  CHECK(c.priority == kefu::Priority::low);
}
