#pragma once
// How long a calendar's holiday data lasts: `kefu config check` warns before it runs out, since
// the next year's State Council notice is a file the host loads (docs/rules.md §calendar).

#include <kefu/calendar/business_calendar.hpp>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <optional>
#include <string>

namespace kefu::tool {

// Days before the end of the holiday data from which `config check` warns: kefu's choice, about
// the time between a State Council notice (usually November) and the year it arranges.
inline constexpr int coverage_warning_days = 60;

// 31 December of the last year the calendar's schedules declare complete; none when the
// calendar is not limited to covered years (no schedule, or one that applies everywhere).
std::optional<boost::gregorian::date> schedule_end(const BusinessCalendar& calendar);

// The warning for a calendar whose schedules end within `days` of `today` (or have ended):
// "the holiday schedules end on 2026-12-31, 30 days after 2026-12-01: ...". None otherwise.
std::optional<std::string> coverage_warning(const BusinessCalendar& calendar,
                                            boost::gregorian::date today,
                                            int days = coverage_warning_days);

}  // namespace kefu::tool
