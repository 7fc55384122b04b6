#pragma once
// kefu::ReplyChecker: quality inspection of an agent's reply (docs/rules.md §service-language).
// Finds forbidden phrases (服务忌语: scolding, rhetorical, questioning, discriminating or
// blame-shifting language, with their common variants), checks for the expected greeting and
// closing, and hints at requests that break the phone rule "请 at the start, 好 at the end".
// Built once, immutable, safe to share across threads.

#include <kefu/core/detail/enum_table.hpp>
#include <kefu/core/parse.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace kefu {

enum class ReplyIssue : std::uint8_t {
  forbidden_phrase,
  missing_greeting,
  missing_closing,
  request_phrasing,  // a request of the customer with neither 请 nor a closing 好 (a hint)
};

template <>
struct EnumTraits<ReplyIssue> {
  static constexpr std::array entries{
      EnumEntry<ReplyIssue>{ReplyIssue::forbidden_phrase, "forbidden_phrase", "服务忌语",
                            "忌语|forbidden"},
      EnumEntry<ReplyIssue>{ReplyIssue::missing_greeting, "missing_greeting", "缺少问候语",
                            "无问候语|greeting"},
      EnumEntry<ReplyIssue>{ReplyIssue::missing_closing, "missing_closing", "缺少结束语",
                            "无结束语|closing"},
      EnumEntry<ReplyIssue>{ReplyIssue::request_phrasing, "request_phrasing", "请求用语",
                            "请求用语不规范|request"},
  };
};

// Stable English snake_case name: "forbidden_phrase", "missing_greeting", ...
constexpr std::string_view to_string(ReplyIssue value) noexcept { return detail::name_of(value); }
// Chinese label shown to users.
constexpr std::string_view chinese_label(ReplyIssue value) noexcept {
  return detail::label_of(value);
}

// A violation fails the reply; a hint is advice that does not.
enum class ReplySeverity : std::uint8_t { violation, hint };

template <>
struct EnumTraits<ReplySeverity> {
  static constexpr std::array entries{
      EnumEntry<ReplySeverity>{ReplySeverity::violation, "violation", "违规", "不合格"},
      EnumEntry<ReplySeverity>{ReplySeverity::hint, "hint", "提示", "建议|advice"},
  };
};

// Stable English snake_case name: "violation", "hint".
constexpr std::string_view to_string(ReplySeverity value) noexcept {
  return detail::name_of(value);
}
// Chinese label shown to users.
constexpr std::string_view chinese_label(ReplySeverity value) noexcept {
  return detail::label_of(value);
}

struct ForbiddenPhrase {
  std::string pattern;
  std::string kind;  // "scolding", "rhetorical", "discriminating", "blame_shifting", ...

  friend bool operator==(const ForbiddenPhrase& a, const ForbiddenPhrase& b) {
    return a.pattern == b.pattern && a.kind == b.kind;
  }
  friend bool operator!=(const ForbiddenPhrase& a, const ForbiddenPhrase& b) { return !(a == b); }
};

// The hotline standard's phone rule: speak to the customer starting with 请 and ending with 好
// (请您稍等片刻，好吗？). A sentence holding one of `cues` asks something of the customer; it
// gets a hint when it holds none of `openers` and does not end with one of `endings`
// (punctuation and spaces after the ending do not count). With no cues the rule is off.
struct RequestRule {
  std::vector<std::string> cues;
  std::vector<std::string> openers;
  std::vector<std::string> endings;

  friend bool operator==(const RequestRule& a, const RequestRule& b) {
    return a.cues == b.cues && a.openers == b.openers && a.endings == b.endings;
  }
  friend bool operator!=(const RequestRule& a, const RequestRule& b) { return !(a == b); }
};

// Patterns match as in kefu::Matcher (ASCII case and full-width forms folded); one that
// starts or ends with an ASCII letter or digit matches whole words only.
struct ReplyRules {
  std::vector<ForbiddenPhrase> forbidden;
  // A greeting must start within the first `greeting_window` characters of the reply, a
  // closing must end within its last `closing_window` characters.
  std::vector<std::string> greetings;
  std::vector<std::string> closings;
  std::size_t greeting_window = 8;
  std::size_t closing_window = 8;
  RequestRule requests;

  // The standard and forbidden phrases of the hotline standard and the SOP toolkit, in
  // Chinese and English (docs/rules.md §service-language).
  static ReplyRules defaults();

  friend bool operator==(const ReplyRules& a, const ReplyRules& b) {
    return a.forbidden == b.forbidden && a.greetings == b.greetings && a.closings == b.closings &&
           a.greeting_window == b.greeting_window && a.closing_window == b.closing_window &&
           a.requests == b.requests;
  }
  friend bool operator!=(const ReplyRules& a, const ReplyRules& b) { return !(a == b); }
};

// One finding. For a forbidden phrase: the phrase as written in the rules, its kind and the
// span it matched. For a missing greeting: empty phrase, kind "greeting", span [0, 0); for a
// missing closing: kind "closing", span [size, size). For a request hint: the cue as
// written, kind "request" and the span of the sentence. A finding owns its strings and holds
// no view into the reply, so it may be kept after the checker and the reply are gone.
struct ReplyFinding {
  ReplyIssue issue = ReplyIssue::forbidden_phrase;
  std::string phrase;
  std::string kind;
  std::size_t begin = 0;
  std::size_t end = 0;
  ReplySeverity severity = ReplySeverity::violation;
};

namespace detail {
class ReplyRuleSet;
}

class ReplyChecker {
 public:
  // Throws kefu::config_error naming the rule for an empty or invalid UTF-8 pattern.
  explicit ReplyChecker(ReplyRules rules);
  static ReplyChecker defaults();

  // Every finding, violations and hints, in text order: a missing greeting first, a missing
  // closing last. Never throws for any text.
  [[nodiscard]] std::vector<ReplyFinding> check(std::string_view reply) const;
  // True when check() finds no violation (hints allowed).
  [[nodiscard]] bool passes(std::string_view reply) const;
  // Only the forbidden phrases, for a reply in the middle of a conversation.
  [[nodiscard]] std::vector<ReplyFinding> forbidden_phrases(std::string_view reply) const;

 private:
  std::shared_ptr<const detail::ReplyRuleSet> rules_;
};

}  // namespace kefu
