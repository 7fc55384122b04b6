// Policy: rule selection, and the defaults of domain.md sections 2-3.

#include <kefu/sla/policy.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace kefu::sla {

bool PolicyRule::matches(const TicketFacts& facts) const {
  return (!category || *category == facts.category) && (!scenario || *scenario == facts.scenario) &&
         (!priority || *priority == facts.priority) && (!channel || *channel == facts.channel) &&
         (!tier || *tier == facts.tier);
}

int PolicyRule::specificity() const {
  return int{category.has_value()} + int{scenario.has_value()} + int{priority.has_value()} +
         int{channel.has_value()} + int{tier.has_value()};
}

Policy::Policy(std::vector<PolicyRule> rules, ResolutionCounting resolution)
    : rules_(std::move(rules)), resolution_(resolution) {
  for (std::size_t i = 0; i < rules_.size(); ++i) {
    const auto& targets = rules_[i].targets;
    for (std::size_t j = 0; j < targets.size(); ++j) {
      if (auto why = targets[j].problem(); !why.empty()) {
        throw config_error(
            fmt::format("sla policy rule {}: target {}: {}", i + 1, targets[j].clock.name(), why));
      }
      for (std::size_t k = 0; k < j; ++k) {
        if (targets[k].clock == targets[j].clock) {
          throw config_error(fmt::format("sla policy rule {}: clock {} listed twice", i + 1,
                                         targets[j].clock.name()));
        }
      }
    }
  }
}

std::vector<Target> Policy::targets_for(const TicketFacts& facts) const {
  std::vector<Target> chosen;
  std::vector<int> specificity;
  for (const PolicyRule& rule : rules_) {
    if (!rule.matches(facts)) continue;
    for (const Target& target : rule.targets) {
      const auto at = std::find_if(chosen.begin(), chosen.end(),
                                   [&](const Target& t) { return t.clock == target.clock; });
      if (at == chosen.end()) {
        chosen.push_back(target);
        specificity.push_back(rule.specificity());
      } else if (rule.specificity() > specificity[at - chosen.begin()]) {
        *at = target;  // a more specific rule wins; among equals the earlier one
        specificity[at - chosen.begin()] = rule.specificity();
      }
    }
  }
  std::sort(chosen.begin(), chosen.end(),
            [](const Target& a, const Target& b) { return a.clock < b.clock; });
  return chosen;
}

std::optional<Target> Policy::target_for(const TicketFacts& facts, ClockId clock) const {
  for (Target& target : targets_for(facts)) {
    if (target.clock == clock) return std::move(target);
  }
  return std::nullopt;
}

// domain.md sections 2-3 as rules. Choices where the SOPs leave room:
// - "within 3 rings" on the phone is taken as 15 s; an urgent message online gets 10 s.
// - Response and resolution limits of urgent cases count business hours; critical (safety)
//   cases count wall time, since nobody waits for Monday with a smoking appliance.
// - The complaint answer time (48 h, hotline standard) counts wall time; verifying (1 h),
//   feedback (2 h) and the follow-up visit (24 h) count business hours.
// - Returns: pickup arranged within 1 business day (a host clock named "pickup"), refund or
//   exchange completed within 3 business days.
// - The follow-up visit of other handled cases: 3 days (72 h wall time).
// Rules on priority come before rules on category or scenario, so that at equal specificity a
// critical complaint keeps its 2 h resolution.
Policy Policy::defaults() {
  using boost::posix_time::hours;
  using boost::posix_time::minutes;
  using boost::posix_time::seconds;
  constexpr auto business = CalendarKind::business;
  constexpr auto wall = CalendarKind::always_open;
  const auto target = [](ClockId clock, Limit limit, CalendarKind kind) {
    return Target{clock, limit, kind, {0.75, 0.9}};
  };
  std::vector<PolicyRule> rules;
  const auto rule = [&rules](PolicyRule r) { rules.push_back(std::move(r)); };

  // clang-format off
  rule({{}, {}, {}, {}, {}, {target(clocks::resolution, Limit::of(hours(4)), business),
                             target(clocks::follow_up, Limit::of(hours(72)), wall)}});
  rule({{}, {}, {}, Channel::online_chat, {}, {target(clocks::first_response, Limit::of(seconds(30)), wall)}});
  rule({{}, {}, {}, Channel::phone, {}, {target(clocks::first_response, Limit::of(seconds(15)), wall)}});
  rule({{}, {}, Priority::high, Channel::online_chat, {}, {target(clocks::first_response, Limit::of(seconds(10)), wall)}});
  rule({{}, {}, Priority::critical, Channel::online_chat, {}, {target(clocks::first_response, Limit::of(seconds(10)), wall)}});
  rule({{}, {}, Priority::high, {}, {}, {target(clocks::first_response, Limit::of(hours(2)), business),
                                          target(clocks::resolution, Limit::of(hours(24)), business)}});
  rule({{}, {}, Priority::critical, {}, {}, {target(clocks::first_response, Limit::of(minutes(15)), wall),
                                              target(clocks::resolution, Limit::of(hours(2)), wall)}});
  rule({Category::complaint, {}, {}, {}, {}, {target(clocks::verification, Limit::of(hours(1)), business),
                                               target(clocks::feedback, Limit::of(hours(2)), business),
                                               target(clocks::resolution, Limit::of(hours(48)), wall),
                                               target(clocks::follow_up, Limit::of(hours(24)), business)}});
  rule({{}, Scenario::return_exchange, {}, {}, {}, {target(ClockId{"pickup"}, Limit::days(1), business),
                                                     target(clocks::resolution, Limit::days(3), business)}});
  rule({{}, Scenario::logistics, {}, {}, {}, {target(clocks::feedback, Limit::of(hours(2)), business)}});
  // clang-format on
  return Policy(std::move(rules));
}

}  // namespace kefu::sla
