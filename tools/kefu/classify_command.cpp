// kefu classify [FILE]: customer messages, one a line, classified as one JSON object a line.

#include "classification_json.hpp"
#include "commands.hpp"
#include "options.hpp"
#include "streams.hpp"

#include <memory>
#include <ostream>
#include <string>
#include <string_view>

namespace kefu::tool {

namespace {

struct ClassifyOptions {
  std::string input = "-";
  std::string output = "-";
  std::string config;
};

bool blank(std::string_view line) {
  return line.find_first_not_of(" \t\r\f\v") == std::string_view::npos;
}

int classify(const ClassifyOptions& options) {
  const Classifier classifier = load_config(options.config).classifier();
  Input input(options.input);
  Output output(options.output);
  std::string line;
  while (std::getline(input.stream(), line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (blank(line)) continue;
    output.stream() << classification_json(line, classifier.classify(line)) << '\n';
  }
  output.stream().flush();
  return exit_ok;
}

}  // namespace

void add_classify_command(CLI::App& app, Action& action) {
  auto options = std::make_shared<ClassifyOptions>();
  CLI::App* sub = app.add_subcommand(
      "classify",
      "Classify customer messages, one a line (blank lines skipped): one JSON object a line "
      "with category, scenario, priority, flags and evidence");
  sub->add_option("FILE", options->input, "messages, one a line; - or none: standard input");
  sub->add_option("-o,--output", options->output, "where to write; -: standard output");
  sub->add_option("--config", options->config,
                  "config document whose classifier packs to use (default: the shipped ones)");
  sub->callback([options, &action] { action = [options] { return classify(*options); }; });
}

}  // namespace kefu::tool
