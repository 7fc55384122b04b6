// Durations printed the way people read them.

#include <kefu/calendar/duration_text.hpp>

#include <doctest/doctest.h>
#include <fmt/format.h>

using boost::posix_time::hours;
using boost::posix_time::minutes;
using boost::posix_time::seconds;

TEST_CASE("durations print in hours, minutes and seconds, leaving out zero parts") {
  CHECK(fmt::format("{}", kefu::human_duration(hours(1) + minutes(30))) == "1 h 30 min");
  CHECK(fmt::format("{}", kefu::human_duration(seconds(30))) == "30 s");
  CHECK(fmt::format("{}", kefu::human_duration(hours(48))) == "48 h");
  CHECK(fmt::format("{}", kefu::human_duration(minutes(15))) == "15 min");
  CHECK(fmt::format("{}", kefu::human_duration(hours(2) + seconds(5))) == "2 h 5 s");
  CHECK(fmt::format("{}", kefu::human_duration(seconds(0))) == "0 s");
  CHECK(fmt::format("{}", kefu::human_duration(-minutes(75))) == "-1 h 15 min");
  CHECK(fmt::format("{}", kefu::human_duration(boost::posix_time::not_a_date_time)) == "-");
}

TEST_CASE("business days print in chinese") {
  CHECK(fmt::format("{}", kefu::BusinessDays{2}) == "2 个工作日");
  CHECK(fmt::format("{:>8}", kefu::BusinessDays{1}).size() >= 8);
}

TEST_CASE("parse_duration reads what human_duration writes, and the config document's limits") {
  using boost::posix_time::milliseconds;
  CHECK(kefu::parse_duration("4 h") == hours(4));
  CHECK(kefu::parse_duration("1 h 30 min") == minutes(90));
  CHECK(kefu::parse_duration("30s") == seconds(30));
  CHECK(kefu::parse_duration("2 d") == hours(48));
  CHECK(kefu::parse_duration("250 ms") == milliseconds(250));
  CHECK(kefu::parse_duration(fmt::format("{}", kefu::human_duration(hours(1) + minutes(30)))) ==
        minutes(90));
  CHECK_FALSE(kefu::parse_duration(""));
  CHECK_FALSE(kefu::parse_duration("4 hours"));
  CHECK_FALSE(kefu::parse_duration("h"));
  CHECK_FALSE(kefu::parse_duration("-1 h"));
  // 100 years of 366 days is the most a limit may be: 878 400 h; one more hour is refused.
  CHECK(kefu::parse_duration("878400 h") == hours(878400));
  CHECK_FALSE(kefu::parse_duration("878401 h"));
}
