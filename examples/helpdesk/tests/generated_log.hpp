#pragma once
// Event logs for the helpdesk's tests and bench, their lines sorted by instant as a live feed
// interleaves cases:
// - generated_log: the three hand-worked cases of tests/tools/data/three_cases.jsonl
//   repeated, case k a copy of case k % 3 under the ticket "C-k", its events' ids "c<k>-<n>"
//   and its instants `spacing` * k later;
// - bundled_month: examples/data/sample/events.jsonl, October 2026 (4 760 cases, 40 857
//   events), each line with its ticket.

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <string>
#include <vector>

namespace helpdesk::test {

struct GeneratedLine {
  boost::posix_time::ptime at;
  std::string text;
  std::string ticket;
};

std::vector<GeneratedLine> generated_log(int cases, boost::posix_time::time_duration spacing);
std::vector<GeneratedLine> bundled_month();

}  // namespace helpdesk::test
