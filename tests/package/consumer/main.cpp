// Uses kefu through its umbrella header only, as a host would.
#include <kefu/kefu.hpp>

#include <fmt/core.h>

int main() {
  const auto category = kefu::parse<kefu::Category>("投诉");
  if (!category) return 1;
  fmt::print("{} {} {}\n", *category, kefu::chinese_label(*category), kefu::Priority::critical);
  return 0;
}
