#pragma once
// One line of an event log in the `kefu` command's JSON Lines format (tools/kefu/event_log.hpp):
// an event record (kefu/io/event_json.hpp, "version" optional) with "ticket" added, and the
// classifier's "flags" on the open event:
//   {"ticket":"T-1","event_id":"t1-1","event":"open","at":"2026-11-02T10:00:00+08:00",
//    "actor":"li.na","channel":"phone","flags":["perishable"]}
// The helpdesk also requires "event_id": without it a re-delivery cannot be recognised.

#include <kefu/core/flag.hpp>
#include <kefu/lifecycle/event_record.hpp>

#include <string>
#include <string_view>

namespace helpdesk {

struct EventLine {
  std::string ticket;
  kefu::EventRecord record;
  kefu::Flags flags;
  // The line written again in one canonical form (UTC instants, fixed field order): two
  // deliveries of one event have the same body, whatever their spacing or time zone.
  std::string body;
};

// Throws kefu::parse_error naming the bad field.
EventLine read_event_line(std::string_view text);

}  // namespace helpdesk
