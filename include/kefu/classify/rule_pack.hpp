#pragma once
// kefu::RulePack: the data a Classifier is built from. Keyword rules vote for a category,
// scenario or priority; cue words raise flags; negation cues and question forms change what
// a nearby keyword means; a context list makes a rule count only beside other words. Default
// packs for simplified Chinese and English are built in (docs/rules.md §classify); a host may
// edit them or write its own. Packs are plain data, compared member by member.

#include <kefu/core/detail/enum_table.hpp>
#include <kefu/core/flag.hpp>
#include <kefu/core/parse.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kefu {

// What a keyword rule votes for.
enum class Dimension : std::uint8_t { category, scenario, priority };

template <>
struct EnumTraits<Dimension> {
  static constexpr std::array entries{
      EnumEntry<Dimension>{Dimension::category, "category", "类别", "分类|类型"},
      EnumEntry<Dimension>{Dimension::scenario, "scenario", "场景", "业务场景"},
      EnumEntry<Dimension>{Dimension::priority, "priority", "优先级", "紧急程度"},
  };
};

// Stable English snake_case name: "category", "scenario", "priority".
constexpr std::string_view to_string(Dimension value) noexcept { return detail::name_of(value); }
// Chinese label shown to users.
constexpr std::string_view chinese_label(Dimension value) noexcept {
  return detail::label_of(value);
}

struct KeywordRule {
  std::string pattern;
  Dimension dimension = Dimension::category;
  // A value of the dimension's enum as kefu::parse accepts it: "after_sales", "退换货", "high".
  std::string label;
  double weight = 1.0;  // positive and finite

  friend bool operator==(const KeywordRule& a, const KeywordRule& b) {
    return a.pattern == b.pattern && a.dimension == b.dimension && a.label == b.label &&
           a.weight == b.weight;
  }
  friend bool operator!=(const KeywordRule& a, const KeywordRule& b) { return !(a == b); }
};

struct FlagCue {
  std::string pattern;
  Flag flag = Flag::safety_risk;

  friend bool operator==(const FlagCue& a, const FlagCue& b) {
    return a.pattern == b.pattern && a.flag == b.flag;
  }
  friend bool operator!=(const FlagCue& a, const FlagCue& b) { return !(a == b); }
};

// Rules that count only when one of `words` also occurs somewhere in the message: 漏气 is a
// gas leak beside 燃气, 煤气 or 天然气; 发错 is wrong medicine beside 药. The words match like
// patterns, inside longer matches too (天然气 in 天然气味), and negations do not cancel them.
//
// With a `window`, a word counts only within `window` characters of the rule's match, before
// or after it, in the same clause: that is how a hazard is an object and what it does
// (充电器 ... 烫, the plug ... is sparking). The nearest such word is cited in the evidence
// as "<pack> <name>" (e.g. "zh hazard heat").
struct ContextRules {
  std::vector<std::string> words;
  std::vector<KeywordRule> keywords;
  std::vector<FlagCue> flags;
  std::size_t window = 0;  // 0: anywhere in the message
  std::string name = "context";

  friend bool operator==(const ContextRules& a, const ContextRules& b) {
    return a.words == b.words && a.keywords == b.keywords && a.flags == b.flags &&
           a.window == b.window && a.name == b.name;
  }
  friend bool operator!=(const ContextRules& a, const ContextRules& b) { return !(a == b); }
};

// Patterns are UTF-8 and match with ASCII case and full-width forms folded (see Matcher).
// A pattern that starts (ends) with an ASCII letter or digit only matches where the text has
// no ASCII letter or digit just before (after) it, so "no" does not match "know".
struct RulePack {
  std::string name;  // shown in evidence: "zh", "en"
  std::vector<KeywordRule> keywords;
  std::vector<FlagCue> flags;
  std::vector<ContextRules> in_context;
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
  // `questions_before` must come before the cue in the clause, `questions_after` after it
  // and at most `negation_window` characters away (会爆炸吗 asks; 鼓包了 能寄回去换吗 does not).
  std::vector<std::string> questions_before;
  std::vector<std::string> questions_after;
  // A safety cue told as a past event that is over is not a present risk (上次冒烟已经修好了,
  // it sparked once but was fixed): the cue is dropped when the marker nearest before it in
  // its clause is one of `past_markers` (上次, last time) rather than one of `present_markers`
  // (又, 现在, 买的, again, now, bought), or when one of `resolved_markers` (修好了, was fixed)
  // follows it in the message with no present marker between and no negation cancels it
  // (没修好, hasn't been fixed).
  std::vector<std::string> past_markers;
  std::vector<std::string> present_markers;
  std::vector<std::string> resolved_markers;

  // Simplified Chinese, drawn from the SOPs (docs/rules.md §classify) and from how customers
  // write.
  static RulePack default_zh();
  // English, the same rules.
  static RulePack default_en();

  friend bool operator==(const RulePack& a, const RulePack& b) {
    return a.name == b.name && a.keywords == b.keywords && a.flags == b.flags &&
           a.in_context == b.in_context && a.negations == b.negations &&
           a.negation_window == b.negation_window && a.neutral_phrases == b.neutral_phrases &&
           a.questions_before == b.questions_before && a.questions_after == b.questions_after &&
           a.past_markers == b.past_markers && a.present_markers == b.present_markers &&
           a.resolved_markers == b.resolved_markers;
  }
  friend bool operator!=(const RulePack& a, const RulePack& b) { return !(a == b); }
};

}  // namespace kefu
