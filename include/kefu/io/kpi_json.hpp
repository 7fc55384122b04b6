#pragma once
// JSON edge for kpi accumulators: shards computed on different machines are written out,
// read back and merged. The document holds the options (zone as a POSIX TZ string,
// thresholds in milliseconds) and every group's counts; reading checks every field and
// refuses a bad one with a parse_error naming its path ("kpi json: $.groups[2].calls.dialled:
// expected a non-negative integer"; "kpi json: $.groups[2].calls: unknown field 'dialed' (did
// you mean 'dialled'?)"). Format "kefu.kpi.accumulator" version 3: re-complaints are counted
// per month (cases.repeat_complaints_opened, cases.complaint_reopens), and a group's
// "dimension" is null (not grouped, or records without an agent), the Channel / Category value
// as a number, or grouped by agent the agent's id as a string ("li.na"). Version 2 documents are
// refused ("kpi json: $.version: version 2 names agents by number ..."): their agent numbers cannot
// be mapped to the tickets' ids. Version 1 documents are refused ("kpi json: $.version: version 1
// counts repeat complaints per ticket ..."): they counted a reopened complaint once in the month it
// was opened, and the reopens' months are not in them.

#include <kefu/kpi/accumulator.hpp>

#include <boost/json/value.hpp>

#include <string>
#include <string_view>

namespace kefu::io {

boost::json::value to_json(const kpi::Accumulator& accumulator);
std::string to_json_string(const kpi::Accumulator& accumulator);

// Throws kefu::parse_error with the path of the first bad field.
kpi::Accumulator accumulator_from_json(const boost::json::value& json);
kpi::Accumulator accumulator_from_json(std::string_view text);

}  // namespace kefu::io
