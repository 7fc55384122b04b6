// Clock::provisional: deadlines worked out over a year the calendar has no holiday schedule for.
// The calendar is the mainland one, Mon-Fri 09:00-18:00 Beijing time, whose embedded schedules
// cover 2024-2026; without the State Council's 2027 notice, Fri 2027-01-01 is an ordinary
// Friday on the weekly hours (the notice will most likely close it for New Year's Day).

#include "../beijing_time.hpp"
#include <kefu/calendar/calendars/china_mainland.hpp>
#include <kefu/core/parse.hpp>
#include <kefu/sla/clock.hpp>

#include <boost/date_time/posix_time/posix_time.hpp>

#include <doctest/doctest.h>
#include <fmt/format.h>

using boost::posix_time::hours;
using boost::posix_time::minutes;
using boost::posix_time::ptime;
using boost::posix_time::time_from_string;
using kefu::TimeBasis;
using kefu::sla::Clock;
using kefu::sla::ClockTarget;
using kefu::sla::Limit;
namespace clocks = kefu::sla::clocks;

namespace {

ptime bj(const char* local) { return kefu::test::beijing_time(local); }

kefu::BusinessCalendar office(kefu::UncoveredYears uncovered) {
  return kefu::calendars::china_mainland(
      kefu::WeeklyHours::monday_to_friday({kefu::open_hours(9, 0, 18, 0)}), uncovered);
}

Clock verification(kefu::UncoveredYears uncovered = kefu::UncoveredYears::weekly_hours) {
  return Clock(ClockTarget{clocks::verification, Limit::of(hours(1)), TimeBasis::business, {}},
               office(uncovered));
}

}  // namespace

TEST_CASE("a deadline counted into an unscheduled year is provisional and says so") {
  // Started Thu 2026-12-31 17:30: 30 min to the 18:00 close, then the other 30 min from the
  // 09:00 opening of Fri 2027-01-01, a working day on the weekly hours: due 09:30.
  Clock clock = verification();
  REQUIRE(clock.start(bj("2026-12-31 17:30:00")));
  CHECK(clock.deadline() == bj("2027-01-01 09:30:00"));
  CHECK(clock.provisional());
  CHECK(clock.provisional_years() == std::vector{2027});
  CHECK(fmt::format("{}", clock) ==
        "verification 1 h (business hours): running, due 2027-01-01T09:30:00+08:00, provisional: "
        "2027 has no holiday schedule; counted on the weekly hours");
  const auto trace = clock.explain(bj("2026-12-31 17:45:00"));
  CHECK(trace.provisional());
  CHECK(fmt::format("{}", trace) ==
        "verification 1 h (business hours): running at 2026-12-31T17:45:00+08:00, 15 min of 1 h "
        "counted, due 2027-01-01T09:30:00+08:00\n"
        "  provisional: 2027 has no holiday schedule; counted on the weekly hours\n"
        "  counted 2026-12-31T17:30:00+08:00/2026-12-31T17:45:00+08:00 (15 min)\n");
  // Met at 17:50: the deadline that applied was still worked out over 2027.
  REQUIRE(clock.stop(bj("2026-12-31 17:50:00")));
  CHECK(clock.provisional());
  // As of before the start the clock was idle: nothing to be provisional about.
  CHECK_FALSE(clock.explain(bj("2026-12-31 17:00:00")).provisional());
}

TEST_CASE("a deadline that ends at the last closing time of the covered years is not provisional") {
  // Started Thu 2026-12-31 17:00: the hour fits before the 18:00 close, and a sum ending at a
  // closing time is that closing time, so [17:00, 18:00) stays in 2026.
  Clock clock = verification();
  REQUIRE(clock.start(bj("2026-12-31 17:00:00")));
  CHECK(clock.deadline() == bj("2026-12-31 18:00:00"));
  CHECK_FALSE(clock.provisional());
  CHECK(clock.provisional_years().empty());
  CHECK(fmt::format("{}", clock) ==
        "verification 1 h (business hours): running, due 2026-12-31T18:00:00+08:00");
}

TEST_CASE("wall time and refusing calendars are never provisional") {
  // 48 h of wall time from Thu 2026-12-31 17:00: Sat 2027-01-02 17:00, holidays or not.
  Clock answer(ClockTarget{clocks::complaint_answer, Limit::of(hours(48)), TimeBasis::wall, {}},
               office(kefu::UncoveredYears::weekly_hours));
  REQUIRE(answer.start(bj("2026-12-31 17:00:00")));
  CHECK(answer.deadline() == bj("2027-01-02 17:00:00"));
  CHECK_FALSE(answer.provisional());
  // A calendar that refuses 2027 throws instead of guessing; provisional() itself does not.
  Clock refusing = verification(kefu::UncoveredYears::refuse);
  REQUIRE(refusing.start(bj("2026-12-31 17:30:00")));
  CHECK_THROWS_AS(static_cast<void>(refusing.deadline()), kefu::uncovered_year_error);
  CHECK_FALSE(refusing.provisional());
  CHECK_FALSE(verification().provisional());  // idle
}

TEST_CASE("a limit counted to a promised time in 2027 is provisional while the clock is paused") {
  // Promised Mon 2027-01-04 10:00 from Wed 2026-12-30 10:00: Dec 30 10:00-18:00 (8 h), Dec 31
  // (9 h), Fri Jan 1 on the weekly hours (9 h), Jan 4 09:00-10:00 (1 h) = 27 h. Paused after
  // 1 h: no deadline, but the limit itself leaned on 2027.
  Clock clock(
      ClockTarget{clocks::promised_answer, Limit::until_promised(), TimeBasis::business, {}},
      office(kefu::UncoveredYears::weekly_hours));
  REQUIRE(clock.start(bj("2026-12-30 10:00:00"), bj("2027-01-04 10:00:00")));
  REQUIRE(clock.pause(bj("2026-12-30 11:00:00")));
  CHECK(clock.limit() == hours(27));
  CHECK(clock.remaining(bj("2026-12-30 12:00:00")) == hours(26));
  CHECK_FALSE(clock.deadline());
  CHECK(clock.provisional());
}

TEST_CASE("a count that is paused into 2027 is provisional, one wholly in 2026 is not") {
  Clock clock = verification();
  REQUIRE(clock.start(bj("2026-12-30 17:00:00")));
  REQUIRE(clock.pause(bj("2026-12-30 17:20:00")));
  CHECK_FALSE(clock.provisional());  // 20 min counted on Dec 30, no deadline while paused
  // Resumed on Fri 2027-01-01 10:00 (open on the weekly hours): 40 min left, due 10:40.
  REQUIRE(clock.resume(bj("2027-01-01 10:00:00")));
  CHECK(clock.deadline() == bj("2027-01-01 10:40:00"));
  CHECK(clock.provisional());
}

TEST_CASE("a deadline across two unscheduled years names both") {
  // 3000 business hours from Thu 2026-12-31 17:30 at 45 h a week: 30 min in 2026, and 2999.5 h
  // is over 66 weeks, which is past the 52 weeks of 2027: the deadline falls in 2028.
  Clock clock(ClockTarget{clocks::resolution, Limit::of(hours(3000)), TimeBasis::business, {}},
              office(kefu::UncoveredYears::weekly_hours));
  REQUIRE(clock.start(bj("2026-12-31 17:30:00")));
  REQUIRE(clock.deadline());
  CHECK(clock.deadline()->date().year() == 2028);
  CHECK(clock.provisional_years() == std::vector{2027, 2028});
  const auto text = fmt::format("{}", clock);
  CHECK(text.substr(text.find(", provisional")) ==
        ", provisional: 2027, 2028 have no holiday schedule; counted on the weekly hours");
}

TEST_CASE("clock states and results have stable English names and Chinese labels") {
  using kefu::sla::ClockResult;
  CHECK(to_string(Clock::State::idle) == "idle");
  CHECK(to_string(Clock::State::stopped) == "stopped");
  CHECK(chinese_label(Clock::State::paused) == "已暂停");
  CHECK(kefu::parse<Clock::State>("计时中") == Clock::State::running);
  CHECK(kefu::parse<Clock::State>("Stopped") == Clock::State::stopped);
  CHECK_FALSE(kefu::parse<Clock::State>("breached"));
  CHECK(to_string(ClockResult::Outcome::refused) == "refused");
  CHECK(chinese_label(ClockResult::Outcome::unchanged) == "未变更");
  CHECK(kefu::parse<ClockResult::Outcome>("拒绝") == ClockResult::Outcome::refused);
  CHECK(kefu::enum_values<Clock::State>().size() == 4);
  CHECK(kefu::enum_values<ClockResult::Outcome>().size() == 3);
}

TEST_CASE("a stretch paused in a year the calendar refuses is taken; asking about it throws") {
  // Started Thu 2026-12-31 17:30, paused Mon 2027-01-04 10:00. Weekly hours for 2027: Dec 31
  // 17:30-18:00 (30 min), Fri Jan 1 as an ordinary Friday (9 h), Jan 4 09:00-10:00 (1 h) =
  // 10 h 30 min. A refusing calendar takes the pause (it asks nothing) and refuses the count.
  Clock weekly = verification();
  REQUIRE(weekly.start(bj("2026-12-31 17:30:00")));
  REQUIRE(weekly.pause(bj("2027-01-04 10:00:00")));
  CHECK(weekly.elapsed(bj("2027-01-04 11:00:00")) == hours(10) + minutes(30));
  Clock refusing = verification(kefu::UncoveredYears::refuse);
  REQUIRE(refusing.start(bj("2026-12-31 17:30:00")));
  CHECK(refusing.pause(bj("2027-01-04 10:00:00")));
  CHECK_THROWS_AS(static_cast<void>(refusing.elapsed(bj("2027-01-04 11:00:00"))),
                  kefu::uncovered_year_error);
}
