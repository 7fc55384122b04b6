// TransitionDay: the POSIX day forms, with their ranges already checked by the parser.

#include "posix_dst_rule.hpp"

#include <fmt/format.h>

namespace kefu::detail {

namespace greg = boost::gregorian;

greg::date TransitionDay::in_year(int year) const {
  const auto y = static_cast<unsigned short>(year);
  switch (form) {
    case Form::month_week_day: {
      const greg::date first(y, static_cast<unsigned short>(month), 1);
      int day = 1 + (weekday - first.day_of_week().as_number() + 7) % 7 + 7 * (week - 1);
      const int last = greg::gregorian_calendar::end_of_month_day(y, first.month());
      while (day > last) day -= 7;  // week 5 is the last such weekday of the month
      return greg::date(first.year(), first.month(), static_cast<unsigned short>(day));
    }
    case Form::julian: {
      const bool after_leap_day = greg::gregorian_calendar::is_leap_year(y) && day >= 60;
      return greg::date(y, 1, 1) + greg::days(day - 1 + (after_leap_day ? 1 : 0));
    }
    case Form::zero_based:
      return greg::date(y, 1, 1) + greg::days(day);
  }
  return greg::date(y, 1, 1);
}

std::string TransitionDay::text() const {
  switch (form) {
    case Form::month_week_day:
      return fmt::format("M{}.{}.{}", month, week, weekday);
    case Form::julian:
      return fmt::format("J{}", day);
    case Form::zero_based:
      return fmt::format("{}", day);
  }
  return "";
}

}  // namespace kefu::detail
