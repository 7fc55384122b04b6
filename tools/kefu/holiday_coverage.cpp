#include "holiday_coverage.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <fmt/core.h>

#include <algorithm>

namespace kefu::tool {

namespace gr = boost::gregorian;

std::optional<gr::date> schedule_end(const BusinessCalendar& calendar) {
  const auto& years = calendar.covered_years();
  if (years.empty()) return std::nullopt;
  return gr::date(*std::max_element(years.begin(), years.end()), 12, 31);
}

std::optional<std::string> coverage_warning(const BusinessCalendar& calendar, gr::date today,
                                            int days) {
  const auto end = schedule_end(calendar);
  if (!end) return std::nullopt;
  const long left = (*end - today).days();
  if (left > days) return std::nullopt;
  const int next_year = int(end->year()) + 1;
  const std::string after =
      calendar.uncovered_years() == UncoveredYears::refuse
          ? fmt::format("deadlines in {} will be refused", next_year)
          : fmt::format("deadlines in {} will be counted on the weekly hours alone (provisional)",
                        next_year);
  const std::string when =
      left >= 0 ? fmt::format("end on {}, {} days after {}", gr::to_iso_extended_string(*end), left,
                              gr::to_iso_extended_string(today))
                : fmt::format("ended on {}, {} days before {}", gr::to_iso_extended_string(*end),
                              -left, gr::to_iso_extended_string(today));
  return fmt::format("the holiday schedules {}: {} until its schedule is loaded", when, after);
}

}  // namespace kefu::tool
