#pragma once
// Time zones for business calendars. Boost's posix_time_zone reads offsets with the sign
// reversed from POSIX ("EST-5EDT" means five hours west) and silently accepts garbage, so
// kefu::posix_time_zone takes a real POSIX TZ string, as in /etc/TZ or the last line of a
// tzdata file ("CST-8" is China, "EST5EDT,M3.2.0,M11.1.0" is New York), checks it and builds
// the Boost zone.
//
// What the zone model can express: a base offset and one daylight-saving rule applied to
// every year. It has no history: a zone whose rules changed (the US in 2007) is right only for
// the years of its current rule.

#include <boost/date_time/posix_time/posix_time_types.hpp>
#include <boost/date_time/time_zone_base.hpp>
#include <boost/shared_ptr.hpp>

#include <string_view>

namespace kefu {

// The same type as boost::local_time::time_zone_ptr, named without including Boost.LocalTime's
// headers (they double a translation unit's parse time); pass either.
using TimeZonePtr =
    boost::shared_ptr<boost::date_time::time_zone_base<boost::posix_time::ptime, char>>;

// Throws kefu::config_error "time zone 'x': ..." when `tz` is not a POSIX TZ string.
TimeZonePtr posix_time_zone(std::string_view tz);

// UTC+8 without daylight saving: mainland China.
TimeZonePtr china_time_zone();

}  // namespace kefu
