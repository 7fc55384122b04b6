// The combined classifier (classifier.hpp, step 6): the keyword rules run, the learned model
// decides category, scenario and priority, and the keyword safety rules can only raise.

#include "combined.hpp"

#include <kefu/classify/classifier.hpp>
#include <kefu/core/error.hpp>
#include <kefu/core/parse.hpp>

#include <algorithm>
#include <utility>

namespace kefu {
namespace detail {

namespace {

// The model's most probable label, also where it abstained: by 5-fold cross-validation it is
// right more often than the keyword decision even below the abstain threshold (docs/defaults.md
// §classify), and the field still needs a person. A host's own label keeps the keyword one.
template <class Enum>
void take(const FieldPrediction& p, Enum& into) {
  if (const auto value = parse<Enum>(p.best)) into = *value;
}

}  // namespace
}  // namespace detail

Classifier Classifier::defaults() {
  return keyword_defaults().with_model(LearnedModel::defaults());
}

Classifier Classifier::with_model(LearnedModel model, double emergency_vote,
                                  std::size_t evidence) const {
  if (!(emergency_vote >= 0 && emergency_vote <= 1)) {
    throw argument_error("classifier: the emergency vote must be within [0, 1]");
  }
  Classifier copy = *this;
  copy.model_ = std::make_shared<const detail::ClassifierModel>(
      detail::ClassifierModel{std::move(model), emergency_vote, evidence});
  return copy;
}

Classifier Classifier::without_model() const {
  Classifier copy = *this;
  copy.model_.reset();
  return copy;
}

const LearnedModel* Classifier::model() const noexcept { return model_ ? &model_->model : nullptr; }

}  // namespace kefu

namespace kefu::detail {

void combine(const ClassifierModel& with, bool default_packs, std::string_view text,
             Classification& out) {
  const LearnedModel& model = with.model;
  // The model's keyword features are the default packs' hits: these ones when they are.
  out.learned = default_packs || !model.keyword_features() ? model.predict(text, out, with.evidence)
                                                           : model.predict(text, with.evidence);
  const FieldPrediction& scenario = out.learned[LearnedField::scenario];
  const FieldPrediction& priority = out.learned[LearnedField::priority];
  take(out.learned[LearnedField::category], out.category);
  take(scenario, out.scenario);

  Flags& flags = out.flags;
  // The model's own safety votes: emergency as its scenario, or critical as its priority, with a
  // probability of at least the vote. Critical beside a logistics or order change scenario is
  // wrong medicine shipped, the warehouse's case: critical without the safety flag.
  const bool critical_vote =
      priority.best == "critical" && priority.probability >= with.emergency_vote;
  const bool goods = out.scenario == Scenario::logistics || out.scenario == Scenario::order_change;
  if ((scenario.best == "emergency" && scenario.probability >= with.emergency_vote) ||
      (critical_vote && !goods)) {
    flags.safety_risk = true;
  }
  if (flags.safety_risk) out.scenario = Scenario::emergency;
  if (flags.safety_risk || out.scenario == Scenario::fault_repair) {
    flags.non_essential_defect = false;
  }

  // The model's priority (the keyword one for a host's own label), raised as in step 5 but for
  // the fault_repair rule: the model tells a fault that stops use (high) from one that does not
  // (normal), as the labelling guide does, so a fault_repair scenario alone does not raise it.
  // The model reaches critical only by its safety votes above: its critical alone counts as
  // high.
  Priority from = out.priority;
  take(priority, from);
  from = critical_vote ? Priority::critical : std::min(from, Priority::high);
  out.priority = raised_priority(out, from, FaultRepairRaise::none);
}

}  // namespace kefu::detail
