#pragma once
// UTF-8 and ASCII helpers for masking and scrubbing. An invalid byte is one character of its
// own (U+FFFD), so nothing is ever skipped or read past the end.

#include "../core/utf8.hpp"

namespace kefu::detail {

constexpr bool is_ascii_digit(char c) noexcept { return c >= '0' && c <= '9'; }
constexpr bool is_ascii_letter(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
constexpr bool is_ascii_alnum(char c) noexcept { return is_ascii_digit(c) || is_ascii_letter(c); }

}  // namespace kefu::detail
