// kefu::parse_duration: the limits of the config document and the kefu command's options.

#include <kefu/calendar/duration_text.hpp>

#include <cstdint>

namespace kefu {

namespace pt = boost::posix_time;

std::optional<pt::time_duration> parse_duration(std::string_view text) noexcept {
  constexpr std::int64_t max_ms = std::int64_t{1000} * 60 * 60 * 24 * 366 * 100;  // 100 years
  std::int64_t total_ms = 0;
  std::size_t i = 0;
  bool any = false;
  const auto skip_spaces = [&] {
    while (i < text.size() && text[i] == ' ') ++i;
  };
  skip_spaces();
  while (i < text.size()) {
    std::int64_t number = 0;
    const std::size_t start = i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
      number = number * 10 + (text[i] - '0');
      if (number > max_ms) return std::nullopt;
      ++i;
    }
    if (i == start) return std::nullopt;
    skip_spaces();
    const std::size_t unit_start = i;
    while (i < text.size() && text[i] >= 'a' && text[i] <= 'z') ++i;
    const std::string_view unit = text.substr(unit_start, i - unit_start);
    std::int64_t scale = 0;
    if (unit == "d") scale = 86'400'000;
    if (unit == "h") scale = 3'600'000;
    if (unit == "min" || unit == "m") scale = 60'000;
    if (unit == "s") scale = 1'000;
    if (unit == "ms") scale = 1;
    if (scale == 0 || number > (max_ms - total_ms) / scale) return std::nullopt;
    total_ms += number * scale;
    any = true;
    skip_spaces();
  }
  if (!any) return std::nullopt;
  return pt::milliseconds(total_ms);
}

}  // namespace kefu
