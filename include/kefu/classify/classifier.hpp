#pragma once
// kefu::Classifier: category, scenario, priority and flags of a customer message, with the
// evidence behind each decision. Built once from rule packs, immutable, safe to share
// across threads; copies share the compiled rules. The rules it applies: docs/rules.md §classify.
//
// How a message is decided (deterministic):
//  1. Every pattern of every pack is found in one pass (kefu::Matcher). A match that lies
//     strictly inside a longer match of another pattern is dropped (没收到 hides 收到), and
//     so is an ASCII-word pattern that is not on word boundaries.
//  2. A match preceded by a negation cue within its pack's window in the same clause is
//     cancelled. A safety cue with a question form before it in its clause, or right after
//     it (within the negation window), counts as a usage question (inquiry, usage_inquiry)
//     instead of a report. A safety cue told as a past event that is over (the nearest
//     tense marker before it is a past one, or a resolved marker follows; see RulePack) is
//     dropped.
//  3. Each remaining keyword rule adds its weight to its candidate; cue words set flags. A
//     rule of RulePack::in_context counts only when one of its context words occurs in the
//     message, or, with a window, within that many characters of it in the same clause (a
//     hazard: an object and what it does); the nearest such word is cited as evidence.
//     non_essential_defect is cleared when safety_risk is set or any fault_repair rule voted: a
//     defect reported beside a fault or a risk is not a non-essential one.
//  4. Category and scenario are the candidates with the highest score. Ties go to the
//     candidate listed first in
//       category: complaint, after_sales, inquiry, suggestion
//       scenario: emergency, fault_repair, return_exchange, logistics, service_complaint,
//                 installation, value_added, remote_assist, order_change, usage_inquiry.
//     With no scenario vote the scenario is none. With no category vote the category
//     follows the scenario (service_complaint -> complaint; usage_inquiry, logistics,
//     order_change, none -> inquiry; the others -> after_sales).
//  5. Priority is the highest of: low for a suggestion or a message without any vote,
//     normal otherwise; high for a complaint or a fault_repair case; the highest priority
//     any keyword voted for (the default packs vote critical for wrong medicine shipped,
//     which stays a logistics case); high when repeat_complaint, escalation_demand or
//     perishable is set; critical when safety_risk is set.
//  6. With a learned model (with_model; defaults() has the bundled one), steps 1-5 still run
//     and the model then decides (Classification::learned keeps its labels and confidence):
//     category and scenario are the model's most probable labels when they are kefu's (else
//     the keyword decision stays); where the model abstained the field needs a person and its
//     most probable label is the hint. The keyword flags always stand; the model only adds
//     safety_risk, by a safety vote of probability at least `emergency_vote`: its scenario is
//     emergency, or its priority is critical with a scenario other than logistics and
//     order_change (critical beside those is wrong medicine shipped: critical, no flag). With
//     safety_risk the scenario is emergency. Priority starts from the model's most probable one
//     (critical only by a safety vote, else at most high) and is then raised, never lowered,
//     as in step 5 but for its fault_repair rule (the model tells a fault that stops use, high,
//     from one that does not): high for a complaint, the keyword packs' priority votes, high
//     for repeat_complaint, escalation_demand or perishable, critical for safety_risk.
//     non_essential_defect is cleared beside a safety risk or a fault_repair scenario.

#include <kefu/classify/classification.hpp>
#include <kefu/classify/learned_model.hpp>
#include <kefu/classify/rule_pack.hpp>

#include <cstddef>
#include <memory>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace kefu {

namespace detail {
class ClassifierRules;
struct ClassifierModel;
}  // namespace detail

// The model's probability from which its safety votes (emergency scenario, critical priority)
// count: kefu's choice, by 5-fold cross-validation on kefu's corpus (3 785 messages, issue 18
// second round): 0.3 raised safety recall from the keywords' 89.0% to 92.5% at 96.5%
// precision; 0.4 found 6 fewer for 7 false alarms less (91.6%, 96.6%), 0.5 and up lost more
// recall. Recall first. bench/RESULTS.md, "more training data and safety rules". Checked again
// in the third round (4 264 messages, docs/defaults.md §classify): 0.3 94.0% at 95.4%, 0.4
// 93.2% at 95.8%, 0.2 found 4 more for 7 more alarms; 0.3 stays.
inline constexpr double default_emergency_vote = 0.3;

class Classifier {
 public:
  // Throws kefu::config_error naming the pack and rule when a rule is unusable: an empty or
  // invalid UTF-8 pattern, an unknown label, a weight that is not positive and finite.
  explicit Classifier(std::vector<RulePack> packs);
  template <class... More,
            std::enable_if_t<(std::is_convertible_v<More, RulePack> && ...), int> = 0>
  explicit Classifier(RulePack first, More&&... more)
      : Classifier(make_packs(std::move(first), std::forward<More>(more)...)) {}

  // The default keyword packs with the bundled model (LearnedModel::defaults(), trained on
  // kefu's corpus): the classifier to use without labelled data of one's own.
  static Classifier defaults();
  // RulePack::default_zh() and RulePack::default_en() alone, without a model. A model's
  // keyword features are this classifier's hits.
  static Classifier keyword_defaults();

  // A copy that lets `model` decide (step 6 above), citing `evidence` n-grams per field.
  // Throws kefu::argument_error for an emergency_vote outside [0, 1].
  [[nodiscard]] Classifier with_model(LearnedModel model,
                                      double emergency_vote = default_emergency_vote,
                                      std::size_t evidence = 3) const;
  // A copy with the keyword packs alone.
  [[nodiscard]] Classifier without_model() const;
  // The model, or null for a keyword-only classifier.
  [[nodiscard]] const LearnedModel* model() const noexcept;

  // Never throws for any text, including invalid UTF-8.
  [[nodiscard]] Classification classify(std::string_view text) const;
  [[nodiscard]] Classification operator()(std::string_view text) const { return classify(text); }

 private:
  template <class... More>
  static std::vector<RulePack> make_packs(RulePack first, More&&... more) {
    std::vector<RulePack> packs;
    packs.reserve(1 + sizeof...(more));
    packs.push_back(std::move(first));
    (packs.push_back(RulePack(std::forward<More>(more))), ...);
    return packs;
  }

  std::shared_ptr<const detail::ClassifierRules> rules_;
  std::shared_ptr<const detail::ClassifierModel> model_;  // null: keywords only
  bool default_packs_ = false;  // the keyword packs are keyword_defaults()'s
};

}  // namespace kefu
