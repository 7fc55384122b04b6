#pragma once
// The holiday schedule files embedded at build time (src/calendar/data/<region>/<year>.json),
// as the generated embedded_schedule_files.cpp lists them.

#include <cstddef>

namespace kefu::calendars::detail {

struct EmbeddedFile {
  const char* region;  // the data directory: "cn"
  const char* name;    // "cn/2025.json"
  const char* text;    // the file's JSON text
};

extern const EmbeddedFile kEmbeddedFiles[];
extern const std::size_t kEmbeddedFileCount;

}  // namespace kefu::calendars::detail
