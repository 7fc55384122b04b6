// fmt formatters of the kpi value types, compiled once so that hosts need only <fmt/core.h>.

#include <kefu/kpi/accumulator.hpp>
#include <kefu/kpi/indicator.hpp>
#include <kefu/kpi/ratio.hpp>

#include <fmt/format.h>

#include <cmath>
#include <cstdint>

fmt::format_context::iterator fmt::formatter<kefu::kpi::Ratio>::format(
    const kefu::kpi::Ratio& value, fmt::format_context& ctx) const {
  if (value.denominator == 0) {
    return formatter<string_view>::format(
        fmt::format("n/a ({}/{})", value.numerator, value.denominator), ctx);
  }
  // Hundredths of a percent, rounded half up, in integers while they cannot overflow.
  std::uint64_t hundredths = 0;
  if (value.numerator <= (UINT64_MAX - value.denominator / 2) / 10000) {
    hundredths = (value.numerator * 10000 + value.denominator / 2) / value.denominator;
  } else {
    hundredths = static_cast<std::uint64_t>(std::floor(
        static_cast<long double>(value.numerator) * 10000.0L / value.denominator + 0.5L));
  }
  return formatter<string_view>::format(
      fmt::format("{}.{:02}% ({}/{})", hundredths / 100, hundredths % 100, value.numerator,
                  value.denominator),
      ctx);
}

fmt::format_context::iterator fmt::formatter<kefu::kpi::Month>::format(
    const kefu::kpi::Month& value, fmt::format_context& ctx) const {
  return formatter<string_view>::format(fmt::format("{:04}-{:02}", value.year, value.month), ctx);
}

fmt::format_context::iterator fmt::formatter<kefu::kpi::Indicator>::format(
    kefu::kpi::Indicator value, fmt::format_context& ctx) const {
  return formatter<string_view>::format(kefu::kpi::to_string(value), ctx);
}

namespace kefu::kpi {

std::string_view english_label(Indicator value) noexcept {
  switch (value) {
    case Indicator::system_connection_rate:
      return "System connection rate";
    case Indicator::human_answer_rate:
      return "Human answer rate";
    case Indicator::inquiry_reply_rate:
      return "Inquiry reply rate";
    case Indicator::inquiry_timely_reply_rate:
      return "Inquiry timely reply rate";
    case Indicator::complaint_timely_reply_rate:
      return "Complaint timely reply rate";
    case Indicator::repeat_complaint_rate:
      return "Repeat complaint rate";
    case Indicator::inquiry_satisfaction:
      return "Inquiry satisfaction";
    case Indicator::cross_province_complaint_satisfaction:
      return "Cross-province complaint satisfaction";
    case Indicator::key_account_complaint_satisfaction:
      return "Key-account complaint satisfaction";
    case Indicator::complaint_answer_time_max:
      return "Complaint answer time (max)";
    case Indicator::complaint_answer_time_mean:
      return "Complaint answer time (mean)";
    case Indicator::complaint_answered_within_limit:
      return "Complaints answered in time";
    case Indicator::service_level:
      return "Service level";
    case Indicator::abandonment_rate:
      return "Abandonment rate";
    case Indicator::first_contact_resolution:
      return "First-contact resolution";
    case Indicator::resolution_rate:
      return "Resolution rate";
    case Indicator::reopen_rate:
      return "Reopen rate";
    case Indicator::average_handle_time:
      return "Average handle time";
    case Indicator::first_response_time_p50:
      return "First response time p50";
    case Indicator::first_response_time_p90:
      return "First response time p90";
    case Indicator::csat:
      return "CSAT";
  }
  return "invalid";
}

}  // namespace kefu::kpi
