#pragma once
// kefu::LearnedPrediction: what a kefu::LearnedModel proposes for one message, field by field,
// with its confidence and the n-grams that weighed most (docs/rules.md §classify).

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kefu {

enum class LearnedField : std::uint8_t { category, scenario, priority };
inline constexpr std::array<LearnedField, 3> learned_fields{
    LearnedField::category, LearnedField::scenario, LearnedField::priority};
[[nodiscard]] std::string_view to_string(LearnedField field) noexcept;

// One feature that weighed for the chosen label: the n-gram as it stands in the text (or
// "keyword: <rule>" for a keyword pack's hit), its weight for the chosen label against the
// mean of all labels, and its byte span [begin, end) in the text (the keyword's span for a
// keyword hit; [0, 0) for a keyword decision, which is about the whole message).
struct LearnedEvidence {
  std::string feature;
  double weight = 0;
  std::size_t begin = 0;
  std::size_t end = 0;
};

struct FieldPrediction {
  std::string label;       // empty when abstained: the field needs a person
  std::string best;        // the most probable label, even when abstained
  double probability = 0;  // of `best` (softmax)
  bool abstained = false;
  std::vector<LearnedEvidence> evidence;  // strongest first
};

struct LearnedPrediction {
  std::array<FieldPrediction, 3> fields;  // indexed by LearnedField
  [[nodiscard]] const FieldPrediction& operator[](LearnedField f) const noexcept {
    return fields[static_cast<std::size_t>(f)];
  }
};

}  // namespace kefu
