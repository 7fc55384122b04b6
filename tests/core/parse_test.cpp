// kefu::parse: the accepted spellings and everything it must refuse.

#include <kefu/core.hpp>

#include <doctest/doctest.h>

#include <string>

TEST_CASE("parse accepts Chinese short forms users type") {
  CHECK(kefu::parse<kefu::Category>("投诉") == kefu::Category::complaint);
  CHECK(kefu::parse<kefu::Category>("咨询") == kefu::Category::inquiry);
  CHECK(kefu::parse<kefu::Category>("售后") == kefu::Category::after_sales);
  CHECK(kefu::parse<kefu::Category>("建议") == kefu::Category::suggestion);
  CHECK(kefu::parse<kefu::Scenario>("报修") == kefu::Scenario::fault_repair);
  CHECK(kefu::parse<kefu::Scenario>("退换货") == kefu::Scenario::return_exchange);
  CHECK(kefu::parse<kefu::Priority>("高") == kefu::Priority::high);
  CHECK(kefu::parse<kefu::Priority>("中") == kefu::Priority::normal);
  CHECK(kefu::parse<kefu::Channel>("热线") == kefu::Channel::phone);
}

TEST_CASE("parse reads English names case-insensitively with - or space for _") {
  CHECK(kefu::parse<kefu::Category>("Complaint") == kefu::Category::complaint);
  CHECK(kefu::parse<kefu::Category>("after-sales") == kefu::Category::after_sales);
  CHECK(kefu::parse<kefu::Category>("AFTER SALES") == kefu::Category::after_sales);
  CHECK(kefu::parse<kefu::Rating>("  basically_satisfied\n") == kefu::Rating::basically_satisfied);
  CHECK(kefu::parse<kefu::CustomerTier>("key-account") == kefu::CustomerTier::key_account);
}

TEST_CASE("parse refuses garbage, empty text and invalid UTF-8") {
  CHECK_FALSE(kefu::parse<kefu::Category>(""));
  CHECK_FALSE(kefu::parse<kefu::Category>("   "));
  CHECK_FALSE(kefu::parse<kefu::Category>("complaints"));
  CHECK_FALSE(kefu::parse<kefu::Category>("投"));
  CHECK_FALSE(kefu::parse<kefu::Category>("投诉类投诉类"));
  CHECK_FALSE(kefu::parse<kefu::Priority>("urgent!"));
  CHECK_FALSE(kefu::parse<kefu::Scenario>("|"));
  // "投诉" with its last byte cut, a lone continuation byte, an overlong '/'.
  CHECK_FALSE(kefu::parse<kefu::Category>(std::string("\xe6\x8a\x95\xe8\xaf")));
  CHECK_FALSE(kefu::parse<kefu::Category>(std::string("\x80")));
  CHECK_FALSE(kefu::parse<kefu::Rating>(std::string("\xc0\xaf")));
  CHECK_FALSE(kefu::parse<kefu::Category>(std::string("complaint\0", 10)));
}

TEST_CASE("parse works at compile time") {
  static_assert(kefu::parse<kefu::Priority>("特急") == kefu::Priority::critical);
  static_assert(!kefu::parse<kefu::Priority>("nope"));
  CHECK(kefu::to_string(kefu::Priority::critical) == "critical");
}

TEST_CASE_TEMPLATE("every alias parses to its own value, so no two values share a spelling", Enum,
                   kefu::Channel, kefu::Category, kefu::Scenario, kefu::Priority,
                   kefu::CustomerTier, kefu::Rating) {
  for (const auto& entry : kefu::EnumTraits<Enum>::entries) {
    std::string_view aliases = entry.aliases;
    while (!aliases.empty()) {
      const auto bar = aliases.find('|');
      const auto alias = aliases.substr(0, bar);
      CAPTURE(alias);
      CHECK(kefu::parse<Enum>(alias) == entry.value);
      if (bar == std::string_view::npos) break;
      aliases.remove_prefix(bar + 1);
    }
  }
}
