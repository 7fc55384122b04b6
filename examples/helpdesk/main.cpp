// helpdesk: a small host program that keeps kefu's cases in SQLite (README.md).
//   helpdesk [--db FILE] [--config FILE] ingest EVENTS.jsonl [--batch N] [--ack]
//   helpdesk [--db FILE] [--config FILE] tick --at TIME
//   helpdesk [--db FILE] [--config FILE] show TICKET
//   helpdesk [--db FILE] [--config FILE] rebuild
//   helpdesk [--db FILE] [--config FILE] reconfigure NEW_CONFIG --at TIME
//   helpdesk [--db FILE] [--config FILE] kpi --month YYYY-MM [--lang zh|en]
// Exit codes: 0 done, 1 bad input (rejected lines, differences, errors), 2 usage.
#include "helpdesk.hpp"
#include <kefu/calendar/instant.hpp>
#include <kefu/core/error.hpp>
#include <kefu/io/config_json.hpp>

#include <fmt/core.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace {

constexpr int exit_ok = 0;
constexpr int exit_bad_input = 1;
constexpr int exit_usage = 2;

int usage(const std::string& problem) {
  fmt::print(stderr,
             "helpdesk: {}\n"
             "usage: helpdesk [--db FILE] [--config FILE] ingest EVENTS.jsonl [--batch N] [--ack]\n"
             "       helpdesk [--db FILE] [--config FILE] tick --at TIME\n"
             "       helpdesk [--db FILE] [--config FILE] show TICKET\n"
             "       helpdesk [--db FILE] [--config FILE] rebuild\n"
             "       helpdesk [--db FILE] [--config FILE] reconfigure NEW_CONFIG --at TIME\n"
             "       helpdesk [--db FILE] [--config FILE] kpi --month YYYY-MM [--lang zh|en]\n",
             problem);
  return exit_usage;
}

kefu::Config read_config(const std::string& path) {
  if (path.empty()) return kefu::Config::defaults();
  std::ifstream in(path);
  if (!in) throw kefu::argument_error(fmt::format("cannot read config '{}'", path));
  const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  return kefu::io::config_from_json_text(text);
}

int ingest(helpdesk::Helpdesk& desk, const std::vector<std::string>& args) {
  std::string path;
  std::size_t batch = 1;
  bool ack = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--batch" && i + 1 < args.size()) {
      const std::string& text = args[++i];
      if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos ||
          text.size() > 9 || (batch = std::stoul(text)) == 0) {
        return usage(fmt::format("--batch: expected a number of events from 1, not '{}'", text));
      }
    } else if (args[i] == "--ack") {
      ack = true;
    } else if (path.empty()) {
      path = args[i];
    } else {
      return usage(fmt::format("unexpected '{}'", args[i]));
    }
  }
  if (path.empty()) return usage("ingest needs EVENTS.jsonl");
  std::ifstream file;
  if (path != "-") {
    file.open(path);
    if (!file) throw kefu::argument_error(fmt::format("cannot read '{}'", path));
  }
  std::istream& in = path == "-" ? std::cin : file;
  const auto counts = desk.ingest(in, path, batch, [&](const std::vector<std::string>& ids) {
    if (!ack) return;
    for (const std::string& id : ids) fmt::print("{}\n", id);
    std::fflush(stdout);
  });
  fmt::print(stderr,
             "helpdesk ingest: {} lines: {} stored, {} duplicates, {} rejected; {} actions "
             "queued\n",
             counts.lines, counts.stored, counts.duplicates, counts.rejected, counts.actions);
  return counts.rejected == 0 ? exit_ok : exit_bad_input;
}

int kpi(helpdesk::Helpdesk& desk, const std::vector<std::string>& args) {
  std::optional<kefu::kpi::Month> month;
  auto language = kefu::report::Language::zh;
  for (std::size_t i = 0; i + 1 < args.size(); i += 2) {
    if (args[i] == "--month") {
      int year = 0;
      int number = 0;
      char dash = 0;
      std::istringstream in(args[i + 1]);
      if (!(in >> year >> dash >> number) || dash != '-' || number < 1 || number > 12 ||
          !in.eof()) {
        return usage(fmt::format("--month: expected YYYY-MM, not '{}'", args[i + 1]));
      }
      month = kefu::kpi::Month{year, number};
    } else if (args[i] == "--lang") {
      const auto parsed = kefu::parse<kefu::report::Language>(args[i + 1]);
      if (!parsed) return usage(fmt::format("--lang: zh or en, not '{}'", args[i + 1]));
      language = *parsed;
    } else {
      return usage(fmt::format("unexpected '{}'", args[i]));
    }
  }
  if (!month || args.size() % 2 != 0) return usage("kpi needs --month YYYY-MM");
  fmt::print("{}", desk.kpi(*month, kefu::report::Format::text, language));
  return exit_ok;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  std::string db = "helpdesk.db";
  std::string config;
  while (args.size() >= 2 && (args[0] == "--db" || args[0] == "--config")) {
    (args[0] == "--db" ? db : config) = args[1];
    args.erase(args.begin(), args.begin() + 2);
  }
  if (args.empty()) return usage("no command");
  const std::string command = args[0];
  args.erase(args.begin());
  try {
    helpdesk::Helpdesk desk(db, read_config(config));
    if (command == "ingest") return ingest(desk, args);
    if (command == "tick") {
      if (args.size() != 2 || args[0] != "--at") return usage("tick needs --at TIME");
      const std::size_t queued = desk.tick(kefu::parse_instant(args[1]));
      fmt::print("{} actions queued\n", queued);
      return exit_ok;
    }
    if (command == "show") {
      if (args.size() != 1) return usage("show needs TICKET");
      desk.show(args[0], std::cout);
      return exit_ok;
    }
    if (command == "rebuild") {
      if (!args.empty()) return usage("rebuild takes no arguments");
      const auto report = desk.rebuild();
      for (const std::string& difference : report.differences) fmt::print("{}\n", difference);
      fmt::print("{} cases rebuilt, {} actions in the outbox: {}\n", report.cases, report.actions,
                 report.differences.empty() ? "identical" : "DIFFERENT");
      return report.differences.empty() ? exit_ok : exit_bad_input;
    }
    if (command == "reconfigure") {
      if (args.size() != 3 || args[1] != "--at") {
        return usage("reconfigure needs NEW_CONFIG --at TIME");
      }
      const auto at = kefu::parse_instant(args[2]);
      const auto report = desk.reconfigure(read_config(args[0]), at);
      fmt::print(
          "{} actions queued by the tick under {}; {} cases ({} open) re-evaluated under {}: {} "
          "actions became due because of the change ({} in open cases)\n",
          report.ticked, report.from, report.cases, report.open_cases, report.to, report.actions,
          report.open_actions);
      return exit_ok;
    }
    if (command == "kpi") return kpi(desk, args);
    return usage(fmt::format("unknown command '{}'", command));
  } catch (const std::exception& e) {
    fmt::print(stderr, "helpdesk: {}\n", e.what());
    return exit_bad_input;
  }
}
