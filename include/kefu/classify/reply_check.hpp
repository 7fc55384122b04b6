#pragma once
// kefu::ReplyChecker: quality inspection of an agent's reply (domain.md §8). Finds forbidden
// phrases (服务忌语: scolding, rhetorical, questioning, discriminating or blame-shifting
// language, with their common variants) and checks for the expected greeting and closing.
// Built once, immutable, safe to share across threads.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace kefu {

enum class ReplyIssue : std::uint8_t { forbidden_phrase, missing_greeting, missing_closing };

constexpr std::string_view to_string(ReplyIssue issue) noexcept {
  switch (issue) {
    case ReplyIssue::forbidden_phrase:
      return "forbidden_phrase";
    case ReplyIssue::missing_greeting:
      return "missing_greeting";
    case ReplyIssue::missing_closing:
      return "missing_closing";
  }
  return "invalid";
}

struct ForbiddenPhrase {
  std::string pattern;
  std::string kind;  // "scolding", "rhetorical", "discriminating", "blame_shifting", ...
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

  // Standard and forbidden phrases of domain.md §8, in Chinese and English.
  static ReplyRules defaults();
};

// One finding. For a forbidden phrase: the phrase as written in the rules, its kind and the
// span it matched. For a missing greeting: empty phrase, kind "greeting", span [0, 0); for a
// missing closing: kind "closing", span [size, size). The views point into the checker and
// stay valid while it or a copy of it lives.
struct ReplyFinding {
  ReplyIssue issue = ReplyIssue::forbidden_phrase;
  std::string_view phrase;
  std::string_view kind;
  std::size_t begin = 0;
  std::size_t end = 0;
};

namespace detail {
class ReplyRuleSet;
}

class ReplyChecker {
 public:
  // Throws kefu::config_error naming the rule for an empty or invalid UTF-8 pattern.
  explicit ReplyChecker(ReplyRules rules);
  static ReplyChecker defaults();

  // Every finding, in text order: a missing greeting first, a missing closing last. An
  // empty result means the reply passes. Never throws for any text.
  [[nodiscard]] std::vector<ReplyFinding> check(std::string_view reply) const;
  // Only the forbidden phrases, for a reply in the middle of a conversation.
  [[nodiscard]] std::vector<ReplyFinding> forbidden_phrases(std::string_view reply) const;

 private:
  std::shared_ptr<const detail::ReplyRuleSet> rules_;
};

}  // namespace kefu
