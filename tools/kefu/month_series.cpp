#include "month_series.hpp"

#include <kefu/sla/clock_status.hpp>
#include <kefu/workflow/case_summary.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <utility>

namespace kefu::tool {

MonthSeries::MonthSeries(kpi::Month month, BusinessCalendar calendar)
    : month_(month), calendar_(std::move(calendar)) {
  const auto days = boost::gregorian::gregorian_calendar::end_of_month_day(
      static_cast<unsigned short>(month.year), static_cast<unsigned short>(month.month));
  first_response_.resize(days);
}

void MonthSeries::add(const Case& c, const kpi::CaseRecord& record,
                      boost::posix_time::ptime as_of) {
  const boost::gregorian::date day = calendar_.local_date(record.opened_at);
  if (day.year() != month_.year || day.month() != month_.month) return;
  const auto index = static_cast<std::size_t>(day.day() - 1);
  auto& per_day = volume_[record.channel];
  if (per_day.empty()) per_day.resize(days());
  ++per_day[index];
  if (record.replied_at) {
    first_response_[index].add((*record.replied_at - record.opened_at).total_milliseconds());
  }
  for (const ClockSummary& clock : summarize(c, as_of).clocks) {
    if (clock.status == sla::ClockStatus::not_started) continue;
    ClockBreaches& n = breaches_[std::string(clock.clock.name())];
    ++n.started;
    if (clock.status == sla::ClockStatus::breached) ++n.breached;
  }
}

}  // namespace kefu::tool
