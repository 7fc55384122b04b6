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

template <class Enum>
void take(const FieldPrediction& p, Enum& into) {
  if (p.abstained) return;
  if (const auto value = parse<Enum>(p.label)) into = *value;
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
  take(out.learned[LearnedField::category], out.category);
  take(scenario, out.scenario);

  Flags& flags = out.flags;
  if (scenario.best == "emergency" && scenario.probability >= with.emergency_vote) {
    flags.safety_risk = true;
  }
  if (flags.safety_risk) out.scenario = Scenario::emergency;
  if (flags.safety_risk || out.scenario == Scenario::fault_repair) {
    flags.non_essential_defect = false;
  }

  // The model's priority (the keyword one where it abstained), raised as in step 5.
  // The model reaches critical only by its emergency vote, as a safety risk: its critical
  // priority alone counts as high.
  Priority priority = out.priority;
  take(out.learned[LearnedField::priority], priority);
  out.priority = raised_priority(out, std::min(priority, Priority::high));
}

}  // namespace kefu::detail
