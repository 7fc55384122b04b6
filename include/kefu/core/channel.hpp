#pragma once
// kefu::Channel: The channel a customer reached us through (domain.md §3: chat 30 s, phone 3
// rings).

#include <kefu/core/detail/enum_table.hpp>
#include <kefu/core/parse.hpp>

#include <fmt/core.h>

#include <array>
#include <cstdint>
#include <string_view>

namespace kefu {

enum class Channel : std::uint8_t {
  phone,
  online_chat,
  email,
  web_form,
  social_media,
  in_person,
};

template <>
struct EnumTraits<Channel> {
  static constexpr std::array entries{
      EnumEntry<Channel>{Channel::phone, "phone", "电话", "热线|hotline|call"},
      EnumEntry<Channel>{Channel::online_chat, "online_chat", "在线客服", "在线|chat|online|im"},
      EnumEntry<Channel>{Channel::email, "email", "电子邮件", "邮件|mail|e_mail"},
      EnumEntry<Channel>{Channel::web_form, "web_form", "网页留言", "留言|form"},
      EnumEntry<Channel>{Channel::social_media, "social_media", "社交媒体", "微博|social"},
      EnumEntry<Channel>{Channel::in_person, "in_person", "现场", "到店|门店|store"},
  };
};

// Stable English snake_case name.
constexpr std::string_view to_string(Channel value) noexcept { return detail::name_of(value); }
// Chinese label shown to users.
constexpr std::string_view chinese_label(Channel value) noexcept { return detail::label_of(value); }

}  // namespace kefu

// fmt::format("{}", x) prints the English name; defined in src/core/format.cpp.
template <>
struct fmt::formatter<kefu::Channel> : fmt::formatter<fmt::string_view> {
  format_context::iterator format(kefu::Channel value, format_context& ctx) const;
};
