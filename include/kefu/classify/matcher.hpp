#pragma once
// kefu::Matcher: finds every occurrence of many keywords in UTF-8 text in one pass.
//
// An Aho-Corasick automaton over code points, stored as a double array (base/check) with
// compact class ids, built once and immutable afterwards; copies share it and may be used
// from any number of threads. Matching folds ASCII case and reads full-width ASCII forms
// (U+FF01..U+FF5E, e.g. "ＡＢＣ１２３，！？") and the ideographic space U+3000 as their half-width
// forms, without copying the text. Invalid UTF-8 is never read past its end and never takes
// part in a match, so every span starts and ends on a code-point boundary.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace kefu {

// One occurrence of a pattern: its index in the list the matcher was built from and its
// byte span [begin, end) in the text.
struct PatternMatch {
  std::uint32_t pattern = 0;
  std::size_t begin = 0;
  std::size_t end = 0;

  friend bool operator==(const PatternMatch& a, const PatternMatch& b) noexcept {
    return a.pattern == b.pattern && a.begin == b.begin && a.end == b.end;
  }
  friend bool operator!=(const PatternMatch& a, const PatternMatch& b) noexcept {
    return !(a == b);
  }
};

namespace detail {
class Automaton;
}

class Matcher {
 public:
  // Throws kefu::config_error for an empty pattern, a pattern that is not valid UTF-8, or
  // more than 65 535 distinct characters. Patterns equal after normalisation all report.
  explicit Matcher(const std::vector<std::string>& patterns);
  explicit Matcher(const std::vector<std::string_view>& patterns);

  // Every match, overlapping ones included, ordered by end offset; matches that end at the
  // same offset come longest first, then by pattern index. Appends to `out`.
  void find_all(std::string_view text, std::vector<PatternMatch>& out) const;
  [[nodiscard]] std::vector<PatternMatch> find_all(std::string_view text) const;
  // The number of matches find_all would report, without storing them.
  [[nodiscard]] std::size_t count(std::string_view text) const noexcept;

  // The number of patterns, and pattern `id` as it was given.
  [[nodiscard]] std::size_t size() const noexcept;
  // pattern() throws kefu::argument_error when id >= size().
  [[nodiscard]] std::string_view pattern(std::uint32_t id) const;
  // Bytes held by the automaton's tables (for capacity planning and the benchmark).
  [[nodiscard]] std::size_t memory_bytes() const noexcept;

 private:
  std::shared_ptr<const detail::Automaton> automaton_;
};

}  // namespace kefu
