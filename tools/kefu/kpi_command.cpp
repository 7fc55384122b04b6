// kefu kpi EVENTS --month 2026-10: the month's KPI scorecard. Every case of the event log is
// driven through the workflow (as kefu run does), turned into a KPI record by the library
// (kefu::kpi_record: the reply deadline is the case's first-response clock) and counted in the
// month it was accepted (as soon as it is final, so that memory follows the open cases: see
// case_runner.hpp); --calls adds the hotline's calls. The scorecard is judged against the
// config's targets (the hotline standard's by default) and printed by kefu::report::render, or
// with --format html as a page with charts (html_report.hpp). The workflow runs without the
// escalation rules: what they fire changes no ticket, flag or clock, and no indicator counts it.

#include "call_log.hpp"
#include "commands.hpp"
#include "html_report.hpp"
#include "log_run.hpp"
#include "month_series.hpp"
#include "options.hpp"
#include "streams.hpp"
#include <kefu/kpi/scorecard.hpp>
#include <kefu/report/scorecard_report.hpp>
#include <kefu/workflow/kpi_record.hpp>

#include <fmt/core.h>

#include <algorithm>
#include <iterator>
#include <memory>
#include <ostream>

namespace kefu::tool {

namespace {

struct KpiOptions {
  LogRunOptions log;
  std::string month;
  std::string calls;
  std::string by = "none";
  std::string lang = "zh";
  std::string format = "text";
};

struct CallCounts {
  std::size_t records = 0;
  std::size_t malformed = 0;
  std::size_t refused = 0;  // read, but refused by the accumulator (no valid time)
  bool stopped = false;
};

CallCounts add_calls(const KpiOptions& options, kpi::Accumulator& accumulator) {
  CallCounts n;
  if (options.calls.empty()) return n;
  Input input(options.calls);
  std::unique_ptr<CallLog> log = [&] {
    try {
      return std::make_unique<CallLog>(input.stream());
    } catch (const kefu::error& e) {
      throw parse_error(fmt::format("{}: {}", input.name(), e.what()));
    }
  }();
  while (const auto entry = log->next()) {
    ++n.records;
    std::string problem;
    if (!entry->error.empty()) {
      ++n.malformed;
      problem = "malformed: " + entry->error;
    } else if (const kpi::Added added = accumulator.add(entry->call); !added) {
      ++n.refused;
      problem = std::string(added.reason);
    } else {
      continue;
    }
    fmt::print(stderr, "{}:{}: {}\n", input.name(), entry->line, problem);
    if (options.log.strict) {
      fmt::print(stderr, "{}:{}: stopped (--strict)\n", input.name(), entry->line);
      n.stopped = true;
      break;
    }
  }
  return n;
}

int kpi_scorecard(const KpiOptions& options) {
  const kpi::Month month = month_option("--month", options.month);
  const Config config = load_config(options.log.config);
  kpi::AccumulatorOptions accumulator_options = config.accumulator_options();
  accumulator_options.group_by = *parse<kpi::GroupBy>(options.by);
  kpi::Accumulator accumulator(accumulator_options);

  // A case the KPI counts cannot judge (an inquiry on a channel without a reply deadline) is
  // not bad input: it is named on stderr, and the scorecard counts it as refused.
  std::size_t cases_refused = 0;
  const bool html = options.format == "html";
  MonthSeries series(month, config.business_calendar());
  // Each case is counted once it is final (case_runner.hpp), or when the log ends; the counts
  // and the series do not depend on the order cases come in.
  const auto add_case = [&](const Case& c, boost::posix_time::ptime as_of) {
    const kpi::CaseRecord record = kpi_record(c);
    if (const kpi::Added added = accumulator.add(record); !added) {
      ++cases_refused;
      fmt::print(stderr, "ticket '{}': not counted: {}\n", c.ticket.id, added.reason);
    } else if (html) {
      series.add(c, record, as_of);
    }
  };
  // A final case's clocks read the same at any instant from the watermark on.
  LogRun run = run_log(
      options.log, [&](const Case& c, const CaseRunner& runner) { add_case(c, runner.latest()); });
  for (const Case* c : run.runner->cases()) add_case(*c, run.runner->as_of());
  const CallCounts calls = run.stopped ? CallCounts{} : add_calls(options, accumulator);

  const kpi::Scorecard all = accumulator_options.group_by == kpi::GroupBy::none
                                 ? kpi::scorecard(accumulator, config.kpi_targets)
                                 : kpi::scorecard_by_group(accumulator, config.kpi_targets);
  kpi::Scorecard card = all;
  card.sections.clear();
  std::copy_if(all.sections.begin(), all.sections.end(), std::back_inserter(card.sections),
               [&](const kpi::ScorecardSection& s) { return s.key.month == month; });

  const auto summary = [&] {
    print_summary("kpi", run,
                  fmt::format("{} not counted; {} calls: {} malformed, {} refused", cases_refused,
                              calls.records, calls.malformed, calls.refused));
  };
  if (run.stopped || calls.stopped) {
    summary();
    return exit_bad_input;
  }
  if (card.sections.empty()) {
    summary();
    throw parse_error(fmt::format("{}: no case or call in {}", options.log.events, month));
  }
  Output output(options.log.output);
  const auto lang = *parse<report::Language>(options.lang);
  if (html) {
    output.stream() << html_report(card, accumulator.month_total(month), series, lang);
  } else {
    output.stream() << report::render(card, *parse<report::Format>(options.format), lang);
  }
  output.stream().flush();
  summary();
  return exit_code_of(run) != exit_ok || calls.malformed > 0 ? exit_bad_input : exit_ok;
}

}  // namespace

void add_kpi_command(CLI::App& app, Action& action) {
  auto options = std::make_shared<KpiOptions>();
  options->log.escalation_rules = false;  // no indicator reads a fired action
  CLI::App* sub = app.add_subcommand(
      "kpi",
      "The month's KPI scorecard from an event log (and the hotline's calls), against "
      "the targets");
  sub->add_option("EVENTS", options->log.events,
                  "the event log, JSON Lines or CSV (README: the kefu command); -: standard input")
      ->required();
  sub->add_option("--month", options->month, "the month, such as 2026-10")->required();
  sub->add_option("--calls", options->calls,
                  "the hotline's calls, CSV (README: the kefu command), for the call indicators");
  sub->add_option("--by", options->by, "one section per agent, channel or category")
      ->check(CLI::IsMember({"none", "agent", "channel", "category"}));
  sub->add_option("--lang", options->lang, "labels in Chinese or English")
      ->check(CLI::IsMember({"zh", "en"}));
  sub->add_option("--format", options->format,
                  "text, md (Markdown), csv, json, or html (one self-contained page with charts)")
      ->check(CLI::IsMember({"text", "md", "csv", "json", "html"}));
  sub->add_option("--config", options->log.config,
                  "config document: targets, zone, thresholds (default: the shipped defaults)");
  sub->add_option("--input-format", options->log.input_format,
                  "jsonl or csv; auto: csv for a name ending in .csv, else jsonl")
      ->check(CLI::IsMember({"auto", "jsonl", "csv"}));
  sub->add_option("-o,--output", options->log.output, "where to write; -: standard output");
  sub->add_flag("--strict", options->log.strict,
                "stop at the first bad record (the scorecard is not written)");
  add_hold_all_flag(*sub, options->log);
  sub->callback([options, &action] { action = [options] { return kpi_scorecard(*options); }; });
}

}  // namespace kefu::tool
