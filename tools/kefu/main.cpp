// kefu: the library's rules on the host's files. `kefu --help` lists the subcommands.

#include "commands.hpp"
#include <kefu/core/error.hpp>

#include <fmt/core.h>

#include <CLI/CLI.hpp>
#include <exception>

int main(int argc, char** argv) {
  using namespace kefu::tool;
  CLI::App app{"kefu: customer-service workflow rules on your data files", "kefu"};
  app.set_version_flag("--version", "kefu " KEFU_VERSION);
  app.require_subcommand(1);
  Action action;
  add_classify_command(app, action);
  add_config_command(app, action);
  add_calendar_command(app, action);
  add_run_command(app, action);
  add_due_command(app, action);
  add_kpi_command(app, action);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help and --version exit with 0; every other parse error is a usage error.
    return app.exit(e) == 0 ? exit_ok : exit_usage;
  }
  try {
    return action ? action() : exit_usage;
  } catch (const usage_error& e) {
    fmt::print(stderr, "kefu: {}\nRun with --help for more information.\n", e.what());
    return exit_usage;
  } catch (const kefu::error& e) {
    fmt::print(stderr, "kefu: {}\n", e.what());
    return exit_bad_input;
  } catch (const std::exception& e) {
    fmt::print(stderr, "kefu: {}\n", e.what());
    return exit_bad_input;
  }
}
