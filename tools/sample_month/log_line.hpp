#pragma once
// One line of the month's event log, as `kefu run` reads it (tools/kefu/event_log.hpp): the
// ticket, the event's id within the ticket, the event, its Beijing time and its payload; fields
// that are empty are left out to keep the file small.

#include <kefu/core/flag.hpp>
#include <kefu/lifecycle/event_record.hpp>

#include <cstdint>
#include <string>

namespace kefu::sample {

struct LogLine {
  boost::posix_time::ptime at;
  std::uint32_t ticket = 0;  // the order of opening, which orders lines of the same instant
  std::uint32_t seq = 0;     // the event's place in its ticket's history
  std::string text;          // without the line break
};

std::string log_json(const std::string& ticket, const EventRecord& record, Flags flags);

}  // namespace kefu::sample
