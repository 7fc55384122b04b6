#include "html_report.hpp"

#include "html_text.hpp"
#include "report_charts.hpp"
#include "report_words.hpp"

#include <fmt/format.h>

#include <array>
#include <cstddef>

namespace kefu::tool {

namespace {

using report::Language;

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
  const ReportWords& w = words(lang);
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
      html_escape(w.indicator), html_escape(w.value), html_escape(w.target), html_escape(w.status));
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

}  // namespace

std::string html_report(const kpi::Scorecard& card, const kpi::Tally& month_total,
                        const MonthSeries& series, Language lang) {
  const ReportWords& w = words(lang);
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
