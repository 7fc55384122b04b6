#include "case_runner.hpp"

#include <kefu/calendar/instant.hpp>
#include <kefu/core/error.hpp>
#include <kefu/lifecycle/state.hpp>

#include <fmt/core.h>

#include <algorithm>
#include <utility>
#include <variant>

namespace kefu::tool {

namespace pt = boost::posix_time;

CaseRunner::CaseRunner(Workflow workflow, std::optional<pt::ptime> until, FinalSink on_final)
    : workflow_(std::move(workflow)), until_(until), on_final_(std::move(on_final)) {}

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

CaseRunner::Result CaseRunner::take_finished(const LogEntry& entry, pt::ptime let_go) {
  const EventRecord& record = entry.record;
  if (record.at < let_go) {
    Result result =
        count(RecordOutcome::refused,
              fmt::format(
                  "ticket '{}': {} at {} is older than {}, when the case was final and let go: "
                  "the log is not in time order (sort it by instant, or pass --hold-all)",
                  entry.ticket, record.name(), format_instant(record.at), format_instant(let_go)));
    result.stop = true;
    return result;
  }
  return count(RecordOutcome::refused,
               fmt::format("ticket '{}': {} refused: the case is finished and takes no more "
                           "events (final as of {})",
                           entry.ticket, record.name(), format_instant(let_go)));
}

CaseRunner::Result CaseRunner::take(const LogEntry& entry) {
  ++counts_.records;
  if (!entry.error.empty()) return count(RecordOutcome::malformed, "malformed: " + entry.error);
  const EventRecord& record = entry.record;
  if (until_ && record.at > *until_) return count(RecordOutcome::after_until);
  const auto found = tickets_.find(entry.ticket);
  if (found != tickets_.end() && found->second.held == nullptr) {
    return take_finished(entry, found->second.let_go);
  }
  Held::value_type* held = nullptr;
  try {
    if (found == tickets_.end()) {
      const auto* open = std::get_if<events::Open>(&record.event);
      if (open == nullptr) {
        return count(RecordOutcome::unknown_ticket,
                     fmt::format("unknown ticket '{}': its first event must be open, not {}",
                                 entry.ticket, record.name()));
      }
      held = &*held_.emplace(next_seq_, workflow_.open(*open, record.at, entry.flags, record.id))
                   .first;
      ++next_seq_;
      tickets_.emplace(entry.ticket, Opened{held, {}});
    } else {
      held = found->second.held;
      const WorkflowResult result = workflow_.apply(held->second, record);
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
  watch(held->first, held->second);
  if (latest_.is_not_a_date_time() || record.at > latest_) {
    latest_ = record.at;
    let_go_final();
  }
  return count(RecordOutcome::applied);
}

std::optional<pt::ptime> CaseRunner::final_after(const Case& c) const {
  if (c.next_due) return std::nullopt;
  for (const sla::Clock& clock : c.clocks) {
    if (clock.state() == sla::Clock::State::running || clock.state() == sla::Clock::State::paused)
      return std::nullopt;
  }
  const Ticket& t = c.ticket;
  pt::ptime after = std::max(c.checked_until, t.updated_at);
  if (t.state == State::closed) {
    if (!reached(t.milestones.followed_up)) return std::nullopt;
    after = std::max(after, t.milestones.closed + workflow_.lifecycle().policy().reopen_window);
  } else if (t.state != State::cancelled) {
    return std::nullopt;
  }
  return after;
}

void CaseRunner::watch(std::uint64_t seq, const Case& c) {
  if (!on_final_) return;
  if (const auto after = final_after(c)) watches_.emplace(*after, seq);
}

void CaseRunner::let_go_final() {
  while (!watches_.empty() && watches_.top().first < latest_) {
    const auto [after, seq] = watches_.top();
    watches_.pop();
    const auto held = held_.find(seq);
    if (held == held_.end() || final_after(held->second) != after) continue;
    on_final_(held->second, *this);
    tickets_.at(held->second.ticket.id) = Opened{nullptr, latest_};
    held_.erase(held);
  }
}

pt::ptime CaseRunner::as_of() const { return until_ ? *until_ : latest_; }

void CaseRunner::fire_due() {
  const pt::ptime at = as_of();
  if (at.is_special()) return;
  for (auto& [seq, c] : held_) workflow_.fire_due(c, at);
}

std::vector<DueAction> CaseRunner::due() const {
  std::vector<DueAction> out;
  const pt::ptime at = as_of();
  if (at.is_special()) return out;
  for (const Held::value_type* held : held_by_order()) {
    const Case& c = held->second;
    for (FiredAction& action : workflow_.pending(c, at)) out.push_back({&c, std::move(action)});
  }
  std::stable_sort(out.begin(), out.end(), [](const DueAction& a, const DueAction& b) {
    return a.action.at < b.action.at;
  });
  return out;
}

std::vector<const CaseRunner::Held::value_type*> CaseRunner::held_by_order() const {
  std::vector<const Held::value_type*> out;
  out.reserve(held_.size());
  for (const auto& held : held_) out.push_back(&held);
  std::sort(out.begin(), out.end(),
            [](const auto* a, const auto* b) { return a->first < b->first; });
  return out;
}

std::vector<const Case*> CaseRunner::cases() const {
  std::vector<const Case*> out;
  out.reserve(held_.size());
  for (const Held::value_type* held : held_by_order()) out.push_back(&held->second);
  return out;
}

}  // namespace kefu::tool
