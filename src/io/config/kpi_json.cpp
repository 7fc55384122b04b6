#include "kpi_json.hpp"

#include <kefu/kpi/indicator.hpp>

#include <boost/json/object.hpp>

#include <fmt/core.h>

#include <array>
#include <cmath>
#include <string>

namespace kefu::io::detail {

namespace json = boost::json;
using kpi::Indicator;
using kpi::Target;

namespace {

constexpr std::uint32_t max_basis_points = 10000;  // 100%

[[noreturn]] void fail_range(const Node& node, std::string_view written) {
  node.fail(fmt::format("{} is outside 0% to 100%", written));
}

[[noreturn]] void fail_precision(const Node& node, std::string_view written) {
  node.fail(
      fmt::format("{} has more than two decimals: targets are kept in hundredths of a "
                  "percent",
                  written));
}

// "85%", "99.5%", "0.01 %" in basis points, exactly (no floating point on the way).
std::uint32_t percent_from_text(const Node& node, const std::string& text) {
  const auto fail_form = [&] {
    node.fail(fmt::format("'{}' is not a percent such as \"85%\" or \"99.5%\"", text));
  };
  std::size_t i = 0;
  const bool negative = i < text.size() && text[i] == '-';
  if (negative) ++i;
  std::uint64_t whole = 0;
  const std::size_t whole_start = i;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
    if (whole < 1'000'000) whole = whole * 10 + static_cast<std::uint64_t>(text[i] - '0');
    ++i;
  }
  if (i == whole_start) fail_form();
  std::uint64_t hundredths = 0;
  if (i < text.size() && text[i] == '.') {
    ++i;
    const std::size_t fraction_start = i;
    for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) {
      const std::size_t place = i - fraction_start;
      if (place == 0) hundredths += static_cast<std::uint64_t>(text[i] - '0') * 10;
      if (place == 1) hundredths += static_cast<std::uint64_t>(text[i] - '0');
      if (place >= 2 && text[i] != '0') fail_precision(node, text);
    }
    if (i == fraction_start) fail_form();
  }
  while (i < text.size() && text[i] == ' ') ++i;
  if (i + 1 != text.size() || text[i] != '%') fail_form();
  const std::uint64_t basis_points = whole * 100 + hundredths;
  if ((negative && basis_points != 0) || basis_points > max_basis_points) fail_range(node, text);
  return static_cast<std::uint32_t>(basis_points);
}

std::uint32_t percent_from_number(const Node& node) {
  const double percent = node.number();
  const std::string written = fmt::format("{}", percent);
  if (percent < 0.0 || percent > 100.0) fail_range(node, written);
  const double basis_points = percent * 100.0;
  if (std::fabs(basis_points - std::round(basis_points)) > 1e-6) fail_precision(node, written);
  return static_cast<std::uint32_t>(std::llround(basis_points));
}

json::value percent_to_json(std::uint32_t basis_points) {
  const std::uint32_t whole = basis_points / 100;
  const std::uint32_t hundredths = basis_points % 100;
  if (hundredths == 0) return json::string(fmt::format("{}%", whole));
  if (hundredths % 10 == 0) return json::string(fmt::format("{}.{}%", whole, hundredths / 10));
  return json::string(fmt::format("{}.{:02}%", whole, hundredths));
}

// The value of {"at_least": v}: a percent ("85%" or 85) or a duration ("48 h"), by its form;
// whether that kind fits the indicator is Targets::set's to check.
void read_target_value(const Node& node, Indicator indicator, Target& target) {
  if (node.json().is_number()) {
    target.kind = Target::Kind::percent;
    target.basis_points = percent_from_number(node);
    return;
  }
  if (!node.json().is_string()) {
    node.fail("expected a percent such as \"85%\" or a duration such as \"48 h\"");
  }
  const std::string text = node.string();
  const bool has_unit = text.find_first_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos;
  if (text.find('%') != std::string::npos || (!has_unit && !kpi::is_duration(indicator))) {
    target.kind = Target::Kind::percent;
    target.basis_points = percent_from_text(node, text);
    return;
  }
  target.kind = Target::Kind::duration;
  target.duration = node.duration();
}

Target read_target(const Node& node, Indicator indicator) {
  Object object = node.object();
  const auto at_least = object.optional("at_least");
  const auto at_most = object.optional("at_most");
  object.finish();
  if (at_least && at_most) node.fail("a target is at_least or at_most, not both");
  if (!at_least && !at_most) node.fail("a target needs at_least or at_most (null for no target)");
  Target target;
  target.direction = at_least ? Target::Direction::at_least : Target::Direction::at_most;
  read_target_value(at_least ? *at_least : *at_most, indicator, target);
  return target;
}

json::value target_to_json(const std::optional<Target>& target) {
  if (!target) return nullptr;
  json::object out;
  out[kpi::to_string(target->direction)] = target->kind == Target::Kind::percent
                                               ? percent_to_json(target->basis_points)
                                               : duration_to_json(target->duration);
  return out;
}

// Keys are indicators in any spelling kefu::parse accepts, so the loop reads the object itself
// rather than asking for fixed field names.
void read_targets(const Node& node, kpi::Targets& targets) {
  node.object();  // refuses anything but an object
  std::vector<std::string_view> names;
  for (const auto& entry : EnumTraits<Indicator>::entries) names.push_back(entry.name);
  std::array<std::string, kpi::indicator_count> seen{};
  for (const auto& field : node.json().get_object()) {
    const std::string key(field.key().data(), field.key().size());
    const auto indicator = kefu::parse<Indicator>(key);
    if (!indicator) node.fail_unknown("indicator", key, names);
    std::string& first = seen[static_cast<std::size_t>(*indicator)];
    if (!first.empty()) {
      node.fail(fmt::format("indicator '{}' is given twice, as '{}' and '{}'",
                            kpi::to_string(*indicator), first, key));
    }
    first = key;
    const Node value(field.value(), fmt::format("{}.{}", node.path(), key), node.what());
    if (value.json().is_null()) {
      targets.clear(*indicator);
      continue;
    }
    const Target target = read_target(value, *indicator);
    checked(value, [&] { targets.set(*indicator, target); });
  }
}

kpi::Variants read_variants(const Node& node, kpi::Variants v) {
  Object object = node.object();
  if (auto n = object.optional("basically_satisfied_counts")) {
    v.basically_satisfied_counts = n->boolean();
  }
  if (auto n = object.optional("satisfaction_base")) {
    v.satisfaction_base = n->enumeration<kpi::SatisfactionBase>("satisfaction base");
  }
  if (auto n = object.optional("short_abandons")) {
    v.short_abandons = n->enumeration<kpi::ShortAbandons>("short-abandon rule");
  }
  if (auto n = object.optional("csat")) v.csat = n->enumeration<kpi::CsatMethod>("csat method");
  if (auto n = object.optional("resolution")) {
    v.resolution = n->enumeration<kpi::ResolutionBasis>("resolution basis");
  }
  object.finish();
  return v;
}

json::object variants_to_json(const kpi::Variants& v) {
  json::object out;
  out["basically_satisfied_counts"] = v.basically_satisfied_counts;
  out["satisfaction_base"] = enum_to_json(v.satisfaction_base);
  out["short_abandons"] = enum_to_json(v.short_abandons);
  out["csat"] = enum_to_json(v.csat);
  out["resolution"] = enum_to_json(v.resolution);
  return out;
}

void read_accumulator(const Node& node, kpi::AccumulatorOptions& o) {
  Object object = node.object();
  if (auto n = object.optional("zone")) {
    n->fail("the KPI months are counted in the calendar's zone: set it in $.calendar");
  }
  if (auto n = object.optional("group_by")) o.group_by = n->enumeration<kpi::GroupBy>("grouping");
  if (auto n = object.optional("answer_target")) o.answer_target = n->duration();
  if (auto n = object.optional("short_abandon")) o.short_abandon = n->duration();
  if (auto n = object.optional("complaint_answer_limit")) o.complaint_answer_limit = n->duration();
  object.finish();
}

json::object accumulator_to_json(const kpi::AccumulatorOptions& o) {
  json::object out;
  out["group_by"] = enum_to_json(o.group_by);
  out["answer_target"] = duration_to_json(o.answer_target);
  out["short_abandon"] = duration_to_json(o.short_abandon);
  out["complaint_answer_limit"] = duration_to_json(o.complaint_answer_limit);
  return out;
}

}  // namespace

kpi::Targets kpi_from_json(const Node& node, kpi::AccumulatorOptions& options) {
  Object object = node.object();
  kpi::Targets targets = kpi::Targets::defaults();
  if (auto n = object.optional("targets")) read_targets(*n, targets);
  if (auto n = object.optional("variants")) targets.variants = read_variants(*n, targets.variants);
  kpi::AccumulatorOptions read = options;
  if (auto n = object.optional("accumulator")) read_accumulator(*n, read);
  object.finish();
  options = std::move(read);
  return targets;
}

json::value to_json(const kpi::Targets& targets, const kpi::AccumulatorOptions& options) {
  json::object target_list;
  for (const Indicator indicator : enum_values<Indicator>()) {
    target_list[kpi::to_string(indicator)] = target_to_json(targets.target(indicator));
  }
  json::object out;
  out["targets"] = std::move(target_list);
  out["variants"] = variants_to_json(targets.variants);
  out["accumulator"] = accumulator_to_json(options);
  return out;
}

}  // namespace kefu::io::detail
