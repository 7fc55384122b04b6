#pragma once
// kefu::sla::Clock: one SLA clock of one ticket. A plain copyable value whose state is a pure
// function of the start / pause / resume / stop / restart calls applied to it in order. Queries
// change nothing; those that take `now` answer as the calls up to `now` leave the clock, so
// asking about an earlier instant after later calls gives the answer it had then.
//
// Semantics:
// - Only running time counts, measured on the target's calendar (business hours or wall time).
//   Paused time (the case waits for the customer) does not count, so the deadline moves.
// - The deadline is the instant the elapsed time reaches the limit (BusinessCalendar::add: when
//   that happens exactly at a closing time, the closing time). Stopping at or before it is met;
//   a running clock is breached from its deadline on.
// - A limit in business days is turned into business time when the clock starts: the open time
//   from the start to the close of the n-th business day after the start day.
// - A promised limit (Limit::until_promised) is the counted time from the start to the instant
//   promised to the customer, given to start() / restart(); without one they are refused.
// - resume() after stop() reopens the clock and counts on from the elapsed time it had;
//   restart() after stop() starts a fresh count (next_response, for the next customer message).
// - The calendar's refusals propagate: on a calendar that refuses years it has no schedule for,
//   calls and queries about such a year throw kefu::uncovered_year_error.
// - An event out of order (stop before start, pause twice, an instant earlier than the last
//   event) is refused with a reason and leaves the clock unchanged. apply() is the lenient form
//   a workflow uses: an action that is already true (stop a stopped clock) is "unchanged".

#include <kefu/calendar/business_calendar.hpp>
#include <kefu/sla/clock_semantics.hpp>
#include <kefu/sla/clock_trace.hpp>
#include <kefu/sla/status.hpp>
#include <kefu/sla/target.hpp>

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <fmt/core.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kefu::sla {

struct ClockResult {
  enum class Outcome : std::uint8_t { changed, unchanged, refused };
  Outcome outcome = Outcome::changed;
  std::string reason;  // why it was refused or left unchanged; empty when changed

  bool accepted() const { return outcome != Outcome::refused; }
  explicit operator bool() const { return accepted(); }
};

class Clock {
 public:
  enum class State : std::uint8_t { idle, running, paused, stopped };

  // Counts on `business_calendar`, or on an always-open calendar in its zone when the target
  // says so. Throws kefu::config_error for a bad target.
  Clock(Target target, BusinessCalendar business_calendar);

  // `promised`: the instant a promised limit counts to (ignored for other limits).
  ClockResult start(boost::posix_time::ptime at,
                    std::optional<boost::posix_time::ptime> promised = std::nullopt);
  ClockResult pause(boost::posix_time::ptime at);
  ClockResult resume(boost::posix_time::ptime at);  // from paused, or reopen from stopped
  ClockResult stop(boost::posix_time::ptime at);
  // A fresh count from idle or stopped.
  ClockResult restart(boost::posix_time::ptime at,
                      std::optional<boost::posix_time::ptime> promised = std::nullopt);
  ClockResult apply(ClockAction action, boost::posix_time::ptime at,
                    std::optional<boost::posix_time::ptime> promised = std::nullopt);

  Status status(boost::posix_time::ptime now) const;
  // While running, or the deadline that applied when stopped; none while idle or paused.
  std::optional<boost::posix_time::ptime> deadline() const;
  boost::posix_time::time_duration elapsed(boost::posix_time::ptime now) const;
  // The limit minus the elapsed time; negative once more than the limit has elapsed.
  boost::posix_time::time_duration remaining(boost::posix_time::ptime now) const;
  // Running: the deadline, when it is or will be breached. Paused or stopped: the instant it
  // passed its deadline if it did before pausing or stopping; otherwise none.
  std::optional<boost::posix_time::ptime> breach_instant() const;
  // The instant at which `d` of counted time is (or was) reached, if the events so far reach
  // it: what a workflow schedules warnings with, without polling.
  std::optional<boost::posix_time::ptime> when_elapsed(boost::posix_time::time_duration d) const;
  std::optional<boost::posix_time::ptime> instant_at_fraction(double fraction) const;
  // The earliest instant after `now` at which status() changes (a warning or the breach);
  // none unless running.
  std::optional<boost::posix_time::ptime> next_change(boost::posix_time::ptime now) const;

  // The counted stretches, pauses, holidays and make-up days behind elapsed(now).
  ClockTrace explain(boost::posix_time::ptime now) const;

  State state() const { return state_; }
  const Target& target() const { return target_; }
  const BusinessCalendar& calendar() const { return calendar_; }
  // The limit in counted time for the current count (for a limit in business days, known once
  // started).
  boost::posix_time::time_duration limit() const { return limit_; }
  int cycles() const { return cycles_; }  // starts and restarts so far
  std::optional<boost::posix_time::ptime> started_at() const;

 private:
  struct Segment {
    boost::posix_time::ptime from;
    boost::posix_time::ptime to;  // not_a_date_time while running
  };

  struct Event {
    ClockAction action;
    boost::posix_time::ptime at;
    std::optional<boost::posix_time::ptime> promised;
  };

  ClockResult change(ClockAction action, boost::posix_time::ptime at,
                     std::optional<boost::posix_time::ptime> promised, bool lenient);
  // The clock as the calls up to `now` left it, when later calls have been applied.
  std::optional<Clock> as_of(boost::posix_time::ptime now) const;
  void begin(boost::posix_time::ptime at, std::optional<boost::posix_time::ptime> promised);
  std::optional<boost::posix_time::ptime> reach(std::int64_t seconds, bool extend_last) const;

  Target target_;
  BusinessCalendar calendar_;
  State state_ = State::idle;
  boost::posix_time::ptime last_event_;
  boost::posix_time::time_duration limit_;
  std::vector<Segment> segments_;  // the current count
  std::vector<Event> log_;         // every call that changed the clock
  int cycles_ = 0;
};

std::string_view to_string(Clock::State state) noexcept;

}  // namespace kefu::sla

// "resolution 24 h (business hours): running, due 2025-10-11 14:00 (local)"
template <>
struct fmt::formatter<kefu::sla::Clock> : fmt::formatter<fmt::string_view> {
  format_context::iterator format(const kefu::sla::Clock& value, format_context& ctx) const;
};
