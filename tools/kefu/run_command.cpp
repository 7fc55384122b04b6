// kefu run EVENTS: every case of an event log driven through the workflow, time-triggered rules
// fired up to --at (default: the latest event), and each case's state, clocks and fired actions
// written (case_output.hpp).

#include "case_output.hpp"
#include "commands.hpp"
#include "log_run.hpp"
#include "streams.hpp"

#include <fmt/core.h>

#include <memory>
#include <ostream>

namespace kefu::tool {

namespace {

int run(const LogRunOptions& options) {
  LogRun run = run_log(options);
  CaseRunner& runner = *run.runner;
  runner.fire_due();
  Output output(options.output);
  const auto& zone = runner.workflow().calendar().zone();
  std::size_t fired = 0;
  for (const Case& c : runner.cases()) {
    if (options.format == "table") {
      write_case_table(output.stream(), c, runner.as_of(), zone);
    } else {
      write_case_jsonl(output.stream(), c, runner.as_of());
    }
    fired += c.fired.size();
  }
  output.stream().flush();
  print_summary("run", run, fmt::format("{} actions fired", fired));
  return exit_code_of(run);
}

}  // namespace

void add_run_command(CLI::App& app, Action& action) {
  auto options = std::make_shared<LogRunOptions>();
  options->format = "jsonl";
  CLI::App* sub = app.add_subcommand(
      "run",
      "Drive each case of an event log through the workflow; write each case's state, clocks "
      "and fired actions");
  add_log_options(*sub, *options);
  sub->add_option("--at", options->at,
                  "fire time-triggered rules up to this instant, ISO 8601 with an offset; later "
                  "events are not applied (default: the latest event)");
  sub->callback([options, &action] { action = [options] { return run(*options); }; });
}

}  // namespace kefu::tool
