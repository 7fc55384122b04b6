// Targets and the standard's defaults.

#include <kefu/core/error.hpp>
#include <kefu/kpi/targets.hpp>

#include <cmath>
#include <string>

namespace kefu::kpi {
namespace {

std::uint32_t basis_points_of(double percent) {
  if (!(std::isfinite(percent) && percent >= 0.0 && percent <= 1000000.0)) {
    throw config_error("kpi target: percent must be in 0..1000000");
  }
  return static_cast<std::uint32_t>(std::llround(percent * 100.0));
}

}  // namespace

Target Target::at_least_percent(double percent) {
  return Target{Direction::at_least, Kind::percent, basis_points_of(percent), {}};
}

Target Target::at_most_percent(double percent) {
  return Target{Direction::at_most, Kind::percent, basis_points_of(percent), {}};
}

Target Target::at_most(boost::posix_time::time_duration limit) {
  if (limit.is_special() || limit.is_negative()) {
    throw config_error("kpi target: duration must not be negative");
  }
  return Target{Direction::at_most, Kind::duration, 0, limit};
}

bool Target::met_by(const Ratio& value) const noexcept {
  if (kind != Kind::percent) return false;
  return direction == Direction::at_least ? value.at_least_basis_points(basis_points)
                                          : value.at_most_basis_points(basis_points);
}

bool Target::met_by(boost::posix_time::time_duration value) const noexcept {
  if (kind != Kind::duration || value.is_special()) return false;
  return direction == Direction::at_least ? value >= duration : value <= duration;
}

Targets Targets::defaults() {
  using I = Indicator;
  Targets t;
  t.set(I::system_connection_rate, Target::at_least_percent(85))
      .set(I::human_answer_rate, Target::at_least_percent(85))
      .set(I::inquiry_reply_rate, Target::at_least_percent(100))
      .set(I::inquiry_timely_reply_rate, Target::at_least_percent(100))
      .set(I::complaint_timely_reply_rate, Target::at_least_percent(100))
      .set(I::repeat_complaint_rate, Target::at_most_percent(1))
      .set(I::inquiry_satisfaction, Target::at_least_percent(90))
      .set(I::cross_province_complaint_satisfaction, Target::at_least_percent(85))
      .set(I::key_account_complaint_satisfaction, Target::at_least_percent(95))
      .set(I::complaint_answer_time_max, Target::at_most(boost::posix_time::hours(48)))
      .set(I::service_level, Target::at_least_percent(80));
  return t;
}

Targets& Targets::set(Indicator indicator, const Target& target) {
  if (is_duration(indicator) != (target.kind == Target::Kind::duration)) {
    throw config_error("kpi targets: " + std::string(to_string(indicator)) + " needs a " +
                       (is_duration(indicator) ? "duration" : "percent") + " target");
  }
  targets_[static_cast<std::size_t>(indicator)] = target;
  return *this;
}

Targets& Targets::clear(Indicator indicator) noexcept {
  targets_[static_cast<std::size_t>(indicator)].reset();
  return *this;
}

}  // namespace kefu::kpi
