// kefu::ReplyChecker: forbidden phrases, greeting, closing and the request hint in one pass of
// the matcher.

#include "utf8.hpp"
#include <kefu/classify/matcher.hpp>
#include <kefu/classify/reply_check.hpp>
#include <kefu/core/error.hpp>

#include <fmt/core.h>

#include <algorithm>
#include <optional>
#include <utility>

namespace kefu {
namespace detail {

class ReplyRuleSet {
 public:
  explicit ReplyRuleSet(ReplyRules rules) : rules_(std::move(rules)) {
    std::vector<std::string_view> patterns;
    const auto add = [&patterns](std::string_view pattern, const std::string& place) {
      if (pattern.empty()) throw config_error(place + ": empty pattern");
      if (!is_valid_utf8(pattern)) throw config_error(place + ": invalid utf-8");
      patterns.push_back(pattern);
    };
    for (std::size_t i = 0; i < rules_.forbidden.size(); ++i) {
      add(rules_.forbidden[i].pattern, fmt::format("reply rules forbidden phrase {}", i));
    }
    greetings_begin_ = patterns.size();
    for (std::size_t i = 0; i < rules_.greetings.size(); ++i) {
      add(rules_.greetings[i], fmt::format("reply rules greeting {}", i));
    }
    closings_begin_ = patterns.size();
    for (std::size_t i = 0; i < rules_.closings.size(); ++i) {
      add(rules_.closings[i], fmt::format("reply rules closing {}", i));
    }
    const auto add_all = [&add](const std::vector<std::string>& list, std::string_view what) {
      for (std::size_t i = 0; i < list.size(); ++i) {
        add(list[i], fmt::format("reply rules request {} {}", what, i));
      }
    };
    cues_begin_ = patterns.size();
    add_all(rules_.requests.cues, "cue");
    openers_begin_ = patterns.size();
    add_all(rules_.requests.openers, "opener");
    endings_begin_ = patterns.size();
    add_all(rules_.requests.endings, "ending");
    matcher_.emplace(patterns);
  }

  [[nodiscard]] std::vector<ReplyFinding> check(std::string_view reply, bool whole) const {
    std::vector<PatternMatch> matches;
    matcher_->find_all(reply, matches);
    // Longest first at each start, so a phrase inside a longer one is reported once.
    std::sort(matches.begin(), matches.end(), [](const PatternMatch& a, const PatternMatch& b) {
      if (a.begin != b.begin) return a.begin < b.begin;
      if (a.end != b.end) return a.end > b.end;
      return a.pattern < b.pattern;
    });
    std::vector<ReplyFinding> findings;
    bool greeted = false;
    bool closed = false;
    std::size_t covered = 0;
    bool any = false;
    const auto breaks = whole ? sentence_breaks(reply) : std::vector<Span>{};
    // Per sentence: the first request cue in it, whether it has an opener or ends politely.
    struct Sentence {
      const PatternMatch* cue = nullptr;
      bool polite = false;
    };
    std::vector<Sentence> sentences(breaks.size() + 1);
    const auto sentence_of = [&breaks](std::size_t at) {
      return static_cast<std::size_t>(
          std::lower_bound(breaks.begin(), breaks.end(), at,
                           [](const Span& b, std::size_t x) { return b.begin < x; }) -
          breaks.begin());
    };
    const auto sentence_end = [&breaks, &reply](std::size_t k) {
      return k < breaks.size() ? breaks[k].begin : reply.size();
    };
    for (const PatternMatch& m : matches) {
      const std::string_view pattern = matcher_->pattern(m.pattern);
      if (!on_word_boundaries(pattern, reply, m.begin, m.end)) continue;
      if (m.pattern >= cues_begin_) {
        if (!whole) continue;
        const std::size_t k = sentence_of(m.begin);
        if (m.pattern >= endings_begin_) {
          sentences[k].polite =
              sentences[k].polite || characters(reply, m.end, sentence_end(k)) == 0;
        } else if (m.pattern >= openers_begin_) {
          sentences[k].polite = true;
        } else if (sentences[k].cue == nullptr) {
          sentences[k].cue = &m;
        }
      } else if (m.pattern >= closings_begin_) {
        closed = closed || characters(reply, m.end, reply.size()) <= rules_.closing_window;
      } else if (m.pattern >= greetings_begin_) {
        greeted = greeted || characters(reply, 0, m.begin) <= rules_.greeting_window;
      } else if (!any || m.end > covered) {
        const ForbiddenPhrase& phrase = rules_.forbidden[m.pattern];
        findings.push_back({ReplyIssue::forbidden_phrase, phrase.pattern, phrase.kind, m.begin,
                            m.end, ReplySeverity::violation});
        covered = std::max(covered, m.end);
        any = true;
      }
    }
    for (std::size_t k = 0; k < sentences.size(); ++k) {
      if (sentences[k].cue == nullptr || sentences[k].polite) continue;
      findings.push_back({ReplyIssue::request_phrasing,
                          rules_.requests.cues[sentences[k].cue->pattern - cues_begin_], "request",
                          k == 0 ? 0 : breaks[k - 1].end, sentence_end(k), ReplySeverity::hint});
    }
    std::stable_sort(
        findings.begin(), findings.end(),
        [](const ReplyFinding& a, const ReplyFinding& b) { return a.begin < b.begin; });
    if (whole && !greeted && !rules_.greetings.empty()) {
      findings.insert(
          findings.begin(),
          {ReplyIssue::missing_greeting, {}, "greeting", 0, 0, ReplySeverity::violation});
    }
    if (whole && !closed && !rules_.closings.empty()) {
      findings.push_back({ReplyIssue::missing_closing,
                          {},
                          "closing",
                          reply.size(),
                          reply.size(),
                          ReplySeverity::violation});
    }
    return findings;
  }

 private:
  struct Span {
    std::size_t begin;
    std::size_t end;
  };

  // Where sentences end: 。！？；, their ASCII forms and newlines.
  static std::vector<Span> sentence_breaks(std::string_view text) {
    std::vector<Span> breaks;
    const auto* start = reinterpret_cast<const unsigned char*>(text.data());
    const auto* p = start;
    const auto* end = start + text.size();
    while (p < end) {
      const Decoded d = decode_utf8(p, end);
      const char32_t cp = normalize_code_point(d.code_point);
      if (d.valid && (cp == U'.' || cp == U'!' || cp == U'?' || cp == U';' || cp == U'\n' ||
                      cp == U'\u3002')) {
        const auto at = static_cast<std::size_t>(p - start);
        breaks.push_back({at, at + d.length});
      }
      p += d.length;
    }
    return breaks;
  }

  // Characters in text[from, to) that are not spaces or punctuation, so trailing "！" or
  // an emoji after a closing does not push it out of the window.
  static std::size_t characters(std::string_view text, std::size_t from, std::size_t to) {
    std::size_t n = 0;
    const auto* p = reinterpret_cast<const unsigned char*>(text.data()) + from;
    const auto* end = reinterpret_cast<const unsigned char*>(text.data()) + to;
    while (p < end) {
      const Decoded d = decode_utf8(p, end);
      const char32_t cp = normalize_code_point(d.code_point);
      const bool letter = d.valid && cp > U' ' && !(cp < 0x80 && !is_ascii_word(cp)) &&
                          !(cp >= 0x3000 && cp <= 0x303F) && cp < 0x1F000;
      n += letter ? 1 : 0;
      p += d.length;
    }
    return n;
  }

  ReplyRules rules_;
  std::size_t greetings_begin_ = 0;
  std::size_t closings_begin_ = 0;
  std::size_t cues_begin_ = 0;
  std::size_t openers_begin_ = 0;
  std::size_t endings_begin_ = 0;
  std::optional<Matcher> matcher_;
};

}  // namespace detail

ReplyChecker::ReplyChecker(ReplyRules rules)
    : rules_(std::make_shared<const detail::ReplyRuleSet>(std::move(rules))) {}

ReplyChecker ReplyChecker::defaults() { return ReplyChecker(ReplyRules::defaults()); }

std::vector<ReplyFinding> ReplyChecker::check(std::string_view reply) const {
  return rules_->check(reply, true);
}

bool ReplyChecker::passes(std::string_view reply) const {
  const auto findings = rules_->check(reply, true);
  return std::none_of(findings.begin(), findings.end(),
                      [](const ReplyFinding& f) { return f.severity == ReplySeverity::violation; });
}

std::vector<ReplyFinding> ReplyChecker::forbidden_phrases(std::string_view reply) const {
  return rules_->check(reply, false);
}

}  // namespace kefu
