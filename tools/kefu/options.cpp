#include "options.hpp"

#include "commands.hpp"
#include "streams.hpp"
#include <kefu/calendar/duration_text.hpp>
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

kpi::Month month_option(std::string_view option, const std::string& text) {
  const auto digit = [&](std::size_t i) { return text[i] >= '0' && text[i] <= '9'; };
  if (text.size() == 7 && digit(0) && digit(1) && digit(2) && digit(3) && text[4] == '-' &&
      digit(5) && digit(6)) {
    const kpi::Month month{std::stoi(text.substr(0, 4)), std::stoi(text.substr(5, 2))};
    if (month.year >= 1401 && month.year <= 9998 && month.month >= 1 && month.month <= 12) {
      return month;
    }
  }
  throw usage_error(fmt::format("{}: '{}' is not a month such as 2026-10", option, text));
}

}  // namespace kefu::tool
