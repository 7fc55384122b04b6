#include "log_run.hpp"

#include "commands.hpp"
#include "options.hpp"
#include "read_ahead.hpp"
#include "streams.hpp"

#include <fmt/core.h>

#include <optional>
#include <utility>

namespace kefu::tool {

void add_log_options(CLI::App& sub, LogRunOptions& options) {
  sub.add_option("EVENTS", options.events,
                 "the event log, JSON Lines or CSV (README: the kefu command); -: standard input")
      ->required();
  sub.add_option("--config", options.config,
                 "config document (default: the shipped defaults, China calendar)");
  sub.add_option("--input-format", options.input_format,
                 "jsonl or csv; auto: csv for a name ending in .csv, else jsonl")
      ->check(CLI::IsMember({"auto", "jsonl", "csv"}));
  sub.add_option("--format", options.format, "output: jsonl or table")
      ->check(CLI::IsMember({"jsonl", "table"}));
  sub.add_option("-o,--output", options.output, "where to write; -: standard output");
  sub.add_flag("--strict", options.strict,
               "stop at the first bad record (what was read before it is still written)");
  add_hold_all_flag(sub, options);
}

void add_hold_all_flag(CLI::App& sub, LogRunOptions& options) {
  sub.add_flag("--hold-all", options.hold_all,
               "keep every case until the log ends, for a log not in time order (by default a "
               "case is let go once final: README, the kefu command)");
}

LogRun run_log(const LogRunOptions& options, FinalSink on_final) {
  const std::optional<boost::posix_time::ptime> until =
      options.at.empty() ? std::nullopt : std::optional(instant_option("--at", options.at));
  Config config = load_config(options.config);
  Input input(options.events);
  const LogFormat format = options.input_format == "csv"     ? LogFormat::csv
                           : options.input_format == "jsonl" ? LogFormat::jsonl
                                                             : log_format_for(options.events);
  LogRun run;
  if (options.hold_all) on_final = {};
  if (!options.escalation_rules)
    config.escalation = escalation::Rules({}, config.escalation.ladder());
  run.runner = std::make_unique<CaseRunner>(config.workflow(), until, std::move(on_final));
  EventLog log = [&] {
    try {
      return EventLog(input.stream(), format);
    } catch (const kefu::error& e) {
      throw parse_error(fmt::format("{}: {}", input.name(), e.what()));
    }
  }();
  // Someone typing the log gets each record applied as it comes; otherwise the reading runs
  // ahead on a thread of its own (read_ahead.hpp).
  std::optional<ReadAhead> ahead;
  if (!input.interactive()) ahead.emplace(log);
  std::optional<LogEntry> typed;
  const auto next = [&]() -> const LogEntry* {
    if (ahead) return ahead->next();
    typed = log.next();
    return typed ? &*typed : nullptr;
  };
  while (const LogEntry* entry = next()) {
    const auto result = run.runner->take(*entry);
    if (result.problem.empty()) continue;
    fmt::print(stderr, "{}:{}: {}\n", input.name(), entry->line, result.problem);
    if (result.stop) {
      fmt::print(stderr, "{}:{}: stopped (not in time order)\n", input.name(), entry->line);
      run.stopped = true;
      break;
    }
    if (options.strict) {
      fmt::print(stderr, "{}:{}: stopped (--strict)\n", input.name(), entry->line);
      run.stopped = true;
      break;
    }
  }
  return run;
}

void print_summary(const std::string& command, const LogRun& run, const std::string& tail) {
  const RunCounts& n = run.runner->counts();
  fmt::print(stderr,
             "kefu {}: {} records: {} applied, {} duplicate, {} after --at, {} malformed, {} "
             "unknown ticket, {} refused; {} cases, {}\n",
             command, n.records, n.applied, n.duplicates, n.after_until, n.malformed,
             n.unknown_tickets, n.refused, run.runner->case_count(), tail);
}

int exit_code_of(const LogRun& run) {
  return run.stopped || run.runner->counts().bad() > 0 ? exit_bad_input : exit_ok;
}

}  // namespace kefu::tool
