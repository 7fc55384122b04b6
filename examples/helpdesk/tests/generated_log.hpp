#pragma once
// A deterministic event log of many cases for the helpdesk's tests: the three hand-worked
// cases of tests/tools/data/three_cases.jsonl repeated, case k a copy of case k % 3 under the
// ticket "C-k", its events' ids "c<k>-<n>" and its instants `spacing` * k later; the lines
// sorted by instant, as a live feed interleaves cases.

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <string>
#include <vector>

namespace helpdesk::test {

struct GeneratedLine {
  boost::posix_time::ptime at;
  std::string text;
};

std::vector<GeneratedLine> generated_log(int cases, boost::posix_time::time_duration spacing);

}  // namespace helpdesk::test
