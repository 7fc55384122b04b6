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
// - On a calendar that falls back to its weekly hours there (UncoveredYears::weekly_hours), a
//   count whose answers were worked out over such a year is provisional(): its deadline may
//   move once that year's holiday schedule is loaded. status stays a value; the mark is
//   provisional(), explain() and the fmt text.
// - An event out of order (stop before start, pause twice, an instant earlier than the last
//   event) is refused with a reason and leaves the clock unchanged. apply() is the lenient form
//   a workflow uses: an action that is already true (stop a stopped clock) is "unchanged".

#include <kefu/calendar/business_calendar.hpp>
#include <kefu/core/detail/enum_table.hpp>
#include <kefu/sla/clock_semantics.hpp>
#include <kefu/sla/clock_status.hpp>
#include <kefu/sla/clock_target.hpp>
#include <kefu/sla/clock_trace.hpp>

#include <boost/container/small_vector.hpp>
#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <fmt/core.h>

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
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
  Clock(ClockTarget target, BusinessCalendar business_calendar);
  // The same with a target shared with other clocks (it is immutable): a workflow selects the
  // targets once per set of facts and starts many clocks on them. Also throws
  // kefu::argument_error for a null target.
  Clock(std::shared_ptr<const ClockTarget> target, BusinessCalendar business_calendar);

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

  ClockStatus status(boost::posix_time::ptime now) const;
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
  // The counted time, in seconds, at which `fraction` of the limit is reached: what
  // instant_at_fraction asks when_elapsed for. None outside [0, 1e6]: beyond a million times the
  // limit there is no instant worth computing.
  std::optional<std::int64_t> seconds_at_fraction(double fraction) const;
  // The earliest instant after `now` at which status() changes (a warning or the breach);
  // none unless running.
  std::optional<boost::posix_time::ptime> next_change(boost::posix_time::ptime now) const;

  // The counted stretches, pauses, holidays and make-up days behind elapsed(now), and whether
  // the answers as of `now` are provisional.
  ClockTrace explain(boost::posix_time::ptime now) const;

  // Whether an answer of the current count (its deadline, the time counted up to its last
  // event, a limit in business days or until a promised time) was worked out over a local year
  // the calendar has no holiday schedule for, on its weekly hours alone: the span from
  // started_at() to the latest of these is not covered (BusinessCalendar::covers). Never on a
  // calendar that refuses such years (it throws instead) or on wall time, and never while idle.
  // Not covered: when_elapsed() beyond the deadline (an overrun a rule waits for).
  bool provisional() const;
  // The uncovered years behind provisional(), ascending; empty when it is false.
  std::vector<int> provisional_years() const;

  State state() const { return state_; }
  const ClockTarget& target() const { return *target_; }
  const BusinessCalendar& calendar() const { return calendar_; }
  // The limit in counted time for the current count (for a limit in business days, known once
  // started).
  boost::posix_time::time_duration limit() const { return limit_; }
  int cycles() const { return cycles_; }  // starts and restarts so far
  std::optional<boost::posix_time::ptime> started_at() const;

  // Equal targets, limits and calls applied, hence equal answers on the same calendar (which is
  // not compared). Pure data: never throws, not even on a calendar that refuses a year.
  friend bool operator==(const Clock& a, const Clock& b);
  friend bool operator!=(const Clock& a, const Clock& b) { return !(a == b); }

 private:
  struct Segment {
    boost::posix_time::ptime from;
    boost::posix_time::ptime to;  // not_a_date_time while running
    // The open seconds of [from, to), worked out once when the stretch closed, so that the
    // queries ask the calendar only about the open stretch; -1 while running, or when the
    // calendar refused the stretch (the queries then ask it again, and it refuses them).
    std::int64_t counted = -1;
  };

  // Ends the open stretch at `at`, keeping its open seconds.
  void close_stretch(boost::posix_time::ptime at);
  // The open seconds of a closed stretch.
  std::int64_t closed_length(const Segment& segment) const;
  // The open seconds from `from` to `to`, or -1 when the calendar refuses them.
  std::int64_t length_or_unknown(boost::posix_time::ptime from, boost::posix_time::ptime to) const;

  struct Event {
    ClockAction action;
    boost::posix_time::ptime at;
    std::optional<boost::posix_time::ptime> promised;

    friend bool operator==(const Event& a, const Event& b) {
      return a.action == b.action && a.at == b.at && a.promised == b.promised;
    }
  };

  ClockResult change(ClockAction action, boost::posix_time::ptime at,
                     std::optional<boost::posix_time::ptime> promised, bool lenient);
  // The clock as the calls up to `now` left it, when later calls have been applied.
  std::optional<Clock> as_of(boost::posix_time::ptime now) const;
  void begin(boost::posix_time::ptime at, std::optional<boost::posix_time::ptime> promised);
  std::optional<boost::posix_time::ptime> reach(std::int64_t seconds, bool extend_last) const;
  // The local years of [started_at(), latest answer) that the calendar does not cover.
  std::vector<int> uncovered_span_years(bool stop_at_first) const;

  // A workflow copies a case's clocks for every event it applies (all or nothing), so a copy
  // allocates nothing for a usual count: the target is shared (immutable), and the stretches and
  // calls of a count with a pause or two are held inline.
  std::shared_ptr<const ClockTarget> target_;
  BusinessCalendar calendar_;
  State state_ = State::idle;
  boost::posix_time::ptime last_event_;
  boost::posix_time::time_duration limit_;
  // The end of the stretch a limit in business days or until a promised time was counted over
  // when the count began; not_a_date_time for a plain duration.
  boost::posix_time::ptime limit_counted_to_;
  boost::container::small_vector<Segment, 2> segments_;  // the current count
  boost::container::small_vector<Event, 4> log_;         // every call that changed the clock
  int cycles_ = 0;
};

}  // namespace kefu::sla

namespace kefu {

template <>
struct EnumTraits<sla::ClockResult::Outcome> {
  using Outcome = sla::ClockResult::Outcome;
  static constexpr std::array entries{
      EnumEntry<Outcome>{Outcome::changed, "changed", "已变更", "变更|applied"},
      EnumEntry<Outcome>{Outcome::unchanged, "unchanged", "未变更", "无变化|no_change"},
      EnumEntry<Outcome>{Outcome::refused, "refused", "已拒绝", "拒绝|rejected"},
  };
};

template <>
struct EnumTraits<sla::Clock::State> {
  using State = sla::Clock::State;
  static constexpr std::array entries{
      EnumEntry<State>{State::idle, "idle", "未启动", "未开始|not_started"},
      EnumEntry<State>{State::running, "running", "计时中", "计时"},
      EnumEntry<State>{State::paused, "paused", "已暂停", "暂停"},
      EnumEntry<State>{State::stopped, "stopped", "已停止", "停止|停表"},
  };
};

}  // namespace kefu

namespace kefu::sla {

// Stable English names and Chinese labels, from the tables above.
constexpr std::string_view to_string(ClockResult::Outcome value) noexcept {
  return kefu::detail::name_of(value);
}
constexpr std::string_view chinese_label(ClockResult::Outcome value) noexcept {
  return kefu::detail::label_of(value);
}
constexpr std::string_view to_string(Clock::State value) noexcept {
  return kefu::detail::name_of(value);
}
constexpr std::string_view chinese_label(Clock::State value) noexcept {
  return kefu::detail::label_of(value);
}

}  // namespace kefu::sla

// "resolution 24 h (business hours): running, due 2025-10-11 14:00" (local time); a provisional
// clock adds ", provisional: 2027 has no holiday schedule; counted on the weekly hours".
template <>
struct fmt::formatter<kefu::sla::Clock> : fmt::formatter<fmt::string_view> {
  format_context::iterator format(const kefu::sla::Clock& value, format_context& ctx) const;
};
