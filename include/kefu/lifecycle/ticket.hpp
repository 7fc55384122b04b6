#pragma once
// kefu::Ticket: one customer case as a plain value: who, what, where it stands, its milestones
// and its append-only event history. Open it with Ticket::open and change it only through
// Lifecycle::apply: a field set by hand is not in the history, so replay would not rebuild it.
// A copy is a snapshot, and a ticket restored from a snapshot equals the one rebuilt by
// replaying its history (Lifecycle::replay). Like any value, one thread changes it at a time.

#include <kefu/core/case_facts.hpp>
#include <kefu/core/rating.hpp>
#include <kefu/lifecycle/escalation_level.hpp>
#include <kefu/lifecycle/event_record.hpp>
#include <kefu/lifecycle/events.hpp>
#include <kefu/lifecycle/state.hpp>

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kefu {

// When the case reached each step; not_a_date_time while it has not. `opened`,
// `first_response` and `triaged` are set once. The others belong to the current round of
// handling: going back to handling (reopen, unsatisfied follow-up) clears `resolved`,
// `confirmed`, `followed_up` and `closed`, so that the next close needs a new confirmation.
struct Milestones {
  boost::posix_time::ptime opened;
  boost::posix_time::ptime first_response;
  boost::posix_time::ptime triaged;
  boost::posix_time::ptime proposed;  // last plan or complaint feedback (反馈) given
  boost::posix_time::ptime accepted;  // last plan the customer agreed to
  boost::posix_time::ptime resolved;
  boost::posix_time::ptime confirmed;  // the customer confirmed the resolution
  boost::posix_time::ptime followed_up;
  boost::posix_time::ptime closed;
  boost::posix_time::ptime reopened;  // last reopen
  boost::posix_time::ptime cancelled;
  boost::posix_time::ptime verified;           // last facts verified (核实情况)
  boost::posix_time::ptime apologized;         // the supervisor's apology call
  boost::posix_time::ptime site_visit_needed;  // last site visit asked for
  boost::posix_time::ptime on_site;            // last arrival on site
};

bool operator==(const Milestones& a, const Milestones& b) noexcept;
inline bool operator!=(const Milestones& a, const Milestones& b) noexcept { return !(a == b); }

// True once the milestone has been reached.
inline bool reached(boost::posix_time::ptime milestone) noexcept { return !milestone.is_special(); }

struct Ticket : CaseFacts {
  std::string id;
  std::string owner;    // first-contact owner (首问负责制): stays across transfers
  std::string handler;  // who handles the case now
  State state = State::received;
  EscalationLevel escalation = EscalationLevel::none;
  Milestones milestones;
  boost::posix_time::ptime updated_at;  // instant of the last accepted event
  std::optional<Rating> rating;         // from the follow-up of the current round
  std::string close_reason;             // reason of a forced close or a cancel
  std::uint32_t reopen_count = 0;
  std::uint32_t repeat_complaints = 0;  // reopens of a complaint (重复投诉, rules.md §lifecycle)
  std::string repeat_of;                // id of the earlier complaint this one repeats
  std::vector<EventRecord> history;     // every accepted event, oldest first

  // A new case in state `received`, handled by its first-contact owner, with the `open` event
  // as the first history record. Throws kefu::argument_error for an empty id or owner or an
  // instant that is not a date and time.
  static Ticket open(std::string id, CaseFacts facts, std::string owner,
                     boost::posix_time::ptime at);
  // `event_id`: the host's id of the open event, kept in its history record.
  static Ticket open(events::Open event, boost::posix_time::ptime at, std::string event_id = {});

  // The history record with the host's event id `event_id`; null when there is none (and always
  // for an empty id).
  const EventRecord* find_event(std::string_view event_id) const noexcept;

  // A repeat complaint is a ticket opened about an earlier complaint or a complaint reopened.
  bool is_repeat_complaint() const noexcept {
    return category == Category::complaint && (!repeat_of.empty() || repeat_complaints > 0);
  }
};

// The first record of `history` (oldest first) whose event id an earlier record has too: its
// index and the earlier one's; none when the ids are unique. Linear time, so that a replay
// checks a long history once rather than scanning it for every event.
struct RepeatedEventId {
  std::size_t index;
  std::size_t earlier;
};
std::optional<RepeatedEventId> find_repeated_event_id(const std::vector<EventRecord>& history);

bool operator==(const Ticket& a, const Ticket& b);
inline bool operator!=(const Ticket& a, const Ticket& b) { return !(a == b); }

}  // namespace kefu
