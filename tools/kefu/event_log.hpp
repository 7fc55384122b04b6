#pragma once
// The event logs `kefu run` and `kefu due` read: one event record a line, each with its ticket.
//
// JSON Lines: an event record as kefu/io/event_json.hpp writes it, with the ticket's id added
// and "version" optional (1):
//   {"ticket": "T-1", "event_id": "e1", "event": "open", "at": "2026-11-02T10:00:00+08:00",
//    "actor": "li.na", "channel": "phone", "category": "complaint", "flags": ["perishable"]}
//   {"ticket": "T-1", "event_id": "e2", "event": "first_response", "at": "...", "actor": "li.na"}
// "flags" (the classifier's flags, kefu::Flag names) may stand on the open event only; the
// open event's "id" may be left out (it is the ticket) and must otherwise equal it. Blank lines
// are skipped.
//
// CSV: a header naming the columns, in any order, then one record a line (RFC 4180 quoting):
//   ticket,event_id,at,event,actor,channel,category,scenario,priority,tier,repeat_of,to,level,
//   rating,reason,department,finding,by,flags,note
// ticket, at, event and actor are required; the others may be left out of the header. An
// empty cell is a field left out; a cell given for a field the event does not have (a "level"
// on a transfer) is refused. "flags" holds flag names separated by "|".
//
// A record that cannot be read is returned with its line and the reason; reading goes on with
// the next one.

#include <kefu/core/flag.hpp>
#include <kefu/lifecycle/event_record.hpp>

#include <cstddef>
#include <istream>
#include <memory>
#include <optional>
#include <string>

namespace kefu::tool {

enum class LogFormat { jsonl, csv };

// csv for a path ending in ".csv", else jsonl.
LogFormat log_format_for(const std::string& path);

struct LogEntry {
  std::size_t line = 0;  // where the record starts, from 1
  std::string ticket;
  EventRecord record;
  Flags flags;
  std::string error;  // why the record is malformed; empty when it was read
};

class EventLog {
 public:
  // A CSV log's header is read here: throws kefu::parse_error for a missing header, an unknown
  // or repeated column, or a required column left out ("line 1: unknown column 'levle'").
  EventLog(std::istream& in, LogFormat format);
  ~EventLog();
  EventLog(const EventLog&) = delete;
  EventLog& operator=(const EventLog&) = delete;

  // The next record; none at the end of the log.
  std::optional<LogEntry> next();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kefu::tool
