// The crash test: 200 runs of the ingest and tick work on the bundled month, each run forked,
// killed with SIGKILL after a random number of SQLite statements, restarted and resumed until
// it completes; then every acknowledged event is stored exactly once, rebuild equals the
// incremental state, no action is queued twice, and every row equals the row of a reference
// store that did the same work without a crash (in memory, in this process).
//
// The work: a slice of the month (consecutive tickets in the order they open, all their
// lines) in the order of the lines' instants, with a tick every 3 hours on a grid fixed for
// the month (before the first line after it) until 4 days after the slice's last line. The
// first runs calibrate; then up to three runs take the whole month (as many as the build's
// speed fits in the budget: a Debug build may have none), and the others a slice scaled to
// what is left of the time budget, so that the test stays near it in a Debug build as in a
// Release one (under AddressSanitizer the forks alone exceed it: CMakeLists.txt).
//
// Acknowledgement: Helpdesk::ingest reports an event only after the transaction that stored it
// (or found it stored) has committed, and the child writes it to a pipe then (a tick, after
// its commit). A restart resumes from the last acknowledged step, less a random margin of
// acknowledged ones delivered again: the events stored but not yet acknowledged when the
// process died are delivered again too, as a host that resumes from its acknowledgements does.
#include "generated_log.hpp"
#include "helpdesk.hpp"
#include "store_queries.hpp"

#include <boost/date_time/posix_time/time_parsers.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

namespace pt = boost::posix_time;
using helpdesk::Helpdesk;
using helpdesk::test::count;
using helpdesk::test::GeneratedLine;

// The tick grid: every 3 hours from 2026-10-01 00:00 Beijing time (16:00 UTC the day before).
const pt::ptime grid_start = pt::time_from_string("2026-09-30 16:00:00");
const pt::time_duration tick_every = pt::hours(3);

// The defaults, made once (children inherit them).
const helpdesk::Rules& default_rules() {
  static const helpdesk::Rules rules(kefu::Config::defaults());
  return rules;
}

// One step of the work: a line of the log, or (line null) a tick.
struct Step {
  const GeneratedLine* line = nullptr;
  pt::ptime tick;
};

// The lines in order with the grid's ticks between them, from the first grid instant not
// before the first line (earlier ticks find nothing) until `end`.
std::vector<Step> work_of(const std::vector<const GeneratedLine*>& lines, pt::ptime end) {
  std::vector<Step> steps;
  pt::ptime next = grid_start;
  while (next < lines.front()->at) next += tick_every;
  for (const GeneratedLine* line : lines) {
    for (; line->at > next; next += tick_every) steps.push_back({nullptr, next});
    steps.push_back({line, {}});
  }
  for (; next <= end; next += tick_every) steps.push_back({nullptr, next});
  return steps;
}

// Runs steps[start..] on the store; writes to `ack_fd` each event acknowledged
// ("TICKET EVENT_ID") and "tick" after each tick's commit (no writes when negative).
void run_work(Helpdesk& desk, const std::vector<Step>& steps, std::size_t start, std::size_t batch,
              int ack_fd) {
  const auto write_all = [ack_fd](const std::string& text) {
    if (ack_fd < 0) return;
    if (write(ack_fd, text.data(), text.size()) != static_cast<ssize_t>(text.size())) _exit(4);
  };
  const auto acknowledge = [&](const std::vector<std::string>& events) {
    std::string text;
    for (const std::string& event : events) text += event + "\n";
    write_all(text);
  };
  for (std::size_t i = start; i < steps.size();) {
    if (steps[i].line == nullptr) {
      desk.tick(steps[i].tick);
      write_all("tick\n");
      ++i;
      continue;
    }
    std::string chunk;
    for (; i < steps.size() && steps[i].line != nullptr; ++i) chunk += steps[i].line->text + "\n";
    std::istringstream in(chunk);
    desk.ingest(in, "month", batch, acknowledge);
  }
}

// A child that resumes the work at `start` and kills itself after `kill_after` statement
// steps (negative: never). Returns whether it completed; adds what it acknowledged to
// `acknowledged` and the number of steps it acknowledged to `done`.
bool run_child(const std::vector<Step>& steps, const std::string& path, std::size_t start,
               std::size_t batch, std::int64_t kill_after, std::set<std::string>& acknowledged,
               std::size_t& done) {
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  const pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    close(fds[0]);
    try {
      Helpdesk desk(path, default_rules(), helpdesk::Durability::normal);
      helpdesk::kill_after_steps(kill_after);
      run_work(desk, steps, start, batch, fds[1]);
    } catch (const std::exception& e) {
      std::fprintf(stderr, "crash test child: %s\n", e.what());
      _exit(3);
    }
    _exit(0);
  }
  close(fds[1]);
  std::string received;
  char buffer[8192];
  ssize_t n;
  while ((n = read(fds[0], buffer, sizeof buffer)) > 0) received.append(buffer, std::size_t(n));
  close(fds[0]);
  int status = 0;
  REQUIRE(waitpid(pid, &status, 0) == pid);
  // Whole lines only (a write is not cut by the kill, which the process raises itself between
  // statements; this keeps the count right even if it were).
  received.erase(received.find_last_of('\n') + 1);
  std::istringstream lines(received);
  done = 0;
  for (std::string line; std::getline(lines, line); ++done) {
    if (line != "tick") acknowledged.insert(line);
  }
  if (WIFSIGNALED(status)) {
    REQUIRE(WTERMSIG(status) == SIGKILL);
    return false;
  }
  REQUIRE(WIFEXITED(status));
  REQUIRE(WEXITSTATUS(status) == 0);
  return true;
}

// Every row of the host's and the derived tables, by ticket (not the outbox's row ids).
std::map<std::string, std::string> dump(Helpdesk& desk) {
  std::map<std::string, std::string> out;
  for (const char* sql :
       {"SELECT ticket, seq || '|' || event_id || '|' || at || '|' || body FROM events "
        "ORDER BY ticket, seq",
        "SELECT ticket, 'check ' || at FROM checks ORDER BY ticket, at",
        "SELECT ticket, state || '|' || priority || '|' || handler || '|' || escalation || '|' || "
        "flags || '|' || updated_at || '|' || checked_until || '|' || "
        "coalesce(next_check, '-') || '|' || clocks FROM cases ORDER BY ticket",
        "SELECT ticket, rule || '|' || occasion || '|' || action || '|' || due_at || '|' || "
        "cause || '|' || config FROM actions ORDER BY ticket, rule, occasion, action"}) {
    helpdesk::Statement select = desk.database().prepare(sql);
    while (select.step()) out[select.text(0)] += select.text(1) + "\n";
  }
  return out;
}

// SIGKILL does not lose the OS page cache: what a killed process wrote is in the file however
// the file is stored, so the databases may live on tmpfs (/dev/shm), where the test spends its
// time in SQLite and kefu rather than on the disk. TMPDIR (or /tmp) when there is none.
std::filesystem::path scratch_dir() {
  std::filesystem::path base = "/dev/shm";
  if (!std::filesystem::is_directory(base) || access(base.c_str(), W_OK) != 0) {
    const char* tmp = std::getenv("TMPDIR");
    base = tmp != nullptr && *tmp != '\0' ? tmp : "/tmp";
  }
  return base / ("kefu_helpdesk_crash_" + std::to_string(getpid()));
}

// The reference for a slice: its work without a crash, in memory, in this process; its dump,
// and the statements it took a step.
struct Reference {
  std::map<std::string, std::string> rows;
  double statements_per_step = 0;
};

Reference reference_of(const std::vector<Step>& steps, std::size_t events) {
  Helpdesk desk(":memory:", default_rules(), helpdesk::Durability::normal);
  const std::int64_t before = helpdesk::steps_taken();
  run_work(desk, steps, 0, 32, -1);
  Reference out;
  out.statements_per_step = double(helpdesk::steps_taken() - before) / double(steps.size());
  REQUIRE(count(desk, "SELECT count(*) FROM events") == std::int64_t(events));
  REQUIRE(count(desk, "SELECT count(*) FROM rejected") == 0);
  REQUIRE(desk.rebuild().differences.empty());
  out.rows = dump(desk);
  return out;
}

}  // namespace

TEST_CASE("crash test: SIGKILL at random statements, resumed, loses and repeats nothing") {
  using clock = std::chrono::steady_clock;
  const auto started = clock::now();
  const auto seconds_since = [](clock::time_point t) {
    return std::chrono::duration<double>(clock::now() - t).count();
  };
  default_rules();  // made before the first fork
  const std::vector<GeneratedLine> month = helpdesk::test::bundled_month();
  REQUIRE(month.size() == 40'857);  // the sample month's README
  // Tickets in the order they open.
  std::vector<std::string> tickets;
  {
    std::set<std::string> seen;
    for (const GeneratedLine& line : month) {
      if (seen.insert(line.ticket).second) tickets.push_back(line.ticket);
    }
  }
  REQUIRE(tickets.size() == 4'760);
  const double lines_per_ticket = double(month.size()) / double(tickets.size());
  // Ticks go on 4 days after a slice's last line, so that what its open cases breach fires.
  const pt::time_duration tail = pt::hours(24 * 4);

  const std::filesystem::path dir = scratch_dir();
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const std::string path = (dir / "run.db").string();

  // The budget: 40 s for the test, under its timeout (CMakeLists.txt). The first runs take slices
  // of 100 and of 5 tickets and measure what a run costs, fixed (the processes, the opens) and by
  // the step, a line or a tick (a least-squares line through every run so far); then as many
  // whole-month runs as fit in 60% of what is left (three at most: a Release build on an idle
  // machine fits three, a Debug one perhaps none); then the rest, their slices scaled to the
  // time left.
  constexpr int runs = 200;
  constexpr int calibration_runs = 10;
  constexpr int most_whole_month_runs = 3;
  const double budget = 40;
  std::mt19937_64 random(20261201);  // fixed seed: a failure is reproducible
  struct {
    double n = 0, steps = 0, seconds = 0, steps2 = 0, steps_seconds = 0, ticks = 0;
  } measured;
  int whole_month_runs = -1;  // decided after the calibration
  // Kills a run: three, or one where the processes alone would overrun the budget (a fork
  // costs ~40 ms under AddressSanitizer, so 200 runs of four children do not fit there).
  int most_kills = 3;
  Reference whole_month;
  int kills = 0;
  std::size_t lines_run = 0;
  for (int run = 0; run < runs; ++run) {
    const double left = std::max(0.0, budget - seconds_since(started));
    // seconds = fixed + per_step * steps, fitted.
    double per_step = 0;
    double fixed = 0;
    if (measured.n >= 2) {
      const double mean_steps = measured.steps / measured.n;
      const double mean_seconds = measured.seconds / measured.n;
      const double variance = measured.steps2 / measured.n - mean_steps * mean_steps;
      per_step = variance > 0
                     ? (measured.steps_seconds / measured.n - mean_steps * mean_seconds) / variance
                     : 0;
      per_step = std::max(per_step, 1e-9);
      fixed = std::max(0.0, mean_seconds - per_step * mean_steps);
    }
    if (run == calibration_runs) {
      const double whole = fixed + per_step * (double(month.size()) + 8 * (42 + 4));  // 46 days
      whole_month_runs = std::min(most_whole_month_runs, int(0.6 * left / whole));
      if (fixed * (runs - calibration_runs) > 0.5 * left) most_kills = 1;
    }
    const bool whole =
        run >= calibration_runs && run < calibration_runs + std::max(0, whole_month_runs);
    std::size_t size = run < calibration_runs / 2 ? 100 : 5;
    if (whole) {
      size = tickets.size();
    } else if (run >= calibration_runs) {
      const double steps_wanted = (left / (runs - run) - fixed) / per_step;
      const double mean = (steps_wanted - measured.ticks / measured.n) / lines_per_ticket;
      const auto most = std::max<std::size_t>(1, std::size_t(std::max(0.0, 2 * mean)));
      size = std::uniform_int_distribution<std::size_t>(1, std::min(most, tickets.size()))(random);
    }
    const std::size_t first =
        std::uniform_int_distribution<std::size_t>(0, tickets.size() - size)(random);
    const std::set<std::string> slice(tickets.begin() + std::ptrdiff_t(first),
                                      tickets.begin() + std::ptrdiff_t(first + size));
    std::vector<const GeneratedLine*> lines;
    for (const GeneratedLine& line : month) {
      if (slice.count(line.ticket) != 0) lines.push_back(&line);
    }
    const std::vector<Step> steps = work_of(lines, lines.back()->at + tail);
    // Events a transaction: 1, 4 or 32; 32 for the whole month (the cheapest, so that more of
    // them fit: the slices cover the others).
    const std::size_t batch = whole ? 32 : std::array<std::size_t, 3>{1, 4, 32}[random() % 3];
    INFO("run " << run << ": tickets " << first << " to " << first + size - 1 << ", batch "
                << batch);

    const auto run_started = clock::now();
    if (whole && whole_month.rows.empty()) whole_month = reference_of(steps, lines.size());
    const Reference reference = whole ? Reference{} : reference_of(steps, lines.size());
    const Reference& expected = whole ? whole_month : reference;
    helpdesk::remove_database(path);
    std::set<std::string> acknowledged;
    // Up to `most_kills` kills, each after a random number of statements within what is left of
    // the work, then a run to the end. A restart resumes up to 16 acknowledged steps early.
    std::size_t position = 0;
    for (int attempt = 0;; ++attempt) {
      const double work_left = expected.statements_per_step * double(steps.size() - position);
      const std::int64_t kill_after =
          attempt < most_kills
              ? std::uniform_int_distribution<std::int64_t>(0, std::int64_t(work_left))(random)
              : -1;
      std::size_t done = 0;
      if (run_child(steps, path, position, batch, kill_after, acknowledged, done)) break;
      ++kills;
      const std::size_t again = std::uniform_int_distribution<std::size_t>(0, 16)(random);
      position = position + done - std::min(position + done, again);
    }
    lines_run += lines.size();

    Helpdesk desk(path, default_rules(), helpdesk::Durability::normal);
    std::set<std::string> stored;
    {
      helpdesk::Statement select =
          desk.database().prepare("SELECT ticket || ' ' || event_id FROM events");
      while (select.step()) REQUIRE(stored.insert(select.text(0)).second);  // each once
    }
    for (const std::string& event : acknowledged) {
      INFO(event);
      REQUIRE(stored.count(event) == 1);
    }
    CHECK(count(desk, "SELECT count(*) FROM rejected") == 0);
    CHECK(count(desk,
                "SELECT count(*) FROM (SELECT 1 FROM actions GROUP BY ticket, rule, occasion, "
                "action HAVING count(*) > 1)") == 0);
    const auto report = desk.rebuild();
    std::string differences;
    for (const std::string& difference : report.differences) differences += difference + "\n";
    INFO(differences);
    REQUIRE(report.differences.empty());
    const auto rows = dump(desk);
    REQUIRE(rows.size() == slice.size());
    for (const auto& [ticket, text] : rows) {
      INFO(ticket);
      REQUIRE(text == expected.rows.at(ticket));
    }
    const double seconds = seconds_since(run_started);
    const double x = double(steps.size());
    measured.n += 1;
    measured.steps += x;
    measured.seconds += seconds;
    measured.steps2 += x * x;
    measured.steps_seconds += x * seconds;
    measured.ticks += double(steps.size() - lines.size());
  }
  std::filesystem::remove_all(dir);
  MESSAGE("crash test: " << runs << " runs (" << std::max(0, whole_month_runs)
                         << " of the whole month), " << kills << " SIGKILLs, " << lines_run
                         << " lines, " << seconds_since(started) << " s");
}
