#pragma once
// One row per enumerator: the stable English name, the Chinese label users see, and the
// other spellings `parse` accepts. Every vocabulary enum is described by such a table, so
// to_string, chinese_label, parse and fmt all read the same data.

#include <array>
#include <cstddef>
#include <string_view>

namespace kefu {

template <class Enum>
struct EnumEntry {
  Enum value;
  std::string_view name;     // stable English snake_case, used in files and APIs
  std::string_view label;    // Chinese label shown to users
  std::string_view aliases;  // further accepted spellings, separated by '|'
};

// Specialised next to each vocabulary enum: `static constexpr std::array entries{...}`.
template <class Enum>
struct EnumTraits;

namespace detail {

template <class Enum>
constexpr const EnumEntry<Enum>* find_entry(Enum value) noexcept {
  for (const auto& entry : EnumTraits<Enum>::entries) {
    if (entry.value == value) return &entry;
  }
  return nullptr;
}

inline constexpr std::string_view invalid_enum_name = "invalid";

template <class Enum>
constexpr std::string_view name_of(Enum value) noexcept {
  const auto* entry = find_entry(value);
  return entry != nullptr ? entry->name : invalid_enum_name;
}

template <class Enum>
constexpr std::string_view label_of(Enum value) noexcept {
  const auto* entry = find_entry(value);
  return entry != nullptr ? entry->label : invalid_enum_name;
}

}  // namespace detail

// Every value of a vocabulary enum, in declaration order.
template <class Enum>
constexpr auto enum_values() noexcept {
  constexpr auto& entries = EnumTraits<Enum>::entries;
  std::array<Enum, entries.size()> values{};
  for (std::size_t i = 0; i < entries.size(); ++i) values[i] = entries[i].value;
  return values;
}

}  // namespace kefu
