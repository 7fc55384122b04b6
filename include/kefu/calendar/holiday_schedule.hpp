#pragma once
// kefu::HolidaySchedule: the dated exceptions to a calendar's weekly hours. Closed days
// (statutory holidays and the rest days moved next to them), make-up workdays (调休: a weekend
// day worked with a given weekday's hours) and days with special hours. A schedule may declare
// the years it covers completely; a calendar then knows when it is asked about a year it has
// no data for.

#include <kefu/calendar/business_hours.hpp>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace kefu {

enum class DayKind : std::uint8_t {
  statutory_holiday,  // 法定节假日: a statutory day off (overtime on it pays triple in China)
  rest_day,           // 调休休息日 and weekends inside a holiday span: off, but not statutory
  closed,             // any other closure the host adds (company holiday, move)
  makeup_workday,     // 调休上班: open with the hours of another weekday
  special_hours,      // open with hours of its own
};

struct DayRule {
  boost::gregorian::date day;
  DayKind kind = DayKind::closed;
  std::string name;                                                   // "国庆节 National Day"
  boost::gregorian::greg_weekday hours_of{boost::gregorian::Monday};  // makeup_workday only
  std::vector<OpenInterval> hours;                                    // special_hours only

  bool is_closed() const {
    return kind == DayKind::statutory_holiday || kind == DayKind::rest_day ||
           kind == DayKind::closed;
  }
};

class HolidaySchedule {
 public:
  // A closed day; `kind` must be statutory_holiday, rest_day or closed.
  HolidaySchedule& close(boost::gregorian::date day, DayKind kind, std::string name);
  // A make-up workday open with the weekly hours of `hours_of`.
  HolidaySchedule& work(boost::gregorian::date day, boost::gregorian::greg_weekday hours_of,
                        std::string name);
  // A day with its own hours (empty hours: closed).
  HolidaySchedule& special_hours(boost::gregorian::date day, std::vector<OpenInterval> hours,
                                 std::string name);
  // Declares that the schedule lists every exception of `year`. Covered years must be
  // contiguous when the schedule is given to a calendar.
  HolidaySchedule& cover_year(int year);

  const std::vector<DayRule>& rules() const { return rules_; }      // sorted by date
  const std::vector<int>& covered_years() const { return years_; }  // sorted, may be empty
  // The rule for `day`, or nullptr.
  const DayRule* find(boost::gregorian::date day) const;

 private:
  HolidaySchedule& add(DayRule rule);

  std::vector<DayRule> rules_;
  std::vector<int> years_;
};

}  // namespace kefu
