// Clock: the state changes and the queries derived from the counted stretches.

#include <kefu/calendar/instant.hpp>
#include <kefu/sla/clock.hpp>

#include <fmt/format.h>

#include <cmath>
#include <optional>

namespace kefu::sla {

namespace {

using boost::posix_time::ptime;
using boost::posix_time::time_duration;

ClockResult refused(std::string reason) {
  return {ClockResult::Outcome::refused, std::move(reason)};
}

time_duration secs(std::int64_t s) { return boost::posix_time::seconds(static_cast<long>(s)); }

// Wall time in a zone. BusinessCalendar::always_open builds a calendar index, a cost a workflow
// would pay for every wall-time clock it starts: the one built last on this thread is kept for
// the same zone object (the calendar is immutable, so sharing it changes no answer).
BusinessCalendar wall_time(const TimeZonePtr& zone) {
  thread_local TimeZonePtr last_zone;
  thread_local std::optional<BusinessCalendar> last;
  if (!last || last_zone != zone) {
    last = BusinessCalendar::always_open(zone);
    last_zone = zone;
  }
  return *last;
}

}  // namespace

Clock::Clock(ClockTarget target, BusinessCalendar business_calendar)
    : Clock(std::make_shared<const ClockTarget>(std::move(target)), std::move(business_calendar)) {}

Clock::Clock(std::shared_ptr<const ClockTarget> target, BusinessCalendar business_calendar)
    : target_(target != nullptr ? std::move(target) : throw argument_error("sla clock: no target")),
      calendar_(target_->calendar == TimeBasis::wall ? wall_time(business_calendar.zone())
                                                     : std::move(business_calendar)),
      limit_(target_->limit.duration) {
  target_->check();
}

void Clock::begin(ptime at, std::optional<ptime> promised) {
  segments_.assign(1, Segment{at, boost::posix_time::not_a_date_time});
  limit_counted_to_ = boost::posix_time::not_a_date_time;
  if (target_->limit.promised) {
    limit_ = calendar_.between(at, *promised);
    limit_counted_to_ = *promised;
  } else if (target_->limit.in_days()) {
    // The open time from the start to the close of the n-th business day after the start day.
    const auto last =
        calendar_.add_business_days(calendar_.local_date(at), target_->limit.business_days);
    const ptime end = calendar_.utc_time(last + boost::gregorian::days(1), time_duration(0, 0, 0));
    limit_ = calendar_.between(at, end);
    limit_counted_to_ = end;
  }
  ++cycles_;
}

ClockResult Clock::change(ClockAction action, ptime at, std::optional<ptime> promised,
                          bool lenient) {
  const auto verb = to_string(action);
  if (action == ClockAction::none) return {ClockResult::Outcome::unchanged, "no action"};
  if (at.is_special()) return refused(fmt::format("{}: instant is not a date-time", verb));
  if (!last_event_.is_special() && at < last_event_) {
    return refused(fmt::format("{}: {} is before the last event at {}", verb,
                               format_instant(at, calendar_.zone()),
                               format_instant(last_event_, calendar_.zone())));
  }
  // What the action does from each state: a new state, or why not.
  const char* why_not = nullptr;
  switch (action) {
    case ClockAction::start:
      if (state_ != State::idle) why_not = state_ == State::stopped ? "stopped" : "already started";
      break;
    case ClockAction::pause:
      if (state_ != State::running)
        why_not = state_ == State::paused ? "already paused" : "not running";
      break;
    case ClockAction::resume:
      if (state_ == State::idle) why_not = "not started";
      if (state_ == State::running) why_not = "already running";
      break;
    case ClockAction::stop:
      if (state_ == State::idle) why_not = "not started";
      if (state_ == State::stopped) why_not = "already stopped";
      break;
    case ClockAction::restart:
      if (state_ == State::running) why_not = "already running";
      if (state_ == State::paused) why_not = "paused";
      break;
    case ClockAction::none:
      break;
  }
  const bool begins = action == ClockAction::start || action == ClockAction::restart;
  if (why_not == nullptr && begins && target_->limit.promised) {
    if (!promised || promised->is_special()) {
      return refused(fmt::format("{}: no promised time", verb));
    }
    if (*promised <= at) {
      return refused(fmt::format("{}: promised time {} is not after {}", verb,
                                 format_instant(*promised, calendar_.zone()),
                                 format_instant(at, calendar_.zone())));
    }
  }
  if (why_not != nullptr) {
    // Built by appends: a workflow's lenient calls end here for most events.
    std::string reason(verb);
    reason.append(": ").append(why_not);
    return {lenient ? ClockResult::Outcome::unchanged : ClockResult::Outcome::refused,
            std::move(reason)};
  }
  switch (action) {
    case ClockAction::start:
    case ClockAction::restart:
      begin(at, promised);
      state_ = State::running;
      break;
    case ClockAction::pause:
      close_stretch(at);
      state_ = State::paused;
      break;
    case ClockAction::resume:
      segments_.push_back(Segment{at, boost::posix_time::not_a_date_time});
      state_ = State::running;
      break;
    case ClockAction::stop:
      if (state_ == State::running) close_stretch(at);
      state_ = State::stopped;
      break;
    case ClockAction::none:
      break;
  }
  last_event_ = at;
  log_.push_back(Event{action, at, target_->limit.promised ? promised : std::nullopt});
  return {};
}

std::optional<Clock> Clock::as_of(ptime now) const {
  if (last_event_.is_special() || now.is_special() || now >= last_event_) return std::nullopt;
  Clock past = *this;
  past.state_ = State::idle;
  past.last_event_ = boost::posix_time::not_a_date_time;
  past.limit_ = target_->limit.duration;
  past.limit_counted_to_ = boost::posix_time::not_a_date_time;
  past.segments_.clear();
  past.log_.clear();
  past.cycles_ = 0;
  for (const Event& event : log_) {
    if (event.at > now) break;
    past.change(event.action, event.at, event.promised, false);
  }
  return past;
}

ClockResult Clock::start(ptime at, std::optional<ptime> promised) {
  return change(ClockAction::start, at, promised, false);
}
ClockResult Clock::pause(ptime at) { return change(ClockAction::pause, at, std::nullopt, false); }
ClockResult Clock::resume(ptime at) { return change(ClockAction::resume, at, std::nullopt, false); }
ClockResult Clock::stop(ptime at) { return change(ClockAction::stop, at, std::nullopt, false); }
ClockResult Clock::restart(ptime at, std::optional<ptime> promised) {
  return change(ClockAction::restart, at, promised, false);
}
ClockResult Clock::apply(ClockAction action, ptime at, std::optional<ptime> promised) {
  return change(action, at, promised, true);
}

std::int64_t Clock::length_or_unknown(ptime from, ptime to) const {
  try {
    return calendar_.between(from, to).total_seconds();
  } catch (const kefu::error&) {
    return -1;  // a query about the stretch throws as it would have
  }
}

void Clock::close_stretch(ptime at) {
  Segment& open = segments_.back();
  open.counted = length_or_unknown(open.from, at);
  open.to = at;
}

std::int64_t Clock::closed_length(const Segment& segment) const {
  if (segment.counted >= 0) return segment.counted;
  return calendar_.between(segment.from, segment.to).total_seconds();
}

std::optional<ptime> Clock::reach(std::int64_t seconds, bool extend_last) const {
  std::int64_t counted = 0;
  for (std::size_t i = 0; i < segments_.size(); ++i) {
    const Segment& segment = segments_[i];
    const bool open_ended = segment.to.is_special() || (extend_last && i + 1 == segments_.size());
    if (!open_ended) {
      const std::int64_t length = closed_length(segment);
      if (counted + length < seconds) {
        counted += length;
        continue;
      }
    }
    return calendar_.add(segment.from, secs(seconds - counted));
  }
  return std::nullopt;
}

std::optional<ptime> Clock::when_elapsed(time_duration d) const {
  if (d.is_special() || d.is_negative()) return std::nullopt;
  return reach(d.total_seconds(), false);
}

std::optional<std::int64_t> Clock::seconds_at_fraction(double fraction) const {
  if (!(fraction >= 0 && fraction <= 1e6)) return std::nullopt;
  return std::llround(fraction * static_cast<double>(limit_.total_seconds()));
}

std::optional<ptime> Clock::instant_at_fraction(double fraction) const {
  const auto seconds = seconds_at_fraction(fraction);
  if (!seconds || state_ == State::idle) return std::nullopt;
  return reach(*seconds, false);
}

std::optional<ptime> Clock::deadline() const {
  if (state_ == State::running) return reach(limit_.total_seconds(), false);
  if (state_ == State::stopped) return reach(limit_.total_seconds(), true);
  return std::nullopt;
}

std::optional<ptime> Clock::breach_instant() const {
  if (state_ == State::running) return deadline();
  if (state_ == State::idle) return std::nullopt;
  const auto reached = reach(limit_.total_seconds(), false);
  if (reached && *reached < segments_.back().to) return reached;
  return std::nullopt;
}

std::optional<ptime> Clock::started_at() const {
  if (segments_.empty()) return std::nullopt;
  return segments_.front().from;
}

time_duration Clock::elapsed(ptime now) const {
  if (const auto past = as_of(now)) return past->elapsed(now);
  std::int64_t counted = 0;
  for (const Segment& segment : segments_) {
    if (now <= segment.from) break;
    if (!segment.to.is_special() && segment.to <= now) {
      counted += closed_length(segment);
      continue;
    }
    counted += calendar_.between(segment.from, now).total_seconds();
  }
  return secs(counted);
}

time_duration Clock::remaining(ptime now) const {
  if (const auto past = as_of(now)) return past->remaining(now);
  if (state_ == State::idle) return limit_;
  return limit_ - elapsed(now);
}

ClockStatus Clock::status(ptime now) const {
  if (const auto past = as_of(now)) return past->status(now);
  if (state_ == State::idle || now < segments_.front().from) return ClockStatus::not_started;
  if (state_ == State::running) {
    if (now >= *deadline()) return ClockStatus::breached;
    for (auto fraction = target_->warnings.rbegin(); fraction != target_->warnings.rend();
         ++fraction) {
      if (now >= *instant_at_fraction(*fraction)) return ClockStatus::warning;
    }
    return ClockStatus::running;
  }
  if (breach_instant()) return ClockStatus::breached;
  return state_ == State::paused ? ClockStatus::paused : ClockStatus::met;
}

std::optional<ptime> Clock::next_change(ptime now) const {
  if (const auto past = as_of(now)) return past->next_change(now);
  if (state_ != State::running) return std::nullopt;
  std::optional<ptime> next;
  const auto consider = [&](std::optional<ptime> t) {
    if (t && *t > now && (!next || *t < *next)) next = t;
  };
  for (const double fraction : target_->warnings) consider(instant_at_fraction(fraction));
  consider(deadline());
  return next;
}

ClockTrace Clock::explain(ptime now) const {
  if (const auto past = as_of(now)) return past->explain(now);
  ClockTrace trace{*target_, now, status(now), limit_, elapsed(now),     deadline(),
                   {},       {},  {},          {},     calendar_.zone(), provisional_years()};
  if (state_ == State::idle || now <= segments_.front().from) return trace;
  for (std::size_t i = 0; i < segments_.size(); ++i) {
    const Segment& segment = segments_[i];
    if (now <= segment.from) break;
    const ptime end = segment.to.is_special() || segment.to > now ? now : segment.to;
    const auto stretch = calendar_.explain(segment.from, end);
    trace.counted.insert(trace.counted.end(), stretch.counted.begin(), stretch.counted.end());
    const bool last = i + 1 == segments_.size();
    const ptime resumed = last ? now : segments_[i + 1].from;
    if (end < resumed && (!last || state_ == State::paused)) {
      trace.pauses.push_back({end, resumed < now ? resumed : now});
    }
  }
  const auto whole = calendar_.explain(segments_.front().from, now);
  trace.exceptions = whole.exceptions;
  trace.uncovered_years = whole.uncovered_years;
  return trace;
}

std::vector<int> Clock::uncovered_span_years(bool stop_at_first) const {
  std::vector<int> years;
  // A calendar that refuses unscheduled years never answers over them; wall time has none.
  if (segments_.empty() || calendar_.uncovered_years() == UncoveredYears::refuse) return years;
  const ptime from = segments_.front().from;
  const Segment& last = segments_.back();
  ptime to = last.to.is_special() ? last.from : last.to;
  if (const auto due = deadline()) to = std::max(to, *due);
  if (!limit_counted_to_.is_special()) to = std::max(to, limit_counted_to_);
  // One check for the whole span; the years are listed only when it fails.
  if (calendar_.covers(from, to)) return years;
  const int first_year = calendar_.local_date(from).year();
  // [from, to) ends before `to`: a span ending at local midnight does not reach that day.
  const ptime end = to > from ? to - boost::posix_time::seconds(1) : to;
  const int last_year = calendar_.local_date(end).year();
  for (int year = first_year; year <= last_year; ++year) {
    if (calendar_.covers(boost::gregorian::date(year, 1, 1))) continue;
    years.push_back(year);
    if (stop_at_first) break;
  }
  return years;
}

bool operator==(const Clock& a, const Clock& b) {
  // The segments, limit and state follow from the target and the log; compared as a shortcut.
  return (a.target_ == b.target_ || *a.target_ == *b.target_) && a.state_ == b.state_ &&
         a.limit_ == b.limit_ && a.cycles_ == b.cycles_ && a.last_event_ == b.last_event_ &&
         a.log_ == b.log_;
}

bool Clock::provisional() const { return !uncovered_span_years(true).empty(); }

std::vector<int> Clock::provisional_years() const { return uncovered_span_years(false); }

}  // namespace kefu::sla
