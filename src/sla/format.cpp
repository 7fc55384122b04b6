// fmt formatters of the sla module.

#include "../calendar/clock_text.hpp"
#include <kefu/calendar/duration_text.hpp>
#include <kefu/calendar/instant.hpp>
#include <kefu/sla/clock.hpp>
#include <kefu/sla/clock_id.hpp>
#include <kefu/sla/clock_semantics.hpp>
#include <kefu/sla/clock_status.hpp>
#include <kefu/sla/clock_target.hpp>
#include <kefu/sla/clock_trace.hpp>

#include <fmt/format.h>

#include <string>
#include <vector>

namespace {

std::string limit_text(const kefu::sla::Limit& limit) {
  if (limit.promised) return "by the promised time";
  if (limit.in_days()) return fmt::format("{}", kefu::BusinessDays{limit.business_days});
  return fmt::format("{}", kefu::human_duration(limit.duration));
}

std::string target_text(const kefu::sla::ClockTarget& target) {
  return fmt::format(
      "{} {} ({})", target.clock.name(), limit_text(target.limit),
      target.calendar == kefu::TimeBasis::business ? "business hours" : "always open");
}

// "provisional: 2027 has no holiday schedule; counted on the weekly hours"
std::string provisional_text(const std::vector<int>& years) {
  return fmt::format("provisional: {} {} no holiday schedule; counted on the weekly hours",
                     fmt::join(years, ", "), years.size() == 1 ? "has" : "have");
}

}  // namespace

fmt::format_context::iterator fmt::formatter<kefu::sla::ClockId>::format(
    const kefu::sla::ClockId& value, fmt::format_context& ctx) const {
  return formatter<string_view>::format(value.name(), ctx);
}

fmt::format_context::iterator fmt::formatter<kefu::sla::ClockStatus>::format(
    kefu::sla::ClockStatus value, fmt::format_context& ctx) const {
  return formatter<string_view>::format(kefu::sla::to_string(value), ctx);
}

fmt::format_context::iterator fmt::formatter<kefu::sla::ClockSemantics>::format(
    const kefu::sla::ClockSemantics& value, fmt::format_context& ctx) const {
  std::string text = fmt::format("{}: {}", value.clock.name(), kefu::to_string(value.event));
  if (value.rating) text += fmt::format(" ({})", kefu::to_string(*value.rating));
  text += fmt::format(" {}", kefu::sla::to_string(value.action));
  return formatter<string_view>::format(text, ctx);
}

fmt::format_context::iterator fmt::formatter<kefu::sla::ClockAction>::format(
    kefu::sla::ClockAction value, fmt::format_context& ctx) const {
  return formatter<string_view>::format(kefu::sla::to_string(value), ctx);
}

fmt::format_context::iterator fmt::formatter<kefu::sla::Limit>::format(
    const kefu::sla::Limit& value, fmt::format_context& ctx) const {
  return formatter<string_view>::format(limit_text(value), ctx);
}

fmt::format_context::iterator fmt::formatter<kefu::sla::ClockTarget>::format(
    const kefu::sla::ClockTarget& value, fmt::format_context& ctx) const {
  return formatter<string_view>::format(target_text(value), ctx);
}

fmt::format_context::iterator fmt::formatter<kefu::sla::Clock>::format(
    const kefu::sla::Clock& value, fmt::format_context& ctx) const {
  std::string text =
      fmt::format("{}: {}", target_text(value.target()), kefu::sla::to_string(value.state()));
  if (const auto due = value.deadline()) {
    text += fmt::format(", due {}", kefu::format_instant(*due, value.calendar().zone()));
  }
  if (const auto years = value.provisional_years(); !years.empty()) {
    text += ", " + provisional_text(years);
  }
  return formatter<string_view>::format(text, ctx);
}

fmt::format_context::iterator fmt::formatter<kefu::sla::ClockTrace>::format(
    const kefu::sla::ClockTrace& value, fmt::format_context& ctx) const {
  std::string text =
      fmt::format("{}: {} at {}, {} of {} counted", target_text(value.target),
                  kefu::sla::to_string(value.status), kefu::format_instant(value.now, value.zone),
                  kefu::human_duration(value.elapsed), kefu::human_duration(value.limit));
  if (value.deadline)
    text += fmt::format(", due {}", kefu::format_instant(*value.deadline, value.zone));
  text += "\n";
  if (value.provisional()) text += fmt::format("  {}\n", provisional_text(value.provisional_years));
  text += kefu::detail::counted_lines(value.counted, value.zone);
  for (const auto& pause : value.pauses) {
    text += fmt::format("  paused {}, not counted\n",
                        kefu::detail::span_text(pause.from, pause.to, value.zone));
  }
  text += kefu::detail::calendar_day_lines(value.exceptions, value.uncovered_years);
  return formatter<string_view>::format(text, ctx);
}
