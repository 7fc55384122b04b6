#pragma once
// kefu::report::render: the monthly KPI scorecard as a text table, Markdown, CSV or JSON,
// labelled in Chinese or English. Indicator names, counts and statuses are the same in every
// format; only the labels change with the language.

#include <kefu/kpi/scorecard.hpp>

#include <cstdint>
#include <string>
#include <string_view>

namespace kefu::report {

enum class Format : std::uint8_t { text, markdown, csv, json };
enum class Language : std::uint8_t { zh, en };

std::string render(const kpi::Scorecard& scorecard, Format format, Language language);

// The label of an indicator in a language, with the scorecard's thresholds where they are
// part of the name ("Service level (20 s)").
std::string indicator_label(const kpi::Scorecard& scorecard, kpi::Indicator indicator,
                            Language language);
// "pass" / "达标", "FAIL" / "未达标", "no data" / "无数据", "-" for rows without a target.
std::string_view status_label(kpi::Status status, Language language) noexcept;
// "50:00:00", "0:00:07.836": hours, minutes and seconds, with milliseconds under a minute.
std::string format_duration(boost::posix_time::time_duration duration);

}  // namespace kefu::report
