#pragma once
// Private helpers shared by event_json.cpp, ticket_json.cpp and case_json.cpp: the lifecycle
// documents on the strict reader of json_reader.hpp ("event json: $.history[3].at: ..."), and
// event records without their own version.

#include "json_reader.hpp"
#include <kefu/lifecycle/event_record.hpp>
#include <kefu/lifecycle/lifecycle.hpp>
#include <kefu/lifecycle/ticket.hpp>

#include <boost/json/object.hpp>

#include <string_view>

namespace kefu::io::detail {

// Requires "version" to be lifecycle_json_version.
void read_version(Object& object);

// A record as it appears inside a ticket's history: no version of its own.
void write_record(boost::json::object& out, const EventRecord& record);
boost::json::object record_to_json(const EventRecord& record);
EventRecord record_from_json(Object& object);

// A ticket snapshot at `node` ("$", "$.ticket"), checked against its history replayed on
// `lifecycle` (ticket_json.hpp); errors are "<what>: <path>...: ...".
Ticket read_ticket(const Node& node, const Lifecycle& lifecycle);

}  // namespace kefu::io::detail
