// The combined classifier (classifier.hpp, step 6) on tiny hand-made models, so that what the
// model says is known by construction: a field with a single label is that label with
// probability 1.

#include <kefu/classify/classifier.hpp>
#include <kefu/classify/learned_model.hpp>
#include <kefu/core/error.hpp>

#include <doctest/doctest.h>

#include <string>
#include <vector>

using kefu::Category;
using kefu::LearnedField;
using kefu::Priority;
using kefu::Scenario;

namespace {

// Every message labelled the same: the model can only say these labels.
kefu::LearnedModel always(const char* category, const char* scenario, const char* priority,
                          const kefu::LearnedOptions& options = {}) {
  std::vector<kefu::LabelledMessage> set;
  for (const char* text : {"你好 请问一下", "hello there", "我想问问这个", "thanks a lot"}) {
    set.push_back({text, category, scenario, priority});
  }
  return kefu::LearnedModel::train(set, options);
}

const kefu::Classifier keywords = kefu::Classifier::keyword_defaults();

}  // namespace

TEST_CASE("combined classifier: the model decides category and scenario") {
  const auto c = keywords.with_model(always("complaint", "logistics", "high"))("你好");
  CHECK(c.category == Category::complaint);
  CHECK(c.scenario == Scenario::logistics);
  CHECK(c.priority == Priority::high);  // the model's, and a complaint is at least high
  CHECK(c.learned[LearnedField::category].label == "complaint");
  CHECK(c.learned[LearnedField::category].probability == doctest::Approx(1.0));
  CHECK_FALSE(c.needs_person(LearnedField::category));
  CHECK_FALSE(c.flags.safety_risk);
}

TEST_CASE("combined classifier: the keyword safety rules are never overruled by the model") {
  // The model says a low usage question whatever the text; the labelling guide makes electric
  // leakage that shocked someone critical, and the keyword packs flag it.
  const auto c = keywords.with_model(always("inquiry", "usage_inquiry", "low"))(
      "热水器漏电了，刚才洗澡被电了一下");
  CHECK(c.flags.safety_risk);
  CHECK(c.scenario == Scenario::emergency);
  CHECK(c.priority == Priority::critical);
  CHECK(c.category == Category::inquiry);  // the model's category stands
}

TEST_CASE("combined classifier: the model's confident emergency vote raises safety_risk") {
  // 你好 has no hazard for the keywords; the model says emergency with probability 1 >= 0.3.
  const auto model = always("after_sales", "emergency", "high");
  const auto c = keywords.with_model(model)("你好");
  CHECK(c.flags.safety_risk);
  CHECK(c.priority == Priority::critical);
  CHECK(c.scenario == Scenario::emergency);
  CHECK_FALSE(keywords("你好").flags.safety_risk);
}

TEST_CASE("combined classifier: the model's critical priority is a safety vote") {
  // The model says critical with probability 1 >= the vote 0.3: the labelling guide makes
  // critical a safety risk (scenario emergency) unless it is wrong medicine shipped, the
  // warehouse's case (logistics, no flag).
  const auto risk = keywords.with_model(always("inquiry", "none", "critical"))("你好");
  CHECK(risk.flags.safety_risk);
  CHECK(risk.scenario == Scenario::emergency);
  CHECK(risk.priority == Priority::critical);
  const auto goods = keywords.with_model(always("after_sales", "logistics", "critical"))("你好");
  CHECK_FALSE(goods.flags.safety_risk);
  CHECK(goods.scenario == Scenario::logistics);
  CHECK(goods.priority == Priority::critical);
}

TEST_CASE(
    "combined classifier: a fault_repair scenario alone does not raise the model's priority") {
  // The model says a normal fault repair; step 5 would make any fault_repair high, but the model
  // tells a fault that stops use (high) from one that does not, so normal stands. A complaint is
  // still high (rules.md §classify: complaints are priority high).
  const auto fault = keywords.with_model(always("after_sales", "fault_repair", "normal"))("你好");
  CHECK(fault.scenario == Scenario::fault_repair);
  CHECK(fault.priority == Priority::normal);
  const auto complaint = keywords.with_model(always("complaint", "fault_repair", "normal"))("你好");
  CHECK(complaint.priority == Priority::high);
}

TEST_CASE("combined classifier: an abstained field needs a person and holds the model's best") {
  // Two category labels in equal numbers: no probability reaches the threshold 1. Neither is
  // the keyword hint for 你好 (inquiry, classifier.hpp step 4), so the field shows the model's
  // most probable label, which is one of the two.
  kefu::LearnedOptions options;
  options.abstain_below = {1.0, 0.5, 0.5};
  std::vector<kefu::LabelledMessage> set{{"你好 请问", "complaint", "none", "low"},
                                         {"hello there", "suggestion", "none", "low"}};
  const auto c = keywords.with_model(kefu::LearnedModel::train(set, options))("你好");
  CHECK(c.needs_person(LearnedField::category));
  CHECK(c.learned[LearnedField::category].label.empty());
  CHECK_FALSE(c.needs_person(LearnedField::scenario));
  const std::string& best = c.learned[LearnedField::category].best;
  CHECK((best == "complaint" || best == "suggestion"));
  CHECK(to_string(c.category) == best);
}

TEST_CASE("combined classifier: a host's own label is reported as the model's string") {
  // "billing" is no kefu Category: the label is in `learned`, the enum keeps the keyword hint.
  const auto c = keywords.with_model(always("billing", "none", "normal"))("你好");
  CHECK(c.learned[LearnedField::category].label == "billing");
  CHECK(c.category == Category::inquiry);
}

TEST_CASE("combined classifier: the defaults carry the bundled model, keyword_defaults none") {
  CHECK(kefu::Classifier::defaults().model() != nullptr);
  CHECK(kefu::Classifier::keyword_defaults().model() == nullptr);
  CHECK(kefu::Classifier::defaults().without_model().model() == nullptr);
  CHECK(*kefu::Classifier::defaults().model() == kefu::LearnedModel::defaults());
  CHECK_THROWS_WITH_AS(keywords.with_model(kefu::LearnedModel::defaults(), 1.5),
                       "classifier: the emergency vote must be within [0, 1]",
                       kefu::argument_error);
}
