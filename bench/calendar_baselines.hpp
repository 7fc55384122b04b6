#pragma once
// The two ways open-source helpdesks compute business deadlines, as baselines for
// calendar_bench: stepping minute by minute (OTRS/Znuny step hour by hour) and walking each
// day's open intervals (Zammad's biz engine, Request Tracker, osTicket). Both read the same
// weekly hours and holiday schedule as kefu's calendar, in a fixed-offset zone, and return the
// same instant as BusinessCalendar::add (the earliest one). No night shifts.

#include <kefu/calendar/business_hours.hpp>
#include <kefu/calendar/holiday_schedule.hpp>

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <cstdint>
#include <vector>

namespace kefu::bench {

class Baselines {
 public:
  Baselines(WeeklyHours week, HolidaySchedule schedule, boost::posix_time::time_duration offset)
      : week_(std::move(week)), schedule_(std::move(schedule)), offset_(offset) {}

  const std::vector<OpenInterval>& hours_on(boost::gregorian::date day) const {
    static const std::vector<OpenInterval> closed;
    if (const DayRule* rule = schedule_.find(day)) {
      if (rule->is_closed()) return closed;
      if (rule->kind == DayKind::makeup_workday) return week_.hours(rule->hours_of);
      return rule->hours;
    }
    return week_.hours(day.day_of_week());
  }

  bool is_open(boost::posix_time::ptime utc) const {
    const auto local = utc + offset_;
    const auto tod = local.time_of_day();
    for (const auto& interval : hours_on(local.date())) {
      if (tod >= interval.open && tod < interval.close) return true;
    }
    return false;
  }

  // Minute stepping: one open test per minute (per second inside the last minute).
  boost::posix_time::ptime step_minutes(boost::posix_time::ptime t,
                                        boost::posix_time::time_duration d) const {
    using boost::posix_time::minutes;
    using boost::posix_time::seconds;
    std::int64_t left = d.total_seconds();
    while (left > 0) {
      const auto tod = t.time_of_day();
      const auto next = boost::posix_time::ptime(
          t.date(), boost::posix_time::hours(tod.hours()) + minutes(tod.minutes() + 1));
      if (is_open(t)) {
        const std::int64_t take = std::min<std::int64_t>(left, (next - t).total_seconds());
        left -= take;
        t += seconds(static_cast<long>(take));
      } else {
        t = next;
      }
    }
    return t;
  }

  // Interval walk: day by day, through each day's open intervals.
  boost::posix_time::ptime walk_days(boost::posix_time::ptime t,
                                     boost::posix_time::time_duration d) const {
    std::int64_t left = d.total_seconds();
    if (left == 0) return t;
    for (auto day = (t + offset_).date();; day += boost::gregorian::days(1)) {
      const auto midnight = boost::posix_time::ptime(day) - offset_;
      for (const auto& interval : hours_on(day)) {
        const auto close = midnight + interval.close;
        if (close <= t) continue;
        const auto from = std::max(midnight + interval.open, t);
        const std::int64_t open = (close - from).total_seconds();
        if (open >= left) return from + boost::posix_time::seconds(static_cast<long>(left));
        left -= open;
      }
    }
  }

  // The n-th business day after `day`, by minute stepping through local time.
  boost::gregorian::date step_minutes_days(boost::gregorian::date day, int n) const {
    auto t = boost::posix_time::ptime(day + boost::gregorian::days(1)) - offset_;
    boost::gregorian::date counted_day = day;
    for (int seen = 0;; t += boost::posix_time::minutes(1)) {
      const auto local_day = (t + offset_).date();
      if (seen == n && local_day != counted_day) return counted_day;
      if (local_day != counted_day && is_open(t)) {
        counted_day = local_day;
        ++seen;
      }
    }
  }

  // The n-th business day after `day`, by walking the days.
  boost::gregorian::date walk_days_days(boost::gregorian::date day, int n) const {
    while (n > 0) {
      day += boost::gregorian::days(1);
      if (!hours_on(day).empty()) --n;
    }
    return day;
  }

 private:
  WeeklyHours week_;
  HolidaySchedule schedule_;
  boost::posix_time::time_duration offset_;
};

}  // namespace kefu::bench
