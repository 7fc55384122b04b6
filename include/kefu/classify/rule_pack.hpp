#pragma once
// kefu::RulePack: the data a Classifier is built from. Keyword rules vote for a category,
// scenario or priority; cue words raise flags; negation cues and question forms change what
// a nearby keyword means. Default packs for simplified Chinese and English are built in; a
// host may edit them or write its own.

#include <kefu/core/flag.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kefu {

// What a keyword rule votes for.
enum class Dimension : std::uint8_t { category, scenario, priority };

struct KeywordRule {
  std::string pattern;
  Dimension dimension = Dimension::category;
  // A value of the dimension's enum as kefu::parse accepts it: "after_sales", "退换货", "high".
  std::string label;
  double weight = 1.0;  // positive and finite
};

struct FlagCue {
  std::string pattern;
  Flag flag = Flag::safety_risk;
};

// Patterns are UTF-8 and match with ASCII case and full-width forms folded (see Matcher).
// A pattern that starts (ends) with an ASCII letter or digit only matches where the text has
// no ASCII letter or digit just before (after) it, so "no" does not match "know".
struct RulePack {
  std::string name;  // shown in evidence: "zh", "en"
  std::vector<KeywordRule> keywords;
  std::vector<FlagCue> flags;
  // A negation cue cancels every keyword rule and flag cue of a match that starts at most
  // `negation_window` characters after the cue ends, within the same clause (没有漏电,
  // not leaking). Punctuation ends a clause.
  std::vector<std::string> negations;
  std::size_t negation_window = 2;
  // Phrases that contain a keyword or cue without meaning it (不小心, 不停, 维修师傅,
  // won't stop): any shorter match inside one of them is ignored.
  std::vector<std::string> neutral_phrases;
  // Question forms turn a safety cue in the same clause into a question about the risk
  // rather than a report of it (会不会漏电, 不漏电吧, will it catch fire): the safety cue's
  // rules and flags are dropped and the message counts as a usage question instead.
  // `questions_before` must come before the cue in the clause, `questions_after` after it.
  std::vector<std::string> questions_before;
  std::vector<std::string> questions_after;

  // Simplified Chinese, drawn from domain.md §1-2 and from how customers write.
  static RulePack default_zh();
  // English.
  static RulePack default_en();
};

}  // namespace kefu
