#pragma once
// The progress bar kefu run, due and kpi draw on stderr while they read a large file, when
// stderr is a terminal (never otherwise, so that piped and tested output stays exact). It is
// redrawn at most ten times a second and cleared when the reading ends.
//
// ProgressReader is a stream buffer between the file and its reader: it passes the bytes on
// unchanged, in chunks, and counts them (streams.hpp installs it on an Input).

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <streambuf>
#include <string>
#include <string_view>
#include <vector>

namespace kefu::tool {

// "events.jsonl [##########----------]  50%  2.5/5.0 MB": `bar` columns of bar, the share
// rounded down (100% only when done), sizes in MB (10^6 bytes) to one decimal.
std::string progress_line(std::string_view label, std::uint64_t done, std::uint64_t total,
                          int bar = 30);

// Whether to redraw: at most once per `interval`, and not before one interval has passed since
// the start (a file read faster than that shows no bar at all).
class ProgressThrottle {
 public:
  using Clock = std::chrono::steady_clock;
  ProgressThrottle(Clock::time_point start, Clock::duration interval);
  bool due(Clock::time_point now);

 private:
  Clock::time_point next_;
  Clock::duration interval_;
};

// Files from this size up get a bar (kefu's choice: the bundled month, 5 MB, reads in well
// under a second; below 4 MiB a bar would only flicker).
inline constexpr std::uint64_t progress_threshold = 4u << 20;

// Whether standard error is a terminal.
bool stderr_is_terminal();

class ProgressReader : public std::streambuf {
 public:
  // Reads from `source` (not owned) a file of `total` bytes, drawing on `out`.
  ProgressReader(std::streambuf* source, std::string label, std::uint64_t total,
                 std::FILE* out = stderr);
  ~ProgressReader() override;
  ProgressReader(const ProgressReader&) = delete;
  ProgressReader& operator=(const ProgressReader&) = delete;

  // Erases the bar, if one was drawn (also at the end of the file and when destroyed).
  void clear();

 protected:
  int_type underflow() override;

 private:
  std::streambuf* source_;
  std::string label_;
  std::uint64_t total_;
  std::uint64_t done_ = 0;
  std::FILE* out_;
  ProgressThrottle throttle_;
  bool drawn_ = false;
  std::vector<char> buffer_;
};

}  // namespace kefu::tool
