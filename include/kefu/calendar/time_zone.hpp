#pragma once
// Time zones for business calendars (docs/rules.md §calendar). Boost's posix_time_zone reads
// offsets with the sign reversed from POSIX ("EST-5EDT" means five hours west) and hands
// daylight-saving rules on unchecked (a week 9 is undefined behaviour, a zero-based day 59
// throws std::invalid_argument in common years), so kefu::posix_time_zone reads a real POSIX TZ
// string itself, as in /etc/TZ or the last line of a tzdata file ("CST-8" is China,
// "EST5EDT,M3.2.0,M11.1.0" is New York), checks all of it and builds a Boost custom_time_zone.
//
// Accepted: std offset [dst [offset] ,start[/time],end[/time]] with names of three or more
// letters or <quoted>, offsets up to 24 h, rules Mm.w.d (week 5: the last), Jn (1-365, February
// 29 never counted) and n (0-364, counted), change times from -167 to 167 h (RFC 8536).
// What the zone model can express: a base offset and one daylight-saving rule applied to
// every year, with daylight time ahead of standard time. It has no history: a zone whose rules
// changed (the US in 2007) is right only for the years of its current rule.

#include <boost/date_time/posix_time/posix_time_types.hpp>
#include <boost/date_time/time_zone_base.hpp>
#include <boost/shared_ptr.hpp>

#include <string_view>

namespace kefu {

// The same type as boost::local_time::time_zone_ptr, named without including Boost.LocalTime's
// headers (they double a translation unit's parse time); pass either.
using TimeZonePtr =
    boost::shared_ptr<boost::date_time::time_zone_base<boost::posix_time::ptime, char>>;

// Throws kefu::config_error "time zone 'x': ..." naming the problem when `tz` is not a POSIX
// TZ string kefu can use ("daylight saving rule 'M3.9.0': expected a week 1-5").
TimeZonePtr posix_time_zone(std::string_view tz);

// UTC+8 without daylight saving: mainland China.
TimeZonePtr china_time_zone();

}  // namespace kefu
