// The config document: a version, then one field per part of kefu::Config, each optional. The
// parts are read into a copy of the defaults, the checks that span parts come last, and only a
// document that passed them all is returned.

#include "../calendar_json_detail.hpp"
#include "../json_pretty.hpp"
#include "../json_reader.hpp"
#include "aftersales_json.hpp"
#include "classify_json.hpp"
#include "escalation_json.hpp"
#include "kpi_json.hpp"
#include "sla_json.hpp"
#include <kefu/io/calendar_json.hpp>
#include <kefu/io/config_json.hpp>

#include <boost/json/object.hpp>

#include <fmt/core.h>

#include <algorithm>

namespace kefu::io {

namespace json = boost::json;
using detail::Node;
using detail::Object;

namespace {

constexpr std::string_view what = "config";

// The clocks the SLA policy's rules give a target.
std::vector<std::string_view> targeted_clocks(const sla::Policy& policy) {
  std::vector<std::string_view> names;
  for (const auto& rule : policy.rules()) {
    for (const auto& target : rule.targets) {
      if (std::find(names.begin(), names.end(), target.clock.name()) == names.end()) {
        names.push_back(target.clock.name());
      }
    }
  }
  return names;
}

// An escalation rule on a clock the SLA policy never starts would never fire. The error names
// the rule when the document gave the rules, the SLA part when the rules are the defaults.
void check_escalation_clocks(const Config& config, const std::optional<Node>& escalation,
                             const Node& root) {
  const auto clocks = targeted_clocks(config.sla);
  const auto& rules = config.escalation.rules();
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const auto& trigger = rules[i].trigger;
    if (!trigger.is_timed() || trigger.kind == escalation::TriggerKind::time_in_state) continue;
    if (std::find(clocks.begin(), clocks.end(), trigger.name) != clocks.end()) continue;
    if (escalation && escalation->json().as_object().contains("rules")) {
      const Node clock(escalation->json().at("rules").at(i).at("trigger").at("clock"),
                       fmt::format("{}.rules[{}].trigger.clock", escalation->path(), i), what);
      clock.fail_unknown("clock", trigger.name, clocks);
    }
    root.fail(fmt::format("escalation rule '{}' names clock '{}', which no sla rule targets",
                          rules[i].id, trigger.name));
  }
}

}  // namespace

Config config_from_json(const json::value& document) {
  const Node root(document, "$", what);
  Object object = root.object();
  const Node version = object.required("kefu_config");
  if (version.integer(1, 1000) != config_format_version) {
    version.fail(
        fmt::format("this kefu reads version {} of the config document", config_format_version));
  }
  Config config = Config::defaults();
  if (auto part = object.optional("calendar")) {
    config.calendar = detail::read_calendar_spec(*part, config.calendar);
  }
  if (auto part = object.optional("sla")) config.sla = detail::sla_policy_from_json(*part);
  if (auto part = object.optional("lifecycle")) {
    config.lifecycle = detail::lifecycle_policy_from_json(*part);
  }
  const auto escalation = object.optional("escalation");
  if (escalation) config.escalation = detail::escalation_from_json(*escalation);
  if (auto part = object.optional("classifier")) {
    config.classifier_packs = detail::classifier_from_json(*part, config.classifier_model);
  }
  if (auto part = object.optional("reply")) config.reply = detail::reply_rules_from_json(*part);
  if (auto part = object.optional("kpi")) {
    config.kpi_targets = detail::kpi_from_json(*part, config.kpi_accumulator);
  }
  if (auto part = object.optional("aftersales")) {
    config.aftersales = detail::aftersales_policy_from_json(*part);
  }
  object.finish();

  check_escalation_clocks(config, escalation, root);
  (void)detail::checked(root, [&] { return config.workflow(); });
  (void)detail::checked(root, [&] { return config.accumulator(); });
  return config;
}

Config config_from_json_text(std::string_view text) {
  return config_from_json(detail::parse_document(text, what));
}

json::value to_json(const Config& config) {
  json::object out;
  out["kefu_config"] = config_format_version;
  out["calendar"] = to_json(config.calendar);
  out["sla"] = detail::to_json(config.sla);
  out["lifecycle"] = detail::to_json(config.lifecycle);
  out["escalation"] = detail::to_json(config.escalation);
  out["classifier"] = detail::classifier_to_json(config.classifier_packs, config.classifier_model);
  out["reply"] = detail::to_json(config.reply);
  out["kpi"] = detail::to_json(config.kpi_targets, config.kpi_accumulator);
  out["aftersales"] = detail::to_json(config.aftersales);
  return out;
}

std::string to_json_text(const Config& config) { return detail::pretty(to_json(config)); }

}  // namespace kefu::io
