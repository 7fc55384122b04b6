#pragma once
// The HTML report's four charts, each as its heading, the SVG (svg_chart.hpp) and a note on
// what it counts: cases per day by channel, first-response p50 and p90 per day, SLA breaches by
// clock, satisfaction by category.

#include "month_series.hpp"
#include <kefu/kpi/tally.hpp>
#include <kefu/report/scorecard_report.hpp>

#include <string>

namespace kefu::tool {

std::string volume_chart(const MonthSeries& series, report::Language language);
// On a logarithmic axis: answers take seconds on the phone and hours on a web form over a
// holiday, and a linear axis would flatten one or the other.
std::string first_response_chart(const MonthSeries& series, report::Language language);
// As of the run's instant.
std::string breaches_chart(const MonthSeries& series, report::Language language);
// `tally`: the month's, over every group; ratings as a share of all the category's cases.
std::string satisfaction_chart(const kpi::Tally& tally, report::Language language);

}  // namespace kefu::tool
