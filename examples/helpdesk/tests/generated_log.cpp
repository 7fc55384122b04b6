#include "generated_log.hpp"

#include <kefu/calendar/instant.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <fmt/core.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <stdexcept>

namespace helpdesk::test {

namespace {

// Stable: a ticket's events that share an instant keep their order.
void sort_by_instant(std::vector<GeneratedLine>& lines) {
  std::stable_sort(lines.begin(), lines.end(),
                   [](const GeneratedLine& a, const GeneratedLine& b) { return a.at < b.at; });
}

}  // namespace

std::vector<GeneratedLine> generated_log(int cases, boost::posix_time::time_duration spacing) {
  std::ifstream in(KEFU_TOOLS_DATA_DIR "/three_cases.jsonl");
  if (!in) throw std::runtime_error("cannot read three_cases.jsonl");
  std::map<std::string, std::vector<boost::json::object>> templates;  // T-1, T-2, T-3
  std::string text;
  while (std::getline(in, text)) {
    boost::json::object line = boost::json::parse(text).as_object();
    templates[std::string(line.at("ticket").as_string())].push_back(std::move(line));
  }
  std::vector<GeneratedLine> out;
  for (int k = 0; k < cases; ++k) {
    const auto& events = templates.at(fmt::format("T-{}", k % 3 + 1));
    for (std::size_t n = 0; n < events.size(); ++n) {
      boost::json::object line = events[n];
      const auto at = kefu::parse_instant(std::string(line.at("at").as_string())) + spacing * k;
      line["ticket"] = fmt::format("C-{}", k);
      line["event_id"] = fmt::format("c{}-{}", k, n + 1);
      line["at"] = kefu::format_instant(at);
      out.push_back({at, boost::json::serialize(line), fmt::format("C-{}", k)});
    }
  }
  sort_by_instant(out);
  return out;
}

std::vector<GeneratedLine> bundled_month() {
  // The sample month sits beside tests/, which the build names by its tools data directory.
  std::ifstream in(KEFU_TOOLS_DATA_DIR "/../../../examples/data/sample/events.jsonl");
  if (!in) throw std::runtime_error("cannot read examples/data/sample/events.jsonl");
  std::vector<GeneratedLine> out;
  for (std::string text; std::getline(in, text);) {
    const boost::json::object line = boost::json::parse(text).as_object();
    out.push_back({kefu::parse_instant(std::string(line.at("at").as_string())), text,
                   std::string(line.at("ticket").as_string())});
  }
  sort_by_instant(out);
  return out;
}

}  // namespace helpdesk::test
