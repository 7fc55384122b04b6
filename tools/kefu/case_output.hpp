#pragma once
// What `kefu run` and `kefu due` write, as JSON Lines (instants in UTC with "Z", as kefu's JSON
// writers do) or as a table for people (instants in the calendar's zone with its offset).
//
// run, one line per case: the case summary of kefu/io/case_json.hpp as of the run's instant
// ({"id", "state", ..., "clocks": [{"clock", "deadline", "status", "provisional"}]}) with
// "fired": every action fired for the case, oldest first:
//   {"at": "...Z", "rule": "complaint_supervisor", "occasion": 0, "action": "notify",
//    "role": "supervisor"}
// ("role" for notify, reassign and escalate; "priority" for raise_priority; "after" for
// schedule_follow_up, as "24 h").
// due, one line per action due: {"ticket": "T-1", then the fields of a fired action}.

#include "case_runner.hpp"
#include <kefu/calendar/time_zone.hpp>
#include <kefu/workflow/case.hpp>

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <ostream>

namespace kefu::tool {

void write_case_jsonl(std::ostream& out, const Case& c, boost::posix_time::ptime as_of);
void write_case_table(std::ostream& out, const Case& c, boost::posix_time::ptime as_of,
                      const TimeZonePtr& zone);

void write_due_jsonl(std::ostream& out, const DueAction& due);
void write_due_table(std::ostream& out, const DueAction& due, const TimeZonePtr& zone);

}  // namespace kefu::tool
