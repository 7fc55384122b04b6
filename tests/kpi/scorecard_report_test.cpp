// kefu::report::render: the scorecard as text, Markdown, CSV and JSON, in Chinese and English.

#include <kefu/kpi/scorecard.hpp>
#include <kefu/report/scorecard_report.hpp>

#include <boost/json.hpp>

#include <doctest/doctest.h>

#include <string>

namespace kpi = kefu::kpi;
namespace report = kefu::report;
using boost::posix_time::hours;
using boost::posix_time::milliseconds;
using boost::posix_time::minutes;
using boost::posix_time::ptime;
using report::Format;
using report::Language;

namespace {

// October: 1150 of 1200 calls connected; 2 repeats among 200 complaints. November: one call.
kpi::Scorecard card() {
  kpi::Accumulator acc;
  const ptime oct(boost::gregorian::date(2026, 10, 5), hours(3));
  for (int i = 0; i < 1200; ++i) {
    kpi::CallRecord c;
    c.dialled_at = oct;
    c.connected = i < 1150;
    acc.add(c);
  }
  for (int i = 0; i < 200; ++i) {
    kpi::CaseRecord r;
    r.opened_at = oct;
    r.category = kefu::Category::complaint;
    r.reply_due = oct + hours(2);
    r.replied_at = oct + hours(1);
    r.resolved_at = oct + hours(50);
    r.opened_as_repeat = i < 2;
    acc.add(r);
  }
  kpi::CallRecord november;
  november.dialled_at = ptime(boost::gregorian::date(2026, 11, 2), hours(3));
  acc.add(november);
  return kpi::scorecard(acc, kpi::Targets::defaults());
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("durations print as hours, minutes, seconds and milliseconds") {
  CHECK(report::format_duration(hours(50)) == "50:00:00");
  CHECK(report::format_duration(minutes(4) + milliseconds(250)) == "0:04:00");
  CHECK(report::format_duration(boost::posix_time::seconds(7) + milliseconds(836)) ==
        "0:00:07.836");
  CHECK(report::format_duration(-minutes(90)) == "-1:30:00");
}

TEST_CASE("the text table is aligned and labelled in english") {
  const std::string text = report::render(card(), Format::text, Language::en);
  CHECK(text.rfind("KPI scorecard 2026-10\nIndicator", 0) == 0);
  // The widest label, Cross-province complaint satisfaction, takes 37 columns, then 2 spaces.
  CHECK(contains(text, "\nSystem connection rate                 95.83% (1150/1200)"));
  CHECK(contains(text, "1.01% (2/198)"));
  CHECK(contains(text, "<= 1%"));
  CHECK(contains(text, "Complaint answer time (max)"));
  CHECK(contains(text, "50:00:00"));
  CHECK(contains(text, "FAIL"));
  CHECK(contains(text, "Service level (20 s)"));
  CHECK(contains(text, "\nKPI scorecard 2026-11\n"));
}

TEST_CASE("the text table is labelled in chinese and aligned by display width") {
  const std::string text = report::render(card(), Format::text, Language::zh);
  CHECK(text.rfind("2026-10 月度KPI考核\n指标", 0) == 0);
  // The widest label, 投诉限时答复率(48小时), takes 22 columns; 系统接通率 takes 10.
  CHECK(contains(text, "\n系统接通率              95.83% (1150/1200)"));
  CHECK(contains(text, "重复投诉率"));
  CHECK(contains(text, "未达标"));
  CHECK(contains(text, "无数据"));
}

TEST_CASE("the markdown table has a heading and one row per indicator") {
  const std::string md = report::render(card(), Format::markdown, Language::en);
  CHECK(md.rfind("### KPI scorecard 2026-10\n\n| Indicator | Value | Target | Status |\n", 0) == 0);
  CHECK(contains(md, "| System connection rate | 95.83% (1150/1200) | >= 85% | pass |\n"));
  CHECK(contains(md, "| Repeat complaint rate | 1.01% (2/198) | <= 1% | FAIL |\n"));
  CHECK(contains(md, "| Complaint answer time (max) | 50:00:00 | <= 48:00:00 | FAIL |\n"));
  CHECK(contains(md, "| CSAT | n/a (0/0) | - | no data |\n"));
  const std::string zh = report::render(card(), Format::markdown, Language::zh);
  CHECK(contains(zh, "| 重复投诉率 | 1.01% (2/198) | <= 1% | 未达标 |\n"));
}

TEST_CASE("the csv has a header and one line per month and indicator") {
  const std::string csv = report::render(card(), Format::csv, Language::en);
  CHECK(csv.rfind("month,group,indicator,label,value,numerator,denominator,target,status\n", 0) ==
        0);
  CHECK(contains(csv,
                 "\n2026-10,,system_connection_rate,System connection rate,95.83,1150,1200,"
                 ">= 85%,pass\n"));
  CHECK(contains(csv,
                 "\n2026-10,,repeat_complaint_rate,Repeat complaint rate,1.01,2,198,<= 1%,FAIL\n"));
  CHECK(contains(csv,
                 "\n2026-10,,complaint_answer_time_max,Complaint answer time (max),"
                 "180000.000,,,<= 48:00:00,FAIL\n"));
  CHECK(contains(csv,
                 "\n2026-11,,system_connection_rate,System connection rate,0.00,0,1,"
                 ">= 85%,FAIL\n"));
  std::size_t lines = 0;
  for (const char c : csv) lines += c == '\n';
  CHECK(lines == 1 + 2 * kpi::indicator_count);
  const std::string zh = report::render(card(), Format::csv, Language::zh);
  CHECK(zh.rfind("月份,分组,指标,名称,数值,分子,分母,目标,结果\n", 0) == 0);
  CHECK(contains(zh, "\n2026-10,,repeat_complaint_rate,重复投诉率,1.01,2,198,<= 1%,未达标\n"));
}

TEST_CASE("the json carries names, labels, counts, targets and statuses") {
  const auto root = boost::json::parse(report::render(card(), Format::json, Language::zh));
  CHECK(root.at("language") == "zh");
  const auto& sections = root.at("sections").as_array();
  REQUIRE(sections.size() == 2);
  CHECK(sections[0].at("month") == "2026-10");
  CHECK(sections[0].at("group").is_null());
  const auto& rows = sections[0].at("rows").as_array();
  REQUIRE(rows.size() == kpi::indicator_count);
  const auto& repeat = rows[static_cast<std::size_t>(kpi::Indicator::repeat_complaint_rate)];
  CHECK(repeat.at("indicator") == "repeat_complaint_rate");
  CHECK(repeat.at("label") == "重复投诉率");
  CHECK(repeat.at("numerator") == 2);
  CHECK(repeat.at("denominator") == 198);
  CHECK(repeat.at("percent").as_double() == doctest::Approx(1.0101).epsilon(0.0001));
  CHECK(repeat.at("target").at("direction") == "at_most");
  CHECK(repeat.at("target").at("percent").as_double() == 1.0);
  CHECK(repeat.at("status") == "fail");
  CHECK(repeat.at("status_label") == "未达标");
  const auto& csat = rows[static_cast<std::size_t>(kpi::Indicator::csat)];
  CHECK(csat.at("percent").is_null());
  CHECK(csat.at("target").is_null());
  CHECK(csat.at("status") == "no_data");
  const auto& max = rows[static_cast<std::size_t>(kpi::Indicator::complaint_answer_time_max)];
  CHECK(max.at("seconds").as_double() == 180000.0);
}

TEST_CASE("group sections are titled by agent, channel or category") {
  kpi::AccumulatorOptions options;
  options.group_by = kpi::GroupBy::category;
  kpi::Accumulator acc(options);
  kpi::CaseRecord r;
  r.opened_at = ptime(boost::gregorian::date(2026, 10, 5), hours(3));
  r.category = kefu::Category::after_sales;
  acc.add(r);
  const auto grouped = kpi::scorecard_by_group(acc, kpi::Targets::defaults());
  CHECK(report::render(grouped, Format::text, Language::en)
            .rfind("KPI scorecard 2026-10 category after_sales\n", 0) == 0);
  CHECK(report::render(grouped, Format::text, Language::zh)
            .rfind("2026-10 月度KPI考核 类别 售后类\n", 0) == 0);
}

TEST_CASE("an agent's section is titled by the agent's id") {
  kpi::AccumulatorOptions options;
  options.group_by = kpi::GroupBy::agent;
  kpi::Accumulator acc(options);
  kpi::CallRecord c;
  c.dialled_at = ptime(boost::gregorian::date(2026, 10, 5), hours(3));
  c.connected = true;
  c.agent = "li.na";
  acc.add(c);
  const auto grouped = kpi::scorecard_by_group(acc, kpi::Targets::defaults());
  REQUIRE(grouped.sections.size() == 1);
  CHECK(grouped.sections[0].agent == "li.na");
  CHECK(report::render(grouped, Format::text, Language::en)
            .rfind("KPI scorecard 2026-10 agent li.na\n", 0) == 0);
  CHECK(report::render(grouped, Format::text, Language::zh)
            .rfind("2026-10 月度KPI考核 坐席 li.na\n", 0) == 0);
  CHECK(report::render(grouped, Format::csv, Language::en).find("\n2026-10,agent li.na,") !=
        std::string::npos);
  const auto json = boost::json::parse(report::render(grouped, Format::json, Language::en));
  CHECK(json.at("sections").at(0).at("group") == "agent li.na");
}
