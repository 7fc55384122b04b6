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
