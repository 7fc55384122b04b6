#pragma once
// kefu::Classification: what a Classifier decided about one message, and why.

#include <kefu/classify/rule_pack.hpp>
#include <kefu/core/category.hpp>
#include <kefu/core/detail/enum_table.hpp>
#include <kefu/core/flag.hpp>
#include <kefu/core/priority.hpp>
#include <kefu/core/scenario.hpp>

#include <array>
#include <cstddef>
#include <string_view>
#include <vector>

namespace kefu {

// One piece of evidence: the pattern as written in its rule pack, the rule it fired (e.g.
// "zh scenario fault_repair", "en negation", "zh flag safety_risk") and the byte span of the
// text it matched. The views point into the Classifier and stay valid while it or a copy
// of it lives.
struct Evidence {
  std::string_view keyword;
  std::string_view rule;
  std::size_t begin = 0;
  std::size_t end = 0;
};

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
  std::vector<Evidence> evidence;

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
