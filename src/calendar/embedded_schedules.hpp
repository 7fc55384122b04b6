#pragma once
// The holiday schedule files embedded at build time (src/calendar/data/<region>/<year>.json),
// compiled into builder calls by cmake/KefuEmbedSchedules.cmake.

#include <kefu/calendar/business_hours.hpp>
#include <kefu/calendar/holiday_schedule.hpp>

#include <cstddef>

namespace kefu::calendars::detail {

struct EmbeddedFile {
  const char* region;          // the data directory: "cn"
  const char* name;            // "cn/2025.json"
  HolidaySchedule (*build)();  // the file's schedule
};

extern const EmbeddedFile kEmbeddedFiles[];
extern const std::size_t kEmbeddedFileCount;

}  // namespace kefu::calendars::detail
