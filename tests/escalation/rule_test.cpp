#include <kefu/escalation/rule.hpp>

#include <doctest/doctest.h>

using namespace kefu;
using escalation::Condition;
using escalation::Facts;

namespace {

Facts complaint_facts() {
  Facts facts;
  facts.category = Category::complaint;
  facts.scenario = Scenario::service_complaint;
  facts.priority = Priority::high;
  facts.tier = CustomerTier::key_account;
  facts.channel = Channel::phone;
  facts.state = "in_progress";
  facts.escalation_level = 1;
  return facts;
}

}  // namespace

TEST_CASE("an empty condition matches every ticket") {
  CHECK(Condition{}.matches(complaint_facts()));
  CHECK(Condition{}.matches(Facts{}));
}

TEST_CASE("every listed constraint must hold") {
  Condition c;
  c.categories = {Category::complaint, Category::after_sales};
  c.tiers = {CustomerTier::key_account};
  c.states = {"in_progress", "triaged"};
  CHECK(c.matches(complaint_facts()));

  Facts other = complaint_facts();
  other.tier = CustomerTier::member;
  CHECK_FALSE(c.matches(other));
  other = complaint_facts();
  other.state = "resolved";
  CHECK_FALSE(c.matches(other));
  other = complaint_facts();
  other.category = Category::inquiry;
  CHECK_FALSE(c.matches(other));
}

TEST_CASE("bounds on priority, escalation level and reopen count are inclusive") {
  Condition c;
  c.min_priority = Priority::high;
  c.min_escalation_level = 1;
  c.max_escalation_level = 2;
  c.min_reopen_count = 1;
  Facts facts = complaint_facts();
  facts.reopen_count = 1;
  CHECK(c.matches(facts));
  facts.priority = Priority::normal;
  CHECK_FALSE(c.matches(facts));
  facts.priority = Priority::critical;
  facts.escalation_level = 3;
  CHECK_FALSE(c.matches(facts));
  facts.escalation_level = 2;
  facts.reopen_count = 0;
  CHECK_FALSE(c.matches(facts));
}

TEST_CASE("a rating condition needs a rating among those listed") {
  Condition c;
  c.ratings = {Rating::unsatisfied};
  Facts facts = complaint_facts();
  CHECK_FALSE(c.matches(facts));  // not rated yet
  facts.rating = Rating::basically_satisfied;
  CHECK_FALSE(c.matches(facts));
  facts.rating = Rating::unsatisfied;
  CHECK(c.matches(facts));
}

TEST_CASE("flags and the repeat-complaint mark must all be present") {
  Condition c;
  c.flags = {Flag::safety_risk, Flag::perishable};
  c.repeat_complaint = false;
  Facts facts = complaint_facts();
  facts.flags.perishable = true;
  CHECK_FALSE(c.matches(facts));
  facts.flags.escalation_demand = true;
  facts.flags.safety_risk = true;
  CHECK(c.matches(facts));
  facts.repeat_complaint = true;
  CHECK_FALSE(c.matches(facts));
}
