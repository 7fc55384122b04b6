#pragma once
// kefu::Classification: what a Classifier decided about one message, and why.

#include <kefu/classify/evidence.hpp>
#include <kefu/classify/learned_prediction.hpp>
#include <kefu/classify/rule_pack.hpp>
#include <kefu/core/category.hpp>
#include <kefu/core/detail/enum_table.hpp>
#include <kefu/core/flag.hpp>
#include <kefu/core/priority.hpp>
#include <kefu/core/scenario.hpp>

#include <array>
#include <cstddef>

namespace kefu {

struct Classification {
  Category category = Category::inquiry;
  Scenario scenario = Scenario::none;
  Priority priority = Priority::low;
  Flags flags;
  // The summed weight of the rules that voted for each candidate, indexed by enum value.
  std::array<double, enum_values<Category>().size()> category_scores{};
  std::array<double, enum_values<Scenario>().size()> scenario_scores{};
  std::array<double, enum_values<Priority>().size()> priority_scores{};
  // In text order; cancelled keywords are left out, the cues that cancelled them are in.
  EvidenceList evidence;
  // Filled by a classifier with a learned model (Classifier::with_model, Classifier::defaults()),
  // empty otherwise: the model's label per field as a string (a host's own label such as
  // "billing" too), its confidence and the n-grams that weighed most. `category` and
  // `scenario` are the model's most probable labels where they are kefu's; where it abstained
  // the field needs a person (needs_person) and they are a hint only.
  LearnedPrediction learned;

  [[nodiscard]] bool needs_person(LearnedField field) const noexcept {
    return learned[field].abstained;
  }

  [[nodiscard]] double score(Category value) const noexcept {
    return category_scores[static_cast<std::size_t>(value)];
  }
  [[nodiscard]] double score(Scenario value) const noexcept {
    return scenario_scores[static_cast<std::size_t>(value)];
  }
  [[nodiscard]] double score(Priority value) const noexcept {
    return priority_scores[static_cast<std::size_t>(value)];
  }
};

}  // namespace kefu
