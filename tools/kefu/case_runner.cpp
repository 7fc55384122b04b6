#include "case_runner.hpp"

#include <kefu/core/error.hpp>

#include <fmt/core.h>

#include <algorithm>
#include <utility>
#include <variant>

namespace kefu::tool {

namespace pt = boost::posix_time;

CaseRunner::CaseRunner(Workflow workflow, std::optional<pt::ptime> until)
    : workflow_(std::move(workflow)), until_(until) {}

CaseRunner::Result CaseRunner::count(RecordOutcome outcome, std::string problem) {
  switch (outcome) {
    case RecordOutcome::applied:
      ++counts_.applied;
      break;
    case RecordOutcome::duplicate:
      ++counts_.duplicates;
      break;
    case RecordOutcome::after_until:
      ++counts_.after_until;
      break;
    case RecordOutcome::malformed:
      ++counts_.malformed;
      break;
    case RecordOutcome::unknown_ticket:
      ++counts_.unknown_tickets;
      break;
    case RecordOutcome::refused:
      ++counts_.refused;
      break;
  }
  return {outcome, std::move(problem)};
}

CaseRunner::Result CaseRunner::take(const LogEntry& entry) {
  ++counts_.records;
  if (!entry.error.empty()) return count(RecordOutcome::malformed, "malformed: " + entry.error);
  const EventRecord& record = entry.record;
  if (until_ && record.at > *until_) return count(RecordOutcome::after_until);
  const auto found = index_.find(entry.ticket);
  try {
    if (found == index_.end()) {
      const auto* open = std::get_if<events::Open>(&record.event);
      if (open == nullptr) {
        return count(RecordOutcome::unknown_ticket,
                     fmt::format("unknown ticket '{}': its first event must be open, not {}",
                                 entry.ticket, record.name()));
      }
      cases_.push_back(workflow_.open(*open, record.at, entry.flags, record.id));
      index_.emplace(entry.ticket, cases_.size() - 1);
    } else {
      Case& c = cases_[found->second];
      const WorkflowResult result = workflow_.apply(c, record);
      if (result.transition.duplicate) return count(RecordOutcome::duplicate);
      if (!result) {
        return count(RecordOutcome::refused,
                     fmt::format("ticket '{}': {}", entry.ticket, result.transition));
      }
    }
  } catch (const kefu::error& e) {
    // A calendar that refuses an uncovered year, an open event without an owner: the case is
    // as it was before the record.
    return count(RecordOutcome::refused, fmt::format("ticket '{}': {}", entry.ticket, e.what()));
  }
  if (latest_.is_not_a_date_time() || record.at > latest_) latest_ = record.at;
  return count(RecordOutcome::applied);
}

pt::ptime CaseRunner::as_of() const { return until_ ? *until_ : latest_; }

void CaseRunner::fire_due() {
  const pt::ptime at = as_of();
  if (at.is_special()) return;
  for (Case& c : cases_) workflow_.fire_due(c, at);
}

std::vector<DueAction> CaseRunner::due() const {
  std::vector<DueAction> out;
  const pt::ptime at = as_of();
  if (at.is_special()) return out;
  for (const Case& c : cases_) {
    for (FiredAction& action : workflow_.pending(c, at)) out.push_back({&c, std::move(action)});
  }
  std::stable_sort(out.begin(), out.end(), [](const DueAction& a, const DueAction& b) {
    return a.action.at < b.action.at;
  });
  return out;
}

}  // namespace kefu::tool
