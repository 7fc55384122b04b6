// ClockTarget checks.

#include <kefu/sla/clock_target.hpp>

#include <fmt/format.h>

namespace kefu::sla {

std::string ClockTarget::problem() const {
  if (limit.business_days < 0) return "business days must not be negative";
  if (limit.promised) {
    if (limit.in_days() || limit.duration.is_special() || limit.duration.total_seconds() != 0) {
      return "a promised limit has no duration of its own";
    }
  } else if (!limit.in_days() &&
             (limit.duration.is_special() || limit.duration.total_seconds() <= 0)) {
    return "limit must be positive";
  }
  double previous = 0;
  for (const double fraction : warnings) {
    if (!(fraction > previous && fraction < 1)) {
      return "warnings must be ascending fractions between 0 and 1";
    }
    previous = fraction;
  }
  return {};
}

void ClockTarget::check() const {
  if (auto why = problem(); !why.empty()) {
    throw config_error(fmt::format("sla target {}: {}", clock.name(), why));
  }
}

}  // namespace kefu::sla
