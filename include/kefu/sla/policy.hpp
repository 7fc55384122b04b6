#pragma once
// kefu::sla::Policy: which targets apply to a ticket. Rules match on any of category,
// scenario, priority, channel and customer tier; for each clock the most specific matching
// rule wins (most fields set; among equals, the earlier rule).

#include <kefu/core/category.hpp>
#include <kefu/core/channel.hpp>
#include <kefu/core/customer_tier.hpp>
#include <kefu/core/priority.hpp>
#include <kefu/core/scenario.hpp>
#include <kefu/sla/target.hpp>

#include <optional>
#include <vector>

namespace kefu::sla {

// What the policy needs to know about a ticket.
struct TicketFacts {
  Category category = Category::inquiry;
  Scenario scenario = Scenario::none;
  Priority priority = Priority::normal;
  Channel channel = Channel::online_chat;
  CustomerTier tier = CustomerTier::regular;
};

struct PolicyRule {
  std::optional<Category> category;
  std::optional<Scenario> scenario;
  std::optional<Priority> priority;
  std::optional<Channel> channel;
  std::optional<CustomerTier> tier;
  std::vector<Target> targets;

  bool matches(const TicketFacts& facts) const;
  int specificity() const;  // number of fields set
};

// Whether a reopened ticket's resolution clock goes on counting (the default) or the first
// resolution is final.
enum class ResolutionCounting : std::uint8_t { across_reopens, first_resolution_only };

class Policy {
 public:
  // Checks every target (kefu::config_error "sla policy rule 3: ...").
  explicit Policy(std::vector<PolicyRule> rules,
                  ResolutionCounting resolution = ResolutionCounting::across_reopens);

  // domain.md sections 2-3; see policy.cpp for the table and the choices made.
  static Policy defaults();

  // One target per clock, from the most specific matching rule, ordered by clock name.
  std::vector<Target> targets_for(const TicketFacts& facts) const;
  std::optional<Target> target_for(const TicketFacts& facts, ClockId clock) const;

  const std::vector<PolicyRule>& rules() const { return rules_; }
  ResolutionCounting resolution_counting() const { return resolution_; }

 private:
  std::vector<PolicyRule> rules_;
  ResolutionCounting resolution_;
};

}  // namespace kefu::sla
