#pragma once
// The HTML report's words, in Chinese and in English: its title, the table's headers, the
// charts' titles, notes and series names. Indicator labels and statuses are the scorecard
// report's own (kefu/report/scorecard_report.hpp).

#include <kefu/report/scorecard_report.hpp>

namespace kefu::tool {

// One language's words; the fmt patterns take the month or a count.
struct ReportWords {
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

inline constexpr ReportWords chinese{
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

inline constexpr ReportWords english{
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

inline const ReportWords& words(report::Language lang) {
  return lang == report::Language::zh ? chinese : english;
}

}  // namespace kefu::tool
