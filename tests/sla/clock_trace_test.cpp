// Clock::explain: the counted stretches, the pauses and the holidays behind a figure.

#include "../beijing_time.hpp"
#include <kefu/calendar/calendars/china_mainland.hpp>
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

namespace {

ptime bj(const char* local) { return kefu::test::beijing_time(local); }

}  // namespace

TEST_CASE("a paused clock across national day explains its deadline") {
  Clock clock(
      ClockTarget{kefu::sla::clocks::resolution, Limit::of(hours(24)), TimeBasis::business, {0.75}},
      kefu::calendars::china_mainland(
          kefu::WeeklyHours::monday_to_friday({kefu::open_hours(9, 0, 18, 0)})));
  clock.start(bj("2025-09-30 17:00:00"));
  clock.pause(bj("2025-09-30 17:30:00"));
  clock.resume(bj("2025-10-09 10:00:00"));
  const auto trace = clock.explain(bj("2025-10-09 11:00:00"));
  CHECK(trace.elapsed == hours(1) + minutes(30));
  REQUIRE(trace.counted.size() == 2);
  REQUIRE(trace.pauses.size() == 1);
  CHECK(trace.pauses[0].from == bj("2025-09-30 17:30:00"));
  CHECK(trace.pauses[0].to == bj("2025-10-09 10:00:00"));
  CHECK(trace.exceptions.size() == 8);
  CHECK(fmt::format("{}", trace) ==
        "resolution 24 h (business hours): running at 2025-10-09T11:00:00+08:00, 1 h 30 min of "
        "24 h counted, due 2025-10-11T15:30:00+08:00\n"
        "  counted 2025-09-30T17:00:00+08:00/2025-09-30T17:30:00+08:00 (30 min)\n"
        "  counted 2025-10-09T10:00:00+08:00/2025-10-09T11:00:00+08:00 (1 h)\n"
        "  paused 2025-09-30T17:30:00+08:00/2025-10-09T10:00:00+08:00, not counted\n"
        "  2025-10-01 closed, statutory holiday: 国庆节 National Day\n"
        "  2025-10-02 closed, statutory holiday: 国庆节 National Day\n"
        "  2025-10-03 closed, statutory holiday: 国庆节 National Day\n"
        "  2025-10-04 closed, rest day: 国庆节、中秋节 National Day and Mid-Autumn\n"
        "  2025-10-05 closed, rest day: 国庆节、中秋节 National Day and Mid-Autumn\n"
        "  2025-10-06 closed, statutory holiday: 中秋节 Mid-Autumn Festival\n"
        "  2025-10-07 closed, rest day: 国庆节、中秋节 National Day and Mid-Autumn\n"
        "  2025-10-08 closed, rest day: 国庆节、中秋节 National Day and Mid-Autumn\n");
}

TEST_CASE("a clock paused now shows the pause up to now, and an idle clock shows nothing") {
  Clock clock(
      ClockTarget{kefu::sla::clocks::resolution, Limit::of(hours(4)), TimeBasis::business, {}},
      kefu::calendars::china_mainland(
          kefu::WeeklyHours::monday_to_friday({kefu::open_hours(9, 0, 18, 0)})));
  CHECK(clock.explain(bj("2025-11-03 10:00:00")).counted.empty());
  clock.start(bj("2025-11-03 09:00:00"));
  clock.pause(bj("2025-11-03 10:00:00"));
  const auto trace = clock.explain(bj("2025-11-03 12:00:00"));
  CHECK(trace.status == kefu::sla::ClockStatus::paused);
  REQUIRE(trace.pauses.size() == 1);
  CHECK(trace.pauses[0].to == bj("2025-11-03 12:00:00"));
  CHECK_FALSE(trace.deadline);
}
