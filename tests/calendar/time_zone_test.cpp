// posix_time_zone reads real POSIX TZ strings (west is positive) and refuses garbage.

#include <kefu/calendar/business_calendar.hpp>
#include <kefu/calendar/time_zone.hpp>
#include <kefu/core/error.hpp>

#include <boost/date_time/local_time/local_time.hpp>
#include <boost/date_time/posix_time/posix_time.hpp>

#include <doctest/doctest.h>

#include <string>

using boost::posix_time::hours;
using boost::posix_time::time_from_string;

TEST_CASE("a posix offset counts hours west of utc") {
  const auto china = kefu::posix_time_zone("CST-8");
  CHECK(china->base_utc_offset() == hours(8));
  CHECK_FALSE(china->has_dst());
  CHECK(kefu::china_time_zone()->base_utc_offset() == hours(8));
  CHECK(kefu::posix_time_zone("<+0530>-5:30")->base_utc_offset() ==
        hours(5) + boost::posix_time::minutes(30));
}

TEST_CASE("new york's rule puts 2025 daylight saving from march 9 to november 2") {
  const auto ny = kefu::posix_time_zone("EST5EDT,M3.2.0,M11.1.0");
  CHECK(ny->base_utc_offset() == hours(-5));
  CHECK(ny->has_dst());
  CHECK(ny->dst_local_start_time(2025) == time_from_string("2025-03-09 02:00:00"));
  CHECK(ny->dst_local_end_time(2025) == time_from_string("2025-11-02 02:00:00"));
}

TEST_CASE("strings that are not posix tz strings are refused") {
  CHECK_THROWS_WITH_AS(kefu::posix_time_zone("garbage"), "time zone 'garbage': bad utc offset",
                       kefu::config_error);
  CHECK_THROWS_WITH_AS(kefu::posix_time_zone("X-8"),
                       "time zone 'X-8': a zone name needs three or more letters",
                       kefu::config_error);
  CHECK_THROWS_WITH_AS(kefu::posix_time_zone("EST5EDT"),
                       "time zone 'EST5EDT': daylight saving needs start and end rules",
                       kefu::config_error);
  CHECK_THROWS_WITH_AS(kefu::posix_time_zone("CST-25"),
                       "time zone 'CST-25': utc offset out of range", kefu::config_error);
}

// Daylight-saving rules are read by kefu, never by Boost's unchecked parser: these strings
// used to reach an invalid enum load, a signed overflow or std::invalid_argument inside Boost.
TEST_CASE("daylight saving rules out of range are refused with the rule named") {
  const auto refused = [](const char* tz, const char* why) {
    CAPTURE(tz);
    const std::string expected = std::string("time zone '") + tz + "': " + why;
    CHECK_THROWS_WITH_AS(kefu::posix_time_zone(tz), expected.c_str(), kefu::config_error);
  };
  refused("EST5EDT,M3.9.0,M11.1.0", "daylight saving rule 'M3.9.0': expected a week 1-5");
  refused("EST5EDT,M3.-1.0,M11.1.0", "daylight saving rule 'M3.-1.0': expected a week 1-5");
  refused("EST5EDT,M3.0.0,M11.1.0", "daylight saving rule 'M3.0.0': expected a week 1-5");
  refused("EST5EDT,M13.1.0,M11.1.0", "daylight saving rule 'M13.1.0': expected a month 1-12");
  refused("EST5EDT,M3.2.7,M11.1.0", "daylight saving rule 'M3.2.7': expected a weekday 0-6");
  refused("EST5EDT,M3.2.65536,M11.1.0",
          "daylight saving rule 'M3.2.65536': expected a weekday 0-6");
  refused("EST5EDT,garbage,M11.1.0", "daylight saving rule 'garbage': expected Mm.w.d, Jn or n");
  refused("EST5EDT,M3.2,M11.1.0", "daylight saving rule 'M3.2': expected '.'");
  refused("EST5EDT,J0,J300", "daylight saving rule 'J0': expected a day 1-365");
  refused("EST5EDT,59,365", "daylight saving rule '365': expected a day 0-364");
  refused("EST5EDT,M3.2.0x,M11.1.0",
          "daylight saving rule 'M3.2.0x': unexpected text after the day");
  refused("EST5EDT,M3.2.0/168,M11.1.0", "daylight saving change time out of range");
  refused("EST5EDT,M3.2.0/x,M11.1.0", "bad daylight saving change time");
  refused("EST5EDT,M3.2.0", "daylight saving needs start and end rules");
  refused("EST5EDT,M3.2.0,M11.1.0,M12.1.0", "unexpected text after the end rule");
  // Dublin's negative daylight saving (winter is the "daylight" time) is not modelled.
  refused("IST-1GMT0,M10.5.0,M3.5.0/1", "daylight saving time must be ahead of standard time");
  // The same rule twice: daylight saving would last no time at all.
  refused("EST5EDT,M3.2.0,M3.2.0", "daylight saving starts and ends too close together in 1969");
  // 31 December 25:00 is in the next year.
  refused("EST5EDT,M3.2.0,J365/25", "a daylight saving change falls outside its year in 1969");
  refused("<+0>0", "bad quoted zone name");
}

TEST_CASE("a zero-based day rule counts february 29 in leap years") {
  // POSIX "n": day 0 is 1 January; day 59 is 29 February in a leap year and 1 March otherwise.
  // Day 304: 31+28+31+30+31+30+31+31+30+31 = 304 days precede 1 November in a common year.
  const auto zone = kefu::posix_time_zone("EST5EDT,59,304");
  CHECK(zone->dst_local_start_time(2024) == time_from_string("2024-02-29 02:00:00"));
  CHECK(zone->dst_local_start_time(2025) == time_from_string("2025-03-01 02:00:00"));
  CHECK(zone->dst_local_end_time(2025) == time_from_string("2025-11-01 02:00:00"));
  CHECK(zone->dst_local_end_time(2024) == time_from_string("2024-10-31 02:00:00"));
  // The constructor that used to throw std::invalid_argument ("No Feb 29th") builds.
  const kefu::BusinessCalendar calendar(kefu::WeeklyHours::always_open(), {}, zone);
  CHECK(calendar.local_time(time_from_string("2025-03-01 12:00:00")) ==
        time_from_string("2025-03-01 08:00:00"));  // EDT, UTC-4
}

TEST_CASE("julian days skip february 29, week 5 is the last, times may be negative") {
  // "Jn": J60 is 1 March in every year; J300 is 27 October (273 days to the end of September).
  const auto julian = kefu::posix_time_zone("EST5EDT,J60,J300/1:30");
  CHECK(julian->dst_local_start_time(2024) == time_from_string("2024-03-01 02:00:00"));
  CHECK(julian->dst_local_end_time(2024) == time_from_string("2024-10-27 01:30:00"));
  // Europe: last Sunday of March and of October (2025-03-30, 2025-10-26).
  const auto paris = kefu::posix_time_zone("CET-1CEST,M3.5.0,M10.5.0/3");
  CHECK(paris->base_utc_offset() == hours(1));
  CHECK(paris->dst_local_start_time(2025) == time_from_string("2025-03-30 02:00:00"));
  CHECK(paris->dst_local_end_time(2025) == time_from_string("2025-10-26 03:00:00"));
  // Greenland since 2023: quoted names, and a change at -1:00, the Saturday 23:00 before the
  // last Sunday of March (2025-03-30).
  const auto nuuk = kefu::posix_time_zone("<-02>2<-01>,M3.5.0/-1,M10.5.0/0");
  CHECK(nuuk->base_utc_offset() == hours(-2));
  CHECK(nuuk->dst_offset() == hours(1));
  CHECK(nuuk->dst_local_start_time(2025) == time_from_string("2025-03-29 23:00:00"));
  CHECK(nuuk->std_zone_abbrev() == "-02");
}
