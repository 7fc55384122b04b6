// kefu::Channel: the channels the SOPs name, with the Chinese names parse accepts.

#include <kefu/core/channel.hpp>

#include <doctest/doctest.h>

using kefu::Channel;
using kefu::parse;

TEST_CASE("the SOPs' online channels parse from their Chinese names") {
  // Job description: 在线客服系统, 官方社交平台私信; quick-response guide: 在线客服, 官方APP,
  // 公众号; the record of a case: APP/微信/电话.
  CHECK(parse<Channel>("在线客服") == Channel::online_chat);
  CHECK(parse<Channel>("官方社交平台私信") == Channel::social_media);
  CHECK(parse<Channel>("私信") == Channel::social_media);
  CHECK(parse<Channel>("微信") == Channel::wechat);
  CHECK(parse<Channel>("公众号") == Channel::wechat);
  CHECK(parse<Channel>("微信公众号") == Channel::wechat);
  CHECK(parse<Channel>("官方APP") == Channel::app);
  CHECK(parse<Channel>("APP") == Channel::app);
  CHECK(parse<Channel>("官方app") == Channel::app);
  CHECK(parse<Channel>("电话") == Channel::phone);
  CHECK(kefu::to_string(Channel::wechat) == "wechat");
  CHECK(kefu::chinese_label(Channel::wechat) == "微信");
  CHECK(kefu::to_string(Channel::app) == "app");
  CHECK(kefu::chinese_label(Channel::app) == "官方APP");
  CHECK_FALSE(parse<Channel>("微博私信"));
}
