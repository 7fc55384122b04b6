#pragma once
// kefu::Channel: the channel a customer reached us through (rules.md §vocabulary). The online
// channels (online chat, social-media direct messages, WeChat and its official account, the
// shop's app) share the 30 s first response of the job description; the phone answers in 3
// rings.

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
  wechat,  // WeChat: direct chat or the official account (公众号)
  app,     // the company's own app (官方APP)
};

template <>
struct EnumTraits<Channel> {
  static constexpr std::array entries{
      EnumEntry<Channel>{Channel::phone, "phone", "电话", "热线|hotline|call"},
      EnumEntry<Channel>{Channel::online_chat, "online_chat", "在线客服", "在线|chat|online|im"},
      EnumEntry<Channel>{Channel::email, "email", "电子邮件", "邮件|mail|e_mail"},
      EnumEntry<Channel>{Channel::web_form, "web_form", "网页留言", "留言|form"},
      EnumEntry<Channel>{Channel::social_media, "social_media", "社交媒体",
                         "微博|官方社交平台私信|私信|social"},
      EnumEntry<Channel>{Channel::in_person, "in_person", "现场", "到店|门店|store"},
      EnumEntry<Channel>{Channel::wechat, "wechat", "微信", "公众号|微信公众号|服务号|weixin"},
      EnumEntry<Channel>{Channel::app, "app", "官方APP", "官方app|手机app|mobile_app"},
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
