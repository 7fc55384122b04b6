// Rendering the KPI scorecard.

#include <kefu/core/category.hpp>
#include <kefu/core/channel.hpp>
#include <kefu/report/scorecard_report.hpp>

#include <boost/json.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace kefu::report {
namespace {

using kpi::Indicator;
using kpi::ScorecardRow;
using kpi::ScorecardSection;
using kpi::Status;
using kpi::Target;

std::string format_percent_bp(std::uint32_t bp) {
  if (bp % 100 == 0) return fmt::format("{}%", bp / 100);
  if (bp % 10 == 0) return fmt::format("{}.{}%", bp / 100, bp % 100 / 10);
  return fmt::format("{}.{:02}%", bp / 100, bp % 100);
}

}  // namespace

std::string format_target(const std::optional<Target>& target) {
  if (!target) return "-";
  const char* op = target->direction == Target::Direction::at_least ? ">=" : "<=";
  if (target->kind == Target::Kind::duration) {
    return fmt::format("{} {}", op, format_duration(target->duration));
  }
  return fmt::format("{} {}", op, format_percent_bp(target->basis_points));
}

std::string format_value(const ScorecardRow& row) {
  if (kpi::is_duration(row.indicator)) {
    return row.duration ? format_duration(*row.duration) : std::string("n/a");
  }
  return fmt::format("{}", row.ratio);
}

namespace {

std::string group_label(const ScorecardSection& s, Language lang) {
  if (s.key.dimension == kpi::no_dimension) return "";
  const bool zh = lang == Language::zh;
  switch (s.group_by) {
    case kpi::GroupBy::agent:
      return fmt::format("{} {}", zh ? "坐席" : "agent", s.agent);
    case kpi::GroupBy::channel: {
      const auto c = static_cast<Channel>(s.key.dimension);
      return fmt::format("{} {}", zh ? "渠道" : "channel", zh ? chinese_label(c) : to_string(c));
    }
    case kpi::GroupBy::category: {
      const auto c = static_cast<Category>(s.key.dimension);
      return fmt::format("{} {}", zh ? "类别" : "category", zh ? chinese_label(c) : to_string(c));
    }
    case kpi::GroupBy::none:
      break;
  }
  return "";
}

}  // namespace

std::string section_title(const ScorecardSection& s, Language lang) {
  const std::string group = group_label(s, lang);
  const std::string month = fmt::format("{}", s.key.month);
  if (lang == Language::zh) {
    return group.empty() ? month + " 月度KPI考核" : month + " 月度KPI考核 " + group;
  }
  return group.empty() ? "KPI scorecard " + month : "KPI scorecard " + month + " " + group;
}

namespace {

// Columns a string takes in a terminal: CJK and full-width forms take two.
std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    std::uint32_t cp = byte;
    std::size_t len = 1;
    if (byte >= 0xF0) {
      len = 4;
      cp = byte & 0x07u;
    } else if (byte >= 0xE0) {
      len = 3;
      cp = byte & 0x0Fu;
    } else if (byte >= 0xC0) {
      len = 2;
      cp = byte & 0x1Fu;
    }
    for (std::size_t k = 1; k < len && i + k < text.size(); ++k) {
      cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
    }
    const bool wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
                      (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
                      (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6);
    width += wide ? 2 : 1;
    i += len;
  }
  return width;
}

std::string pad(std::string_view text, std::size_t width) {
  std::string out(text);
  const std::size_t w = display_width(text);
  if (w < width) out.append(width - w, ' ');
  return out;
}

std::array<std::string_view, 4> headers(Language lang) {
  if (lang == Language::zh) return {"指标", "数值", "目标", "结果"};
  return {"Indicator", "Value", "Target", "Status"};
}

using Cells = std::array<std::string, 4>;

std::vector<Cells> cells_of(const kpi::Scorecard& card, const ScorecardSection& s, Language lang) {
  std::vector<Cells> rows;
  for (const auto& row : s.rows) {
    rows.push_back({indicator_label(card, row.indicator, lang), format_value(row),
                    format_target(row.target), std::string(status_label(row.status, lang))});
  }
  return rows;
}

std::string refused_line(const ScorecardSection& s, Language lang) {
  if (s.refused == 0) return "";
  return lang == Language::zh ? fmt::format("被拒记录: {}\n", s.refused)
                              : fmt::format("refused records: {}\n", s.refused);
}

std::string render_text(const kpi::Scorecard& card, Language lang) {
  std::string out;
  for (const auto& s : card.sections) {
    const auto rows = cells_of(card, s, lang);
    const auto head = headers(lang);
    std::array<std::size_t, 4> width{};
    for (std::size_t c = 0; c < 4; ++c) width[c] = display_width(head[c]);
    for (const auto& r : rows) {
      for (std::size_t c = 0; c < 4; ++c) width[c] = std::max(width[c], display_width(r[c]));
    }
    const auto line = [&](const auto& cells) {
      std::string l;
      for (std::size_t c = 0; c < 4; ++c) {
        l += c + 1 < 4 ? pad(cells[c], width[c] + 2) : std::string(cells[c]);
      }
      return l + "\n";
    };
    if (!out.empty()) out += "\n";
    out += section_title(s, lang) + "\n";
    out += line(head);
    out += std::string(width[0] + width[1] + width[2] + width[3] + 6, '-') + "\n";
    for (const auto& r : rows) out += line(r);
    out += refused_line(s, lang);
  }
  return out;
}

std::string render_markdown(const kpi::Scorecard& card, Language lang) {
  std::string out;
  for (const auto& s : card.sections) {
    if (!out.empty()) out += "\n";
    const auto head = headers(lang);
    out += fmt::format("### {}\n\n| {} | {} | {} | {} |\n|---|---:|---:|---|\n",
                       section_title(s, lang), head[0], head[1], head[2], head[3]);
    for (const auto& r : cells_of(card, s, lang)) {
      out += fmt::format("| {} | {} | {} | {} |\n", r[0], r[1], r[2], r[3]);
    }
    const std::string refused = refused_line(s, lang);
    if (!refused.empty()) out += "\n" + refused;
  }
  return out;
}

std::string csv_field(std::string_view text) {
  if (text.find_first_of(",\"\n") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

// The number in a row: percent to two decimals, or seconds to the millisecond; empty when
// there is no data.
std::string plain_number(const ScorecardRow& row) {
  if (kpi::is_duration(row.indicator)) {
    if (!row.duration) return "";
    const auto ms = row.duration->total_milliseconds();
    return fmt::format("{}.{:03}", ms / 1000, ms % 1000);
  }
  const auto percent = row.ratio.percent();
  return percent ? fmt::format("{:.2f}", *percent) : std::string();
}

std::string render_csv(const kpi::Scorecard& card, Language lang) {
  const bool zh = lang == Language::zh;
  std::string out = zh ? "月份,分组,指标,名称,数值,分子,分母,目标,结果\n"
                       : "month,group,indicator,label,value,numerator,denominator,target,status\n";
  for (const auto& s : card.sections) {
    for (const auto& row : s.rows) {
      const bool ratio = !kpi::is_duration(row.indicator);
      out += fmt::format(
          "{},{},{},{},{},{},{},{},{}\n", s.key.month, csv_field(group_label(s, lang)),
          row.indicator, csv_field(indicator_label(card, row.indicator, lang)), plain_number(row),
          ratio ? fmt::format("{}", row.ratio.numerator) : std::string(),
          ratio ? fmt::format("{}", row.ratio.denominator) : std::string(),
          csv_field(format_target(row.target)), csv_field(status_label(row.status, lang)));
    }
  }
  return out;
}

std::string_view status_name(Status status) {
  switch (status) {
    case Status::pass:
      return "pass";
    case Status::fail:
      return "fail";
    case Status::no_data:
      return "no_data";
    case Status::no_target:
      break;
  }
  return "no_target";
}

boost::json::value target_json(const std::optional<Target>& target) {
  if (!target) return nullptr;
  boost::json::object o;
  o["direction"] = target->direction == Target::Direction::at_least ? "at_least" : "at_most";
  if (target->kind == Target::Kind::duration) {
    o["seconds"] = static_cast<double>(target->duration.total_milliseconds()) / 1000.0;
  } else {
    o["percent"] = static_cast<double>(target->basis_points) / 100.0;
  }
  return o;
}

std::string render_json(const kpi::Scorecard& card, Language lang) {
  boost::json::array sections;
  for (const auto& s : card.sections) {
    boost::json::array rows;
    for (const auto& row : s.rows) {
      boost::json::object r;
      r["indicator"] = kpi::to_string(row.indicator);
      r["label"] = indicator_label(card, row.indicator, lang);
      if (kpi::is_duration(row.indicator)) {
        r["seconds"] = row.duration
                           ? boost::json::value(
                                 static_cast<double>(row.duration->total_milliseconds()) / 1000.0)
                           : boost::json::value(nullptr);
      } else {
        const auto percent = row.ratio.percent();
        r["percent"] = percent ? boost::json::value(*percent) : boost::json::value(nullptr);
        r["numerator"] = row.ratio.numerator;
        r["denominator"] = row.ratio.denominator;
      }
      r["target"] = target_json(row.target);
      r["status"] = status_name(row.status);
      r["status_label"] = status_label(row.status, lang);
      rows.push_back(std::move(r));
    }
    boost::json::object section;
    section["month"] = fmt::format("{}", s.key.month);
    section["title"] = section_title(s, lang);
    if (s.key.dimension == kpi::no_dimension) {
      section["group"] = nullptr;
    } else {
      section["group"] = group_label(s, lang);
    }
    section["refused"] = s.refused;
    section["rows"] = std::move(rows);
    sections.push_back(std::move(section));
  }
  boost::json::object root;
  root["language"] = lang == Language::zh ? "zh" : "en";
  root["sections"] = std::move(sections);
  return boost::json::serialize(root) + "\n";
}

}  // namespace

std::string format_duration(boost::posix_time::time_duration duration) {
  if (duration.is_special()) return "n/a";
  const bool negative = duration.is_negative();
  const auto total_ms = (negative ? -duration : duration).total_milliseconds();
  const auto seconds = total_ms / 1000;
  std::string out = fmt::format("{}{}:{:02}:{:02}", negative ? "-" : "", seconds / 3600,
                                seconds / 60 % 60, seconds % 60);
  // Milliseconds matter for waits of seconds (ASA 7.836 s), not for hours-long answer times.
  if (total_ms % 1000 != 0 && seconds < 60) out += fmt::format(".{:03}", total_ms % 1000);
  return out;
}

std::string indicator_label(const kpi::Scorecard& card, Indicator indicator, Language lang) {
  const bool zh = lang == Language::zh;
  const std::string base(zh ? kpi::chinese_label(indicator) : kpi::english_label(indicator));
  if (indicator == Indicator::service_level) {
    const auto s = card.answer_target.total_seconds();
    return zh ? fmt::format("{}({}秒)", base, s) : fmt::format("{} ({} s)", base, s);
  }
  if (indicator == Indicator::complaint_answered_within_limit) {
    const auto h = card.complaint_answer_limit.hours();
    return zh ? fmt::format("{}({}小时)", base, h) : fmt::format("{} ({} h)", base, h);
  }
  return base;
}

std::string_view status_label(Status status, Language lang) noexcept {
  const bool zh = lang == Language::zh;
  switch (status) {
    case Status::pass:
      return zh ? "达标" : "pass";
    case Status::fail:
      return zh ? "未达标" : "FAIL";
    case Status::no_data:
      return zh ? "无数据" : "no data";
    case Status::no_target:
      break;
  }
  return "-";
}

std::string render(const kpi::Scorecard& scorecard, Format format, Language language) {
  switch (format) {
    case Format::markdown:
      return render_markdown(scorecard, language);
    case Format::csv:
      return render_csv(scorecard, language);
    case Format::json:
      return render_json(scorecard, language);
    case Format::text:
      break;
  }
  return render_text(scorecard, language);
}

}  // namespace kefu::report
