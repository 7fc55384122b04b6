// What kefu calls things: every category, scenario, priority, channel, customer tier and
// rating with its stable English name and the Chinese label users see, then free text
// typed by agents parsed back into those values.

#include <kefu/kefu.hpp>

#include <fmt/core.h>

#include <string_view>

namespace {

template <class Enum>
void print_table(std::string_view title) {
  fmt::print("{}\n", title);
  for (const Enum value : kefu::enum_values<Enum>()) {
    fmt::print("  {:<20} {}\n", value, kefu::chinese_label(value));
  }
}

template <class Enum>
void show_parse(std::string_view text) {
  if (const auto value = kefu::parse<Enum>(text)) {
    fmt::print("  {:<14} -> {}\n", text, *value);
  } else {
    fmt::print("  {:<14} -> not recognised\n", text);
  }
}

}  // namespace

int main() {
  print_table<kefu::Category>("categories (需求分类)");
  print_table<kefu::Scenario>("scenarios (服务场景)");
  print_table<kefu::Priority>("priorities (紧急程度)");
  print_table<kefu::Channel>("channels (渠道)");
  print_table<kefu::CustomerTier>("customer tiers (客户等级)");
  print_table<kefu::Rating>("ratings (满意度)");

  fmt::print("agent input parsed:\n");
  show_parse<kefu::Category>("投诉");
  show_parse<kefu::Category>("After-Sales");
  show_parse<kefu::Priority>("特急");
  show_parse<kefu::Scenario>("报修");
  show_parse<kefu::Rating>("还行");
}
