#pragma once
// kefu::escalation::Rules: a validated, immutable set of escalation rules over a ladder.

#include <kefu/escalation/ladder.hpp>
#include <kefu/escalation/rule.hpp>

#include <cstddef>
#include <memory>
#include <vector>

namespace kefu::escalation {

class Rules {
 public:
  // Refuses, with a config_error naming the rule and the reason, rules that cannot work:
  // an empty or duplicate id, no actions, an unknown role, escalation to a role that is not
  // a rung, a clock fraction outside (0, 1], a negative overrun, a non-positive time limit,
  // or a condition that can never hold (contradictory bounds, a time-in-state trigger on a
  // state the condition excludes). A state or event given by its Chinese label or an alias
  // (parse<State>, parse<EventKind>) is stored under its stable English name, the one a ticket's
  // facts carry, so a rule on "处理中" fires in in_progress; other names are kept as given (the
  // Workflow refuses names it does not know).
  explicit Rules(std::vector<Rule> rules, Ladder ladder = Ladder::defaults());

  // rules.md §escalation, in the order listed there.
  static Rules defaults();

  const std::vector<Rule>& rules() const noexcept { return impl_->rules; }
  const Ladder& ladder() const noexcept { return impl_->ladder; }
  std::size_t size() const noexcept { return impl_->rules.size(); }

  friend bool operator==(const Rules& a, const Rules& b) {
    return a.impl_ == b.impl_ || (a.rules() == b.rules() && a.ladder() == b.ladder());
  }
  friend bool operator!=(const Rules& a, const Rules& b) { return !(a == b); }

 private:
  struct Impl {
    std::vector<Rule> rules;
    Ladder ladder;
  };
  std::shared_ptr<const Impl> impl_;
};

}  // namespace kefu::escalation
