// Classify customer messages: one message per line on stdin (or from the file named on the
// command line), one JSON object per line on stdout with the category, scenario, priority,
// flags and the evidence behind them. Blank lines are skipped; every other line, invalid
// UTF-8 included, gets exactly one output line (invalid bytes are written as U+FFFD).
//
//   printf '物流显示已签收但是我没有收到货\n' | classify
//   {"text":"物流显示已签收但是我没有收到货","category":"after_sales","scenario":"logistics",...}

#include <kefu/classify/classifier.hpp>
#include <kefu/io/classification_json.hpp>

#include <fmt/core.h>

#include <fstream>
#include <iostream>
#include <string>
#include <string_view>

namespace {

bool blank(std::string_view line) {
  return line.find_first_not_of(" \t\r\f\v") == std::string_view::npos;
}

}  // namespace

int main(int argc, char** argv) {
  std::ifstream file;
  if (argc > 1) {
    file.open(argv[1]);
    if (!file) {
      fmt::print(stderr, "classify: cannot read {}\n", argv[1]);
      return 1;
    }
  }
  std::istream& in = argc > 1 ? file : std::cin;
  const kefu::Classifier classifier = kefu::Classifier::defaults();
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (blank(line)) continue;
    fmt::print("{}\n", kefu::io::classification_json(line, classifier.classify(line), true));
  }
}
