#pragma once
// kefu::tool::CaseRunner: an event log driven through a Workflow, one case per ticket, in the
// order the log gives; what `kefu run`, `kefu due` and `kefu kpi` share.
//
// Memory in proportion to the open cases: the log has no end-of-case mark, so the runner works
// out when a case is final, when no later record can change it any more, and hands it to the
// command's sink (kpi counts it, run writes it, due drops it) instead of keeping it with its
// whole history until the log ends. A case is final once
//   - it is cancelled, or closed after its follow-up visit (a closed case takes a follow-up at
//     any time, and a reopen within the lifecycle policy's reopen window: rules.md §lifecycle),
//   - the log's watermark (its latest event applied) is past its last event, its checks and,
//     when closed, its closing plus the reopen window,
//   - no SLA clock of it is running or paused, and Workflow::next_check says nothing more can
//     become due.
// Then a record for it at or after the watermark would be refused by the lifecycle (no row
// takes it; it cannot be a re-delivery, whose instant is that of an event in the history), and
// the runner refuses it too, with its own words. The watermark is only safe in a log in time
// order: a record for a final case older than the watermark at which the case was let go could
// have changed it (a reopen within the window), and the runner then stops the reading
// (Result::stop) rather than give a wrong answer; --hold-all (no sink) keeps every case.
// Only the ids of final cases are kept, with that watermark.

#include "event_log.hpp"
#include <kefu/workflow/case.hpp>
#include <kefu/workflow/workflow.hpp>

#include <boost/date_time/posix_time/posix_time_types.hpp>
#include <boost/unordered/unordered_flat_map.hpp>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <queue>
#include <string>
#include <unordered_map>
#include <utility>
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

class CaseRunner;
// Takes a case once it is final (see above), just before the runner lets it go.
using FinalSink = std::function<void(const Case&, const CaseRunner&)>;

class CaseRunner {
 public:
  // Events later than `until` are not applied; none: every event is. Without a sink every case
  // is kept until the log ends.
  CaseRunner(Workflow workflow, std::optional<boost::posix_time::ptime> until,
             FinalSink on_final = {});
  // Movable, not copyable: the index points into the kept cases.
  CaseRunner(CaseRunner&&) = default;
  CaseRunner& operator=(CaseRunner&&) = default;
  CaseRunner(const CaseRunner&) = delete;
  CaseRunner& operator=(const CaseRunner&) = delete;

  struct Result {
    RecordOutcome outcome;
    std::string problem;  // why a bad record is bad; empty otherwise
    bool stop = false;    // the log is not in time order: the reading must stop
  };
  // Applies one record: opens its ticket's case (its first event must be open) or applies the
  // event to the case (Workflow::apply, which also fires what was due before it); then hands
  // the cases that the record's instant makes final to the sink.
  Result take(const LogEntry& entry);

  // The instant the run is as of (--at): later events are not applied; none: every event is.
  const std::optional<boost::posix_time::ptime>& until() const { return until_; }
  // `until`, or else the latest event applied; not_a_date_time before any.
  boost::posix_time::ptime as_of() const;
  // The latest event applied (the watermark): a final case's clocks read the same at any
  // instant from here on.
  boost::posix_time::ptime latest() const { return latest_; }
  // Fires every kept case's time-triggered actions due at as_of() (Workflow::fire_due).
  void fire_due();
  // What fire_due would fire, without firing it: every kept case's, in firing order (by
  // instant, then by the case's first line in the log, then in the case's own order). A final
  // case has nothing due.
  std::vector<DueAction> due() const;

  // The cases kept (not final), in the order their tickets first appear.
  std::vector<const Case*> cases() const;
  // Every case opened: kept and final.
  std::size_t case_count() const { return tickets_.size(); }
  const RunCounts& counts() const { return counts_; }
  const Workflow& workflow() const { return workflow_; }

 private:
  Result count(RecordOutcome outcome, std::string problem = {});
  Result take_finished(const LogEntry& entry, boost::posix_time::ptime let_go);
  // The instant after which the case is final, when it is finished as described above.
  std::optional<boost::posix_time::ptime> final_after(const Case& c) const;
  void watch(std::uint64_t seq, const Case& c);
  void let_go_final();

  Workflow workflow_;
  std::optional<boost::posix_time::ptime> until_;
  FinalSink on_final_;
  boost::posix_time::ptime latest_;
  std::uint64_t next_seq_ = 0;
  // The kept cases by their ticket's first appearance (seq); held_by_order() sorts them.
  using Held = std::unordered_map<std::uint64_t, Case>;
  Held held_;
  std::vector<const Held::value_type*> held_by_order() const;
  // Every ticket opened: its kept case (an unordered_map's elements stay put), or none once it
  // was let go, with the watermark at which it was.
  struct Opened {
    Held::value_type* held = nullptr;
    boost::posix_time::ptime let_go;
  };
  // Open addressing (Boost.Unordered's flat map): the one lookup every record makes, in a
  // table as large as the log's tickets, costs one cache miss fewer than a node-based map.
  boost::unordered_flat_map<std::string, Opened> tickets_;
  // Finished cases by the instant after which they are final; an entry whose case changed
  // since is skipped when it comes up.
  using Watch = std::pair<boost::posix_time::ptime, std::uint64_t>;
  std::priority_queue<Watch, std::vector<Watch>, std::greater<>> watches_;
  RunCounts counts_;
};

}  // namespace kefu::tool
