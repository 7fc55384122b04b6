#pragma once
// kefu::HolidaySchedule: the dated exceptions to a calendar's weekly hours. Closed days
// (statutory holidays and the rest days moved next to them), make-up workdays (调休: a weekend
// day worked with a given weekday's hours) and days with special hours. A schedule may declare
// the years it covers completely; a calendar then knows when it is asked about a year it has
// no data for. It names its region and cites where its dates come from (docs/rules.md
// §calendar); kefu::io::holiday_schedule_from_json reads one from a year file.

#include <kefu/calendar/business_hours.hpp>
#include <kefu/core/detail/enum_table.hpp>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <array>
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

template <>
struct EnumTraits<DayKind> {
  static constexpr std::array entries{
      EnumEntry<DayKind>{DayKind::statutory_holiday, "statutory_holiday", "法定节假日",
                         "statutory|法定假日"},
      EnumEntry<DayKind>{DayKind::rest_day, "rest_day", "调休休息日", "rest|休息日|调休"},
      EnumEntry<DayKind>{DayKind::closed, "closed", "停业", "休业"},
      EnumEntry<DayKind>{DayKind::makeup_workday, "makeup_workday", "调休上班",
                         "makeup|make_up_workday|补班|上班"},
      EnumEntry<DayKind>{DayKind::special_hours, "special_hours", "特殊营业时间", ""},
  };
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

  friend bool operator==(const DayRule& a, const DayRule& b) {
    return a.day == b.day && a.kind == b.kind && a.name == b.name && a.hours_of == b.hours_of &&
           a.hours == b.hours;
  }
  friend bool operator!=(const DayRule& a, const DayRule& b) { return !(a == b); }
};

// Where a schedule's dates come from: for China, the State Council General Office's notice on
// the year's holiday arrangements (国务院办公厅关于部分节假日安排的通知).
struct ScheduleSource {
  std::string title;   // "国务院办公厅关于2025年部分节假日安排的通知"
  std::string number;  // the document number, "国办发明电〔2024〕12号"; may be empty
  boost::gregorian::date issued;  // 2024-11-12
  std::string url;                // where it is published

  friend bool operator==(const ScheduleSource& a, const ScheduleSource& b) {
    return a.title == b.title && a.number == b.number && a.issued == b.issued && a.url == b.url;
  }
  friend bool operator!=(const ScheduleSource& a, const ScheduleSource& b) { return !(a == b); }
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
  // The region the dates hold for ("cn": mainland China); empty when not said.
  HolidaySchedule& set_region(std::string region);
  HolidaySchedule& cite(ScheduleSource source);
  // Adds every rule, covered year and source of `other` (a further year file). Throws
  // kefu::config_error when a date is in both, or when both name different regions; on a
  // throw this schedule is unchanged.
  HolidaySchedule& merge(const HolidaySchedule& other);

  const std::vector<DayRule>& rules() const { return rules_; }      // sorted by date
  const std::vector<int>& covered_years() const { return years_; }  // sorted, may be empty
  const std::string& region() const { return region_; }
  const std::vector<ScheduleSource>& sources() const { return sources_; }
  // The rule for `day`, or nullptr.
  const DayRule* find(boost::gregorian::date day) const;

  friend bool operator==(const HolidaySchedule& a, const HolidaySchedule& b) {
    return a.rules_ == b.rules_ && a.years_ == b.years_ && a.region_ == b.region_ &&
           a.sources_ == b.sources_;
  }
  friend bool operator!=(const HolidaySchedule& a, const HolidaySchedule& b) { return !(a == b); }

 private:
  HolidaySchedule& add(DayRule rule);

  std::vector<DayRule> rules_;
  std::vector<int> years_;
  std::string region_;
  std::vector<ScheduleSource> sources_;
};

}  // namespace kefu
