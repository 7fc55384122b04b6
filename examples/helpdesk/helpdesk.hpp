#pragma once
// helpdesk::Helpdesk: kefu embedded in a SQLite store (schema.sql). The events table is the
// one source of truth; each event and everything it causes (the event row, the case row, the
// fired actions in the outbox) is written in one transaction, so that a crash at any point
// leaves either all of it or none, and running the same work again repeats nothing.

#include "database.hpp"
#include <kefu/config.hpp>
#include <kefu/kpi/accumulator.hpp>
#include <kefu/report/scorecard_report.hpp>
#include <kefu/workflow/case.hpp>
#include <kefu/workflow/workflow.hpp>

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <cstddef>
#include <functional>
#include <istream>
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace helpdesk {

// The schema, schema.sql embedded at build time.
std::string_view schema_sql();

// The hash kept in meta.config_hash: FNV-1a 64 of the config document as kefu writes it.
std::string config_hash_of(const kefu::Config& config);

// A config with its hash and workflow, made once: a process that opens stores many times (the
// crash test) saves writing the config document out for the hash each time (some 15 ms).
struct Rules {
  explicit Rules(kefu::Config rules_config);
  kefu::Config config;
  std::string hash;
  kefu::Workflow workflow;
};

// When a commit is on disk: `full` fsyncs at every commit (an acknowledged event survives a
// power cut); `normal` leaves the WAL to the OS (it survives the process being killed, which
// is what the crash test does, at a fraction of the cost).
enum class Durability { full, normal };

struct IngestCounts {
  std::size_t lines = 0;       // not blank
  std::size_t stored = 0;      // new events
  std::size_t duplicates = 0;  // re-delivered, already stored: nothing written
  std::size_t rejected = 0;    // into `rejected`, with the reason
  std::size_t actions = 0;     // queued in the outbox
};

struct ReconfigureReport {
  std::size_t ticked = 0;        // queued by the tick at the instant, under the old config
  std::size_t cases = 0;         // re-evaluated: every case (closed ones' clocks change too)
  std::size_t open_cases = 0;    // of which not closed or cancelled
  std::size_t actions = 0;       // became due because of the change, queued as "reconfigure"
  std::size_t open_actions = 0;  // of which in open cases
  std::string from, to;          // the config hashes
};

struct RebuildReport {
  std::size_t cases = 0;
  std::size_t actions = 0;               // in the outbox
  std::vector<std::string> differences;  // empty: the rebuilt state equals what was stored
};

class Helpdesk {
 public:
  // Opens or creates the database. Throws db_error when it was built under another config
  // (meta.config_hash): its outbox says what that config fired.
  Helpdesk(const std::string& path, kefu::Config config, Durability durability = Durability::full);
  Helpdesk(const std::string& path, const Rules& rules, Durability durability = Durability::full);

  // Reads an event log (event_line.hpp) into the store, `batch` events a transaction;
  // `acknowledged` is called after each commit with the events that commit stored or found
  // stored already, as "TICKET EVENT_ID": an event is acknowledged only once it is on disk.
  IngestCounts ingest(
      std::istream& log, const std::string& source, std::size_t batch = 1,
      const std::function<void(const std::vector<std::string>&)>& acknowledged = {});
  // Fires what is due at `at` in every case whose next_check has come (one indexed query),
  // and queues it, in one transaction. Returns the number of actions queued.
  std::size_t tick(boost::posix_time::ptime at);
  // Adopts another config from `at` on, in one transaction: first a tick at `at` under the
  // current config (what was due anyway), then every case re-evaluated under `next`
  // (kefu::reevaluate): the actions that became due because of the change, at or before `at`,
  // go to the outbox with the cause "reconfigure", and meta.config_hash becomes next's. What
  // fired before stays fired, so nothing is queued twice. Throws (and changes nothing) when
  // the new lifecycle refuses a stored history.
  ReconfigureReport reconfigure(kefu::Config next, boost::posix_time::ptime at);
  // The ticket's timeline in the calendar's zone: events, then the case and its outbox.
  void show(const std::string& ticket, std::ostream& out);
  // Drops the derived `cases` table and replays every case from `events` and `checks`; the
  // differences from what was stored (none expected), and whether the outbox holds exactly
  // every fired action.
  RebuildReport rebuild();
  // The scorecard of one month (the team's, in the calendar's zone) from every stored case.
  std::string kpi(kefu::kpi::Month month, kefu::report::Format format,
                  kefu::report::Language language);

  Database& database() { return db_; }
  const kefu::Workflow& workflow() const { return workflow_; }
  const kefu::Config& config() const { return config_; }
  const std::string& config_hash() const { return config_hash_; }

 private:
  enum class Outcome { stored, duplicate, rejected };
  // One line in the open transaction; the id goes to `acknowledged` unless rejected.
  Outcome take(const std::string& text, const std::string& source, std::size_t line,
               IngestCounts& counts, std::vector<std::string>& acknowledged);
  void reject(const std::string& text, const std::string& source, std::size_t line,
              const std::string& reason);
  // The case from the cache, or loaded from the store; null when the ticket has no events.
  kefu::Case* find_case(const std::string& ticket);
  // tick's work inside the caller's transaction.
  std::size_t fire_due_cases(boost::posix_time::ptime at);
  std::vector<std::string> tickets();

  Database db_;
  kefu::Config config_;
  std::string config_hash_;
  kefu::Workflow workflow_;
  // Cases as committed (cleared when a transaction fails).
  std::unordered_map<std::string, kefu::Case> cache_;
};

}  // namespace helpdesk
