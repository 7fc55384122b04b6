#pragma once
// kefu::Category: Needs classification (需求分类), rules.md §vocabulary.

#include <kefu/core/detail/enum_table.hpp>
#include <kefu/core/parse.hpp>

#include <fmt/core.h>

#include <array>
#include <cstdint>
#include <string_view>

namespace kefu {

enum class Category : std::uint8_t {
  inquiry,
  complaint,
  after_sales,
  suggestion,
};

template <>
struct EnumTraits<Category> {
  static constexpr std::array entries{
      EnumEntry<Category>{Category::inquiry, "inquiry", "咨询类", "咨询|question"},
      EnumEntry<Category>{Category::complaint, "complaint", "投诉类", "投诉|complain"},
      EnumEntry<Category>{Category::after_sales, "after_sales", "售后类", "售后|aftersales"},
      EnumEntry<Category>{Category::suggestion, "suggestion", "建议类", "建议|feedback"},
  };
};

// Stable English snake_case name.
constexpr std::string_view to_string(Category value) noexcept { return detail::name_of(value); }
// Chinese label shown to users.
constexpr std::string_view chinese_label(Category value) noexcept {
  return detail::label_of(value);
}

}  // namespace kefu

// fmt::format("{}", x) prints the English name; defined in src/core/format.cpp.
template <>
struct fmt::formatter<kefu::Category> : fmt::formatter<fmt::string_view> {
  format_context::iterator format(kefu::Category value, format_context& ctx) const;
};
