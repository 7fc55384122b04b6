#pragma once
// The call log `kefu kpi --calls` reads: one hotline call a line, CSV with a header naming the
// columns in any order (RFC 4180 quoting), as the bundled month's calls.csv:
//   dialled_at,connected,to_human_s,answered_s,abandoned_s,handle_s,agent
//   2026-10-08T10:02:11+08:00,1,31,12,,284,li.na
// dialled_at (ISO 8601 with an offset) and connected (1 or 0) are required columns; the others
// may be left out of the header, and an empty cell is a value left out. to_human_s: seconds
// from dialling until the caller asked for a human (left out: never asked). answered_s and
// abandoned_s: seconds from that request until a human answered, or until the caller hung up
// (at most one of them, and only after a request). handle_s: talk, hold and after-call work of
// an answered call. agent: who answered. Seconds are whole numbers.
//
// A record that cannot be read is returned with its line and the reason; reading goes on with
// the next one.

#include <kefu/kpi/call_record.hpp>

#include <cstddef>
#include <istream>
#include <memory>
#include <optional>
#include <string>

namespace kefu::tool {

struct CallEntry {
  std::size_t line = 0;  // from 1
  kpi::CallRecord call;
  std::string error;  // why the record is malformed; empty when it was read
};

class CallLog {
 public:
  // Reads the header: throws kefu::parse_error for a missing header, an unknown or repeated
  // column, or a required one left out ("csv: line 1: no column 'connected'").
  explicit CallLog(std::istream& in);
  ~CallLog();
  CallLog(const CallLog&) = delete;
  CallLog& operator=(const CallLog&) = delete;

  // The next record; none at the end of the log.
  std::optional<CallEntry> next();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kefu::tool
