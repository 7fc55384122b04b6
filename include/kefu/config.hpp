#pragma once
// kefu::Config: every policy kefu applies, in one plain value that a host stores, versions and
// loads as one JSON document (kefu/io/config_json.hpp). Config::defaults() are the shipped
// defaults (docs/defaults.md gives each one's source). The rule objects are built from it: the
// calendar, the workflow, the classifier, the reply checker, the KPI accumulator; the after-sales
// policy goes to kefu::decide_entitlement as it is.
//
//   const kefu::Config config = kefu::io::config_from_json_text(document);
//   const kefu::Workflow workflow = config.workflow();
//   const kefu::Classifier classify = config.classifier();

#include <kefu/aftersales/aftersales_policy.hpp>
#include <kefu/calendar/calendar_spec.hpp>
#include <kefu/classify/classifier.hpp>
#include <kefu/classify/reply_check.hpp>
#include <kefu/classify/rule_pack.hpp>
#include <kefu/escalation/rules.hpp>
#include <kefu/kpi/accumulator.hpp>
#include <kefu/kpi/targets.hpp>
#include <kefu/lifecycle/lifecycle_policy.hpp>
#include <kefu/sla/policy.hpp>
#include <kefu/workflow/workflow.hpp>

#include <string>
#include <vector>

namespace kefu {

struct Config {
  // Mon-Fri 09:00-18:00 in UTC+8 ("CST-8") with the State Council's schedules ("cn"); years the
  // schedules do not cover fall back to the weekly hours, and deadlines over them are
  // provisional.
  CalendarSpec calendar = china_office_calendar();
  sla::Policy sla = sla::Policy::defaults();
  LifecyclePolicy lifecycle;
  escalation::Rules escalation = escalation::Rules::defaults();
  std::vector<RulePack> classifier_packs{RulePack::default_zh(), RulePack::default_en()};
  // The learned model the classifier combines with the packs (classifier.hpp, step 6):
  // "bundled" for LearnedModel::defaults() (so that classifier() is Classifier::defaults()),
  // empty for none (the packs alone; "none" in the document), else a model file's path
  // (LearnedModel::save), relative to the working directory.
  std::string classifier_model = "bundled";
  ReplyRules reply = ReplyRules::defaults();
  kpi::Targets kpi_targets = kpi::Targets::defaults();  // with the definition variants
  // The KPI months are counted in the calendar's zone: accumulator_options() sets it; the zone
  // written here is not used (nor compared, nor written to the document).
  kpi::AccumulatorOptions kpi_accumulator;
  AftersalesPolicy aftersales = AftersalesPolicy::defaults();

  static Config defaults() { return {}; }
  static CalendarSpec china_office_calendar();

  // The rule objects. Each throws kefu::config_error when its part cannot work; a Config read
  // by config_from_json has been built once already, so they do not throw for it.
  BusinessCalendar business_calendar() const { return calendar.build(); }
  Workflow workflow() const;
  Classifier classifier() const;
  ReplyChecker reply_checker() const { return ReplyChecker(reply); }
  kpi::AccumulatorOptions accumulator_options() const;
  kpi::Accumulator accumulator() const { return kpi::Accumulator(accumulator_options()); }
};

bool operator==(const Config& a, const Config& b);
inline bool operator!=(const Config& a, const Config& b) { return !(a == b); }

}  // namespace kefu
