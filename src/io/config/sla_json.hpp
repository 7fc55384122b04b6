#pragma once
// Private: the SLA part of the config document: the policy's rules (which targets a ticket gets)
// and its clock semantics (which event starts, pauses, resumes, stops or restarts which clock).
//
//   "sla": {
//     "rules": [
//       {"when": {"category": "complaint", "scenario": "return_exchange", "priority": "high",
//                 "channel": "phone", "tier": "key_account", "flags": ["perishable"]},
//        "targets": [{"clock": "complaint_answer", "limit": "48 h", "calendar": "wall",
//                     "warnings": [0.75, 0.9]},
//                    {"clock": "resolution", "limit": {"business_days": 3}},
//                    {"clock": "promised_answer", "limit": "promised"}]}],
//     "semantics": [{"clock": "first_response", "event": "open", "action": "start"},
//                   {"clock": "resolution", "event": "follow_up", "rating": "unsatisfied",
//                    "action": "resume"}],
//     "resolution_counting": "across_reopens"}
//
// Precedence: a rule applies to a ticket when every condition of its "when" holds (no "when":
// every ticket). For each clock, the matching rule with the most conditions wins (each listed
// flag counts as one); among matching rules with as many conditions, the one listed first in
// "rules". The order of "rules" is therefore the tie-breaker. A rule sets only the clocks it
// lists, so a complaint rule and a priority rule that set different clocks both apply.
//
// Targets: "limit" is a duration ("48 h", "1 h 30 min"), {"business_days": n} (due at the close
// of the n-th business day), or "promised" (the instant the promise_answer event carries);
// "calendar" is a kefu::TimeBasis: business (the default) or wall (every hour; always_open is read
// too); "warnings" are ascending fractions of the limit in (0, 1), [0.75, 0.9] when left out.
//
// Semantics rows apply in the order given; a "rating" (follow_up rows only) restricts a row to
// visits with that rating. Names of events, ratings, actions and every condition are read in any
// spelling kefu::parse accepts (English name, Chinese label, alias) and kept as the enum.
//
// Left out: "rules" keeps sla::Policy::defaults().rules(); "semantics" keeps
// default_clock_semantics(resolution_counting) for the clocks the rules target (a host's own
// clock then needs its own rows, so it gives "semantics" in full); "resolution_counting" only
// chooses between those defaults and is refused next to "semantics". The writer gives "rules"
// and "semantics" in full.
//
// Refused at the path of the mistake: a clock that no rule targets in a semantics row, or that no
// row starts (both with the nearest known clock suggested), a zero limit, warnings out of (0, 1)
// or not ascending, a clock or a flag listed twice in one rule, an unknown name, a row without
// an action, a rating on another event than follow_up, a row repeating an earlier one, a
// promised limit on a clock started by an event that promises no time.

#include "../json_reader.hpp"
#include <kefu/sla/policy.hpp>

#include <boost/json/value.hpp>

namespace kefu::io::detail {

sla::Policy sla_policy_from_json(const Node& node);
// A clock name as sla::ClockId spells it (1 to 31 of a-z, 0-9, _), refused at the node's path;
// the escalation part reads its triggers' clocks with it too.
sla::ClockId read_clock(const Node& node);
boost::json::value to_json(const sla::Policy& policy);

}  // namespace kefu::io::detail
