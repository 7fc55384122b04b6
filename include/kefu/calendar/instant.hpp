#pragma once
// Instants at kefu's edges, as ISO 8601 / RFC 3339 text (docs/rules.md §calendar). Inside kefu
// an instant is a UTC boost::posix_time::ptime; a host reads one from text that says its
// offset, and prints one in a calendar's zone with the offset, so that no one converts
// Beijing time by hand:
//
//   const auto opened = kefu::parse_instant("2025-09-30T17:00:00+08:00");  // 09:00 UTC
//   kefu::format_instant(opened, kefu::china_time_zone());  // "2025-09-30T17:00:00+08:00"
//   kefu::format_instant(opened);                           // "2025-09-30T09:00:00Z"
//
// The rule for text meant for people: an instant is printed in the zone of the calendar it
// was computed with, with that zone's offset at that instant (daylight saving included); where
// no zone is known (a FiredAction on its own, a null TimeZonePtr) it is printed in UTC with "Z".
// Never without a marker.

#include <kefu/calendar/time_zone.hpp>

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <string>
#include <string_view>

namespace kefu {

// Reads "YYYY-MM-DDTHH:MM:SS[.f]" followed by "Z" or an offset "+hh:mm" / "-hh:mm", and returns
// the UTC instant. Accepted: 1 to 6 fractional digits (Boost's microseconds), offsets up to
// 18:00 (kefu's choice, the range ISO 8601 libraries such as java.time accept), "-00:00" as
// UTC, instants from 1400-01-01T00:00:00Z to 9999-12-31T23:59:59.999999Z (Boost's dates).
// Refused with a kefu::parse_error naming the reason ("instant '2025-02-30T09:00:00Z': no
// day 30 in 2025-02"): a missing offset (a local time is not an instant), an invalid date or
// time (Feb 30, 24:00, the leap second :60), a year or a result outside the range, a space for
// the "T", lower case "t" / "z", and anything after the offset.
boost::posix_time::ptime parse_instant(std::string_view text);

// "2025-09-30T17:00:00+08:00": the instant's wall-clock time in `zone` with the offset in force
// then; fractional seconds are written when there are any, without trailing zeros
// ("...:00.25+08:00"). A null zone writes UTC with "Z"; so does an instant whose local date in
// `zone` would leave the years 1400-9999 (within a day of the range's ends). A special ptime
// (not_a_date_time, infinity) is written "-".
std::string format_instant(boost::posix_time::ptime utc, const TimeZonePtr& zone);

// "2025-09-30T09:00:00Z": UTC, the form kefu's JSON writers use.
std::string format_instant(boost::posix_time::ptime utc);

}  // namespace kefu
