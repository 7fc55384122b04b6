// BusinessCalendar against a naive reference that steps minute by minute through local wall
// time, on random starts (before opening, in a lunch break, on holidays, exactly at boundaries,
// at odd seconds) and random durations.

#include <kefu/calendar/business_calendar.hpp>
#include <kefu/calendar/calendars/china_mainland.hpp>
#include <kefu/calendar/time_zone.hpp>

#include <boost/date_time/local_time/local_time.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <random>

using boost::gregorian::date;
using boost::posix_time::hours;
using boost::posix_time::minutes;
using boost::posix_time::ptime;
using boost::posix_time::seconds;
using boost::posix_time::time_duration;
using kefu::open_hours;

namespace {

// The reference knows the rules only as wall-clock hours per date.
class Reference {
 public:
  Reference(kefu::WeeklyHours week, kefu::HolidaySchedule schedule,
            boost::local_time::time_zone_ptr zone)
      : week_(std::move(week)), schedule_(std::move(schedule)), zone_(std::move(zone)) {}

  bool is_open(ptime utc) const {
    const ptime local = boost::local_time::local_date_time(utc, zone_).local_time();
    const time_duration tod = local.time_of_day();
    for (const auto& interval : hours_on(local.date())) {
      if (tod >= interval.open && tod < interval.close) return true;
    }
    for (const auto& interval : hours_on(local.date() - boost::gregorian::days(1))) {
      if (tod + hours(24) >= interval.open && tod + hours(24) < interval.close) return true;
    }
    return false;
  }

  ptime add(ptime t, time_duration d) const {
    std::int64_t left = d.total_seconds();
    while (left > 0) {
      const ptime next_minute = minute_floor(t) + minutes(1);
      if (is_open(t)) {
        const std::int64_t take = std::min<std::int64_t>(left, (next_minute - t).total_seconds());
        left -= take;
        t += seconds(static_cast<long>(take));
      } else {
        t = next_minute;
      }
    }
    return t;
  }

  time_duration between(ptime from, ptime to) const {
    std::int64_t open = 0;
    for (ptime t = from; t < to;) {
      const ptime next = std::min(minute_floor(t) + minutes(1), to);
      if (is_open(t)) open += (next - t).total_seconds();
      t = next;
    }
    return seconds(static_cast<long>(open));
  }

  ptime next_open(ptime t) const {
    if (is_open(t)) return t;
    for (t = minute_floor(t) + minutes(1); !is_open(t);) t += minutes(1);
    return t;
  }

  bool is_business_day(date day) const { return !hours_on(day).empty(); }

 private:
  static ptime minute_floor(ptime t) {
    const auto tod = t.time_of_day();
    return ptime(t.date(), hours(tod.hours()) + minutes(tod.minutes()));
  }

  std::vector<kefu::OpenInterval> hours_on(date day) const {
    if (const kefu::DayRule* rule = schedule_.find(day)) {
      if (rule->is_closed()) return {};
      if (rule->kind == kefu::DayKind::makeup_workday) return week_.hours(rule->hours_of);
      return rule->hours;
    }
    return week_.hours(day.day_of_week());
  }

  kefu::WeeklyHours week_;
  kefu::HolidaySchedule schedule_;
  boost::local_time::time_zone_ptr zone_;
};

struct Case {
  kefu::WeeklyHours week;
  kefu::HolidaySchedule schedule;
  boost::local_time::time_zone_ptr zone;
  date first;
  int span_days;
  std::vector<time_duration> boundaries;  // local times worth hitting exactly
};

Case china_office() {
  kefu::WeeklyHours week =
      kefu::WeeklyHours::monday_to_friday({open_hours(9, 0, 12, 0), open_hours(13, 30, 18, 30)});
  week.set(boost::gregorian::Saturday, {open_hours(10, 0, 14, 0)});
  auto schedule = kefu::calendars::china_mainland_schedule();
  schedule.special_hours(date(2025, 12, 24), {open_hours(9, 0, 13, 0)}, "Christmas Eve");
  return {week,
          schedule,
          kefu::china_time_zone(),
          date(2024, 1, 1),
          1060,
          {hours(9), hours(12), hours(13) + minutes(30), hours(18) + minutes(30), hours(10),
           hours(14), hours(0)}};
}

Case night_shift() {
  kefu::WeeklyHours week;
  for (int day = 1; day <= 5; ++day) {
    week.set(boost::gregorian::greg_weekday(day), {open_hours(22, 0, 30, 0)});
  }
  week.set(boost::gregorian::Sunday, {open_hours(10, 0, 16, 0)});
  kefu::HolidaySchedule schedule;
  schedule.close(date(2025, 3, 4), kefu::DayKind::closed, "closed")
      .close(date(2025, 3, 9), kefu::DayKind::closed, "closed")
      .work(date(2025, 3, 15), boost::gregorian::Monday, "make-up")
      .special_hours(date(2025, 3, 20), {open_hours(20, 0, 23, 0)}, "short");
  return {week,
          schedule,
          kefu::posix_time_zone("UTC0"),
          date(2025, 2, 1),
          80,
          {hours(22), hours(6), hours(10), hours(16), hours(20), hours(23), hours(0)}};
}

Case new_york() {
  auto week = kefu::WeeklyHours::monday_to_friday({open_hours(9, 0, 17, 0)});
  kefu::HolidaySchedule schedule;
  schedule.close(date(2025, 7, 4), kefu::DayKind::statutory_holiday, "Independence Day")
      .close(date(2025, 11, 27), kefu::DayKind::statutory_holiday, "Thanksgiving");
  return {week,
          schedule,
          kefu::posix_time_zone("EST5EDT,M3.2.0,M11.1.0"),
          date(2025, 1, 1),
          360,
          {hours(9), hours(17), hours(0)}};
}

void check_against_reference(const Case& c, int runs, std::uint64_t seed) {
  const kefu::BusinessCalendar cal(c.week, c.schedule, c.zone);
  const Reference ref(c.week, c.schedule, c.zone);
  std::mt19937_64 rng(seed);
  const auto uniform = [&rng](std::int64_t lo, std::int64_t hi) {
    return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng);
  };
  const auto random_start = [&]() {
    const date day = c.first + boost::gregorian::days(static_cast<long>(uniform(0, c.span_days)));
    switch (uniform(0, 3)) {
      case 0:  // exactly at a boundary, local time
        return cal.utc_time(day, c.boundaries[uniform(0, c.boundaries.size() - 1)]);
      case 1:  // an odd second
        return cal.utc_time(day, seconds(static_cast<long>(uniform(0, 86'399))));
      default:  // a whole minute
        return cal.utc_time(day, minutes(static_cast<long>(uniform(0, 1439))));
    }
  };
  const auto random_duration = [&]() -> time_duration {
    if (uniform(0, 1) == 0) return minutes(static_cast<long>(uniform(0, 30 * 60)));
    return seconds(static_cast<long>(uniform(0, 30 * 3600)));
  };

  for (int run = 0; run < runs; ++run) {
    const ptime s = random_start();
    const time_duration a = random_duration(), b = random_duration();
    CAPTURE(s);
    CAPTURE(a);
    CAPTURE(b);
    const ptime end = cal.add(s, a);
    REQUIRE(end == ref.add(s, a));
    CHECK(cal.between(s, end) == a);
    CHECK(cal.add(end, b) == cal.add(s, a + b));
    CHECK(cal.add(s, a + seconds(1)) > end);
    CHECK(cal.add(s + seconds(1), a) >= end);
    CHECK(cal.is_open(s) == ref.is_open(s));
    CHECK(cal.next_open(s) == ref.next_open(s));
    const ptime to = s + hours(uniform(0, 60));
    CHECK(cal.between(s, to) == ref.between(s, to));

    const date day = c.first + boost::gregorian::days(static_cast<long>(uniform(0, c.span_days)));
    const int n = static_cast<int>(uniform(0, 12));
    date expected = day;
    for (int left = n; left > 0;) {
      expected += boost::gregorian::days(1);
      if (ref.is_business_day(expected)) --left;
    }
    CHECK(cal.add_business_days(day, n) == expected);
    CHECK(cal.business_days_between(day, expected) == n);
    CHECK(cal.is_business_day(day) == ref.is_business_day(day));
  }
}

}  // namespace

TEST_CASE("a lunch-break office with china's holidays agrees with minute stepping") {
  check_against_reference(china_office(), 100, 20261124);
}

TEST_CASE("a night-shift calendar agrees with minute stepping") {
  check_against_reference(night_shift(), 100, 7);
}

TEST_CASE("a new york office across both dst changes agrees with minute stepping") {
  check_against_reference(new_york(), 80, 42);
}
