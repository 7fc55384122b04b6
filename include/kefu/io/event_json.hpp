#pragma once
// JSON (Boost.JSON) for lifecycle events and event records: the edge a CRM sends events through.
// Field names are stable and written in full; a document read back equals the one written.
//
//   {"version": 1, "event_id": "crm-88123", "event": "transfer", "at": "2026-11-24T09:30:00Z",
//    "actor": "agent-li", "to": "tech-wang", "note": ""}
//
// "event_id" is the host's id of the record (EventRecord::id); it is left out when empty, and
// a record without it reads with an empty id. (Not "id": the open event's "id" is the ticket's.)
//
// Reading is strict: a wrong type, an unknown name or field, or a missing "event" or "actor"
// throws kefu::parse_error naming the path of the bad field ("event json: $.level: unknown
// escalation level 'boss'"). Other payload fields may be left out and take their defaults.

#include <kefu/lifecycle/event_record.hpp>
#include <kefu/lifecycle/events.hpp>

#include <boost/json/value.hpp>

#include <string_view>

namespace kefu::io {

// The version written in, and required of, every top-level lifecycle JSON document.
inline constexpr int lifecycle_json_version = 1;

// {"version", "event", payload fields}
boost::json::value to_json(const Event& event);
// {"version", "event_id" (when not empty), "event", "at", payload fields}; instants in UTC as
// kefu::format_instant writes them ("2026-11-24T09:30:00Z", "...:00.0015Z"). Any instant
// kefu::parse_instant reads is read, so logs written with six fixed digits read the same.
boost::json::value to_json(const EventRecord& record);

Event event_from_json(const boost::json::value& json);
EventRecord event_record_from_json(const boost::json::value& json);
// Parses text first; invalid JSON is a kefu::parse_error too.
EventRecord event_record_from_json_text(std::string_view text);

}  // namespace kefu::io
