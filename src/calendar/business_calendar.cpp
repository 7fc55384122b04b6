// BusinessCalendar: argument checks around the index, and explain().

#include "calendar_index.hpp"
#include <kefu/calendar/business_calendar.hpp>

#include <fmt/format.h>

namespace kefu {

namespace {

using boost::posix_time::ptime;
using boost::posix_time::time_duration;
using detail::Seconds;

constexpr Seconds kLastSecond = 253'402'300'799;  // 9999-12-31 23:59:59, Boost's last instant

Seconds duration_seconds(time_duration d, const char* where) {
  if (d.is_special()) throw argument_error(fmt::format("{}: duration is not a number", where));
  if (d.is_negative()) throw argument_error(fmt::format("{}: negative duration", where));
  return d.total_seconds();
}

}  // namespace

BusinessCalendar::BusinessCalendar(WeeklyHours week, HolidaySchedule schedule, TimeZonePtr zone,
                                   UncoveredYears uncovered)
    : index_(std::make_shared<const detail::CalendarIndex>(std::move(week), std::move(schedule),
                                                           std::move(zone), uncovered)) {}

BusinessCalendar BusinessCalendar::always_open(TimeZonePtr zone) {
  return BusinessCalendar(WeeklyHours::always_open(), {}, std::move(zone));
}

bool BusinessCalendar::is_open(ptime t) const {
  constexpr const char* where = "business calendar is_open";
  const Seconds s = detail::to_seconds(t, where);
  index_->check_instant(s, false, where);
  return index_->is_open(s);
}

ptime BusinessCalendar::next_open(ptime t) const {
  constexpr const char* where = "business calendar next_open";
  const Seconds s = detail::to_seconds(t, where);
  index_->check_instant(s, false, where);
  const Seconds open = index_->next_open(s);
  index_->check_instant(open, false, where);
  return detail::to_ptime(open);
}

ptime BusinessCalendar::add(ptime start, time_duration business_duration) const {
  constexpr const char* where = "business calendar add";
  const Seconds s = detail::to_seconds(start, where);
  const Seconds d = duration_seconds(business_duration, where);
  index_->check_instant(s, false, where);
  if (d == 0) return detail::to_ptime(s);
  const Seconds serial = index_->serial(s);
  const Seconds end = index_->instant_at(serial + d);
  if (end > kLastSecond) throw argument_error(fmt::format("{}: the result is after 9999", where));
  index_->check_instant(end, true, where);
  return detail::to_ptime(end);
}

time_duration BusinessCalendar::between(ptime from, ptime to) const {
  constexpr const char* where = "business calendar between";
  const Seconds a = detail::to_seconds(from, where);
  const Seconds b = detail::to_seconds(to, where);
  if (b < a) throw argument_error(fmt::format("{}: 'to' is before 'from'", where));
  index_->check_instant(a, true, where);
  index_->check_instant(b, true, where);
  return boost::posix_time::seconds(static_cast<long>(index_->serial(b) - index_->serial(a)));
}

bool BusinessCalendar::is_business_day(boost::gregorian::date day) const {
  constexpr const char* where = "business calendar is_business_day";
  const auto n = detail::to_day(day, where);
  index_->check_day(n, where);
  return index_->is_business_day(n);
}

boost::gregorian::date BusinessCalendar::add_business_days(boost::gregorian::date day,
                                                           int n) const {
  constexpr const char* where = "business calendar add_business_days";
  const auto start = detail::to_day(day, where);
  if (n < 0) throw argument_error(fmt::format("{}: negative day count {}", where, n));
  index_->check_day(start, where);
  if (n == 0) return day;
  const auto end = index_->first_day_with(index_->days_before(start + 1) + n) - 1;
  index_->check_day(end, where);
  return detail::to_date(end);
}

int BusinessCalendar::business_days_between(boost::gregorian::date d1,
                                            boost::gregorian::date d2) const {
  constexpr const char* where = "business calendar business_days_between";
  const auto a = detail::to_day(d1, where);
  const auto b = detail::to_day(d2, where);
  index_->check_day(a, where);
  index_->check_day(b, where);
  return static_cast<int>(index_->days_before(b + 1) - index_->days_before(a + 1));
}

CalendarTrace BusinessCalendar::explain(ptime from, ptime to) const {
  CalendarTrace trace;
  trace.from = from;
  trace.to = to;
  trace.total = between(from, to);  // checks the arguments
  trace.zone = index_->zone();
  const Seconds a = detail::to_seconds(from, "");
  const Seconds b = detail::to_seconds(to, "");
  for (Seconds t = a; t < b;) {
    const auto [open, close] = index_->piece_after(t);
    if (open >= b) break;
    const ptime span_from = detail::to_ptime(std::max(open, t));
    const ptime span_to = detail::to_ptime(std::min(close, b));
    if (!trace.counted.empty() && trace.counted.back().to == span_from) {
      trace.counted.back().to = span_to;
    } else {
      trace.counted.push_back({span_from, span_to});
    }
    t = close;
  }
  if (b > a) {
    const auto first_day = local_date(from), last_day = local_date(detail::to_ptime(b - 1));
    for (const DayRule& rule : index_->schedule().rules()) {
      if (rule.day >= first_day && rule.day <= last_day) trace.exceptions.push_back(rule);
    }
    if (index_->limited()) {
      for (int year = first_day.year(); year <= last_day.year(); ++year) {
        if (!index_->covers_day(detail::to_day(boost::gregorian::date(year, 1, 1), ""))) {
          trace.uncovered_years.push_back(year);
        }
      }
    }
  }
  return trace;
}

ptime BusinessCalendar::local_time(ptime utc) const {
  const Seconds s = detail::to_seconds(utc, "business calendar local_time");
  return detail::to_ptime(s + index_->rules().offset_at(s));
}

boost::gregorian::date BusinessCalendar::local_date(ptime utc) const {
  return local_time(utc).date();
}

ptime BusinessCalendar::utc_time(boost::gregorian::date day, time_duration time_of_day) const {
  const auto n = detail::to_day(day, "business calendar utc_time");
  return detail::to_ptime(index_->rules().to_utc(n * detail::kDay + time_of_day.total_seconds()));
}

const std::vector<int>& BusinessCalendar::covered_years() const {
  return index_->schedule().covered_years();
}

bool BusinessCalendar::covers(boost::gregorian::date day) const {
  return index_->covers_day(detail::to_day(day, "business calendar covers"));
}

bool BusinessCalendar::covers(ptime from, ptime to) const {
  constexpr const char* where = "business calendar covers";
  const Seconds a = detail::to_seconds(from, where);
  const Seconds b = detail::to_seconds(to, where);
  if (b < a) throw argument_error(fmt::format("{}: 'to' is before 'from'", where));
  return index_->covers_span(a, b);
}

UncoveredYears BusinessCalendar::uncovered_years() const { return index_->uncovered(); }
const WeeklyHours& BusinessCalendar::weekly_hours() const { return index_->week(); }
const HolidaySchedule& BusinessCalendar::schedule() const { return index_->schedule(); }
const TimeZonePtr& BusinessCalendar::zone() const { return index_->zone(); }
bool BusinessCalendar::is_always_open() const { return index_->always_open(); }

}  // namespace kefu
