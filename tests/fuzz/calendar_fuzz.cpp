// Business-time arithmetic on fuzzed instants and durations, on the China mainland calendar
// (Mon-Fri 09:00-18:00 with the official schedules, weekly hours outside the covered years):
// every answer is a kefu::error or satisfies the identities of business time:
//   between(s, add(s, d)) == d, add monotonic in d, between additive and monotonic in its end,
//   next_open(s) >= s and open.
// Instants range over all Boost can represent (1400-9999) and the special values; durations
// include negative ones and ones of thousands of years.

#include "fuzz_check.hpp"
#include "fuzzed_bytes.hpp"
#include <kefu/calendar/calendars/china_mainland.hpp>
#include <kefu/core/error.hpp>

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <cstdint>

namespace {

using boost::gregorian::date;
using boost::posix_time::hours;
using boost::posix_time::ptime;
using boost::posix_time::seconds;
using boost::posix_time::time_duration;

const kefu::BusinessCalendar& calendar() {
  static const kefu::BusinessCalendar built = kefu::calendars::china_mainland(
      kefu::WeeklyHours::monday_to_friday({kefu::open_hours(9, 0, 18, 0)}),
      kefu::UncoveredYears::weekly_hours);
  return built;
}

const ptime first_instant(date(1400, 1, 1));
const ptime last_instant(date(9999, 12, 31), hours(24) - seconds(1));

ptime instant(kefu::fuzz::FuzzedBytes& in) {
  switch (in.choose(8)) {
    case 0:
      return ptime(boost::posix_time::not_a_date_time);
    case 1:
      return ptime(boost::posix_time::pos_infin);
    case 2:
      return ptime(boost::posix_time::neg_infin);
    case 3: {  // anywhere Boost can represent
      const auto span = static_cast<std::uint64_t>((last_instant - first_instant).total_seconds());
      return first_instant + seconds(static_cast<std::int64_t>(in.take<std::uint64_t>() % span));
    }
    default: {  // 2015-2035: the schedules' weekends, holidays, make-up days and year ends
      const ptime base(date(2015, 1, 1));
      const std::int64_t span = 21LL * 366 * 24 * 3600;
      return base + seconds(static_cast<std::int64_t>(in.take<std::uint64_t>() % span));
    }
  }
}

time_duration duration(kefu::fuzz::FuzzedBytes& in) {
  switch (in.choose(8)) {
    case 0:
      return -seconds(static_cast<std::int64_t>(in.take<std::uint32_t>()) + 1);
    case 1:  // up to 8600 years of seconds: past the end of what Boost represents
      return seconds(static_cast<std::int64_t>(in.take<std::uint64_t>() % (8600ULL * 366 * 86400)));
    default:  // up to about 400 days
      return seconds(static_cast<std::int64_t>(in.take<std::uint32_t>() % (400U * 86400)));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  kefu::fuzz::FuzzedBytes in(data, size);
  const kefu::BusinessCalendar& cal = calendar();
  const ptime s = instant(in);
  const time_duration d = duration(in);
  const time_duration more = seconds(in.take<std::uint16_t>());
  const time_duration later = seconds(in.take<std::uint32_t>() % (30U * 86400));

  try {
    const ptime open = cal.next_open(s);
    KEFU_FUZZ_CHECK(open >= s && cal.is_open(open));
    KEFU_FUZZ_CHECK(!cal.is_open(s) || open == s);
  } catch (const kefu::error&) {
  }

  try {
    const ptime t = cal.add(s, d);
    KEFU_FUZZ_CHECK(!d.is_negative());  // a negative duration is an argument_error
    KEFU_FUZZ_CHECK(t >= s);
    KEFU_FUZZ_CHECK(cal.between(s, t) == d);

    const ptime t2 = cal.add(s, d + more);
    KEFU_FUZZ_CHECK(t2 >= t);
    KEFU_FUZZ_CHECK(cal.between(s, t2) == d + more);

    if (t <= last_instant - later) {
      const ptime u = t + later;
      const time_duration to_u = cal.between(s, u);
      KEFU_FUZZ_CHECK(to_u >= d);
      KEFU_FUZZ_CHECK(to_u == d + cal.between(t, u));
    }
  } catch (const kefu::error&) {
  }
  return 0;
}
