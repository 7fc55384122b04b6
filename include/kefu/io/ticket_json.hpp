#pragma once
// JSON (Boost.JSON) snapshots of tickets: every field of kefu::Ticket, history included, under
// stable names and a format version. A ticket read back equals the ticket written, and equals
// the ticket Lifecycle::replay rebuilds from that history.
//
//   {"version": 1, "id": "C-0001", "channel": "phone", ..., "state": "resolved",
//    "milestones": {"opened": "2026-11-24T10:00:00Z", "first_response": ..., "closed": null},
//    ..., "history": [{"event": "open", "at": "2026-11-24T10:00:00Z", ...}, ...]}
//
// Reading is strict: every field is required, unknown fields are refused, and any error throws
// kefu::parse_error with the path of the bad field ("ticket json: $.history[3].at: ...").
// The snapshot is checked against its own history: the history must replay on the lifecycle
// (default: Lifecycle{}, the lifecycle SOP's rules), and every other field must be what that
// replay gives, so a hand-edited state is refused ("ticket json: $.state: 'received'
// contradicts the history, which ends in 'closed'"; "ticket json: $.history[4]: 'resolve'
// refused in received: ...").

#include <kefu/io/event_json.hpp>
#include <kefu/lifecycle/ticket.hpp>

#include <boost/json/value.hpp>

#include <string>
#include <string_view>

namespace kefu {
class Lifecycle;
}  // namespace kefu

namespace kefu::io {

boost::json::value to_json(const Ticket& ticket);
Ticket ticket_from_json(const boost::json::value& json);
// Replays the history on the host's own lifecycle (its policy's reopen window and follow-up
// escalation).
Ticket ticket_from_json(const boost::json::value& json, const Lifecycle& lifecycle);

// Text forms of the above; invalid JSON is a kefu::parse_error too.
std::string to_json_text(const Ticket& ticket);
Ticket ticket_from_json_text(std::string_view text);
Ticket ticket_from_json_text(std::string_view text, const Lifecycle& lifecycle);

}  // namespace kefu::io
