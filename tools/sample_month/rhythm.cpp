#include "rhythm.hpp"

#include <array>

namespace kefu::sample {

namespace pt = boost::posix_time;
namespace greg = boost::gregorian;

namespace {

// Per mille of a day's contacts in each hour of the Beijing day.
constexpr std::array<std::array<int, 24>, 3> hourly{{
    // phone: peaks at 10:00 and 15:00
    {{4, 2, 1, 1, 1, 2, 6, 20, 50, 80, 92, 78, 52, 60, 84, 90, 76, 58, 46, 38, 28, 18, 9, 4}},
    // online chat, WeChat, app: an evening peak after work
    {{12, 6, 3, 2, 2, 3, 8, 20, 40, 58, 64, 60, 52, 56, 60, 60, 56, 54, 58, 70, 78, 72, 46, 20}},
    // web forms: written in office hours and in the evening
    {{8, 4, 2, 2, 2, 4, 10, 24, 50, 70, 72, 66, 54, 60, 66, 66, 60, 52, 50, 56, 58, 34, 18, 12}},
}};

constexpr int percent_of_weekday[7] = {80, 115, 108, 104, 100, 96, 84};  // Sunday first

// National Day holidays on the 2026 schedule (1-7 October); the 8th is the first workday.
int day_percent(Rhythm rhythm, int day) {
  const int weekday = greg::date(2026, 10, day).day_of_week().as_number();
  if (day <= 7) return rhythm == Rhythm::phone ? 88 : 126;
  if (day == 8) return 135;
  return percent_of_weekday[weekday];
}

}  // namespace

pt::ptime beijing(int day, int hour, int minute, int second) {
  return pt::ptime(greg::date(2026, 10, day),
                   pt::hours(hour) + pt::minutes(minute) + pt::seconds(second)) -
         pt::hours(8);
}

pt::ptime to_beijing(pt::ptime utc) { return utc + pt::hours(8); }

int arrivals(Random& random, Rhythm rhythm, int per_day, int day, int hour) {
  // In hundred-thousandths of a contact: per_day * percent * per mille.
  const long expected = static_cast<long>(per_day) * day_percent(rhythm, day) *
                        hourly[static_cast<std::size_t>(rhythm)][static_cast<std::size_t>(hour)];
  const int whole = static_cast<int>(expected / 100000);
  return whole + (random.below(100000) < static_cast<std::uint64_t>(expected % 100000) ? 1 : 0);
}

pt::ptime contact_centre_time(Random& random, pt::ptime t) {
  const pt::ptime local = to_beijing(t);
  const long hour = local.time_of_day().hours();
  if (hour >= 8 && hour < 22) return t;
  const greg::date day = hour < 8 ? local.date() : local.date() + greg::days(1);
  return pt::ptime(day, pt::hours(8) + pt::minutes(random.between(0, 45))) - pt::hours(8);
}

}  // namespace kefu::sample
