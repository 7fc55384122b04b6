#pragma once
// kefu::sla::Policy: which targets apply to a ticket, and which events drive which clock
// (rules.md §sla).
//
// Precedence: rules match on any of category, scenario, priority, channel, customer tier and
// flags (every listed flag set). For each clock, the matching rule with the most conditions wins
// (each listed flag counts as one); among rules with as many, the one listed first. A rule
// names only the clocks it sets: a complaint rule and a priority rule that set different clocks
// both apply. The defaults list the channel rules, then the priority rules, then the category,
// scenario and flag rules, so that at equal specificity the priority's limit wins.
//
// What the defaults give (hand-checked by tests/sla/policy_test.cpp for every category x
// priority; b = business hours, w = wall time; "-" no target):
//
//   clock              low / normal          high              critical
//   resolution         4 h b (complaint:     24 h w            24 h w
//                      48 h w)
//   first_response     by channel: online chat, social media, WeChat, app 30 s w (high and
//                      critical: 10 s w); phone 15 s w; other channels: - / 2 h b / 15 min w
//   initial_plan       1 h b                 -                 -
//   on_site            -                     -                 2 h w, from need_site_visit
//   follow_up          72 h w (complaint: 24 h w)
//   complaint_answer   complaint only: 48 h w whatever the priority
//   verification, feedback, apology   complaint only: 1 h b, 2 h b (from verify_facts), 1 h b
//   promised_answer    every ticket, up to the instant of its last promise_answer (wall time)
//   perishable_handling  flag perishable: 2 h w
//   next_response      -
//   return_exchange scenario: resolution 3 business days when the priority sets none

#include <kefu/core/case_facts.hpp>
#include <kefu/core/category.hpp>
#include <kefu/core/channel.hpp>
#include <kefu/core/customer_tier.hpp>
#include <kefu/core/flag.hpp>
#include <kefu/core/priority.hpp>
#include <kefu/core/scenario.hpp>
#include <kefu/sla/clock_semantics.hpp>
#include <kefu/sla/clock_target.hpp>

#include <optional>
#include <vector>

namespace kefu::sla {

// What the policy needs to know about a ticket.
struct TicketFacts : CaseFacts {
  Flags flags{};  // the case's flags (kefu::Case::flags)
};

struct PolicyRule {
  std::optional<Category> category;
  std::optional<Scenario> scenario;
  std::optional<Priority> priority;
  std::optional<Channel> channel;
  std::optional<CustomerTier> tier;
  std::vector<Flag> flags;  // all must be set
  std::vector<ClockTarget> targets;

  bool matches(const TicketFacts& facts) const;
  int specificity() const;  // number of fields set, each flag counting as one

  friend bool operator==(const PolicyRule& a, const PolicyRule& b) {
    return a.category == b.category && a.scenario == b.scenario && a.priority == b.priority &&
           a.channel == b.channel && a.tier == b.tier && a.flags == b.flags &&
           a.targets == b.targets;
  }
  friend bool operator!=(const PolicyRule& a, const PolicyRule& b) { return !(a == b); }
};

class Policy {
 public:
  // Throws kefu::config_error naming the place ("sla policy rule 3: ...", "sla policy clock
  // semantics row 7: ...") for a bad target, a clock listed twice in a rule, a semantics row
  // without an action, with a rating on an event other than follow_up, repeating an earlier
  // row, or naming a clock no rule has a target for, a target clock that no row starts or
  // restarts, and a promised limit started by an event that promises no time.
  Policy(std::vector<PolicyRule> rules, std::vector<ClockSemantics> semantics);
  // With default_clock_semantics(resolution), keeping the rows of the clocks the rules name.
  explicit Policy(std::vector<PolicyRule> rules,
                  ResolutionCounting resolution = ResolutionCounting::across_reopens);

  // rules.md §sla; see the table above and policy.cpp for the sources.
  static Policy defaults();

  // One target per clock, from the winning matching rule, ordered by clock name.
  std::vector<ClockTarget> targets_for(const TicketFacts& facts) const;
  std::optional<ClockTarget> target_for(const TicketFacts& facts, ClockId clock) const;

  const std::vector<PolicyRule>& rules() const { return rules_; }
  const std::vector<ClockSemantics>& semantics() const { return semantics_; }

  friend bool operator==(const Policy& a, const Policy& b) {
    return a.rules_ == b.rules_ && a.semantics_ == b.semantics_;
  }
  friend bool operator!=(const Policy& a, const Policy& b) { return !(a == b); }

 private:
  std::vector<PolicyRule> rules_;
  std::vector<ClockSemantics> semantics_;
};

}  // namespace kefu::sla
