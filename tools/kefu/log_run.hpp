#pragma once
// Reading an event log into a CaseRunner, as `kefu run` and `kefu due` do: each bad record is
// reported on stderr with its file and line and skipped, or with --strict stops the reading
// (what was applied before it stays); a summary on stderr counts every kind of record.

#include "case_runner.hpp"

#include <CLI/App.hpp>
#include <memory>
#include <string>

namespace kefu::tool {

struct LogRunOptions {
  std::string events = "-";
  std::string config;
  std::string at;  // empty: the latest event
  std::string input_format = "auto";
  std::string format;  // the output's: jsonl or table
  std::string output = "-";
  bool strict = false;
  bool hold_all = false;  // keep every case until the log ends (case_runner.hpp)
  // false: the workflow runs without the config's escalation rules, for a command that reads
  // no fired action (kpi: firing changes neither the ticket, its flags nor its clocks).
  bool escalation_rules = true;
};

// Adds the options both commands take (EVENTS, --config, --input-format, --format, -o,
// --strict, --hold-all); --at is the command's own.
void add_log_options(CLI::App& sub, LogRunOptions& options);

struct LogRun {
  std::unique_ptr<CaseRunner> runner;
  bool stopped = false;  // --strict stopped at a bad record, or the log was not in time order
};

// Adds --hold-all, which kpi takes too.
void add_hold_all_flag(CLI::App& sub, LogRunOptions& options);

// Throws kefu::error for a log or a config that cannot be read at all (exit 1) and usage_error
// for a bad --at. Final cases go to `on_final` as they become final (CaseRunner), unless
// --hold-all.
LogRun run_log(const LogRunOptions& options, FinalSink on_final);

// "kefu run: 9 records: 6 applied, 1 duplicate, 0 after --at, 1 malformed, 1 unknown ticket,
// 0 refused; 3 cases" followed by `tail` ("5 actions fired"), on stderr.
void print_summary(const std::string& command, const LogRun& run, const std::string& tail);

// exit_bad_input when a record was bad (skipped or stopping the run), else exit_ok.
int exit_code_of(const LogRun& run);

}  // namespace kefu::tool
