// fmt formatters of the vocabulary enums, compiled once so that hosts need only <fmt/core.h>.

#include <kefu/core/category.hpp>
#include <kefu/core/channel.hpp>
#include <kefu/core/customer_tier.hpp>
#include <kefu/core/flag.hpp>
#include <kefu/core/priority.hpp>
#include <kefu/core/rating.hpp>
#include <kefu/core/scenario.hpp>

#include <fmt/format.h>

namespace {

template <class Enum>
fmt::format_context::iterator format_name(const fmt::formatter<fmt::string_view>& base, Enum value,
                                          fmt::format_context& ctx) {
  return base.format(kefu::to_string(value), ctx);
}

}  // namespace

#define KEFU_DEFINE_NAME_FORMATTER(Type)                                                           \
  fmt::format_context::iterator fmt::formatter<Type>::format(Type value, fmt::format_context& ctx) \
      const {                                                                                      \
    return format_name(*this, value, ctx);                                                         \
  }

KEFU_DEFINE_NAME_FORMATTER(kefu::Channel)
KEFU_DEFINE_NAME_FORMATTER(kefu::Flag)
KEFU_DEFINE_NAME_FORMATTER(kefu::Category)
KEFU_DEFINE_NAME_FORMATTER(kefu::Scenario)
KEFU_DEFINE_NAME_FORMATTER(kefu::Priority)
KEFU_DEFINE_NAME_FORMATTER(kefu::CustomerTier)
KEFU_DEFINE_NAME_FORMATTER(kefu::Rating)
