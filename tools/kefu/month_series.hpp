#pragma once
// The month's series behind the HTML report's charts, which the monthly tallies do not keep:
// cases accepted per day and channel, first-response times per day, and per SLA clock how many
// cases ran it and how many breached it. Days are the team's (the calendar's zone), as KPI
// months are; first-response times are kept in kpi::Histogram, so a day's p50 and p90 are
// those the scorecard would give for that day alone.

#include <kefu/calendar/business_calendar.hpp>
#include <kefu/core/channel.hpp>
#include <kefu/kpi/accumulator.hpp>
#include <kefu/kpi/case_record.hpp>
#include <kefu/kpi/histogram.hpp>
#include <kefu/workflow/case.hpp>

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace kefu::tool {

struct ClockBreaches {
  std::uint64_t started = 0;   // cases whose clock ran (any status but not_started)
  std::uint64_t breached = 0;  // of those, breached as of the run's instant
};

class MonthSeries {
 public:
  MonthSeries(kpi::Month month, BusinessCalendar calendar);

  // Counts a case the accumulator counted, from its KPI record; a case accepted in another
  // month is left out. Clock statuses are read as of `as_of` (the run's instant).
  void add(const Case& c, const kpi::CaseRecord& record, boost::posix_time::ptime as_of);

  kpi::Month month() const { return month_; }
  std::size_t days() const { return first_response_.size(); }  // 28..31
  // Cases accepted per day (index 0: the 1st), for each channel that had any.
  const std::map<Channel, std::vector<std::uint64_t>>& volume() const { return volume_; }
  // opened_at -> replied_at of the cases accepted that day and replied to.
  const std::vector<kpi::Histogram>& first_response() const { return first_response_; }
  // By clock name.
  const std::map<std::string, ClockBreaches>& breaches() const { return breaches_; }

 private:
  kpi::Month month_;
  BusinessCalendar calendar_;
  std::map<Channel, std::vector<std::uint64_t>> volume_;
  std::vector<kpi::Histogram> first_response_;
  std::map<std::string, ClockBreaches> breaches_;
};

}  // namespace kefu::tool
