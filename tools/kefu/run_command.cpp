// kefu run EVENTS: every case of an event log driven through the workflow, time-triggered rules
// fired up to --at (default: the latest event), and each case's state, clocks and fired actions
// written (case_output.hpp).
//
// The order: the cases that became final while the log was read (case_runner.hpp), in the order
// they did, then the others in the order their tickets first appear. A line is written once
// nothing can change it, so memory follows the open cases and a consumer (a database loader
// reading by ticket id) gets the finished cases while the log is still being read; keeping the
// log's order instead would hold every case behind the oldest open one. With JSON Lines and
// no --at the run's instant (each line's "as_of") is known only at the end: the final cases'
// lines wait in a temporary file, and only where their "as_of" goes is kept in memory.

#include "case_output.hpp"
#include "commands.hpp"
#include "log_run.hpp"
#include "streams.hpp"
#include <kefu/calendar/instant.hpp>
#include <kefu/core/error.hpp>

#include <fmt/core.h>

#include <cstdint>
#include <cstdio>
#include <memory>
#include <optional>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace kefu::tool {

namespace {

namespace pt = boost::posix_time;

// The final cases' JSON lines before the run's instant is known: the text in a temporary file,
// and per line where its "as_of" value is, to be put in when the lines are written.
class WaitingLines {
 public:
  WaitingLines() : file_(std::tmpfile(), &std::fclose) {
    if (!file_) throw kefu::error("kefu run: cannot make a temporary file for the final cases");
  }

  // `line` is written as of an instant at which its clocks read the same as at the end.
  void add(const std::string& line) {
    static constexpr std::string_view key = "\"as_of\":";
    const std::size_t value = line.find(key) + key.size();
    const std::size_t end = line.find(',', value);
    gaps_.push_back({size_ + value, end - value});
    put(line.data(), line.size());
  }

  void write(std::ostream& out, pt::ptime as_of) {
    const std::string value = fmt::format("\"{}\"", format_instant(as_of));
    std::rewind(file_.get());
    std::uint64_t at = 0;
    for (const Gap& gap : gaps_) {
      copy(out, gap.at - at);
      out << value;
      skip(gap.length);
      at = gap.at + gap.length;
    }
    copy(out, size_ - at);
  }

 private:
  struct Gap {
    std::uint64_t at;
    std::size_t length;
  };

  void put(const char* data, std::size_t n) {
    if (std::fwrite(data, 1, n, file_.get()) != n) {
      throw kefu::error("kefu run: cannot write the temporary file for the final cases");
    }
    size_ += n;
  }
  void copy(std::ostream& out, std::uint64_t n) {
    char buffer[1 << 14];
    while (n > 0) {
      const std::size_t chunk = n < sizeof buffer ? static_cast<std::size_t>(n) : sizeof buffer;
      if (std::fread(buffer, 1, chunk, file_.get()) != chunk) {
        throw kefu::error("kefu run: cannot read back the temporary file for the final cases");
      }
      out.write(buffer, static_cast<std::streamsize>(chunk));
      n -= chunk;
    }
  }
  void skip(std::size_t n) { std::fseek(file_.get(), static_cast<long>(n), SEEK_CUR); }

  std::unique_ptr<std::FILE, int (*)(std::FILE*)> file_;
  std::vector<Gap> gaps_;
  std::uint64_t size_ = 0;
};

int run(const LogRunOptions& options) {
  // Opened at the first line, so that a log that cannot be read leaves -o's file alone.
  std::optional<Output> output;
  const auto out = [&]() -> std::ostream& {
    if (!output) output.emplace(options.output);
    return output->stream();
  };
  const bool table = options.format == "table";
  std::optional<WaitingLines> waiting;
  std::size_t fired = 0;
  const auto write_final = [&](const Case& c, const CaseRunner& runner) {
    fired += c.fired.size();
    if (table) {
      write_case_table(out(), c, runner.latest(), runner.workflow().calendar().zone());
    } else if (const auto& until = runner.until()) {
      write_case_jsonl(out(), c, *until);
    } else {
      std::ostringstream line;
      write_case_jsonl(line, c, runner.latest());
      if (!waiting) waiting.emplace();
      waiting->add(line.str());
    }
  };
  LogRun run = run_log(options, write_final);
  CaseRunner& runner = *run.runner;
  runner.fire_due();
  if (waiting) waiting->write(out(), runner.as_of());
  const auto& zone = runner.workflow().calendar().zone();
  for (const Case* c : runner.cases()) {
    if (table) {
      write_case_table(out(), *c, runner.as_of(), zone);
    } else {
      write_case_jsonl(out(), *c, runner.as_of());
    }
    fired += c->fired.size();
  }
  out().flush();
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
      "and fired actions: first the cases that became final while the log was read, in the "
      "order they did, then the others in the order they first appear");
  add_log_options(*sub, *options);
  sub->add_option("--at", options->at,
                  "fire time-triggered rules up to this instant, ISO 8601 with an offset; later "
                  "events are not applied (default: the latest event)");
  sub->callback([options, &action] { action = [options] { return run(*options); }; });
}

}  // namespace kefu::tool
