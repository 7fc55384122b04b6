#include "html_report.hpp"

#include "html_text.hpp"
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

constexpr const char* style = R"css(
body { font-family: "Noto Sans CJK SC", "WenQuanYi Micro Hei", "PingFang SC", "Microsoft YaHei",
  "Helvetica Neue", Arial, sans-serif; color: #222; background: #fff; margin: 0; }
main { max-width: 800px; margin: 0 auto; padding: 16px 20px 40px; }
h1 { font-size: 24px; margin: 8px 0 4px; }
h2 { font-size: 18px; margin: 28px 0 6px; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
p.summary { color: #555; margin: 4px 0 12px; }
table.scorecard { border-collapse: collapse; width: 100%; font-size: 14px; }
table.scorecard th, table.scorecard td { padding: 4px 8px; border-bottom: 1px solid #eee;
  text-align: left; }
table.scorecard th { background: #f4f4f4; }
table.scorecard td:first-child { border-left: 4px solid transparent; }
table.scorecard td.num { text-align: right; font-variant-numeric: tabular-nums;
  white-space: nowrap; }
tr.pass td.status { color: #1b7a2e; font-weight: bold; }
tr.fail td.status { color: #c0262d; font-weight: bold; }
tr.fail td:first-child { border-left: 4px solid #e15759; }
tr.pass td:first-child { border-left: 4px solid #59a14f; }
tr.no_data td.status, tr.no_target td.status { color: #888; }
figure { margin: 8px 0 20px; }
figcaption { color: #555; font-size: 13px; margin-top: 2px; }
svg.chart { display: block; max-width: 100%; height: auto; }
svg.chart rect.plot { fill: #fafafa; }
svg.chart .grid { stroke: #e2e2e2; stroke-width: 1; }
svg.chart .baseline { stroke: #444; stroke-width: 1; }
svg.chart text { fill: #333; }
)css";

struct Words {
  const char* title;
  const char* cases;
  const char* calls;
  const char* indicator;
  const char* value;
  const char* target;
  const char* status;
  const char* volume;
  const char* volume_note;
  const char* first_response;
  const char* first_response_note;
  const char* breaches;
  const char* breaches_note;
  const char* breached;
  const char* not_breached;
  const char* satisfaction;
  const char* satisfaction_note;
  const char* satisfied;
  const char* basically;
  const char* unsatisfied;
  const char* unrated;
  const char* no_data;
};

constexpr Words chinese{
    "{} 月度KPI报告",
    "受理 {} 件",
    "呼入 {} 通",
    "指标",
    "数值",
    "目标",
    "结果",
    "每日受理量（按渠道）",
    "每天受理的工单数，按受理渠道堆叠。",
    "首次响应时长（按日）",
    "当天受理并已首次响应的工单，首次响应时长的中位数 (P50) 与 P90。",
    "SLA超时（按时钟）",
    "本月受理的工单中启动过该时钟的件数，其中截至统计时刻已超时的件数。",
    "超时",
    "未超时",
    "满意度（按类别）",
    "各类别工单的回访结果占该类全部工单的比例（未评价计入分母）。",
    "满意",
    "基本满意",
    "不满意",
    "未评价",
    "本月无数据。",
};

constexpr Words english{
    "KPI report {}",
    "{} cases accepted",
    "{} calls dialled",
    "Indicator",
    "Value",
    "Target",
    "Status",
    "Daily volume by channel",
    "Cases accepted each day, stacked by the channel they came in on.",
    "First-response time by day",
    "Median (p50) and p90 first-response time of the cases accepted that day and answered.",
    "SLA breaches by clock",
    "Cases of the month that ran the clock, and of those the ones breached as of the run.",
    "breached",
    "not breached",
    "Satisfaction by category",
    "Follow-up ratings as a share of all the category's cases (unrated ones count).",
    "satisfied",
    "basically satisfied",
    "unsatisfied",
    "unrated",
    "No data this month.",
};

const Words& words(Language lang) { return lang == Language::zh ? chinese : english; }

std::string status_class(kpi::Status status) {
  return std::string(kpi::to_string(status));  // pass, fail, no_data, no_target
}

std::string status_cell(kpi::Status status, Language lang) {
  const std::string label(report::status_label(status, lang));
  switch (status) {
    case kpi::Status::pass:
      return "\u2713 " + label;  // check mark
    case kpi::Status::fail:
      return "\u2717 " + label;  // ballot x
    case kpi::Status::no_data:
    case kpi::Status::no_target:
      break;
  }
  return label;
}

std::string scorecard_table(const kpi::Scorecard& card, const kpi::ScorecardSection& section,
                            Language lang) {
  const Words& w = words(lang);
  std::array<std::size_t, 4> counts{};  // by Status
  for (const auto& row : section.rows) ++counts[static_cast<std::size_t>(row.status)];
  std::string out = fmt::format("<h2>{}</h2>\n", html_escape(report::section_title(section, lang)));
  out += fmt::format("<p class=\"summary\">{}</p>\n",
                     html_escape(fmt::format(
                         "{} {} · {} {} · {} {}", report::status_label(kpi::Status::pass, lang),
                         counts[0], report::status_label(kpi::Status::fail, lang), counts[1],
                         report::status_label(kpi::Status::no_data, lang), counts[2])));
  out += fmt::format(
      "<table class=\"scorecard\">\n<thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th>"
      "</tr></thead>\n<tbody>\n",
      w.indicator, w.value, w.target, w.status);
  for (const auto& row : section.rows) {
    out += fmt::format(
        "<tr class=\"{}\"><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>"
        "<td class=\"status\">{}</td></tr>\n",
        status_class(row.status), html_escape(report::indicator_label(card, row.indicator, lang)),
        html_escape(report::format_value(row)), html_escape(report::format_target(row.target)),
        html_escape(status_cell(row.status, lang)));
  }
  return out + "</tbody>\n</table>\n";
}

std::vector<std::string> day_labels(const MonthSeries& series) {
  std::vector<std::string> days;
  for (std::size_t d = 1; d <= series.days(); ++d) days.push_back(std::to_string(d));
  return days;
}

std::string figure(const std::string& title, const std::string& note, const std::string& svg) {
  return fmt::format("<h2>{}</h2>\n<figure>\n{}<figcaption>{}</figcaption>\n</figure>\n",
                     html_escape(title), svg, html_escape(note));
}

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
  const Words& w = words(lang);
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
  const Words& w = words(lang);
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

}  // namespace

std::string html_report(const kpi::Scorecard& card, const kpi::Tally& month_total,
                        const MonthSeries& series, Language lang) {
  const Words& w = words(lang);
  const std::string month = fmt::format("{}", series.month());
  const std::string title = fmt::format(fmt::runtime(w.title), month);
  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
      "style-src 'unsafe-inline'\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n<main>\n<h1>{}</h1>\n",
      lang == Language::zh ? "zh-CN" : "en", html_escape(title), style, html_escape(title));
  out += fmt::format("<p class=\"summary\">{} · {}</p>\n",
                     html_escape(fmt::format(fmt::runtime(w.cases), month_total.cases.cases())),
                     html_escape(fmt::format(fmt::runtime(w.calls), month_total.calls.dialled)));
  for (const auto& section : card.sections) out += scorecard_table(card, section, lang);
  out += volume_chart(series, lang);
  out += first_response_chart(series, lang);
  out += breaches_chart(series, lang);
  out += satisfaction_chart(month_total, lang);
  return out + "</main>\n</body>\n</html>\n";
}

}  // namespace kefu::tool
