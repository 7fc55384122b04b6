#include "options.hpp"

#include "commands.hpp"
#include "streams.hpp"
#include <kefu/calendar/instant.hpp>
#include <kefu/core/error.hpp>
#include <kefu/io/config_json.hpp>

#include <fmt/core.h>

#include <cstdint>
#include <exception>

namespace kefu::tool {

namespace pt = boost::posix_time;

Config load_config(const std::string& path) {
  if (path.empty()) return Config::defaults();
  Input input(path);
  const std::string text = input.read_all();
  try {
    return io::config_from_json_text(text);
  } catch (const kefu::error& e) {
    throw parse_error(fmt::format("{}: {}", input.name(), e.what()));
  }
}

pt::ptime instant_option(std::string_view option, const std::string& text) {
  try {
    return parse_instant(text);
  } catch (const parse_error& e) {
    throw usage_error(
        fmt::format("{}: {} (expected ISO 8601 with an offset, such as "
                    "2026-11-02T10:00:00+08:00)",
                    option, e.what()));
  }
}

// The grammar of the config document's limits (src/io/json_reader.cpp), which the library
// does not export: a limit and a --by value read the same.
std::optional<pt::time_duration> parse_duration(std::string_view text) {
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

pt::time_duration duration_option(std::string_view option, const std::string& text) {
  const auto d = parse_duration(text);
  if (!d) {
    throw usage_error(
        fmt::format("{}: '{}' is not a duration such as \"4 h\", \"1 h 30 min\" or "
                    "\"30 s\"",
                    option, text));
  }
  return *d;
}

boost::gregorian::date day_option(std::string_view option, const std::string& text) {
  const auto digits = [&](std::size_t from, std::size_t n) {
    for (std::size_t i = from; i < from + n; ++i) {
      if (text[i] < '0' || text[i] > '9') return false;
    }
    return true;
  };
  if (text.size() == 10 && digits(0, 4) && text[4] == '-' && digits(5, 2) && text[7] == '-' &&
      digits(8, 2)) {
    try {
      return boost::gregorian::date(std::stoi(text.substr(0, 4)), std::stoi(text.substr(5, 2)),
                                    std::stoi(text.substr(8, 2)));
    } catch (const std::exception&) {
      // an invalid date such as 2026-02-30: refused below
    }
  }
  throw usage_error(fmt::format("{}: '{}' is not a day such as 2026-12-01", option, text));
}

}  // namespace kefu::tool
