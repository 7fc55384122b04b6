#include <kefu/calendar/instant.hpp>
#include <kefu/workflow/case.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace kefu {

const sla::Clock* Case::clock(sla::ClockId id) const {
  const auto it = std::find_if(clocks.begin(), clocks.end(),
                               [&](const sla::Clock& k) { return k.target().clock == id; });
  return it == clocks.end() ? nullptr : &*it;
}

bool Case::has_fired(std::string_view rule, std::uint32_t occasion) const {
  return std::any_of(fired.begin(), fired.end(), [&](const FiredAction& f) {
    return f.occasion == occasion && f.rule == rule;
  });
}

bool operator==(const Case& a, const Case& b) {
  // Clocks compare as data, so comparing never asks the calendar (which may refuse a year).
  return a.ticket == b.ticket && a.flags == b.flags && a.checked_until == b.checked_until &&
         a.fired == b.fired && a.state_since == b.state_since &&
         a.state_entered_by == b.state_entered_by && a.next_due == b.next_due &&
         a.clocks == b.clocks;
}

}  // namespace kefu

fmt::format_context::iterator fmt::formatter<kefu::FiredAction>::format(
    const kefu::FiredAction& value, format_context& ctx) const {
  const auto text =
      fmt::format("{} (rule {}, {})", value.action, value.rule, kefu::format_instant(value.at));
  return formatter<string_view>::format(text, ctx);
}
