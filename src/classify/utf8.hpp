#pragma once
// The character normalisation and word boundaries shared by the matcher and the classifier.

#include "../core/utf8.hpp"

#include <cstddef>
#include <string_view>

namespace kefu::detail {

// ASCII letters to lower case; full-width ASCII forms U+FF01..U+FF5E and the ideographic
// space U+3000 to their ASCII counterparts.
constexpr char32_t normalize_code_point(char32_t cp) noexcept {
  if (cp >= 0xFF01U && cp <= 0xFF5EU) cp -= 0xFEE0U;
  if (cp == 0x3000U) cp = U' ';
  if (cp >= U'A' && cp <= U'Z') cp += U'a' - U'A';
  return cp;
}

constexpr bool is_ascii_word(unsigned char c) noexcept {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// A pattern that starts (ends) with an ASCII letter or digit matches whole words only.
inline bool on_word_boundaries(std::string_view pattern, std::string_view text, std::size_t begin,
                               std::size_t end) noexcept {
  const auto front = static_cast<unsigned char>(pattern.front());
  const auto back = static_cast<unsigned char>(pattern.back());
  if (is_ascii_word(front) && begin > 0 &&
      is_ascii_word(static_cast<unsigned char>(text[begin - 1]))) {
    return false;
  }
  return !(is_ascii_word(back) && end < text.size() &&
           is_ascii_word(static_cast<unsigned char>(text[end])));
}

}  // namespace kefu::detail
