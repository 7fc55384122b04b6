#pragma once
// kefu::report::render: the monthly KPI scorecard as a text table, Markdown, CSV or JSON,
// labelled in Chinese or English. Indicator names, counts and statuses are the same in every
// format; only the labels change with the language.

#include <kefu/core/detail/enum_table.hpp>
#include <kefu/core/parse.hpp>
#include <kefu/kpi/scorecard.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kefu::report {

enum class Format : std::uint8_t { text, markdown, csv, json };
enum class Language : std::uint8_t { zh, en };

}  // namespace kefu::report

namespace kefu {

template <>
struct EnumTraits<report::Format> {
  using F = report::Format;
  static constexpr std::array entries{
      EnumEntry<F>{F::text, "text", "文本表格", "txt|table|文本"},
      EnumEntry<F>{F::markdown, "markdown", "Markdown表格", "md"},
      EnumEntry<F>{F::csv, "csv", "CSV表格", "逗号分隔"},
      EnumEntry<F>{F::json, "json", "JSON文档", ""},
  };
};

template <>
struct EnumTraits<report::Language> {
  using L = report::Language;
  static constexpr std::array entries{
      EnumEntry<L>{L::zh, "zh", "中文", "chinese|zh_cn|cn|汉语"},
      EnumEntry<L>{L::en, "en", "英文", "english|en_us|英语"},
  };
};

}  // namespace kefu

namespace kefu::report {

// Stable English names and Chinese labels.
constexpr std::string_view to_string(Format value) noexcept { return kefu::detail::name_of(value); }
constexpr std::string_view to_string(Language value) noexcept {
  return kefu::detail::name_of(value);
}
constexpr std::string_view chinese_label(Format value) noexcept {
  return kefu::detail::label_of(value);
}
constexpr std::string_view chinese_label(Language value) noexcept {
  return kefu::detail::label_of(value);
}

std::string render(const kpi::Scorecard& scorecard, Format format, Language language);

// The label of an indicator in a language, with the scorecard's thresholds where they are
// part of the name ("Service level (20 s)").
std::string indicator_label(const kpi::Scorecard& scorecard, kpi::Indicator indicator,
                            Language language);
// "pass" / "达标", "FAIL" / "未达标", "no data" / "无数据", "-" for rows without a target.
std::string_view status_label(kpi::Status status, Language language) noexcept;
// A row's value as the tables show it ("85.71% (6/7)", "79:00:00", "n/a (0/0)"), its target
// (">= 85%", "<= 48:00:00", "-" without one), and a section's title ("KPI scorecard 2026-10",
// "2026-10 月度KPI考核 坐席 li.na"): for hosts that lay the scorecard out themselves.
std::string format_value(const kpi::ScorecardRow& row);
std::string format_target(const std::optional<kpi::Target>& target);
std::string section_title(const kpi::ScorecardSection& section, Language language);
// "50:00:00", "0:00:07.836": hours, minutes and seconds, with milliseconds under a minute.
std::string format_duration(boost::posix_time::time_duration duration);

}  // namespace kefu::report
