// BusinessCalendar: hand-worked deadlines across holidays, make-up days, DST, leap day and year
// end. Beijing times are written as local literals and turned into UTC here (UTC+8, no DST);
// New York instants are written in UTC directly.

#include "../beijing_time.hpp"
#include <kefu/calendar/business_calendar.hpp>
#include <kefu/calendar/calendars/china_mainland.hpp>
#include <kefu/calendar/time_zone.hpp>
#include <kefu/core/error.hpp>

#include <boost/date_time/posix_time/posix_time.hpp>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <thread>
#include <vector>

using boost::gregorian::date;
using boost::posix_time::hours;
using boost::posix_time::minutes;
using boost::posix_time::ptime;
using boost::posix_time::seconds;
using boost::posix_time::time_from_string;
using kefu::open_hours;

namespace {

// A Beijing wall-clock time as a UTC instant.
ptime bj(const char* local) { return kefu::test::beijing_time(local); }
ptime utc(const char* text) { return time_from_string(text); }

kefu::BusinessCalendar office() {
  return kefu::calendars::china_mainland(
      kefu::WeeklyHours::monday_to_friday({open_hours(9, 0, 18, 0)}));
}

}  // namespace

TEST_CASE("national day 2025: october 1 to 8 closed, sunday sep 28 and saturday oct 11 worked") {
  const auto cal = office();
  CHECK(cal.is_open(bj("2025-09-28 10:00:00")));  // Sunday, make-up workday
  CHECK_FALSE(cal.is_open(bj("2025-10-01 10:00:00")));
  CHECK_FALSE(cal.is_open(bj("2025-10-08 10:00:00")));  // Wednesday, rest day
  CHECK(cal.is_open(bj("2025-10-09 09:00:00")));
  CHECK(cal.is_open(bj("2025-10-11 10:00:00")));  // Saturday, make-up workday
  CHECK_FALSE(cal.is_open(bj("2025-10-12 10:00:00")));

  const ptime opened = bj("2025-09-30 17:00:00");
  // 1 h on Tuesday, then nothing until Thursday Oct 9 09:00.
  CHECK(cal.add(opened, hours(2)) == bj("2025-10-09 10:00:00"));
  CHECK(cal.between(opened, bj("2025-10-09 10:00:00")) == hours(2));
  // 24 h: 1 h on Sep 30, 9 h on Oct 9, 9 h on Oct 10, 5 h on Saturday Oct 11.
  CHECK(cal.add(opened, hours(24)) == bj("2025-10-11 14:00:00"));
  CHECK(cal.next_open(opened + hours(2)) == bj("2025-10-09 09:00:00"));
  // Friday Sep 26 17:00 + 2 h: 1 h on Friday, then the make-up Sunday.
  CHECK(cal.add(bj("2025-09-26 17:00:00"), hours(2)) == bj("2025-09-28 10:00:00"));

  CHECK(cal.add_business_days(date(2025, 9, 30), 3) == date(2025, 10, 11));
  CHECK(cal.add_business_days(date(2025, 9, 30), 1) == date(2025, 10, 9));
  // Sep 28 (Sun), Sep 29, Sep 30, Oct 9, Oct 10, Oct 11 (Sat).
  CHECK(cal.business_days_between(date(2025, 9, 26), date(2025, 10, 12)) == 6);
  CHECK(cal.business_days_between(date(2025, 10, 12), date(2025, 9, 26)) == -6);
  CHECK(cal.business_days_between(date(2025, 9, 30), date(2025, 10, 8)) == 0);
}

TEST_CASE("add returns the closing time when the sum ends exactly at closing") {
  const auto cal = office();
  CHECK(cal.add(bj("2025-09-30 17:00:00"), hours(1)) == bj("2025-09-30 18:00:00"));
  CHECK_FALSE(cal.is_open(bj("2025-09-30 18:00:00")));  // closed at the closing instant
  CHECK(cal.is_open(bj("2025-09-30 09:00:00")));        // open at the opening instant
  CHECK(cal.add(bj("2025-09-30 17:00:00"), hours(1) + seconds(1)) == bj("2025-10-09 09:00:01"));
  CHECK(cal.add(bj("2025-10-03 12:00:00"), hours(0)) == bj("2025-10-03 12:00:00"));
  // From a closed instant the clock starts at the next opening.
  CHECK(cal.add(bj("2025-10-03 12:00:00"), minutes(30)) == bj("2025-10-09 09:30:00"));
}

TEST_CASE("spring festival 2026: february 15 to 23 closed, saturdays feb 14 and 28 worked") {
  const auto cal = office();
  CHECK(cal.add(bj("2026-02-13 16:00:00"), hours(4)) == bj("2026-02-14 11:00:00"));
  CHECK(cal.add(bj("2026-02-14 17:00:00"), hours(2)) == bj("2026-02-24 10:00:00"));
  CHECK(cal.add_business_days(date(2026, 2, 13), 2) == date(2026, 2, 24));
  // 20 weekdays Feb 2-27, minus Feb 16-20 and 23, plus Saturdays Feb 14 and 28.
  CHECK(cal.business_days_between(date(2026, 2, 1), date(2026, 2, 28)) == 16);
  CHECK(cal.between(bj("2026-02-14 00:00:00"), bj("2026-03-01 00:00:00")) == hours(9 * 6));
}

TEST_CASE("a lunch break is skipped") {
  const auto cal = kefu::calendars::china_mainland(
      kefu::WeeklyHours::monday_to_friday({open_hours(9, 0, 12, 0), open_hours(13, 30, 18, 30)}));
  CHECK(cal.add(bj("2025-11-03 11:00:00"), hours(2)) == bj("2025-11-03 14:30:00"));
  CHECK(cal.add(bj("2025-11-03 12:30:00"), minutes(30)) == bj("2025-11-03 14:00:00"));
  CHECK(cal.add(bj("2025-11-03 11:00:00"), hours(1)) == bj("2025-11-03 12:00:00"));
  CHECK(cal.between(bj("2025-11-03 08:00:00"), bj("2025-11-03 20:00:00")) == hours(8));
  CHECK(cal.next_open(bj("2025-11-03 12:00:00")) == bj("2025-11-03 13:30:00"));
}

TEST_CASE("leap day 2024 is an ordinary thursday") {
  const auto cal = office();
  CHECK(cal.add_business_days(date(2024, 2, 28), 1) == date(2024, 2, 29));
  CHECK(cal.add_business_days(date(2024, 2, 29), 1) == date(2024, 3, 1));
  CHECK(cal.add(bj("2024-02-28 17:00:00"), hours(2)) == bj("2024-02-29 10:00:00"));
  const auto always = kefu::BusinessCalendar::always_open();
  CHECK(always.add(utc("2024-02-28 12:00:00"), hours(24)) == utc("2024-02-29 12:00:00"));
  CHECK(always.between(utc("2024-02-01 00:00:00"), utc("2024-03-01 00:00:00")) == hours(29 * 24));
}

TEST_CASE("year end 2025: new year's day and the rest days before the make-up sunday") {
  const auto cal = office();
  // Dec 31 (Wed) 17-18, then Jan 1 holiday, Jan 2 rest, Jan 3 Saturday, Jan 4 Sunday worked.
  CHECK(cal.add(bj("2025-12-31 17:00:00"), hours(2)) == bj("2026-01-04 10:00:00"));
  CHECK(cal.add_business_days(date(2025, 12, 31), 1) == date(2026, 1, 4));
  CHECK(cal.business_days_between(date(2025, 12, 30), date(2026, 1, 5)) == 3);
}

TEST_CASE("a year without a schedule is refused or reported, as the caller chose") {
  const auto refuse = office();
  CHECK(refuse.covered_years() == std::vector{2024, 2025, 2026});
  CHECK_FALSE(refuse.covers(date(2027, 1, 1)));
  CHECK(refuse.covers(date(2026, 12, 31)));
  CHECK_THROWS_WITH_AS(refuse.add(bj("2026-12-31 17:00:00"), hours(2)),
                       "business calendar add: no holiday schedule for 2027",
                       kefu::uncovered_year_error);
  CHECK_THROWS_WITH_AS(refuse.is_open(bj("2023-12-29 10:00:00")),
                       "business calendar is_open: no holiday schedule for 2023",
                       kefu::uncovered_year_error);
  CHECK_THROWS_WITH_AS(refuse.add_business_days(date(2026, 12, 31), 1),
                       "business calendar add_business_days: no holiday schedule for 2027",
                       kefu::uncovered_year_error);
  // Ending exactly at the last closing time of 2026 is still an answer.
  CHECK(refuse.add(bj("2026-12-31 17:00:00"), hours(1)) == bj("2026-12-31 18:00:00"));

  const auto fallback = kefu::calendars::china_mainland(
      kefu::WeeklyHours::monday_to_friday({open_hours(9, 0, 18, 0)}),
      kefu::UncoveredYears::weekly_hours);
  // Friday 2027-01-01 is open on weekly hours alone.
  CHECK(fallback.add(bj("2026-12-31 17:00:00"), hours(2)) == bj("2027-01-01 10:00:00"));
  CHECK(fallback.add_business_days(date(2026, 12, 31), 1) == date(2027, 1, 1));
  const auto trace = fallback.explain(bj("2026-12-31 17:00:00"), bj("2027-01-01 10:00:00"));
  CHECK(trace.uncovered_years == std::vector{2027});
}

TEST_CASE("a night shift crosses midnight and belongs to the day it starts") {
  kefu::WeeklyHours week;
  for (int day = 1; day <= 5; ++day) {
    week.set(boost::gregorian::greg_weekday(day), {open_hours(22, 0, 30, 0)});
  }
  kefu::HolidaySchedule schedule;
  schedule.close(date(2025, 11, 4), kefu::DayKind::closed, "team day");  // a Tuesday
  const kefu::BusinessCalendar cal(week, schedule);                      // UTC
  CHECK(cal.is_open(utc("2025-11-04 05:00:00")));        // Monday's shift, into Tuesday morning
  CHECK_FALSE(cal.is_open(utc("2025-11-04 23:00:00")));  // Tuesday's shift is cancelled
  CHECK(cal.add(utc("2025-11-03 23:00:00"), hours(8)) == utc("2025-11-05 23:00:00"));
  CHECK(cal.between(utc("2025-11-03 00:00:00"), utc("2025-11-10 00:00:00")) == hours(32));
  // Friday's shift ends Saturday 06:00; Saturday and Sunday nights are closed.
  CHECK(cal.add(utc("2025-11-08 05:00:00"), hours(2)) == utc("2025-11-10 23:00:00"));
  CHECK(cal.is_business_day(date(2025, 11, 3)));
  CHECK_FALSE(cal.is_business_day(date(2025, 11, 4)));
}

TEST_CASE("new york's spring-forward and fall-back nights have 7 and 9 hours") {
  const auto ny = kefu::posix_time_zone("EST5EDT,M3.2.0,M11.1.0");
  kefu::WeeklyHours week = kefu::WeeklyHours::monday_to_friday({open_hours(9, 0, 17, 0)});
  week.set(boost::gregorian::Saturday, {open_hours(22, 0, 30, 0)});
  const kefu::BusinessCalendar cal(week, {}, ny);
  // Sat 2025-03-08 22:00 EST = 03:00Z; Sun 06:00 EDT = 10:00Z.
  CHECK(cal.between(utc("2025-03-09 00:00:00"), utc("2025-03-09 12:00:00")) == hours(7));
  CHECK(cal.add(utc("2025-03-09 03:00:00"), hours(7)) == utc("2025-03-09 10:00:00"));
  // Sat 2025-11-01 22:00 EDT = 02:00Z; Sun 06:00 EST = 11:00Z.
  CHECK(cal.between(utc("2025-11-02 00:00:00"), utc("2025-11-02 12:00:00")) == hours(9));
  // Fri 2025-03-07 16:00 EST = 21:00Z; 1 h Friday, the Saturday night shift (7 h), then
  // Monday 09:00 EDT = 13:00Z.
  CHECK(cal.add(utc("2025-03-07 21:00:00"), hours(9)) == utc("2025-03-10 14:00:00"));
  CHECK(cal.local_time(utc("2025-03-10 13:00:00")) == time_from_string("2025-03-10 09:00:00"));
  CHECK(cal.local_time(utc("2025-03-07 14:00:00")) == time_from_string("2025-03-07 09:00:00"));
}

TEST_CASE("a local time in the dst gap means the jump, a repeated one means the first") {
  const auto ny = kefu::posix_time_zone("EST5EDT,M3.2.0,M11.1.0");
  kefu::WeeklyHours week;
  week.set(boost::gregorian::Sunday, {open_hours(2, 30, 4, 0)});
  const kefu::BusinessCalendar cal(week, {}, ny);
  // 2025-03-09 02:30 does not exist: open from the jump (03:00 EDT = 07:00Z) to 04:00 EDT.
  CHECK(cal.between(utc("2025-03-09 00:00:00"), utc("2025-03-10 00:00:00")) == hours(1));
  CHECK(cal.next_open(utc("2025-03-09 00:00:00")) == utc("2025-03-09 07:00:00"));
  // 2025-11-02 01:30 happens twice; the first is EDT.
  CHECK(cal.utc_time(date(2025, 11, 2), hours(1) + minutes(30)) == utc("2025-11-02 05:30:00"));
  // On 2025-11-02 02:30-04:00 EST is 07:30Z-09:00Z.
  CHECK(cal.next_open(utc("2025-11-02 00:00:00")) == utc("2025-11-02 07:30:00"));
  CHECK_THROWS_WITH_AS(cal.is_open(utc("2100-01-05 00:00:00")),
                       "business calendar is_open: 2100-01-05 is outside 1970-2099, the years a "
                       "calendar with daylight saving time covers",
                       kefu::argument_error);
}

TEST_CASE("always open counts wall time") {
  const auto cal = kefu::BusinessCalendar::always_open();
  CHECK(cal.is_always_open());
  CHECK_FALSE(office().is_always_open());
  CHECK(cal.add(utc("2025-09-30 17:00:00"), seconds(30)) == utc("2025-09-30 17:00:30"));
  CHECK(cal.add(utc("2025-09-30 17:00:00"), hours(24 * 90)) == utc("2025-12-29 17:00:00"));
  CHECK(cal.between(utc("1999-12-31 00:00:00"), utc("2000-01-01 00:00:00")) == hours(24));
  CHECK(cal.add_business_days(date(2025, 10, 1), 7) == date(2025, 10, 8));
}

TEST_CASE("far from any exception the week repeats in both directions") {
  const kefu::BusinessCalendar cal(kefu::WeeklyHours::monday_to_friday({open_hours(9, 0, 18, 0)}),
                                   {}, kefu::china_time_zone());
  // Monday 1990-01-01 09:00 Beijing; 10 weeks of 45 h end Friday 1990-03-09 18:00.
  CHECK(cal.add(bj("1990-01-01 09:00:00"), hours(450)) == bj("1990-03-09 18:00:00"));
  CHECK(cal.add(bj("2300-01-01 00:00:00"), hours(1)) == bj("2300-01-01 10:00:00"));  // a Monday
  CHECK(cal.between(bj("1990-01-01 00:00:00"), bj("1990-01-08 00:00:00")) == hours(45));
  CHECK(cal.add_business_days(date(1990, 1, 5), 1) == date(1990, 1, 8));
  CHECK(cal.business_days_between(date(1990, 1, 1), date(2300, 1, 1)) > 0);
}

TEST_CASE("bad calendars and bad arguments are refused with a reason") {
  CHECK_THROWS_WITH_AS(kefu::BusinessCalendar(kefu::WeeklyHours{}),
                       "business calendar: the week has no open hours", kefu::config_error);
  kefu::WeeklyHours overlap;
  overlap.set(boost::gregorian::Friday, {open_hours(22, 0, 30, 0)})
      .set(boost::gregorian::Saturday, {open_hours(5, 0, 12, 0)});
  CHECK_THROWS_WITH_AS(kefu::BusinessCalendar{overlap},
                       "weekly hours: friday 22:00-30:00 overlaps saturday 05:00-12:00",
                       kefu::config_error);
  kefu::HolidaySchedule gap;
  gap.cover_year(2024).cover_year(2026);
  CHECK_THROWS_WITH_AS(kefu::BusinessCalendar(kefu::WeeklyHours::always_open(), gap),
                       "holiday schedule: covered years 2024 and 2026 leave a gap",
                       kefu::config_error);

  const auto cal = office();
  CHECK_THROWS_WITH_AS(cal.add(bj("2025-09-30 17:00:00"), -minutes(5)),
                       "business calendar add: negative duration", kefu::argument_error);
  CHECK_THROWS_WITH_AS(cal.between(bj("2025-09-30 17:00:00"), bj("2025-09-30 16:00:00")),
                       "business calendar between: 'to' is before 'from'", kefu::argument_error);
  CHECK_THROWS_WITH_AS(cal.add_business_days(date(2025, 9, 30), -1),
                       "business calendar add_business_days: negative day count -1",
                       kefu::argument_error);
  CHECK_THROWS_WITH_AS(cal.is_open(ptime()),
                       "business calendar is_open: instant is not a date-time",
                       kefu::argument_error);
}

TEST_CASE("copies share one index and agree") {
  const auto cal = office();
  const kefu::BusinessCalendar copy = cal;  // NOLINT(performance-unnecessary-copy-initialization)
  CHECK(copy.add(bj("2025-09-30 17:00:00"), hours(2)) ==
        cal.add(bj("2025-09-30 17:00:00"), hours(2)));
  CHECK(&copy.schedule() == &cal.schedule());
}

// 110 dated exceptions: 38 days in 2024, 33 in 2025 and 39 in 2026, counted from the notices
// (every day of each holiday span plus the make-up days).
TEST_CASE("calendars print their hours, schedule and zone") {
  CHECK(fmt::format("{}", office()) ==
        "monday-friday 09:00-18:00; 110 dated exceptions, schedule for 2024-2026 (other years "
        "refused); UTC+08:00");
  CHECK(fmt::format("{}", kefu::BusinessCalendar::always_open()) == "always open; UTC+00:00");
  kefu::WeeklyHours week =
      kefu::WeeklyHours::monday_to_friday({open_hours(13, 30, 18, 30), open_hours(9, 0, 12, 0)});
  week.set(boost::gregorian::Saturday, {open_hours(10, 0, 14, 0)});
  CHECK(fmt::format("{}", kefu::BusinessCalendar(
                              week, {}, kefu::posix_time_zone("EST5EDT,M3.2.0,M11.1.0"))) ==
        "monday-friday 09:00-12:00, 13:30-18:30; saturday 10:00-14:00; UTC-05:00 with daylight "
        "saving");
}

TEST_CASE("one calendar gives the same answers to several threads at once") {
  const auto cal = office();
  const auto work = [&cal](std::vector<ptime>* out) {
    for (int i = 0; i < 2000; ++i) {
      out->push_back(cal.add(bj("2025-09-01 08:00:00") + minutes(37 * i), hours(i % 50)));
    }
  };
  std::vector<ptime> a, b, serial;
  std::thread first(work, &a), second(work, &b);
  first.join();
  second.join();
  work(&serial);
  CHECK(a == serial);
  CHECK(b == serial);
}

// Boost's dates end at 1400-01-01 and 9999-12-31. West of UTC the local date of an instant
// early on 1400-01-01 UTC is in 1399, east of UTC a late 9999-12-31 instant is in 10000: every
// call must answer or throw a kefu::error, never boost::gregorian::bad_year.
TEST_CASE("instants at the ends of the supported range give a kefu error, not a boost one") {
  kefu::HolidaySchedule schedule;
  schedule.cover_year(2025);
  const kefu::WeeklyHours week = kefu::WeeklyHours::monday_to_friday({open_hours(9, 0, 18, 0)});
  const std::vector<kefu::BusinessCalendar> calendars = {
      kefu::BusinessCalendar(week, {}, kefu::posix_time_zone("EST5")),
      kefu::BusinessCalendar(week, schedule, kefu::posix_time_zone("PST8")),
      kefu::BusinessCalendar(week, schedule, kefu::posix_time_zone("PST8"),
                             kefu::UncoveredYears::weekly_hours),
      kefu::BusinessCalendar(week, {}, kefu::posix_time_zone("EST5EDT,M3.2.0,M11.1.0")),
      kefu::BusinessCalendar(week, {}, kefu::china_time_zone()),
  };
  const ptime instants[] = {utc("1400-01-01 00:00:00"), utc("1400-01-01 04:59:59"),
                            utc("1400-01-03 00:00:00"), utc("9999-12-31 23:59:59"),
                            utc("9999-12-31 16:00:00")};
  int answered = 0;
  for (const auto& cal : calendars) {
    for (const ptime t : instants) {
      CAPTURE(t);
      const auto call = [&answered](auto&& fn) {
        try {
          fn();
          ++answered;
        } catch (const kefu::error&) {
        }
      };
      call([&] { static_cast<void>(cal.is_open(t)); });
      call([&] { static_cast<void>(cal.next_open(t)); });
      call([&] { static_cast<void>(cal.add(t, hours(1))); });
      call([&] { static_cast<void>(cal.between(t, t)); });
      call([&] { static_cast<void>(cal.local_date(t)); });
      call([&] { static_cast<void>(cal.explain(t, t)); });
      call([&] { static_cast<void>(cal.covers(t, t)); });
      call([&] { static_cast<void>(cal.is_business_day(t.date())); });
      call([&] { static_cast<void>(cal.add_business_days(t.date(), 1)); });
      call([&] { static_cast<void>(cal.business_days_between(t.date(), t.date())); });
    }
  }
  CHECK(answered > 0);
  // UTC-5: 1400-01-01 03:00Z is 1399-12-31 22:00 local, a day Boost cannot hold.
  CHECK_THROWS_WITH_AS(calendars[0].local_date(utc("1400-01-01 03:00:00")),
                       "business calendar: a date before 1400-01-01 or after 9999-12-31",
                       kefu::argument_error);
  // From 05:00Z it is 1400-01-01 local, a Wednesday (1400 is not a leap year; 1400-01-01 was a
  // Wednesday in the proleptic Gregorian calendar).
  CHECK(calendars[0].local_date(utc("1400-01-01 05:00:00")) == date(1400, 1, 1));
}

TEST_CASE("covers says whether a span stayed inside the covered years") {
  const auto fallback = kefu::calendars::china_mainland(
      kefu::WeeklyHours::monday_to_friday({open_hours(9, 0, 18, 0)}),
      kefu::UncoveredYears::weekly_hours);
  const ptime start = bj("2026-12-31 17:00:00");
  // 1 h on Thursday 31 December, then Friday 2027-01-01 on weekly hours alone.
  const ptime deadline = fallback.add(start, hours(2));
  CHECK(deadline == bj("2027-01-01 10:00:00"));
  CHECK_FALSE(fallback.covers(start, deadline));
  CHECK(fallback.covers(start, fallback.add(start, hours(1))));  // ends at 18:00 on 31 December
  // 2027-01-01 00:00 Beijing is the first instant of 2027: as an end it is still covered.
  CHECK(fallback.covers(start, bj("2027-01-01 00:00:00")));
  CHECK_FALSE(fallback.covers(bj("2027-01-01 00:00:00"), bj("2027-01-01 00:00:00")));
  CHECK_FALSE(fallback.covers(bj("2023-12-31 23:59:59"), start));
  CHECK(fallback.covers(bj("2024-01-01 00:00:00"), start));
  CHECK(kefu::BusinessCalendar::always_open().covers(utc("1500-01-01 00:00:00"),
                                                     utc("9000-01-01 00:00:00")));
  CHECK_THROWS_WITH_AS(fallback.covers(deadline, start),
                       "business calendar covers: 'to' is before 'from'", kefu::argument_error);
  // The explanation names the year that had no schedule.
  const std::string text = fmt::format("{}", fallback.explain(start, deadline));
  CHECK(text.find("2027: no holiday schedule, weekly hours only") != std::string::npos);
}
