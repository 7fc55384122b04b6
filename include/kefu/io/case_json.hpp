#pragma once
// JSON (Boost.JSON) for what a host stores of a kefu::Case: the ticket with its history, the
// flags and checked_until (case.hpp: everything else is derived), and the flat CaseSummary a
// host keeps in indexed columns.
//
//   {"version": 1, "ticket": {ticket snapshot, ticket_json.hpp},
//    "flags": ["safety_risk"], "checked_until": "2026-11-24T10:00:00Z"}
//
// Reading is strict, like the ticket JSON: unknown fields are refused and every error is a
// kefu::parse_error with the path of the bad field ("case json: $.ticket.state: 'received'
// contradicts the history, which ends in 'closed'"). The case is rebuilt by replaying its
// history through the host's Workflow, so clocks and fired rules are derived again and the
// document must agree with them: checked_until is the last event or the last timer check that
// fired something, so one earlier than the last event, or later with nothing due in between,
// is refused.

#include <kefu/workflow/case.hpp>
#include <kefu/workflow/case_summary.hpp>
#include <kefu/workflow/workflow.hpp>

#include <boost/json/value.hpp>

#include <string>
#include <string_view>

namespace kefu::io {

boost::json::value case_to_json(const Case& c);
// Throws kefu::parse_error for a bad document. The workflow's calendar may throw
// kefu::uncovered_year_error (a calendar that refuses years it has no schedule for).
Case case_from_json(const boost::json::value& json, const Workflow& workflow);

// Text forms; invalid JSON is a kefu::parse_error too.
std::string case_to_json_text(const Case& c);
Case case_from_json_text(std::string_view text, const Workflow& workflow);

// {"id", "state", "priority", "category", "channel", "handler", "escalation", "flags",
//  "updated_at", "checked_until", "next_check" (null when none), "as_of",
//  "clocks": [{"clock", "deadline" (null when none), "status", "provisional"}]}
// Instants in UTC as "2026-11-24T09:30:00Z"; names are the stable English ones.
boost::json::value to_json(const CaseSummary& summary);

}  // namespace kefu::io
