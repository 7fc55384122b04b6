// ISO 8601 instants (kefu/calendar/instant.hpp) on arbitrary bytes: parse_instant refuses with a
// kefu::parse_error or gives an instant; what format_instant writes, in UTC and in the zones of
// Beijing, New York (daylight saving) and Kolkata (a half hour), reads back as the same instant.

#include "fuzz_check.hpp"
#include <kefu/calendar/instant.hpp>
#include <kefu/calendar/time_zone.hpp>
#include <kefu/core/error.hpp>

#include <array>
#include <optional>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::array<kefu::TimeZonePtr, 3> zones{
      kefu::china_time_zone(), kefu::posix_time_zone("EST5EDT,M3.2.0,M11.1.0"),
      kefu::posix_time_zone("IST-5:30")};
  std::optional<boost::posix_time::ptime> at;
  try {
    at = kefu::parse_instant(kefu::fuzz::as_text(data, size));
  } catch (const kefu::parse_error&) {
    return 0;  // the documented refusal
  }
  KEFU_FUZZ_CHECK(!at->is_special());
  KEFU_FUZZ_CHECK(kefu::parse_instant(kefu::format_instant(*at)) == *at);
  for (const auto& zone : zones) {
    KEFU_FUZZ_CHECK(kefu::parse_instant(kefu::format_instant(*at, zone)) == *at);
  }
  return 0;
}
