#pragma once
// Private: the KPI part of the config document: targets, definition variants and the
// accumulator's thresholds.
//
//   "kpi": {
//     "targets": {"human_answer_rate": {"at_least": "85%"},
//                 "complaint_answer_time_max": {"at_most": "48 h"},
//                 "average_handle_time": null, ...},
//     "variants": {"basically_satisfied_counts": false, "satisfaction_base": "all_cases",
//                  "short_abandons": "counted_against", "csat": "top_box",
//                  "resolution": "first"},
//     "accumulator": {"group_by": "none", "answer_target": "20 s", "short_abandon": "5 s",
//                     "complaint_answer_limit": "48 h"}}
//
// Targets are keyed by indicator (English name or Chinese label); each is {"at_least": v} or
// {"at_most": v}, or null for no target. A percent is written "85%" (a number 85 is read too)
// and must be in 0..100 with at most two decimals; a duration is "48 h". An indicator left out
// keeps its default target. The accumulator's zone is not part of this: the document has one
// zone, the calendar's.

#include "../json_reader.hpp"
#include <kefu/kpi/accumulator.hpp>
#include <kefu/kpi/targets.hpp>

#include <boost/json/value.hpp>

namespace kefu::io::detail {

// Reads the KPI part. Targets and variants left out keep Targets::defaults(); accumulator
// fields left out keep the value `options` holds, and `options` is written only when the whole
// part is valid (its zone never).
kpi::Targets kpi_from_json(const Node& node, kpi::AccumulatorOptions& options);
// Every target (null where there is none), every variant and every accumulator field but the
// zone.
boost::json::value to_json(const kpi::Targets& targets, const kpi::AccumulatorOptions& options);

}  // namespace kefu::io::detail
