#include <kefu/config.hpp>

namespace kefu {

CalendarSpec Config::china_office_calendar() {
  CalendarSpec spec;
  spec.weekly_hours = WeeklyHours::monday_to_friday({open_hours(9, 0, 18, 0)});
  spec.zone = "CST-8";
  spec.regions = {"cn"};
  spec.uncovered_years = UncoveredYears::weekly_hours;
  return spec;
}

Workflow Config::workflow() const {
  return Workflow(Lifecycle(lifecycle), sla, business_calendar(), escalation);
}

kpi::AccumulatorOptions Config::accumulator_options() const {
  kpi::AccumulatorOptions options = kpi_accumulator;
  options.zone = calendar.zone.empty() ? "UTC0" : calendar.zone;
  return options;
}

Classifier Config::classifier() const {
  const bool default_packs =
      classifier_packs == std::vector<RulePack>{RulePack::default_zh(), RulePack::default_en()};
  const Classifier keywords =
      default_packs ? Classifier::keyword_defaults() : Classifier(classifier_packs);
  if (classifier_model.empty()) return keywords;
  return keywords.with_model(classifier_model == "bundled" ? LearnedModel::defaults()
                                                           : LearnedModel::load(classifier_model));
}

bool operator==(const Config& a, const Config& b) {
  return a.calendar == b.calendar && a.sla == b.sla && a.lifecycle == b.lifecycle &&
         a.escalation == b.escalation && a.classifier_packs == b.classifier_packs &&
         a.classifier_model == b.classifier_model && a.reply == b.reply &&
         a.kpi_targets == b.kpi_targets && a.accumulator_options() == b.accumulator_options() &&
         a.aftersales == b.aftersales;
}

}  // namespace kefu
