// Clock: hand-worked deadlines, pauses, reopen, restart, refusals and status on a Mon-Fri
// 09:00-18:00 mainland calendar (Beijing local times written as literals, UTC+8).

#include "../beijing_time.hpp"
#include <kefu/calendar/calendars/china_mainland.hpp>
#include <kefu/calendar/time_zone.hpp>
#include <kefu/sla/clock.hpp>

#include <boost/date_time/posix_time/posix_time.hpp>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <memory>

using boost::posix_time::hours;
using boost::posix_time::minutes;
using boost::posix_time::ptime;
using boost::posix_time::seconds;
using boost::posix_time::time_from_string;
using kefu::TimeBasis;
using kefu::sla::Clock;
using kefu::sla::ClockAction;
using kefu::sla::ClockResult;
using kefu::sla::ClockStatus;
using kefu::sla::ClockTarget;
using kefu::sla::Limit;
namespace clocks = kefu::sla::clocks;

namespace {

ptime bj(const char* local) { return kefu::test::beijing_time(local); }

kefu::BusinessCalendar office() {
  return kefu::calendars::china_mainland(
      kefu::WeeklyHours::monday_to_friday({kefu::open_hours(9, 0, 18, 0)}));
}

Clock resolution_24h() {
  return Clock(
      ClockTarget{clocks::resolution, Limit::of(hours(24)), TimeBasis::business, {0.75, 0.9}},
      office());
}

}  // namespace

TEST_CASE("an urgent resolution clock runs across the national day holiday") {
  Clock clock = resolution_24h();
  CHECK(clock.status(bj("2025-09-30 16:00:00")) == ClockStatus::not_started);
  CHECK_FALSE(clock.deadline());
  REQUIRE(clock.start(bj("2025-09-30 17:00:00")));
  // 1 h Sep 30, 9 h Oct 9, 9 h Oct 10, 5 h on the make-up Saturday Oct 11.
  CHECK(clock.deadline() == bj("2025-10-11 14:00:00"));
  CHECK(clock.elapsed(bj("2025-10-09 12:00:00")) == hours(4));
  CHECK(clock.remaining(bj("2025-10-09 12:00:00")) == hours(20));
  CHECK(clock.status(bj("2025-10-09 12:00:00")) == ClockStatus::running);
  // 75 % = 18 h: 1 + 9 on Oct 9, 8 more on Oct 10.
  CHECK(clock.instant_at_fraction(0.75) == bj("2025-10-10 17:00:00"));
  CHECK(clock.when_elapsed(hours(18)) == bj("2025-10-10 17:00:00"));
  CHECK(clock.status(bj("2025-10-10 16:59:59")) == ClockStatus::running);
  CHECK(clock.status(bj("2025-10-10 17:00:00")) == ClockStatus::warning);
  // 90 % = 21 h 36 min: 19 h by Oct 10 evening, 2 h 36 min on Oct 11.
  CHECK(clock.instant_at_fraction(0.9) == bj("2025-10-11 11:36:00"));
  CHECK(clock.next_change(bj("2025-10-09 12:00:00")) == bj("2025-10-10 17:00:00"));
  CHECK(clock.next_change(bj("2025-10-10 17:00:00")) == bj("2025-10-11 11:36:00"));
  CHECK(clock.next_change(bj("2025-10-11 11:36:00")) == bj("2025-10-11 14:00:00"));
  CHECK_FALSE(clock.next_change(bj("2025-10-11 14:00:00")));
  CHECK(clock.status(bj("2025-10-11 14:00:00")) == ClockStatus::breached);
  CHECK(clock.breach_instant() == bj("2025-10-11 14:00:00"));
  // Monday Oct 13 10:00: 1 + 9 + 9 + 9 + 1 = 29 h counted.
  CHECK(clock.remaining(bj("2025-10-13 10:00:00")) == -hours(5));
}

TEST_CASE("paused time does not count and the deadline moves") {
  Clock clock = resolution_24h();
  REQUIRE(clock.start(bj("2025-09-30 17:00:00")));
  REQUIRE(clock.pause(bj("2025-09-30 17:30:00")));
  CHECK(clock.status(bj("2025-10-09 09:30:00")) == ClockStatus::paused);
  CHECK_FALSE(clock.deadline());
  CHECK(clock.elapsed(bj("2025-10-09 09:30:00")) == minutes(30));
  REQUIRE(clock.resume(bj("2025-10-09 10:00:00")));
  // 23 h 30 min left from Oct 9 10:00: 8 h, 9 h, then 6 h 30 min on Oct 11.
  CHECK(clock.deadline() == bj("2025-10-11 15:30:00"));
  CHECK(clock.elapsed(bj("2025-10-09 11:00:00")) == hours(1) + minutes(30));
  // A threshold reached before the pause is found in the past.
  CHECK(clock.when_elapsed(minutes(15)) == bj("2025-09-30 17:15:00"));
}

TEST_CASE("stopping at or before the deadline is met; after it, breached") {
  const ClockTarget chat{clocks::first_response, Limit::of(seconds(30)), TimeBasis::wall, {}};
  Clock on_time(chat, office());
  on_time.start(bj("2025-10-01 10:00:00"));  // always open: the holiday does not matter
  CHECK(on_time.deadline() == bj("2025-10-01 10:00:30"));
  on_time.stop(bj("2025-10-01 10:00:30"));
  CHECK(on_time.status(bj("2025-10-02 00:00:00")) == ClockStatus::met);
  CHECK_FALSE(on_time.breach_instant());
  CHECK(on_time.deadline() == bj("2025-10-01 10:00:30"));

  Clock late(chat, office());
  late.start(bj("2025-10-01 10:00:00"));
  late.stop(bj("2025-10-01 10:00:31"));
  CHECK(late.status(bj("2025-10-02 00:00:00")) == ClockStatus::breached);
  CHECK(late.breach_instant() == bj("2025-10-01 10:00:30"));
  CHECK(late.remaining(bj("2025-10-02 00:00:00")) == -seconds(1));
}

TEST_CASE("a limit ending at closing time is breached by a stop after closing") {
  Clock clock(ClockTarget{clocks::verification, Limit::of(hours(1)), TimeBasis::business, {}},
              office());
  clock.start(bj("2025-09-30 17:00:00"));
  CHECK(clock.deadline() == bj("2025-09-30 18:00:00"));
  CHECK(clock.status(bj("2025-09-30 17:59:59")) == ClockStatus::running);
  CHECK(clock.status(bj("2025-09-30 18:00:00")) == ClockStatus::breached);
  Clock at_closing = clock;
  at_closing.stop(bj("2025-09-30 18:00:00"));
  CHECK(at_closing.status(bj("2025-10-09 09:00:00")) == ClockStatus::met);
  clock.stop(bj("2025-09-30 20:00:00"));  // 1 h counted, but after the deadline
  CHECK(clock.elapsed(bj("2025-09-30 20:00:00")) == hours(1));
  CHECK(clock.status(bj("2025-10-09 09:00:00")) == ClockStatus::breached);
}

TEST_CASE("a limit in business days closes with the n-th business day") {
  Clock refund(ClockTarget{clocks::resolution, Limit::days(3), TimeBasis::business, {}}, office());
  refund.start(bj("2025-09-30 17:00:00"));
  // Oct 9, Oct 10 and the make-up Saturday Oct 11: due at its close.
  CHECK(refund.deadline() == bj("2025-10-11 18:00:00"));
  CHECK(refund.limit() == hours(28));
  CHECK(fmt::format("{}", refund) ==
        "resolution 3 个工作日 (business hours): running, due 2025-10-11T18:00:00+08:00");
}

TEST_CASE("a reopened resolution clock counts on from where it stopped") {
  Clock clock = resolution_24h();
  clock.start(bj("2025-09-30 17:00:00"));
  clock.stop(bj("2025-10-09 12:00:00"));  // 4 h counted
  CHECK(clock.status(bj("2025-10-09 13:00:00")) == ClockStatus::met);
  REQUIRE(clock.resume(bj("2025-10-10 09:00:00")));
  // 20 h left: 9 h Oct 10, 9 h Oct 11, 2 h on Monday Oct 13.
  CHECK(clock.deadline() == bj("2025-10-13 11:00:00"));
  CHECK(clock.elapsed(bj("2025-10-10 10:00:00")) == hours(5));
  CHECK(clock.cycles() == 1);
}

TEST_CASE("restart begins a fresh count for the next customer message") {
  Clock clock(ClockTarget{clocks::next_response, Limit::of(hours(1)), TimeBasis::business, {}},
              office());
  REQUIRE(clock.restart(bj("2025-10-09 09:00:00")));
  clock.stop(bj("2025-10-09 09:20:00"));
  REQUIRE(clock.restart(bj("2025-10-09 11:00:00")));
  CHECK(clock.cycles() == 2);
  CHECK(clock.started_at() == bj("2025-10-09 11:00:00"));
  CHECK(clock.elapsed(bj("2025-10-09 11:30:00")) == minutes(30));
  CHECK(clock.deadline() == bj("2025-10-09 12:00:00"));
  // Another customer message while waiting keeps the first message's clock.
  const ClockResult again = clock.apply(ClockAction::restart, bj("2025-10-09 11:40:00"));
  CHECK(again.outcome == ClockResult::Outcome::unchanged);
  CHECK(clock.deadline() == bj("2025-10-09 12:00:00"));
}

TEST_CASE("events out of order are refused and leave the clock unchanged") {
  Clock clock = resolution_24h();
  ClockResult r = clock.stop(bj("2025-09-30 09:00:00"));
  CHECK(r.outcome == ClockResult::Outcome::refused);
  CHECK(r.reason == "stop: not started");
  CHECK(clock.state() == Clock::State::idle);
  clock.start(bj("2025-09-30 09:00:00"));
  clock.pause(bj("2025-09-30 09:30:00"));
  r = clock.pause(bj("2025-09-30 10:00:00"));
  CHECK_FALSE(r);
  CHECK(r.reason == "pause: already paused");
  r = clock.resume(bj("2025-09-30 08:00:00"));
  CHECK(r.reason ==
        "resume: 2025-09-30T08:00:00+08:00 is before the last event at 2025-09-30T09:30:00+08:00");
  CHECK(clock.state() == Clock::State::paused);
  CHECK(clock.elapsed(bj("2025-09-30 12:00:00")) == minutes(30));
  CHECK(clock.start(bj("2025-09-30 11:00:00")).reason == "start: already started");
  CHECK(clock.resume(ptime()).reason == "resume: instant is not a date-time");
  clock.stop(bj("2025-09-30 11:00:00"));
  CHECK(clock.stop(bj("2025-09-30 12:00:00")).reason == "stop: already stopped");
  CHECK(clock.start(bj("2025-09-30 12:00:00")).reason == "start: stopped");
  // apply() reports an action that is already true as unchanged, not refused.
  CHECK(clock.apply(ClockAction::stop, bj("2025-09-30 12:00:00")).outcome ==
        ClockResult::Outcome::unchanged);
  CHECK(clock.apply(ClockAction::stop, bj("2025-09-30 10:00:00")).outcome ==
        ClockResult::Outcome::refused);
}

TEST_CASE("clocks are values: the same calls give the same clock, copies go their own way") {
  Clock a = resolution_24h();
  Clock b = resolution_24h();
  for (Clock* clock : {&a, &b}) {
    clock->start(bj("2025-09-30 17:00:00"));
    clock->pause(bj("2025-09-30 17:30:00"));
  }
  Clock c = a;
  a.resume(bj("2025-10-09 10:00:00"));
  b.resume(bj("2025-10-09 10:00:00"));
  c.resume(bj("2025-10-10 09:00:00"));
  CHECK(a.deadline() == b.deadline());
  CHECK(c.deadline() == bj("2025-10-13 14:30:00"));
  CHECK(fmt::format("{}", ClockStatus::warning) == "warning");
  CHECK(kefu::sla::chinese_label(ClockStatus::breached) == "超时");
}

TEST_CASE("asking about an earlier instant answers as the calls up to it left the clock") {
  Clock clock(ClockTarget{clocks::first_response, Limit::of(hours(2)), TimeBasis::business, {0.5}},
              office());
  clock.start(bj("2025-09-30 17:00:00"));
  clock.stop(bj("2025-10-09 09:30:00"));
  CHECK(clock.status(bj("2025-09-30 17:30:00")) == ClockStatus::running);
  CHECK(clock.status(bj("2025-10-09 09:00:00")) == ClockStatus::warning);  // 1 h of 2 h
  CHECK(clock.status(bj("2025-10-09 10:00:00")) == ClockStatus::met);
  CHECK(clock.next_change(bj("2025-09-30 17:30:00")) == bj("2025-09-30 18:00:00"));
  CHECK_FALSE(clock.next_change(bj("2025-10-09 10:00:00")));
  CHECK(clock.remaining(bj("2025-09-30 17:30:00")) == hours(1) + minutes(30));

  Clock next(ClockTarget{clocks::next_response, Limit::of(hours(1)), TimeBasis::business, {}},
             office());
  next.restart(bj("2025-10-09 09:00:00"));
  next.stop(bj("2025-10-09 09:50:00"));
  next.restart(bj("2025-10-09 11:00:00"));
  CHECK(next.elapsed(bj("2025-10-09 09:40:00")) == minutes(40));  // inside the first count
  CHECK(next.elapsed(bj("2025-10-09 11:10:00")) == minutes(10));
  CHECK(next.cycles() == 2);
}

TEST_CASE("an always-open clock in a zone with daylight saving counts wall time") {
  const kefu::BusinessCalendar ny(
      kefu::WeeklyHours::monday_to_friday({kefu::open_hours(9, 0, 17, 0)}), {},
      kefu::posix_time_zone("EST5EDT,M3.2.0,M11.1.0"));
  Clock clock(ClockTarget{clocks::resolution, Limit::of(hours(48)), TimeBasis::wall, {}}, ny);
  clock.start(time_from_string("2025-03-08 12:00:00"));
  CHECK(clock.deadline() == time_from_string("2025-03-10 12:00:00"));
  CHECK(clock.calendar().is_always_open());
  CHECK_FALSE(clock.instant_at_fraction(1e300));
}

TEST_CASE("a promised limit counts to the instant promised to the customer") {
  const ClockTarget promised{
      clocks::promised_answer, Limit::until_promised(), TimeBasis::wall, {0.5}};
  Clock clock(promised, office());
  CHECK(clock.start(bj("2025-09-29 10:00:00")).reason == "start: no promised time");
  CHECK(clock.start(bj("2025-09-29 10:00:00"), bj("2025-09-29 09:00:00")).reason ==
        "start: promised time 2025-09-29T09:00:00+08:00 is not after 2025-09-29T10:00:00+08:00");
  CHECK(clock.state() == Clock::State::idle);
  // Promised at 10:00 for 16:00: a 6 h limit, half of it at 13:00.
  REQUIRE(clock.start(bj("2025-09-29 10:00:00"), bj("2025-09-29 16:00:00")));
  CHECK(clock.limit() == hours(6));
  CHECK(clock.deadline() == bj("2025-09-29 16:00:00"));
  CHECK(clock.status(bj("2025-09-29 13:00:00")) == ClockStatus::warning);
  // A new promise: stop, then restart to the new instant; the old count is queried as it was.
  REQUIRE(clock.stop(bj("2025-09-29 15:00:00")));
  REQUIRE(clock.restart(bj("2025-09-29 15:00:00"), bj("2025-09-30 12:00:00")));
  CHECK(clock.deadline() == bj("2025-09-30 12:00:00"));
  CHECK(clock.limit() == hours(21));
  CHECK(clock.status(bj("2025-09-29 14:00:00")) == ClockStatus::warning);
  CHECK(clock.cycles() == 2);
  CHECK(fmt::format("{}", clock.target()) == "promised_answer by the promised time (always open)");
}

TEST_CASE("a promised limit on business hours counts the open time up to the promise") {
  const ClockTarget promised{
      clocks::promised_answer, Limit::until_promised(), TimeBasis::business, {}};
  Clock clock(promised, office());
  // Promised Tue Sep 30 17:00 for Thu Oct 9 10:00: 1 h on Sep 30, 1 h on Oct 9 (holiday between).
  REQUIRE(clock.start(bj("2025-09-30 17:00:00"), bj("2025-10-09 10:00:00")));
  CHECK(clock.limit() == hours(2));
  CHECK(clock.deadline() == bj("2025-10-09 10:00:00"));
}

TEST_CASE("clocks started on one shared target count alike; a null target is refused") {
  // 4 business hours from Mon 2026-10-12 16:00: 16:00-18:00 (2 h), then Tue 09:00-11:00.
  const auto target = std::make_shared<const ClockTarget>(
      ClockTarget{kefu::sla::clocks::resolution, Limit::of(hours(4)), TimeBasis::business, {}});
  Clock a(target, office());
  Clock b(target, office());
  CHECK(&a.target() == &b.target());
  REQUIRE(a.start(bj("2026-10-12 16:00:00")));
  REQUIRE(b.start(bj("2026-10-12 16:00:00")));
  CHECK(a.deadline() == bj("2026-10-13 11:00:00"));
  CHECK(a == b);
  CHECK_THROWS_AS(Clock(std::shared_ptr<const ClockTarget>(), office()), kefu::argument_error);
}
