#pragma once
// When the month's contacts arrive: by hour of the Beijing day and by day of October 2026,
// and the contact centre's hours. kefu's choice, shaped as hotlines report their traffic
// (morning and afternoon peaks on the phone, an evening peak online, quiet nights, Mondays
// busiest, weekends quieter; National Day's shopping week busy online and calm on the phone,
// and a surge on the first workday after it).

#include "random.hpp"

#include <boost/date_time/posix_time/posix_time_types.hpp>

namespace kefu::sample {

enum class Rhythm { phone, online, web_form };

// Beijing wall time to UTC: 2026-10-<day> <hour>:<minute>:<second> +08:00.
boost::posix_time::ptime beijing(int day, int hour, int minute = 0, int second = 0);
// UTC to Beijing wall time.
boost::posix_time::ptime to_beijing(boost::posix_time::ptime utc);

// How many contacts arrive in one hour of one October day, for `per_day` on an average day:
// the expected number made a whole one by a draw on its fraction.
int arrivals(Random& random, Rhythm rhythm, int per_day, int day, int hour);

// The first instant at or after `t` when the contact centre works (08:00-22:00 every day,
// holidays included), plus a few minutes when it had to wait for the morning.
boost::posix_time::ptime contact_centre_time(Random& random, boost::posix_time::ptime t);

}  // namespace kefu::sample
