#pragma once
// The daylight-saving rule of a POSIX TZ string ("M3.2.0/2,M11.1.0"), evaluated the way POSIX
// defines it. Boost's own posix_time_zone reads these rules unchecked (a week 9 becomes an
// invalid enum, a zero-based day 59 throws std::invalid_argument in non-leap years), so kefu
// parses them itself and hands Boost a custom_time_zone with this rule.

#include <boost/date_time/local_time/dst_transition_day_rules.hpp>

#include <string>

namespace kefu::detail {

// The day one end of daylight saving falls on.
struct TransitionDay {
  enum class Form {
    month_week_day,  // Mm.w.d: weekday d (0 = Sunday) of week w (5 = last) of month m
    julian,          // Jn: day n of 1-365, February 29 never counted
    zero_based,      // n: day n of 0-365, February 29 counted in leap years
  };
  Form form = Form::month_week_day;
  int month = 0, week = 0, weekday = 0;  // month_week_day
  int day = 0;                           // julian, zero_based

  boost::gregorian::date in_year(int year) const;
  std::string text() const;  // as written in a TZ string
};

class PosixDstRule : public boost::local_time::dst_calc_rule {
 public:
  PosixDstRule(TransitionDay start, TransitionDay end) : start_(start), end_(end) {}

  boost::gregorian::date start_day(boost::gregorian::greg_year year) const override {
    return start_.in_year(year);
  }
  boost::gregorian::date end_day(boost::gregorian::greg_year year) const override {
    return end_.in_year(year);
  }
  std::string start_rule_as_string() const override { return start_.text(); }
  std::string end_rule_as_string() const override { return end_.text(); }

 private:
  TransitionDay start_, end_;
};

}  // namespace kefu::detail
