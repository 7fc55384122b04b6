#pragma once
// Shorthand for writing the default rule packs: one call adds the rules a kind of phrase
// implies, so each pack reads as lists of phrases (internal).

#include <kefu/classify/rule_pack.hpp>
#include <kefu/core/category.hpp>
#include <kefu/core/priority.hpp>
#include <kefu/core/scenario.hpp>

#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

namespace kefu::detail {

class PackBuilder {
 public:
  using Words = std::initializer_list<const char*>;

  explicit PackBuilder(std::string name) { pack_.name = std::move(name); }

  // The rules added next count only beside one of these words (RulePack::in_context);
  // `always()` ends that.
  void beside(Words words) {
    pack_.in_context.push_back({{words.begin(), words.end()}, {}, {}});
    in_context_ = true;
  }
  // The rules added next count only within `window` characters of one of these words, in
  // the same clause (a hazard's object); evidence cites the word as "<pack> hazard <kind>".
  void hazard_near(Words words, std::size_t window, const char* kind) {
    pack_.in_context.push_back(
        {{words.begin(), words.end()}, {}, {}, window, std::string("hazard ") + kind});
    in_context_ = true;
  }
  void always() { in_context_ = false; }

  void category(Words words, Category value, double weight) {
    for (const char* w : words) add(w, Dimension::category, to_string(value), weight);
  }
  void scenario(Words words, Scenario value, double weight) {
    for (const char* w : words) add(w, Dimension::scenario, to_string(value), weight);
  }
  void priority(Words words, Priority value) {
    for (const char* w : words) add(w, Dimension::priority, to_string(value), 1.0);
  }
  // A scenario phrase also votes for the category that scenario usually belongs to.
  void scenario(Words words, Scenario value, double weight, Category category,
                double category_weight) {
    scenario(words, value, weight);
    this->category(words, category, category_weight);
  }
  void flag(Words words, Flag value) {
    for (const char* w : words) flags().push_back({w, value});
  }
  // A credible report of a safety risk: flag, emergency scenario, after-sales case.
  void safety(Words words) {
    flag(words, Flag::safety_risk);
    scenario(words, Scenario::emergency, 5.0, Category::after_sales, 2.0);
  }
  // Wrong goods of the dangerous kind shipped (药品类产品错发): 特急, and the warehouse's case,
  // so logistics, strong enough to outvote the return it also implies.
  void critical_goods(Words words) {
    scenario(words, Scenario::logistics, 6.0, Category::after_sales, 2.5);
    priority(words, Priority::critical);
  }
  // A defect that does not affect use (Tmall role: 胶水, 掉漆, 漏气): flag, and what the
  // customer asks for is a return, an exchange or a partial refund.
  void non_essential(Words words) {
    flag(words, Flag::non_essential_defect);
    scenario(words, Scenario::return_exchange, 3.0, Category::after_sales, 2.0);
  }
  // Asking for a manager or threatening outside bodies: flag, and it is a complaint.
  void escalation(Words words) {
    flag(words, Flag::escalation_demand);
    scenario(words, Scenario::service_complaint, 1.0, Category::complaint, 2.0);
  }
  // Saying they complained or chased before: flag, and it is a complaint.
  void repeat(Words words) {
    flag(words, Flag::repeat_complaint);
    scenario(words, Scenario::service_complaint, 1.5, Category::complaint, 2.0);
  }
  // Perishable goods spoiling: flag, and a return or refund is what follows.
  void spoiled(Words words) {
    flag(words, Flag::perishable);
    scenario(words, Scenario::return_exchange, 3.0, Category::after_sales, 2.0);
  }
  void negations(Words words) {
    pack_.negations.insert(pack_.negations.end(), words.begin(), words.end());
  }
  void neutral(Words words) {
    pack_.neutral_phrases.insert(pack_.neutral_phrases.end(), words.begin(), words.end());
  }
  void questions_before(Words words) {
    pack_.questions_before.insert(pack_.questions_before.end(), words.begin(), words.end());
  }
  void questions_after(Words words) {
    pack_.questions_after.insert(pack_.questions_after.end(), words.begin(), words.end());
  }
  void past(Words words) {
    pack_.past_markers.insert(pack_.past_markers.end(), words.begin(), words.end());
  }
  void present(Words words) {
    pack_.present_markers.insert(pack_.present_markers.end(), words.begin(), words.end());
  }
  void resolved(Words words) {
    pack_.resolved_markers.insert(pack_.resolved_markers.end(), words.begin(), words.end());
  }

  RulePack finish(std::size_t negation_window) && {
    pack_.negation_window = negation_window;
    return std::move(pack_);
  }

 private:
  void add(const char* word, Dimension dimension, std::string_view label, double weight) {
    keywords().push_back({word, dimension, std::string(label), weight});
  }
  std::vector<KeywordRule>& keywords() {
    return in_context_ ? pack_.in_context.back().keywords : pack_.keywords;
  }
  std::vector<FlagCue>& flags() {
    return in_context_ ? pack_.in_context.back().flags : pack_.flags;
  }

  RulePack pack_;
  bool in_context_ = false;
};

}  // namespace kefu::detail
