#pragma once
// The compiled keyword automaton behind kefu::Matcher (internal).
//
// Aho-Corasick over code points rather than bytes: one step per hanzi instead of three.
// Each distinct pattern character gets a class id (1..n, most frequent first; 0 for every
// other character, which sends the automaton straight back to the root). States live in a
// double array: state s goes to t = base[s] + class when check[t] == s. base, check, the
// failure link and the first reporting state share one 16-byte record, so a step touches
// one or two cache lines; what is only needed on a match lives in separate cold arrays.

#include "utf8.hpp"
#include <kefu/classify/matcher.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kefu::detail {

class Automaton {
 public:
  explicit Automaton(std::vector<std::string> patterns);

  // Calls emit(PatternMatch) for every match, in the order documented on Matcher::find_all.
  template <class Emit>
  void scan(std::string_view text, Emit&& emit) const;

  std::size_t size() const noexcept { return patterns_.size(); }
  std::string_view pattern(std::uint32_t id) const;
  std::size_t memory_bytes() const noexcept;

 private:
  struct State {
    std::int32_t base;
    std::int32_t check;  // parent state, or -1 for a free slot
    std::int32_t fail;
    std::int32_t report;  // start of the state's run in outputs_ + 1, or 0 when it reports nothing
  };

  std::uint32_t class_of(const unsigned char* p, const unsigned char* end,
                         std::uint32_t& length) const noexcept;
  std::uint32_t class_of_code_point(char32_t cp) const noexcept;
  std::int32_t follow_failures(std::int32_t s, std::uint32_t c) const noexcept;
  void build_classes(const std::vector<std::u32string>& normalized);
  void build_states(const std::vector<std::u32string>& normalized);

  std::vector<std::string> patterns_;
  std::size_t alphabet_ = 1;  // class ids are 0..alphabet_-1
  std::uint16_t ascii_class_[128] = {};
  std::vector<std::uint16_t> page_of_;  // code point >> 6 -> page (BMP only)
  std::vector<std::uint16_t> pages_;    // 64 classes per page; page 0 is all zero
  std::vector<std::pair<char32_t, std::uint16_t>> astral_;  // sorted, above the BMP
  std::vector<State> states_;
  std::vector<std::int32_t> root_next_;  // per class: the root's edge, or 0 (the root)
  // Per reporting state, every pattern it reports (its own, then its failure state's) as
  // one run; State::report is the run's start + 1.
  struct Output {
    std::uint32_t pattern;
    std::uint32_t chars;  // length in code points; last_output marks the end of a run
  };
  static constexpr std::uint32_t last_output = 0x80000000U;
  std::vector<Output> outputs_;
};

inline std::uint32_t Automaton::class_of_code_point(char32_t cp) const noexcept {
  if (cp < 0x10000U) return pages_[(static_cast<std::size_t>(page_of_[cp >> 6]) << 6) | (cp & 63U)];
  std::size_t lo = 0;
  std::size_t hi = astral_.size();
  while (lo < hi) {
    const std::size_t mid = (lo + hi) / 2;
    if (astral_[mid].first < cp) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo < astral_.size() && astral_[lo].first == cp ? astral_[lo].second : 0U;
}

// The class of the character at p and its length in bytes; invalid bytes are class 0.
inline std::uint32_t Automaton::class_of(const unsigned char* p, const unsigned char* end,
                                         std::uint32_t& length) const noexcept {
  if (*p < 0x80U) {
    length = 1;
    return ascii_class_[*p];
  }
  // Fast path for the three-byte sequences of CJK text.
  if ((*p & 0xF0U) == 0xE0U && end - p >= 3 && is_continuation(p[1]) && is_continuation(p[2])) {
    const char32_t cp = ((p[0] & 0x0FU) << 12) | ((p[1] & 0x3FU) << 6) | (p[2] & 0x3FU);
    if (cp >= 0x800U && (cp < 0xD800U || cp > 0xDFFFU)) {
      length = 3;
      return pages_[(static_cast<std::size_t>(page_of_[cp >> 6]) << 6) | (cp & 63U)];
    }
  }
  const Decoded d = decode_utf8(p, end);
  length = d.length;
  return d.valid ? class_of_code_point(d.code_point) : 0U;
}

// The next state after reading class c from failure state f on: the textbook loop.
inline std::int32_t Automaton::follow_failures(std::int32_t f, std::uint32_t c) const noexcept {
  const State* const states = states_.data();
  for (; f != 0; f = states[f].fail) {
    const std::int32_t t = states[f].base + static_cast<std::int32_t>(c);
    if (states[t].check == f) return t;
  }
  return root_next_[c];
}

template <class Emit>
void Automaton::scan(std::string_view text, Emit&& emit) const {
  const auto* const first = reinterpret_cast<const unsigned char*>(text.data());
  const auto* const last = first + text.size();
  const State* const states = states_.data();
  const std::int32_t* const root_next = root_next_.data();
  std::int32_t s = 0;
  for (const unsigned char* p = first; p < last;) {
    if (s == 0) {
      // Prefilter: at the root, ASCII bytes that start no pattern are skipped in a tight loop.
      while (p < last && *p < 0x80U && ascii_class_[*p] == 0) ++p;
      if (p == last) break;
    }
    std::uint32_t length = 1;
    const std::uint32_t c = class_of(p, last, length);
    p += length;
    if (c == 0) {  // a character in no pattern, or an invalid byte: back to the root
      s = 0;
      continue;
    }
    // Most misses happen in states whose failure link is the root: then the next state is
    // the root's edge, one dense lookup. (Branch-free variants that also try the failure
    // state measured slower here: they lengthen the chain of dependent loads.)
    const State& state = states[s];
    const std::int32_t t = state.base + static_cast<std::int32_t>(c);
    if (states[t].check == s) {
      s = t;
    } else if (state.fail == 0) {
      s = root_next[c];
    } else {
      s = follow_failures(state.fail, c);
    }
    const std::int32_t r = states[s].report;
    if (r == 0) continue;
    const auto end = static_cast<std::size_t>(p - first);
    for (const Output* o = &outputs_[static_cast<std::size_t>(r - 1)];; ++o) {
      // Walk back over the pattern's code points; every one of them was a valid sequence.
      const unsigned char* q = p;
      for (std::uint32_t k = o->chars & ~last_output; k > 0; --k) {
        --q;
        while (is_continuation(*q)) --q;
      }
      emit(PatternMatch{o->pattern, static_cast<std::size_t>(q - first), end});
      if ((o->chars & last_output) != 0) break;
    }
  }
}

}  // namespace kefu::detail
