// Policy::defaults() against domain.md sections 2-3, and rule selection.

#include <kefu/sla/policy.hpp>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <string>

using kefu::Category;
using kefu::Channel;
using kefu::Priority;
using kefu::Scenario;
using kefu::sla::Policy;
using kefu::sla::TicketFacts;
namespace clocks = kefu::sla::clocks;

namespace {

// "clock limit (calendar)" of each chosen target, joined with "; ".
std::string targets(const Policy& policy, const TicketFacts& facts) {
  std::string text;
  for (const auto& target : policy.targets_for(facts)) {
    text += (text.empty() ? "" : "; ") + fmt::format("{}", target);
  }
  return text;
}

}  // namespace

TEST_CASE("default first responses: chat 30 s, phone 15 s, urgent message 10 s") {
  const auto policy = Policy::defaults();
  CHECK(targets(policy,
                {Category::inquiry, Scenario::none, Priority::normal, Channel::online_chat}) ==
        "first_response 30 s (always open); follow_up 72 h (always open); resolution 4 h "
        "(business hours)");
  CHECK(fmt::format("{}", *policy.target_for(
                              {Category::inquiry, Scenario::none, Priority::normal, Channel::phone},
                              clocks::first_response)) == "first_response 15 s (always open)");
  CHECK(fmt::format("{}", *policy.target_for({Category::after_sales, Scenario::fault_repair,
                                              Priority::high, Channel::online_chat},
                                             clocks::first_response)) ==
        "first_response 10 s (always open)");
  CHECK_FALSE(
      policy.target_for({Category::inquiry, Scenario::none, Priority::normal, Channel::email},
                        clocks::first_response));
}

TEST_CASE("default response and resolution by grade: urgent 2 h / 24 h, critical 15 min / 2 h") {
  const auto policy = Policy::defaults();
  CHECK(targets(policy,
                {Category::after_sales, Scenario::fault_repair, Priority::high, Channel::email}) ==
        "first_response 2 h (business hours); follow_up 72 h (always open); resolution 24 h "
        "(business hours)");
  CHECK(targets(policy,
                {Category::after_sales, Scenario::emergency, Priority::critical, Channel::email}) ==
        "first_response 15 min (always open); follow_up 72 h (always open); resolution 2 h "
        "(always open)");
}

TEST_CASE("default complaint steps: verify 1 h, feedback 2 h, answer 48 h, follow-up 24 h") {
  const auto policy = Policy::defaults();
  CHECK(targets(policy, {Category::complaint, Scenario::service_complaint, Priority::normal,
                         Channel::phone}) ==
        "feedback 2 h (business hours); first_response 15 s (always open); follow_up 24 h "
        "(business hours); resolution 48 h (always open); verification 1 h (business hours)");
  // A critical complaint keeps the critical 2 h resolution.
  CHECK(fmt::format("{}", *policy.target_for({Category::complaint, Scenario::emergency,
                                              Priority::critical, Channel::phone},
                                             clocks::resolution)) ==
        "resolution 2 h (always open)");
}

TEST_CASE("default returns: pickup 1 business day, completed in 3; logistics feedback 2 h") {
  const auto policy = Policy::defaults();
  CHECK(targets(policy, {Category::after_sales, Scenario::return_exchange, Priority::normal,
                         Channel::web_form}) ==
        "follow_up 72 h (always open); pickup 1 个工作日 (business hours); resolution 3 个工作日 "
        "(business hours)");
  CHECK(fmt::format("{}", *policy.target_for({Category::after_sales, Scenario::logistics,
                                              Priority::high, Channel::email},
                                             clocks::feedback)) == "feedback 2 h (business hours)");
}

TEST_CASE("the most specific rule wins, the earlier among equals") {
  using kefu::sla::CalendarKind;
  using kefu::sla::Limit;
  using kefu::sla::PolicyRule;
  using kefu::sla::Target;
  const auto t = [](int h) {
    return Target{
        clocks::resolution, Limit::of(boost::posix_time::hours(h)), CalendarKind::business, {}};
  };
  const Policy policy(
      {PolicyRule{{}, {}, {}, {}, kefu::CustomerTier::key_account, {t(8)}},
       PolicyRule{Category::complaint, {}, {}, {}, {}, {t(48)}},
       PolicyRule{{}, {}, {}, {}, {}, {t(4)}},
       PolicyRule{Category::complaint, {}, {}, {}, kefu::CustomerTier::key_account, {t(1)}}});
  const auto hours_for = [&](Category c, kefu::CustomerTier tier) {
    TicketFacts facts;
    facts.category = c;
    facts.tier = tier;
    return policy.target_for(facts, clocks::resolution)->limit.duration.hours();
  };
  CHECK(hours_for(Category::inquiry, kefu::CustomerTier::regular) == 4);
  CHECK(hours_for(Category::inquiry, kefu::CustomerTier::key_account) == 8);
  CHECK(hours_for(Category::complaint, kefu::CustomerTier::regular) == 48);
  CHECK(hours_for(Category::complaint, kefu::CustomerTier::key_account) == 1);
}

TEST_CASE("a policy with a bad target or a clock listed twice is refused") {
  using kefu::sla::CalendarKind;
  using kefu::sla::Limit;
  using kefu::sla::PolicyRule;
  using kefu::sla::Target;
  const Target ok{
      clocks::resolution, Limit::of(boost::posix_time::hours(4)), CalendarKind::business, {}};
  const Target bad{
      clocks::resolution, Limit::of(boost::posix_time::hours(-4)), CalendarKind::business, {}};
  CHECK_THROWS_WITH_AS(Policy({PolicyRule{{}, {}, {}, {}, {}, {ok}},
                               PolicyRule{Category::complaint, {}, {}, {}, {}, {bad}}}),
                       "sla policy rule 2: target resolution: limit must be positive",
                       kefu::config_error);
  CHECK_THROWS_WITH_AS(Policy({PolicyRule{{}, {}, {}, {}, {}, {ok, ok}}}),
                       "sla policy rule 1: clock resolution listed twice", kefu::config_error);
}
