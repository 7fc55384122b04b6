#pragma once
// Tests write Beijing wall-clock times as the SOPs do ("2025-09-30 17:00:00"); this reads one
// as the UTC instant through kefu's own ISO 8601 reader, with Beijing's offset +08:00 (no
// daylight saving), instead of subtracting eight hours by hand.

#include <kefu/calendar/instant.hpp>

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <string>
#include <string_view>

namespace kefu::test {

// "2025-09-30 17:00:00" (or "2025-09-30 17:00") in Beijing -> 2025-09-30 09:00:00 UTC.
inline boost::posix_time::ptime beijing_time(std::string_view local) {
  std::string text(local);
  if (text.size() > 10 && text[10] == ' ') text[10] = 'T';
  if (text.size() == 16) text += ":00";
  return kefu::parse_instant(text + "+08:00");
}

}  // namespace kefu::test
