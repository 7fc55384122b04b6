// fmt formatters of the calendar module: durations for people and calendar traces.

#include "calendar_index.hpp"
#include "clock_text.hpp"
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

const char* kind_text(kefu::DayKind kind) {
  switch (kind) {
    case kefu::DayKind::statutory_holiday:
      return "closed, statutory holiday";
    case kefu::DayKind::rest_day:
      return "closed, rest day";
    case kefu::DayKind::closed:
      return "closed";
    case kefu::DayKind::makeup_workday:
      return "open, make-up workday";
    case kefu::DayKind::special_hours:
      return "special hours";
  }
  return "?";
}

}  // namespace

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
  const kefu::detail::ZoneRules rules(value.zone);
  const auto local = [&rules](boost::posix_time::ptime utc) {
    const auto s = kefu::detail::to_seconds(utc, "trace");
    return kefu::detail::to_ptime(s + rules.offset_at(s));
  };
  std::string text = fmt::format(
      "{} open between {} and {} (local time)\n", duration_text(value.total.total_seconds()),
      kefu::detail::local_text(local(value.from)), kefu::detail::local_text(local(value.to)));
  for (const auto& span : value.counted) {
    const auto from = local(span.from), to = local(span.to);
    const bool same_day =
        from.date() == to.date() || (to.time_of_day().total_seconds() == 0 &&
                                     to.date() == from.date() + boost::gregorian::days(1));
    text += fmt::format(
        "  counted {}-{} ({})\n", kefu::detail::local_text(from),
        same_day ? kefu::detail::clock_text(to.date() == from.date() ? to.time_of_day()
                                                                     : boost::posix_time::hours(24))
                 : kefu::detail::local_text(to),
        duration_text((span.to - span.from).total_seconds()));
  }
  for (const auto& rule : value.exceptions) {
    text += fmt::format("  {} {}: {}\n", kefu::detail::date_text(rule.day), kind_text(rule.kind),
                        rule.name);
  }
  for (const int year : value.uncovered_years) {
    text += fmt::format("  {}: no holiday schedule, weekly hours only\n", year);
  }
  return formatter<string_view>::format(text, ctx);
}
