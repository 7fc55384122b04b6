#pragma once
// Private: the escalation and lifecycle parts of the config document.
//
//   "lifecycle": {"reopen_window": "168 h", "follow_up_escalation": "manager",
//                 "confirmation_required": ["complaint"]}
//   "escalation": {
//     "ladder": {"rungs": [{"id": "agent", "label": "一线客服"}, ...], "department_heads": [...]},
//     "rules": [{"id": "resolution_breached", "description": "处理超时: 通知主管",
//                "when": {"categories": ["complaint"], "min_priority": "high", ...},
//                "trigger": {"kind": "clock_breach", "clock": "resolution", "overrun": 0},
//                "actions": [{"notify": "supervisor"}], "fires_when_inactive": false}]}
//
// Triggers by kind: condition {}, event {"event"}, clock_fraction {"clock", "fraction"},
// clock_breach {"clock", "overrun"}, clock_remaining {"clock", "left"}, time_in_state {"state",
// "for", "basis"}. Names of states and events are read in any spelling kefu::parse accepts and
// kept in their stable English form, so that a rule matches the way it was validated.

#include "../json_reader.hpp"
#include <kefu/escalation/rules.hpp>
#include <kefu/lifecycle/lifecycle_policy.hpp>

#include <boost/json/value.hpp>

namespace kefu::io::detail {

LifecyclePolicy lifecycle_policy_from_json(const Node& node);
boost::json::value to_json(const LifecyclePolicy& policy);

escalation::Rules escalation_from_json(const Node& node);
boost::json::value to_json(const escalation::Rules& rules);

}  // namespace kefu::io::detail
