#pragma once
// The combined classifier's second step (classifier.hpp, step 6): a learned model over the
// keyword classification.

#include <kefu/classify/classification.hpp>
#include <kefu/classify/learned_model.hpp>

#include <cstddef>
#include <string_view>

namespace kefu::detail {

struct ClassifierModel {
  LearnedModel model;
  double emergency_vote;
  std::size_t evidence;
};

// Whether a fault_repair scenario raises the priority to high: for the keyword decision, not for
// the model's priority, which tells a fault that stops use (high) from one that does not.
enum class FaultRepairRaise { high, none };

// The keyword classifier's step 5 on `from`: high for a complaint or (by `fault_repair`) a
// fault repair, at least every priority a rule voted for, high for a repeat complaint, an
// escalation demand or a perishable, critical for a safety risk.
Priority raised_priority(const Classification& c, Priority from,
                         FaultRepairRaise fault_repair = FaultRepairRaise::high);

// `keywords` is the keyword classification of `text`; `default_packs`: by the default packs
// (then it is the model's keyword features as well). Never throws but for memory.
void combine(const ClassifierModel& with, bool default_packs, std::string_view text,
             Classification& keywords);

}  // namespace kefu::detail
