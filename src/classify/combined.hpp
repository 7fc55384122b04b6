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

// `keywords` is the keyword classification of `text`; `default_packs`: by the default packs
// (then it is the model's keyword features as well). Never throws but for memory.
void combine(const ClassifierModel& with, bool default_packs, std::string_view text,
             Classification& keywords);

}  // namespace kefu::detail
