#pragma once
// kefu::CaseSummary: a case flattened into the values a database host keeps in indexed columns
// next to the stored history ("cases due before T": WHERE next_check <= T; "breached first
// responses": a clock's status). Derived, never host data: recompute it whenever the case
// changes (after Workflow::apply, a timer check, a replay); io::to_json writes it.

#include <kefu/core/case_facts.hpp>
#include <kefu/core/flag.hpp>
#include <kefu/lifecycle/escalation_level.hpp>
#include <kefu/lifecycle/state.hpp>
#include <kefu/sla/clock_id.hpp>
#include <kefu/sla/clock_status.hpp>
#include <kefu/workflow/case.hpp>

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <optional>
#include <string>
#include <vector>

namespace kefu {

// One SLA clock of the case as of the summary's instant.
struct ClockSummary {
  sla::ClockId clock;
  // While running, or the deadline that applied when stopped; none while idle or paused (the
  // deadline moves with the pause), as sla::Clock::deadline.
  std::optional<boost::posix_time::ptime> deadline;
  sla::ClockStatus status = sla::ClockStatus::not_started;
  bool provisional = false;  // counted over a year without a holiday schedule
};

struct CaseSummary : CaseFacts {
  std::string id;  // the ticket's id
  State state = State::received;
  std::string handler;
  EscalationLevel escalation = EscalationLevel::none;
  Flags flags;
  boost::posix_time::ptime updated_at;     // the last event
  boost::posix_time::ptime checked_until;  // Case::checked_until
  // When a time-triggered rule can next become due (Workflow::next_check); none when nothing
  // is pending until the next event.
  std::optional<boost::posix_time::ptime> next_check;
  boost::posix_time::ptime as_of;    // the instant the clocks' statuses are given for
  std::vector<ClockSummary> clocks;  // ordered by clock name, as Case::clocks
};

// The summary with clock statuses as of c.checked_until, the last instant the workflow looked
// at the case (its last event or timer check): what a host stores after each change.
CaseSummary summarize(const Case& c);
// The same with statuses as of `now` (no earlier than c.checked_until for a meaningful answer).
// On a calendar that refuses years it has no schedule for, a status in such a year throws
// kefu::uncovered_year_error.
CaseSummary summarize(const Case& c, boost::posix_time::ptime now);

bool operator==(const ClockSummary& a, const ClockSummary& b);
inline bool operator!=(const ClockSummary& a, const ClockSummary& b) { return !(a == b); }
bool operator==(const CaseSummary& a, const CaseSummary& b);
inline bool operator!=(const CaseSummary& a, const CaseSummary& b) { return !(a == b); }

}  // namespace kefu
