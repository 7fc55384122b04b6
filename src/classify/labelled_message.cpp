// read_labelled(): kefu's corpus format or TSV, one message a line (labelled_message.hpp).

#include <kefu/classify/labelled_message.hpp>
#include <kefu/core/error.hpp>
#include <kefu/core/parse.hpp>

#include <fmt/core.h>

#include <istream>
#include <sstream>

namespace kefu {

std::vector<LabelledMessage> read_labelled(std::istream& in) {
  std::vector<LabelledMessage> out;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (detail::trim_ascii(line).empty() || line[0] == '#') continue;
    LabelledMessage m;
    if (line.find('\t') != std::string::npos) {
      std::istringstream fields(line);
      std::getline(fields, m.text, '\t');
      std::getline(fields, m.category, '\t');
      std::getline(fields, m.scenario, '\t');
      std::getline(fields, m.priority, '\t');
    } else {
      const auto bar = line.find(" | ");
      if (bar == std::string::npos) {
        throw parse_error(fmt::format(
            "labelled messages line {}: neither 'labels | text' nor tab-separated", number));
      }
      std::istringstream fields(line.substr(0, bar));
      fields >> m.category >> m.scenario >> m.priority;
      m.text = line.substr(bar + 3);
    }
    m.text = std::string(detail::trim_ascii(m.text));
    if (m.text.empty() || m.category.empty() || m.scenario.empty() || m.priority.empty()) {
      throw parse_error(fmt::format(
          "labelled messages line {}: want text, category, scenario and priority", number));
    }
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace kefu
