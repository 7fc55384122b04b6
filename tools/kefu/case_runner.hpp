#pragma once
// kefu::tool::CaseRunner: an event log driven through a Workflow, one case per ticket, in the
// order the log gives; what `kefu run` and `kefu due` share.

#include "event_log.hpp"
#include <kefu/workflow/case.hpp>
#include <kefu/workflow/workflow.hpp>

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace kefu::tool {

// What became of one log record.
enum class RecordOutcome {
  applied,
  duplicate,       // its event id is in the ticket's history already: a re-delivery, ignored
  after_until,     // later than the instant the run is as of: not applied
  malformed,       // the record could not be read
  unknown_ticket,  // no open event came before it for its ticket
  refused,         // the lifecycle refused it (or an open event for a ticket already open)
};

struct RunCounts {
  std::size_t records = 0;
  std::size_t applied = 0;
  std::size_t duplicates = 0;
  std::size_t after_until = 0;
  std::size_t malformed = 0;
  std::size_t unknown_tickets = 0;
  std::size_t refused = 0;

  // Records that were bad input, reported and skipped.
  std::size_t bad() const { return malformed + unknown_tickets + refused; }
};

// A time-triggered action due at the run's instant, with its case.
struct DueAction {
  const Case* c = nullptr;
  FiredAction action;
};

class CaseRunner {
 public:
  // Events later than `until` are not applied; none: every event is.
  CaseRunner(Workflow workflow, std::optional<boost::posix_time::ptime> until);

  struct Result {
    RecordOutcome outcome;
    std::string problem;  // why a bad record is bad; empty otherwise
  };
  // Applies one record: opens its ticket's case (its first event must be open) or applies the
  // event to the case (Workflow::apply, which also fires what was due before it).
  Result take(const LogEntry& entry);

  // `until`, or else the latest event applied; not_a_date_time before any.
  boost::posix_time::ptime as_of() const;
  // Fires every case's time-triggered actions due at as_of() (Workflow::fire_due).
  void fire_due();
  // What fire_due would fire, without firing it: every case's, in firing order (by instant,
  // then by the case's first line in the log, then in the case's own order).
  std::vector<DueAction> due() const;

  const std::vector<Case>& cases() const { return cases_; }
  const RunCounts& counts() const { return counts_; }
  const Workflow& workflow() const { return workflow_; }

 private:
  Result count(RecordOutcome outcome, std::string problem = {});

  Workflow workflow_;
  std::optional<boost::posix_time::ptime> until_;
  boost::posix_time::ptime latest_;
  std::vector<Case> cases_;  // in the order their tickets first appear
  std::unordered_map<std::string, std::size_t> index_;
  RunCounts counts_;
};

}  // namespace kefu::tool
