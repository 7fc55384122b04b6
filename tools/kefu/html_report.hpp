#pragma once
// kefu kpi --format html: the month's report as one self-contained HTML page. The scorecard
// table(s) against the targets, with passes and failures marked, and four charts drawn as
// inline SVG (svg_chart.hpp): cases per day by channel, first-response time p50 and p90 per
// day, SLA breaches by clock, satisfaction by category. Inline CSS, no script, no external
// resource (a Content-Security-Policy forbids fetching any), every text escaped.

#include "month_series.hpp"
#include <kefu/kpi/scorecard.hpp>
#include <kefu/kpi/tally.hpp>
#include <kefu/report/scorecard_report.hpp>

#include <string>

namespace kefu::tool {

// `card`: the month's sections (one, or one per group with --by); `month_total`: the month's
// tally over every group; `series`: the month's days and clocks.
std::string html_report(const kpi::Scorecard& card, const kpi::Tally& month_total,
                        const MonthSeries& series, report::Language language);

}  // namespace kefu::tool
