// explain(): the open stretches, holidays and make-up days behind an amount of open time.

#include <kefu/calendar/calendars/china_mainland.hpp>

#include <boost/date_time/posix_time/posix_time.hpp>

#include <doctest/doctest.h>
#include <fmt/format.h>

using boost::gregorian::date;
using boost::posix_time::hours;
using boost::posix_time::time_from_string;

TEST_CASE("the national day deadline is explained stretch by stretch") {
  const auto cal = kefu::calendars::china_mainland(
      kefu::WeeklyHours::monday_to_friday({kefu::open_hours(9, 0, 18, 0)}));
  // Tue 2025-09-30 17:00 to Thu 2025-10-09 10:00 Beijing time.
  const auto trace =
      cal.explain(time_from_string("2025-09-30 09:00:00"), time_from_string("2025-10-09 02:00:00"));
  CHECK(trace.total == hours(2));
  REQUIRE(trace.counted.size() == 2);
  CHECK(trace.counted[0].from == time_from_string("2025-09-30 09:00:00"));
  CHECK(trace.counted[0].to == time_from_string("2025-09-30 10:00:00"));
  CHECK(trace.counted[1].from == time_from_string("2025-10-09 01:00:00"));
  CHECK(trace.counted[1].to == time_from_string("2025-10-09 02:00:00"));
  REQUIRE(trace.exceptions.size() == 8);  // Oct 1-8; Sep 28 and Oct 11 lie outside
  CHECK(trace.exceptions.front().day == date(2025, 10, 1));
  CHECK(trace.uncovered_years.empty());
  CHECK(fmt::format("{}", trace) ==
        "2 h open between 2025-09-30T17:00:00+08:00 and 2025-10-09T10:00:00+08:00\n"
        "  counted 2025-09-30T17:00:00+08:00/2025-09-30T18:00:00+08:00 (1 h)\n"
        "  counted 2025-10-09T09:00:00+08:00/2025-10-09T10:00:00+08:00 (1 h)\n"
        "  2025-10-01 closed, statutory holiday: 国庆节 National Day\n"
        "  2025-10-02 closed, statutory holiday: 国庆节 National Day\n"
        "  2025-10-03 closed, statutory holiday: 国庆节 National Day\n"
        "  2025-10-04 closed, rest day: 国庆节、中秋节 National Day and Mid-Autumn\n"
        "  2025-10-05 closed, rest day: 国庆节、中秋节 National Day and Mid-Autumn\n"
        "  2025-10-06 closed, statutory holiday: 中秋节 Mid-Autumn Festival\n"
        "  2025-10-07 closed, rest day: 国庆节、中秋节 National Day and Mid-Autumn\n"
        "  2025-10-08 closed, rest day: 国庆节、中秋节 National Day and Mid-Autumn\n");
}

TEST_CASE("a stretch ending at midnight of an always-open day is merged into one span") {
  const auto cal = kefu::BusinessCalendar::always_open();
  const auto trace =
      cal.explain(time_from_string("2025-01-01 20:00:00"), time_from_string("2025-01-03 00:00:00"));
  REQUIRE(trace.counted.size() == 1);
  CHECK(trace.total == hours(28));
  CHECK(fmt::format("{}", trace) ==
        "28 h open between 2025-01-01T20:00:00Z and 2025-01-03T00:00:00Z\n"
        "  counted 2025-01-01T20:00:00Z/2025-01-03T00:00:00Z (28 h)\n");
}
