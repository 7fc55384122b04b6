#pragma once
// kefu::kpi::Indicator: the rows of the monthly scorecard, with stable English names, Chinese
// labels and English labels. The hotline standard's indicators (docs/rules.md §kpi) come first.

#include <kefu/core/detail/enum_table.hpp>
#include <kefu/core/parse.hpp>

#include <fmt/core.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace kefu::kpi {

enum class Indicator : std::uint8_t {
  system_connection_rate,
  human_answer_rate,
  inquiry_reply_rate,
  inquiry_timely_reply_rate,
  complaint_timely_reply_rate,
  repeat_complaint_rate,
  inquiry_satisfaction,
  cross_province_complaint_satisfaction,
  key_account_complaint_satisfaction,
  complaint_answer_time_max,
  complaint_answer_time_mean,
  complaint_answered_within_limit,
  service_level,
  abandonment_rate,
  first_contact_resolution,
  resolution_rate,
  reopen_rate,
  average_handle_time,
  first_response_time_p50,
  first_response_time_p90,
  csat,
};

inline constexpr std::size_t indicator_count = 21;

// Whether an indicator is a Ratio or a duration.
constexpr bool is_duration(Indicator i) noexcept {
  return i == Indicator::complaint_answer_time_max || i == Indicator::complaint_answer_time_mean ||
         i == Indicator::average_handle_time || i == Indicator::first_response_time_p50 ||
         i == Indicator::first_response_time_p90;
}

// English label shown to users ("System connection rate").
std::string_view english_label(Indicator value) noexcept;

}  // namespace kefu::kpi

namespace kefu {

template <>
struct EnumTraits<kpi::Indicator> {
  using I = kpi::Indicator;
  static constexpr std::array entries{
      EnumEntry<I>{I::system_connection_rate, "system_connection_rate", "系统接通率", ""},
      EnumEntry<I>{I::human_answer_rate, "human_answer_rate", "人工应答率", ""},
      EnumEntry<I>{I::inquiry_reply_rate, "inquiry_reply_rate", "咨询回复率", ""},
      EnumEntry<I>{I::inquiry_timely_reply_rate, "inquiry_timely_reply_rate", "咨询回复及时率", ""},
      EnumEntry<I>{I::complaint_timely_reply_rate, "complaint_timely_reply_rate", "投诉回复及时率",
                   ""},
      EnumEntry<I>{I::repeat_complaint_rate, "repeat_complaint_rate", "重复投诉率", ""},
      EnumEntry<I>{I::inquiry_satisfaction, "inquiry_satisfaction", "咨询满意率", ""},
      EnumEntry<I>{I::cross_province_complaint_satisfaction,
                   "cross_province_complaint_satisfaction", "跨省投诉满意率", ""},
      EnumEntry<I>{I::key_account_complaint_satisfaction, "key_account_complaint_satisfaction",
                   "大客户投诉满意率", ""},
      EnumEntry<I>{I::complaint_answer_time_max, "complaint_answer_time_max", "投诉答复时长(最长)",
                   ""},
      EnumEntry<I>{I::complaint_answer_time_mean, "complaint_answer_time_mean",
                   "投诉答复时长(平均)", ""},
      EnumEntry<I>{I::complaint_answered_within_limit, "complaint_answered_within_limit",
                   "投诉限时答复率", ""},
      EnumEntry<I>{I::service_level, "service_level", "服务水平", ""},
      EnumEntry<I>{I::abandonment_rate, "abandonment_rate", "放弃率", "弃呼率"},
      EnumEntry<I>{I::first_contact_resolution, "first_contact_resolution", "首次解决率", ""},
      EnumEntry<I>{I::resolution_rate, "resolution_rate", "问题解决率", ""},
      EnumEntry<I>{I::reopen_rate, "reopen_rate", "重开率", ""},
      EnumEntry<I>{I::average_handle_time, "average_handle_time", "平均处理时长", ""},
      EnumEntry<I>{I::first_response_time_p50, "first_response_time_p50", "首次响应时长P50", ""},
      EnumEntry<I>{I::first_response_time_p90, "first_response_time_p90", "首次响应时长P90", ""},
      EnumEntry<I>{I::csat, "csat", "客户满意度", ""},
  };
  static_assert(entries.size() == kpi::indicator_count);
};

}  // namespace kefu

namespace kefu::kpi {

// Stable English snake_case name.
constexpr std::string_view to_string(Indicator value) noexcept {
  return kefu::detail::name_of(value);
}
// Chinese label shown to users.
constexpr std::string_view chinese_label(Indicator value) noexcept {
  return kefu::detail::label_of(value);
}

}  // namespace kefu::kpi

// fmt::format("{}", x) prints the English name; defined in src/kpi/format.cpp.
template <>
struct fmt::formatter<kefu::kpi::Indicator> : fmt::formatter<fmt::string_view> {
  format_context::iterator format(kefu::kpi::Indicator value, format_context& ctx) const;
};
