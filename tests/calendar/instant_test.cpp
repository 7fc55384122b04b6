// parse_instant / format_instant: ISO 8601 text with an offset, and back. Expected instants are
// worked out by hand: Beijing is UTC+8 all year, New York (EST5EDT,M3.2.0,M11.1.0) is UTC-5
// and UTC-4 from the second Sunday of March 02:00 to the first Sunday of November 02:00 (in
// 2025: March 9 and November 2; March 1 and November 1 2025 are Saturdays).

#include <kefu/calendar/instant.hpp>
#include <kefu/calendar/time_zone.hpp>
#include <kefu/core/error.hpp>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <doctest/doctest.h>

#include <random>
#include <string>

namespace {

using boost::gregorian::date;
using boost::posix_time::hours;
using boost::posix_time::microseconds;
using boost::posix_time::milliseconds;
using boost::posix_time::minutes;
using boost::posix_time::ptime;
using boost::posix_time::seconds;
using kefu::format_instant;
using kefu::parse_instant;

ptime utc(int y, int m, int d, int h, int min = 0, int s = 0) {
  return ptime(date(y, m, d), hours(h) + minutes(min) + seconds(s));
}

kefu::TimeZonePtr new_york() { return kefu::posix_time_zone("EST5EDT,M3.2.0,M11.1.0"); }

void refuses(const char* text, const std::string& reason) {
  CAPTURE(text);
  CHECK_THROWS_WITH_AS(parse_instant(text),
                       ("instant '" + std::string(text) + "': " + reason).c_str(),
                       kefu::parse_error);
}

}  // namespace

TEST_CASE("an instant with an offset is read as utc") {
  // 17:00 at +08:00 is 17 - 8 = 09:00 UTC.
  CHECK(parse_instant("2025-09-30T17:00:00+08:00") == utc(2025, 9, 30, 9));
  CHECK(parse_instant("2025-09-30T09:00:00Z") == utc(2025, 9, 30, 9));
  // 01:30 at -05:00 is 01:30 + 5 h = 06:30 UTC; 20:00 at -05:00 crosses into the next UTC day.
  CHECK(parse_instant("2025-03-09T01:30:00-05:00") == utc(2025, 3, 9, 6, 30));
  CHECK(parse_instant("2025-12-31T20:00:00-05:00") == utc(2026, 1, 1, 1));
  // 00:30 at +05:30 is the previous UTC day, 19:00.
  CHECK(parse_instant("2025-01-01T00:30:00+05:30") == utc(2024, 12, 31, 19));
  CHECK(parse_instant("2025-09-30T09:00:00-00:00") == utc(2025, 9, 30, 9));
  CHECK(parse_instant("2024-02-29T12:00:00Z") == utc(2024, 2, 29, 12));  // a leap day
}

TEST_CASE("fractional seconds are kept to the microsecond") {
  CHECK(parse_instant("2025-09-30T09:00:00.25Z") == utc(2025, 9, 30, 9) + milliseconds(250));
  CHECK(parse_instant("2025-09-30T17:00:00.000001+08:00") == utc(2025, 9, 30, 9) + microseconds(1));
  CHECK(parse_instant("2025-09-30T09:00:00.123456Z") == utc(2025, 9, 30, 9) + microseconds(123456));
}

TEST_CASE("text that is not an instant is refused with the reason") {
  refuses("2025-09-30T17:00:00",
          "no offset: a local time is not an instant (add Z for UTC or +08:00 for Beijing time)");
  refuses("2025-02-30T09:00:00Z", "no day 30 in 2025-02");
  refuses("2025-02-29T09:00:00Z", "no day 29 in 2025-02");  // 2025 is not a leap year
  refuses("2025-13-01T09:00:00Z", "no month 13");
  refuses("2025-09-30T24:00:00Z", "hour 24 (the day ends at 23:59:59)");
  refuses("2025-09-30T23:60:00Z", "minute 60");
  refuses("2016-12-31T23:59:60Z", "second 60 (leap seconds are not supported)");
  refuses("2025-09-30T09:00:00Zjunk", "unexpected 'junk' after the offset");
  refuses("2025-09-30T17:00:00+08:00 ", "unexpected ' ' after the offset");
  refuses("2025-09-30T09:00:00.Z", "expected digits after the '.'");
  refuses("2025-09-30T09:00:00.1234567Z", "more than 6 fractional digits");
  refuses("2025-09-30T17:00:00+0800", "offset '+0800' is not +hh:mm or -hh:mm");
  refuses("2025-09-30T17:00:00+08", "offset '+08' is not +hh:mm or -hh:mm");
  refuses("2025-09-30T17:00:00+08:60", "offset '+08:60': minute 60");
  refuses("2025-09-30T17:00:00+18:01", "offset '+18:01' is beyond 18:00");
  const std::string shape =
      "expected YYYY-MM-DDTHH:MM:SS followed by Z or an offset such as +08:00";
  refuses("2025-09-30 17:00:00+08:00", shape);
  refuses("2025-09-30t09:00:00Z", shape);
  refuses("2025-09-30T09:00:00z", shape);
  refuses("2025-9-30T09:00:00Z", shape);
  refuses("tomorrow", shape);
  refuses("", shape);
  refuses("+2025-09-30T09:00:00Z", shape);
}

TEST_CASE("the supported range is boost's dates, 1400 to 9999, in utc") {
  CHECK(parse_instant("1400-01-01T00:00:00Z") == utc(1400, 1, 1, 0));
  CHECK(parse_instant("1400-01-01T08:00:00+08:00") == utc(1400, 1, 1, 0));
  CHECK(parse_instant("9999-12-31T23:59:59.999999Z") ==
        utc(9999, 12, 31, 23, 59, 59) + microseconds(999999));
  CHECK(parse_instant("9999-12-31T18:59:59-05:00") == utc(9999, 12, 31, 23, 59, 59));
  refuses("1399-12-31T23:59:59Z", "year 1399 is before 1400");
  refuses("0000-01-01T00:00:00Z", "year 0 is before 1400");
  // 07:59:59 at +08:00 on the first day is 23:59:59 UTC of 1399-12-31.
  refuses("1400-01-01T07:59:59+08:00", "before 1400-01-01T00:00:00Z");
  // 19:00 at -05:00 on the last day is 00:00 UTC of the year 10000.
  refuses("9999-12-31T19:00:00-05:00", "after 9999-12-31T23:59:59.999999Z");
}

TEST_CASE("an instant is written in the zone with the offset in force then") {
  const auto china = kefu::china_time_zone();
  CHECK(format_instant(utc(2025, 9, 30, 9), china) == "2025-09-30T17:00:00+08:00");
  CHECK(format_instant(utc(2025, 9, 30, 20), china) == "2025-10-01T04:00:00+08:00");
  CHECK(format_instant(utc(2025, 9, 30, 9)) == "2025-09-30T09:00:00Z");
  CHECK(format_instant(utc(2025, 9, 30, 9), kefu::TimeZonePtr()) == "2025-09-30T09:00:00Z");
  CHECK(format_instant(utc(2025, 9, 30, 9) + milliseconds(250), china) ==
        "2025-09-30T17:00:00.25+08:00");
  CHECK(format_instant(utc(2025, 9, 30, 9) + microseconds(1)) == "2025-09-30T09:00:00.000001Z");
  CHECK(format_instant(ptime()) == "-");
  CHECK(format_instant(ptime(boost::posix_time::pos_infin), china) == "-");
  // Half-hour and negative offsets.
  CHECK(format_instant(utc(2024, 12, 31, 19), kefu::posix_time_zone("<+0530>-5:30")) ==
        "2025-01-01T00:30:00+05:30");
  CHECK(format_instant(utc(2025, 9, 30, 9), kefu::posix_time_zone("<-03>3")) ==
        "2025-09-30T06:00:00-03:00");
}

TEST_CASE("daylight saving changes the offset at the changes, not before") {
  const auto ny = new_york();
  // March 9 2025, 02:00 EST = 07:00 UTC: the second before is 01:59:59-05:00, then 03:00-04:00.
  CHECK(format_instant(utc(2025, 3, 9, 6, 59, 59), ny) == "2025-03-09T01:59:59-05:00");
  CHECK(format_instant(utc(2025, 3, 9, 7), ny) == "2025-03-09T03:00:00-04:00");
  // November 2 2025, 02:00 EDT = 06:00 UTC: 01:59:59-04:00, then 01:00 again at -05:00.
  CHECK(format_instant(utc(2025, 11, 2, 5, 59, 59), ny) == "2025-11-02T01:59:59-04:00");
  CHECK(format_instant(utc(2025, 11, 2, 6), ny) == "2025-11-02T01:00:00-05:00");
  // The repeated 01:30 is two instants an hour apart, told apart by their offsets.
  CHECK(parse_instant("2025-11-02T01:30:00-04:00") == utc(2025, 11, 2, 5, 30));
  CHECK(parse_instant("2025-11-02T01:30:00-05:00") == utc(2025, 11, 2, 6, 30));
  CHECK(format_instant(utc(2025, 7, 4, 16), ny) == "2025-07-04T12:00:00-04:00");
  CHECK(format_instant(utc(2025, 1, 15, 17), ny) == "2025-01-15T12:00:00-05:00");
}

TEST_CASE("at the ends of the range a local date past 1400-9999 is written in utc") {
  // 23:00 UTC on 9999-12-31 is 07:00 on 10000-01-01 in Beijing: not a four-digit year.
  CHECK(format_instant(utc(9999, 12, 31, 23), kefu::china_time_zone()) == "9999-12-31T23:00:00Z");
  CHECK(format_instant(utc(9999, 12, 31, 15, 59, 59), kefu::china_time_zone()) ==
        "9999-12-31T23:59:59+08:00");
  // 00:00 UTC on 1400-01-01 is 19:00 on 1399-12-31 in New York.
  CHECK(format_instant(utc(1400, 1, 1, 0), new_york()) == "1400-01-01T00:00:00Z");
  CHECK(format_instant(utc(1400, 1, 1, 5), new_york()) == "1400-01-01T00:00:00-05:00");
}

TEST_CASE("property: what format_instant writes, parse_instant reads back to the same instant") {
  const kefu::TimeZonePtr zones[] = {kefu::TimeZonePtr(), kefu::china_time_zone(), new_york(),
                                     kefu::posix_time_zone("<-03>3"),
                                     kefu::posix_time_zone("<+0530>-5:30")};
  std::mt19937_64 random(20251001);
  // Seconds since 1970 over the whole range 1400-01-01 .. 9999-12-31 (see the range test).
  std::uniform_int_distribution<std::int64_t> second(-208'188LL * 86'400, 2'932'897LL * 86'400 - 1);
  std::uniform_int_distribution<std::int64_t> micro(0, 999'999);
  // Dense around the 2025 New York changes too, where the offset flips.
  std::uniform_int_distribution<std::int64_t> near_change(-7'200, 7'200);
  const ptime epoch(date(1970, 1, 1));
  for (int i = 0; i < 4000; ++i) {
    ptime at;
    if (i % 4 == 3) {
      at = (i % 8 == 3 ? utc(2025, 3, 9, 7) : utc(2025, 11, 2, 6)) + seconds(near_change(random));
    } else {
      at = epoch + seconds(second(random)) + microseconds(i % 2 == 0 ? micro(random) : 0);
    }
    for (const auto& zone : zones) {
      const std::string text = format_instant(at, zone);
      CAPTURE(text);
      CHECK(parse_instant(text) == at);
    }
  }
}
