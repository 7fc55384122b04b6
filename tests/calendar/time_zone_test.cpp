// posix_time_zone reads real POSIX TZ strings (west is positive) and refuses garbage.

#include <kefu/calendar/time_zone.hpp>
#include <kefu/core/error.hpp>

#include <boost/date_time/local_time/local_time.hpp>
#include <boost/date_time/posix_time/posix_time.hpp>

#include <doctest/doctest.h>

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
