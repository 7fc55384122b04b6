#pragma once
// kefu::LifecyclePolicy: the numbers and choices of the lifecycle SOP, every one replaceable.

#include <kefu/core/category.hpp>
#include <kefu/lifecycle/escalation_level.hpp>

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <vector>

namespace kefu {

struct LifecyclePolicy {
  // How long after its resolution (or, once closed, after its closing) a case may be reopened.
  // Later the customer's new contact is a new ticket linked with Open::repeat_of. The SOPs set
  // no number; kefu's default of 7 days covers the 3-day follow-up visit (rules.md §sla) twice.
  boost::posix_time::time_duration reopen_window = boost::posix_time::hours(7 * 24);
  // Who takes the case when the customer is still unsatisfied at the follow-up visit:
  // "escalate to the CS manager" (rules.md §lifecycle). Must not be `none`.
  EscalationLevel follow_up_escalation = EscalationLevel::manager;
  // Categories whose resolved cases close only after the customer's confirmation or a
  // follow-up visit, unless the close gives a reason: complaints (rules.md §lifecycle).
  std::vector<Category> confirmation_required{Category::complaint};

  friend bool operator==(const LifecyclePolicy& a, const LifecyclePolicy& b) {
    return a.reopen_window == b.reopen_window && a.follow_up_escalation == b.follow_up_escalation &&
           a.confirmation_required == b.confirmation_required;
  }
  friend bool operator!=(const LifecyclePolicy& a, const LifecyclePolicy& b) { return !(a == b); }
};

}  // namespace kefu
