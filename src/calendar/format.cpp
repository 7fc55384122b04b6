// fmt formatters of the calendar module: durations for people and calendar traces.

#include "clock_text.hpp"
#include <kefu/calendar/business_calendar.hpp>
#include <kefu/calendar/calendar_trace.hpp>
#include <kefu/calendar/duration_text.hpp>

#include <fmt/format.h>

#include <cstdint>
#include <string>

namespace {

std::string duration_text(std::int64_t seconds) {
  std::string text = seconds < 0 ? "-" : "";
  const std::int64_t magnitude = seconds < 0 ? -seconds : seconds;
  const std::int64_t h = magnitude / 3600, m = magnitude / 60 % 60, s = magnitude % 60;
  std::string parts;
  const auto part = [&parts](std::int64_t value, const char* unit) {
    if (!parts.empty()) parts += ' ';
    parts += fmt::format("{} {}", value, unit);
  };
  if (h != 0) part(h, "h");
  if (m != 0) part(m, "min");
  if (s != 0 || (h == 0 && m == 0)) part(s, "s");
  return text + parts;
}

std::string day_hours_text(const std::vector<kefu::OpenInterval>& hours) {
  std::string text;
  for (const auto& interval : hours) {
    text +=
        fmt::format("{}{}-{}", text.empty() ? "" : ", ", kefu::detail::clock_text(interval.open),
                    kefu::detail::clock_text(interval.close));
  }
  return text;
}

std::string week_text(const kefu::WeeklyHours& week) {
  static constexpr const char* names[] = {"monday", "tuesday",  "wednesday", "thursday",
                                          "friday", "saturday", "sunday"};
  const auto hours = [&week](int monday_based) -> const std::vector<kefu::OpenInterval>& {
    return week.hours(boost::gregorian::greg_weekday((monday_based + 1) % 7));
  };
  std::string text;
  for (int first = 0; first < 7;) {
    int last = first;
    while (last + 1 < 7 && hours(last + 1) == hours(first)) ++last;
    if (!hours(first).empty()) {
      text += fmt::format("{}{}{}{} {}", text.empty() ? "" : "; ", names[first],
                          last > first ? "-" : "", last > first ? names[last] : "",
                          day_hours_text(hours(first)));
    }
    first = last + 1;
  }
  return text;
}

std::string offset_text(std::int64_t seconds) {
  const std::int64_t magnitude = seconds < 0 ? -seconds : seconds;
  return fmt::format("UTC{}{:02}:{:02}", seconds < 0 ? '-' : '+', magnitude / 3600,
                     magnitude / 60 % 60);
}

}  // namespace

fmt::format_context::iterator fmt::formatter<kefu::WeeklyHours>::format(
    const kefu::WeeklyHours& value, fmt::format_context& ctx) const {
  const auto text = week_text(value);
  return formatter<string_view>::format(
      text == "monday-sunday 00:00-24:00" ? std::string("always open") : text, ctx);
}

fmt::format_context::iterator fmt::formatter<kefu::BusinessCalendar>::format(
    const kefu::BusinessCalendar& value, fmt::format_context& ctx) const {
  std::string text = fmt::format("{}", value.weekly_hours());
  if (!value.schedule().rules().empty()) {
    text += fmt::format("; {} dated exceptions", value.schedule().rules().size());
  }
  const auto& years = value.covered_years();
  if (!years.empty()) {
    text += fmt::format(", schedule for {}-{} ({})", years.front(), years.back(),
                        value.uncovered_years() == kefu::UncoveredYears::refuse
                            ? "other years refused"
                            : "other years on weekly hours only");
  }
  const auto& zone = value.zone();
  text += "; " + offset_text(zone ? zone->base_utc_offset().total_seconds() : 0);
  if (zone && zone->has_dst()) text += " with daylight saving";
  return formatter<string_view>::format(text, ctx);
}

fmt::format_context::iterator fmt::formatter<kefu::HumanDuration>::format(
    const kefu::HumanDuration& value, fmt::format_context& ctx) const {
  if (value.value.is_special()) return formatter<string_view>::format("-", ctx);
  return formatter<string_view>::format(duration_text(value.value.total_seconds()), ctx);
}

fmt::format_context::iterator fmt::formatter<kefu::BusinessDays>::format(
    const kefu::BusinessDays& value, fmt::format_context& ctx) const {
  return formatter<string_view>::format(fmt::format("{} 个工作日", value.count), ctx);
}

fmt::format_context::iterator fmt::formatter<kefu::CalendarTrace>::format(
    const kefu::CalendarTrace& value, fmt::format_context& ctx) const {
  std::string text = fmt::format(
      "{} open between {} and {}\n", duration_text(value.total.total_seconds()),
      kefu::format_instant(value.from, value.zone), kefu::format_instant(value.to, value.zone));
  text += kefu::detail::counted_lines(value.counted, value.zone);
  text += kefu::detail::calendar_day_lines(value.exceptions, value.uncovered_years);
  return formatter<string_view>::format(text, ctx);
}
