#pragma once
// kefu::LabelledMessage and read_labelled(): the host's own labelled tickets, as the learned
// model trains on them (docs/rules.md §classify). Labels are strings, not kefu enums, so a host
// can teach the model its own vocabulary ("billing") by data.

#include <iosfwd>
#include <string>
#include <vector>

namespace kefu {

struct LabelledMessage {
  std::string text;
  std::string category;
  std::string scenario;
  std::string priority;
};

// Reads one message a line, in either of two forms:
//   category scenario priority flags | text     (kefu's corpus format, tests/classify/corpus.txt)
//   text<TAB>category<TAB>scenario<TAB>priority (TSV)
// Empty lines and lines starting with '#' are skipped. Throws kefu::parse_error naming the
// line for a line in neither form or with an empty field.
[[nodiscard]] std::vector<LabelledMessage> read_labelled(std::istream& in);

}  // namespace kefu
