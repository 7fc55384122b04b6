// kefu due EVENTS --at TIME: the log applied up to TIME, and only what is due at TIME (the
// time-triggered actions not fired yet), in firing order. Nothing is marked fired: a look.

#include "case_output.hpp"
#include "commands.hpp"
#include "log_run.hpp"
#include "streams.hpp"

#include <fmt/core.h>

#include <memory>
#include <ostream>

namespace kefu::tool {

namespace {

int due(const LogRunOptions& options) {
  // A final case has nothing due any more: let it go.
  LogRun run = run_log(options, [](const Case&, const CaseRunner&) {});
  const CaseRunner& runner = *run.runner;
  Output output(options.output);
  const auto& zone = runner.workflow().calendar().zone();
  const auto actions = runner.due();
  for (const DueAction& action : actions) {
    if (options.format == "table") {
      write_due_table(output.stream(), action, zone);
    } else {
      write_due_jsonl(output.stream(), action);
    }
  }
  output.stream().flush();
  print_summary("due", run, fmt::format("{} actions due", actions.size()));
  return exit_code_of(run);
}

}  // namespace

void add_due_command(CLI::App& app, Action& action) {
  auto options = std::make_shared<LogRunOptions>();
  options->format = "jsonl";
  CLI::App* sub = app.add_subcommand(
      "due",
      "What is due at an instant: the time-triggered actions of every case, in firing "
      "order");
  add_log_options(*sub, *options);
  sub->add_option("--at", options->at, "the instant, ISO 8601 with an offset")->required();
  sub->callback([options, &action] { action = [options] { return due(*options); }; });
}

}  // namespace kefu::tool
