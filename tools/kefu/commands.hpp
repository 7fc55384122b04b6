#pragma once
// The kefu command's subcommands. Each add_*_command adds its subcommand (options, --help) to
// the app; when the command line selects it, its callback stores in `action` what to run, and
// main() runs that after parsing.
//
// Exit codes: 0 done, 1 bad input (a file that cannot be read, a bad document, bad records),
// 2 usage (an unknown option, a missing argument, a value of the wrong form).

#include <CLI/App.hpp>
#include <functional>
#include <stdexcept>

namespace kefu::tool {

enum ExitCode : int { exit_ok = 0, exit_bad_input = 1, exit_usage = 2 };

// A command-line value of the wrong form found after parsing ("--at: instant '...': no
// offset"): exit 2, like CLI11's own usage errors.
class usage_error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

using Action = std::function<int()>;

void add_classify_command(CLI::App& app, Action& action);
void add_config_command(CLI::App& app, Action& action);
void add_calendar_command(CLI::App& app, Action& action);
void add_run_command(CLI::App& app, Action& action);
void add_due_command(CLI::App& app, Action& action);
void add_kpi_command(CLI::App& app, Action& action);

}  // namespace kefu::tool
