// kefu classify [FILE]: customer messages, one a line, classified as one JSON object a line.
// kefu classify train FILE... -o MODEL: a learned model from labelled messages.
// kefu classify eval FILE... [--model MODEL]: a model's per-class precision, recall, F1 and
// confusion matrix on labelled messages.

#include "commands.hpp"
#include "options.hpp"
#include "streams.hpp"
#include <kefu/classify/cross_validation.hpp>
#include <kefu/classify/learned_model.hpp>
#include <kefu/io/classification_json.hpp>

#include <fmt/format.h>

#include <cstdint>
#include <fstream>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace kefu::tool {

namespace {

struct ClassifyOptions {
  std::string input = "-";
  std::string output = "-";
  std::string config;
  std::string model;  // "bundled", "none" or a file; empty: the config's
  std::vector<std::string> labelled;
  std::uint64_t seed = 1;
};

bool blank(std::string_view line) {
  return line.find_first_not_of(" \t\r\f\v") == std::string_view::npos;
}

LearnedModel load_model(const std::string& path) {
  return path == "bundled" ? LearnedModel::defaults() : LearnedModel::load(path);
}

std::vector<LabelledMessage> read_labelled_files(const std::vector<std::string>& files) {
  std::vector<LabelledMessage> all;
  for (const std::string& file : files) {
    Input input(file);
    try {
      const auto part = read_labelled(input.stream());
      all.insert(all.end(), part.begin(), part.end());
    } catch (const parse_error& e) {
      throw parse_error(file + ": " + e.what());
    }
  }
  return all;
}

int classify(const ClassifyOptions& options) {
  Classifier classifier = load_config(options.config).classifier();
  if (options.model == "none") {
    classifier = classifier.without_model();
  } else if (!options.model.empty()) {
    classifier = classifier.without_model().with_model(load_model(options.model));
  }
  const bool model = classifier.model() != nullptr;
  Input input(options.input);
  Output output(options.output);
  std::string line;
  while (std::getline(input.stream(), line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (blank(line)) continue;
    output.stream() << io::classification_json(line, classifier.classify(line), model) << '\n';
  }
  output.stream().flush();
  return exit_ok;
}

int train(const ClassifyOptions& options) {
  LearnedOptions learned;
  learned.seed = options.seed;
  const auto model = LearnedModel::train(read_labelled_files(options.labelled), learned);
  model.save(options.output);
  return exit_ok;
}

void print_field(std::ostream& out, LearnedField field, const FieldEvaluation& e) {
  out << fmt::format("{}: {} messages, accuracy {:.1f}%, abstained {}\n\n", to_string(field),
                     e.messages, 100 * e.accuracy(), e.abstained);
  out << "| label | support | precision | recall | F1 |\n|---|---|---|---|---|\n";
  for (const ClassMetrics& c : e.classes) {
    out << fmt::format("| {} | {} | {:.2f} | {:.2f} | {:.2f} |\n", c.label, c.support, c.precision,
                       c.recall, c.f1);
  }
  out << "\nconfusion (rows: label, columns: model)\n\n| |";
  for (const std::string& l : e.labels) out << ' ' << l << " |";
  out << "\n|---|";
  for (std::size_t i = 0; i < e.labels.size(); ++i) out << "---|";
  out << '\n';
  for (std::size_t r = 0; r < e.labels.size(); ++r) {
    out << "| " << e.labels[r] << " |";
    for (const int n : e.confusion[r]) out << ' ' << n << " |";
    out << '\n';
  }
  out << '\n';
}

int eval(const ClassifyOptions& options) {
  const auto model = load_model(options.model.empty() ? "bundled" : options.model);
  const Evaluation e = evaluate(model, read_labelled_files(options.labelled));
  Output output(options.output);
  for (const LearnedField f : learned_fields) print_field(output.stream(), f, e[f]);
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
  sub->add_option("--model", options->model,
                  "a learned model file (kefu classify train), 'bundled' for kefu's own, or "
                  "'none' for the keyword packs alone; default: the config's (bundled)");
  sub->callback([options, &action] {
    if (!action) action = [options] { return classify(*options); };
  });

  CLI::App* train_sub = sub->add_subcommand(
      "train",
      "Train a learned model on labelled messages (one a line: 'category scenario priority "
      "flags | text', or text<TAB>category<TAB>scenario<TAB>priority)");
  train_sub->add_option("LABELLED_FILE", options->labelled, "labelled messages")->required();
  train_sub->add_option("-o,--output", options->output, "the model file to write")->required();
  train_sub->add_option("--seed", options->seed, "the shuffle's seed (default 1)");
  train_sub->callback([options, &action] { action = [options] { return train(*options); }; });

  CLI::App* eval_sub = sub->add_subcommand(
      "eval", "A learned model's per-class precision, recall, F1 and confusion matrix");
  eval_sub->add_option("LABELLED_FILE", options->labelled, "labelled messages")->required();
  eval_sub->add_option("--model", options->model,
                       "the model file (default: 'bundled', kefu's own)");
  eval_sub->add_option("-o,--output", options->output, "where to write; -: standard output");
  eval_sub->callback([options, &action] { action = [options] { return eval(*options); }; });
}

}  // namespace kefu::tool
