#include <kefu/escalation/rule.hpp>

#include <algorithm>

namespace kefu::escalation {

namespace {

template <class T, class U>
bool allows(const std::vector<T>& allowed, const U& value) {
  return allowed.empty() || std::find(allowed.begin(), allowed.end(), value) != allowed.end();
}

}  // namespace

bool Condition::matches(const Facts& facts) const {
  if (!allows(categories, facts.category) || !allows(scenarios, facts.scenario) ||
      !allows(tiers, facts.tier) || !allows(channels, facts.channel) ||
      !allows(states, facts.state)) {
    return false;
  }
  if (min_priority && facts.priority < *min_priority) return false;
  if (min_escalation_level && facts.escalation_level < *min_escalation_level) return false;
  if (max_escalation_level && facts.escalation_level > *max_escalation_level) return false;
  if (min_reopen_count && facts.reopen_count < *min_reopen_count) return false;
  if (repeat_complaint && facts.repeat_complaint != *repeat_complaint) return false;
  if (transferred && facts.transferred != *transferred) return false;
  if (!ratings.empty() && (!facts.rating || !allows(ratings, *facts.rating))) return false;
  return std::all_of(flags.begin(), flags.end(), [&](Flag flag) { return facts.flags.test(flag); });
}

}  // namespace kefu::escalation
