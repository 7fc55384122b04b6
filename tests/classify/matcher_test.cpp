// kefu::Matcher: spans worked out by hand, normalisation, invalid UTF-8, and properties
// against a naive std::string_view::find reference.

#include <kefu/classify/matcher.hpp>
#include <kefu/core/error.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace {

using kefu::Matcher;
using kefu::PatternMatch;

std::vector<PatternMatch> sorted(std::vector<PatternMatch> matches) {
  std::sort(matches.begin(), matches.end(), [](const PatternMatch& a, const PatternMatch& b) {
    return std::tie(a.begin, a.end, a.pattern) < std::tie(b.begin, b.end, b.pattern);
  });
  return matches;
}

// Every occurrence of every pattern, by brute force.
std::vector<PatternMatch> naive_find_all(std::string_view text,
                                         const std::vector<std::string>& patterns) {
  std::vector<PatternMatch> out;
  for (std::uint32_t id = 0; id < patterns.size(); ++id) {
    for (auto at = text.find(patterns[id]); at != std::string_view::npos;
         at = text.find(patterns[id], at + 1)) {
      out.push_back({id, at, at + patterns[id].size()});
    }
  }
  return sorted(out);
}

// Length of the unit starting at text[i]: a whole valid sequence, or 1 for a broken byte.
// Written independently of the library: ranges from the Unicode table of well-formed bytes.
std::size_t unit_length(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned b = byte(i);
  const auto in = [&](std::size_t k, unsigned lo, unsigned hi) {
    return k < text.size() && byte(k) >= lo && byte(k) <= hi;
  };
  if (b <= 0x7F) return 1;
  if (b >= 0xC2 && b <= 0xDF) return in(i + 1, 0x80, 0xBF) ? 2 : 1;
  if (b == 0xE0) return in(i + 1, 0xA0, 0xBF) && in(i + 2, 0x80, 0xBF) ? 3 : 1;
  if ((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF) {
    return in(i + 1, 0x80, 0xBF) && in(i + 2, 0x80, 0xBF) ? 3 : 1;
  }
  if (b == 0xED) return in(i + 1, 0x80, 0x9F) && in(i + 2, 0x80, 0xBF) ? 3 : 1;
  if (b == 0xF0)
    return in(i + 1, 0x90, 0xBF) && in(i + 2, 0x80, 0xBF) && in(i + 3, 0x80, 0xBF) ? 4 : 1;
  if (b >= 0xF1 && b <= 0xF3) {
    return in(i + 1, 0x80, 0xBF) && in(i + 2, 0x80, 0xBF) && in(i + 3, 0x80, 0xBF) ? 4 : 1;
  }
  if (b == 0xF4)
    return in(i + 1, 0x80, 0x8F) && in(i + 2, 0x80, 0xBF) && in(i + 3, 0x80, 0xBF) ? 4 : 1;
  return 1;
}

// Start offsets of valid code points (value true) and of broken bytes (false).
std::vector<int> unit_starts(std::string_view text) {
  std::vector<int> starts(text.size() + 1, -1);
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = unit_length(text, i);
    const auto b = static_cast<unsigned char>(text[i]);
    starts[i] = (n > 1 || b <= 0x7F) ? 1 : 0;
    i += n;
  }
  starts[text.size()] = 1;
  return starts;
}

// ASCII case and full-width ASCII forms (EF BC 81 .. EF BD 9E) folded, for comparing spans.
std::string folded(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto b = static_cast<unsigned char>(text[i]);
    if (b == 0xEF && i + 2 < text.size()) {
      const auto b1 = static_cast<unsigned char>(text[i + 1]);
      const auto b2 = static_cast<unsigned char>(text[i + 2]);
      if ((b1 == 0xBC && b2 >= 0x81 && b2 <= 0xBF) || (b1 == 0xBD && b2 >= 0x80 && b2 <= 0x9E)) {
        b = static_cast<unsigned char>(0x21 + (b1 - 0xBC) * 64 + (b2 - 0x81));
        i += 2;
      }
    }
    if (b >= 'A' && b <= 'Z') b = static_cast<unsigned char>(b - 'A' + 'a');
    out += static_cast<char>(b);
  }
  return out;
}

}  // namespace

TEST_CASE("overlapping matches are all reported, by end and then longest first") {
  const Matcher m(std::vector<std::string>{"he", "she", "his", "hers"});
  const std::vector<PatternMatch> expected{{1, 1, 4}, {0, 2, 4}, {3, 2, 6}};
  CHECK(m.find_all("ushers") == expected);
  CHECK(m.count("ushers") == 3);
  CHECK(m.size() == 4);
  CHECK(m.pattern(3) == "hers");
}

TEST_CASE("chinese keywords report byte spans") {
  const Matcher m(std::vector<std::string>{"漏电", "电", "没有漏电"});
  // 没 [0,3) 有 [3,6) 漏 [6,9) 电 [9,12) 了 [12,15)
  const std::vector<PatternMatch> expected{{2, 0, 12}, {0, 6, 12}, {1, 9, 12}};
  CHECK(m.find_all("没有漏电了") == expected);
  CHECK(m.find_all("没有").empty());
  CHECK(m.find_all("").empty());
}

TEST_CASE("ascii case and full-width forms are folded while matching") {
  const Matcher m(std::vector<std::string>{"wifi", "12315", "吗?", "ＡＢＣ"});
  // Ｗ ｉ Ｆ ｉ are three bytes each; 连 starts at byte 12.
  CHECK(m.find_all("ＷｉＦｉ连不上") == std::vector<PatternMatch>{{0, 0, 12}});
  CHECK(m.find_all("WiFi") == std::vector<PatternMatch>{{0, 0, 4}});
  // 打 [0,3), then １２３１５ five full-width digits [3,18).
  CHECK(m.find_all("打１２３１５投诉") == std::vector<PatternMatch>{{1, 3, 18}});
  // 吗 [0,3) ？ [3,6)
  CHECK(m.find_all("吗？") == std::vector<PatternMatch>{{2, 0, 6}});
  CHECK(m.find_all("abc") == std::vector<PatternMatch>{{3, 0, 3}});
  CHECK(m.find_all("aＢc") == std::vector<PatternMatch>{{3, 0, 5}});
  // The ideographic space reads as a space.
  const Matcher spaced(std::vector<std::string>{"not leaking"});
  CHECK(spaced.find_all("NOT\xE3\x80\x80LEAKING") == std::vector<PatternMatch>{{0, 0, 13}});
}

TEST_CASE("patterns equal after normalisation all report, in pattern order") {
  const Matcher m(std::vector<std::string>{"Refund", "refund", "ＲＥＦＵＮＤ"});
  const std::vector<PatternMatch> expected{{0, 2, 8}, {1, 2, 8}, {2, 2, 8}};
  CHECK(m.find_all("a refund") == expected);
}

TEST_CASE("characters outside the basic plane match") {
  const Matcher m(std::vector<std::string>{"😡", "差评😡"});
  // 差 [0,3) 评 [3,6) 😡 [6,10)
  const std::vector<PatternMatch> expected{{1, 0, 10}, {0, 6, 10}};
  CHECK(m.find_all("差评😡!") == expected);
}

TEST_CASE("broken utf-8 never takes part in a match") {
  const Matcher m(std::vector<std::string>{"漏电", "ab"});
  // A truncated 漏 (E6 BC without its last byte), then a whole 漏电.
  CHECK(m.find_all("\xE6\xBC漏电") == std::vector<PatternMatch>{{0, 2, 8}});
  // A stray byte between the two characters breaks the keyword.
  CHECK(m.find_all("漏\xFF电").empty());
  CHECK(m.find_all("a\x80"
                   "b")
            .empty());
  // A truncated sequence at the very end is not read past the end.
  CHECK(m.find_all("ab\xE6\xBC") == std::vector<PatternMatch>{{1, 0, 2}});
  // An encoded surrogate and an overlong 'a' are not characters.
  CHECK(m.find_all("\xED\xA0\x80"
                   "b")
            .empty());
  CHECK(m.find_all("\xC1\xA1"
                   "b")
            .empty());
}

TEST_CASE("bad patterns are refused at construction") {
  CHECK_THROWS_WITH_AS(Matcher(std::vector<std::string>{"ok", ""}), "matcher pattern 1: empty",
                       kefu::config_error);
  CHECK_THROWS_WITH_AS(Matcher(std::vector<std::string>{"\xE6\xBC"}),
                       "matcher pattern 0: invalid utf-8", kefu::config_error);
  const Matcher m(std::vector<std::string>{"x"});
  CHECK_THROWS_WITH_AS(static_cast<void>(m.pattern(1)), "matcher pattern 1: out of range",
                       kefu::argument_error);
}

TEST_CASE("an empty pattern list matches nothing") {
  const Matcher m(std::vector<std::string>{});
  CHECK(m.find_all("anything 任何").empty());
  CHECK(m.size() == 0);
}

TEST_CASE("random valid text: the same matches as string_view::find per pattern") {
  const std::vector<std::string> alphabet{"a", "b", "c", " ", "漏", "电", "没", "有", "é", "😀"};
  std::mt19937 rng(20261124);
  for (int round = 0; round < 200; ++round) {
    std::vector<std::string> patterns;
    const int count = 1 + static_cast<int>(rng() % 40);
    for (int i = 0; i < count; ++i) {
      std::string p;
      const int len = 1 + static_cast<int>(rng() % 4);
      for (int k = 0; k < len; ++k) p += alphabet[rng() % alphabet.size()];
      patterns.push_back(p);
    }
    std::string text;
    const int len = static_cast<int>(rng() % 300);
    for (int k = 0; k < len; ++k) text += alphabet[rng() % alphabet.size()];
    const Matcher m(patterns);
    CAPTURE(round);
    REQUIRE(sorted(m.find_all(text)) == naive_find_all(text, patterns));
    CHECK(m.count(text) == m.find_all(text).size());
  }
}

TEST_CASE("random bytes and truncated utf-8: spans in bounds, on boundaries, never broken") {
  const std::vector<std::string> patterns{"漏电", "电", "a", "ab", "😀", "é", "没有漏电", "bé"};
  const std::string pieces[] = {"漏", "电", "a", "b", "😀", "é", "没有"};
  const Matcher m(patterns);
  std::mt19937 rng(7);
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const int len = static_cast<int>(rng() % 64);
    for (int k = 0; k < len; ++k) {
      switch (rng() % 3) {
        case 0:
          text += static_cast<char>(rng() % 256);
          break;
        case 1: {
          const std::string& piece = pieces[rng() % std::size(pieces)];
          text += piece.substr(0, 1 + rng() % piece.size());  // often truncated
          break;
        }
        default:
          text += pieces[rng() % std::size(pieces)];
      }
    }
    const auto starts = unit_starts(text);
    CAPTURE(round);
    for (const PatternMatch& match : m.find_all(text)) {
      REQUIRE(match.pattern < patterns.size());
      REQUIRE(match.begin < match.end);
      REQUIRE(match.end <= text.size());
      CHECK(starts[match.begin] == 1);
      CHECK(starts[match.end] != -1);
      for (std::size_t i = match.begin; i < match.end; ++i) CHECK(starts[i] != 0);
      CHECK(folded(text.substr(match.begin, match.end - match.begin)) == patterns[match.pattern]);
    }
  }
}

TEST_CASE("a matcher built from string views matches the same, and copies share it") {
  const std::vector<std::string_view> views{"ab", "b"};
  const Matcher m(views);
  const Matcher copy = m;  // NOLINT(performance-unnecessary-copy-initialization): the point
  const std::vector<PatternMatch> expected{{0, 0, 2}, {1, 1, 2}};
  CHECK(copy.find_all("ab") == expected);
  CHECK(m.find_all("ab") == expected);
  CHECK(m.memory_bytes() > 0);
  CHECK(copy.memory_bytes() == m.memory_bytes());
}
