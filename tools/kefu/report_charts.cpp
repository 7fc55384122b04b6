#include "report_charts.hpp"

#include "html_text.hpp"
#include "report_words.hpp"
#include "svg_chart.hpp"
#include <kefu/core/category.hpp>
#include <kefu/core/channel.hpp>

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace kefu::tool {

namespace {

using report::Language;

// Tableau 10, a palette made to tell categories apart (also for most colour-blind readers);
// kefu's choice. Channels keep their colour from month to month: indexed by Channel value.
constexpr std::array<const char*, 8> channel_colours{"#4e79a7", "#f28e2b", "#76b7b2", "#59a14f",
                                                     "#edc948", "#b07aa1", "#ff9da7", "#9c755f"};
constexpr const char* blue = "#4e79a7";
constexpr const char* red = "#e15759";
constexpr const char* grey = "#bab0ac";
constexpr const char* green = "#59a14f";
constexpr const char* light_green = "#8cd17d";
constexpr const char* orange = "#f28e2b";
constexpr const char* pale = "#e8e4e1";

std::vector<std::string> day_labels(const MonthSeries& series) {
  std::vector<std::string> days;
  for (std::size_t d = 1; d <= series.days(); ++d) days.push_back(std::to_string(d));
  return days;
}

std::string figure(const std::string& title, const std::string& note, const std::string& svg) {
  return fmt::format("<h2>{}</h2>\n<figure>\n{}<figcaption>{}</figcaption>\n</figure>\n",
                     html_escape(title), svg, html_escape(note));
}

// The ladder of the first-response chart's logarithmic axis: answers take seconds on the phone
// and hours on a web form over a holiday, so a linear axis would flatten one or the other.
std::vector<std::pair<double, std::string>> seconds_ladder(Language lang) {
  const bool zh = lang == Language::zh;
  return {{1, zh ? "1秒" : "1 s"},          {10, zh ? "10秒" : "10 s"},
          {60, zh ? "1分" : "1 min"},       {600, zh ? "10分" : "10 min"},
          {3600, zh ? "1小时" : "1 h"},     {36000, zh ? "10小时" : "10 h"},
          {86400, zh ? "1天" : "1 d"},      {864000, zh ? "10天" : "10 d"},
          {8640000, zh ? "100天" : "100 d"}};
}

}  // namespace

std::string volume_chart(const MonthSeries& series, Language lang) {
  Chart chart{words(lang).volume, "", day_labels(series), {}, std::nullopt, true};
  for (const auto& [channel, per_day] : series.volume()) {
    ChartSeries s{std::string(lang == Language::zh ? chinese_label(channel) : to_string(channel)),
                  channel_colours[static_cast<std::size_t>(channel) % channel_colours.size()],
                  {}};
    for (const auto n : per_day) s.values.emplace_back(static_cast<double>(n));
    chart.series.push_back(std::move(s));
  }
  return figure(words(lang).volume, words(lang).volume_note, column_chart(chart));
}

std::string first_response_chart(const MonthSeries& series, Language lang) {
  Chart chart{words(lang).first_response, "", day_labels(series), {}, std::nullopt, false};
  ChartSeries p50{"P50", blue, {}};
  ChartSeries p90{"P90", red, {}};
  double lowest = 1e300;
  double highest = 0;
  for (const auto& h : series.first_response()) {
    const auto value = [&](double q) -> std::optional<double> {
      const auto ms = h.quantile(q);
      if (!ms) return std::nullopt;
      const double seconds = static_cast<double>(*ms) / 1000;
      lowest = std::min(lowest, seconds);
      highest = std::max(highest, seconds);
      return seconds;
    };
    p50.values.push_back(value(0.5));
    p90.values.push_back(value(0.9));
  }
  chart.series = {p50, p90};
  // The ladder's steps from the last at or below the fastest answer to the first at or above
  // the slowest.
  const auto ladder = seconds_ladder(lang);
  if (highest == 0) lowest = highest = 1;  // no case answered: an empty axis of 1 s .. 10 s
  std::size_t from = 0;
  std::size_t to = 1;
  while (from + 1 < ladder.size() && ladder[from + 1].first <= lowest) ++from;
  while (to + 1 < ladder.size() && ladder[to].first < highest) ++to;
  to = std::max(to, from + 1);
  chart.log_ticks.assign(ladder.begin() + static_cast<std::ptrdiff_t>(from),
                         ladder.begin() + static_cast<std::ptrdiff_t>(to) + 1);
  // As the scorecard writes durations: 0:00:08.031.
  chart.value_text = [](double seconds) {
    return report::format_duration(boost::posix_time::milliseconds(std::llround(seconds * 1000)));
  };
  return figure(words(lang).first_response, words(lang).first_response_note, line_chart(chart));
}

std::string breaches_chart(const MonthSeries& series, Language lang) {
  const ReportWords& w = words(lang);
  if (series.breaches().empty()) return figure(w.breaches, w.no_data, "");
  Chart chart{w.breaches,   "",  {}, {{w.breached, red, {}}, {w.not_breached, grey, {}}},
              std::nullopt, true};
  for (const auto& [clock, n] : series.breaches()) {
    chart.categories.push_back(clock);
    chart.series[0].values.emplace_back(static_cast<double>(n.breached));
    chart.series[1].values.emplace_back(static_cast<double>(n.started - n.breached));
  }
  return figure(w.breaches, w.breaches_note, column_chart(chart));
}

std::string satisfaction_chart(const kpi::Tally& tally, Language lang) {
  const ReportWords& w = words(lang);
  Chart chart{w.satisfaction,
              "%",
              {},
              {{w.satisfied, green, {}},
               {w.basically, light_green, {}},
               {w.unsatisfied, orange, {}},
               {w.unrated, pale, {}}},
              100.0,
              false};
  const auto percent = [](kpi::Count part, kpi::Count whole) {
    return 100.0 * static_cast<double>(part) / static_cast<double>(whole);
  };
  for (std::size_t i = 0; i < tally.cases.by_category.size(); ++i) {
    const kpi::RatingTally& r = tally.cases.by_category[i];
    if (r.cases == 0) continue;
    const auto category = static_cast<Category>(i);
    chart.categories.push_back(fmt::format(
        "{} ({})", lang == Language::zh ? chinese_label(category) : to_string(category), r.cases));
    const kpi::Count unsatisfied = r.rated - r.satisfied - r.basically_satisfied;
    chart.series[0].values.emplace_back(percent(r.satisfied, r.cases));
    chart.series[1].values.emplace_back(percent(r.basically_satisfied, r.cases));
    chart.series[2].values.emplace_back(percent(unsatisfied, r.cases));
    chart.series[3].values.emplace_back(percent(r.cases - r.rated, r.cases));
  }
  if (chart.categories.empty()) return figure(w.satisfaction, w.no_data, "");
  return figure(w.satisfaction, w.satisfaction_note, column_chart(chart));
}

}  // namespace kefu::tool
