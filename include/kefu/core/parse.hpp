#pragma once
// kefu::parse<E>(text): the inverse of to_string and chinese_label for every vocabulary enum.

#include <kefu/core/detail/enum_table.hpp>

#include <optional>
#include <string_view>

namespace kefu {
namespace detail {

constexpr bool is_ascii_space(char c) noexcept {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

constexpr std::string_view trim_ascii(std::string_view text) noexcept {
  while (!text.empty() && is_ascii_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_ascii_space(text.back())) text.remove_suffix(1);
  return text;
}

constexpr char fold_ascii(char c) noexcept {
  if (c >= 'A' && c <= 'Z') return static_cast<char>(c - 'A' + 'a');
  if (c == '-' || c == ' ') return '_';  // "after-sales", "After Sales" -> after_sales
  return c;
}

// ASCII letters compare case-insensitively; all other bytes (UTF-8 labels) exactly, so
// invalid UTF-8 can never equal a label.
constexpr bool spelling_equal(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (fold_ascii(a[i]) != fold_ascii(b[i])) return false;
  }
  return true;
}

constexpr bool matches_alias(std::string_view aliases, std::string_view text) noexcept {
  while (!aliases.empty()) {
    const auto bar = aliases.find('|');
    const auto alias = aliases.substr(0, bar);
    if (spelling_equal(alias, text)) return true;
    if (bar == std::string_view::npos) break;
    aliases.remove_prefix(bar + 1);
  }
  return false;
}

}  // namespace detail

// Accepts the English name (case-insensitive, '-' or ' ' for '_'), the Chinese label and
// its common short forms, with surrounding ASCII whitespace ignored. Anything else,
// including empty text and invalid UTF-8, gives an empty optional. Never throws.
template <class Enum>
constexpr std::optional<Enum> parse(std::string_view text) noexcept {
  text = detail::trim_ascii(text);
  if (text.empty()) return std::nullopt;
  for (const auto& entry : EnumTraits<Enum>::entries) {
    if (detail::spelling_equal(entry.name, text) || entry.label == text ||
        detail::matches_alias(entry.aliases, text)) {
      return entry.value;
    }
  }
  return std::nullopt;
}

}  // namespace kefu
