// The embedded schedule files, read once per process and merged by region.

#include "embedded_schedules.hpp"

#include <kefu/calendar/calendars/embedded.hpp>
#include <kefu/core/error.hpp>

#include <fmt/format.h>

#include <map>

namespace kefu::calendars {

namespace {

// A bad embedded file is a build defect: the generator refuses what it cannot read, and the
// tests compare every file with kefu::io's reading of it, so it cannot ship.
const std::map<std::string, HolidaySchedule, std::less<>>& regions() {
  static const auto schedules = [] {
    std::map<std::string, HolidaySchedule, std::less<>> out;
    for (std::size_t i = 0; i < detail::kEmbeddedFileCount; ++i) {
      const detail::EmbeddedFile& file = detail::kEmbeddedFiles[i];
      const HolidaySchedule year = file.build();
      if (year.region() != file.region) {
        throw config_error(fmt::format("embedded holiday schedule {}: region '{}' is not '{}'",
                                       file.name, year.region(), file.region));
      }
      out[file.region].merge(year);
    }
    return out;
  }();
  return schedules;
}

}  // namespace

std::vector<std::string> embedded_regions() {
  std::vector<std::string> out;
  for (const auto& [region, schedule] : regions()) out.push_back(region);
  return out;
}

const HolidaySchedule& embedded_schedule(std::string_view region) {
  const auto& all = regions();
  const auto it = all.find(region);
  if (it == all.end()) {
    throw config_error(fmt::format("no embedded holiday schedule for region '{}'", region));
  }
  return it->second;
}

}  // namespace kefu::calendars
