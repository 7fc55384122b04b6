#pragma once
// What a case is in the tables: its events and checks (the host's data) and its `cases` row
// and outbox entries (derived). The functions run inside the caller's transaction.

#include "database.hpp"
#include "event_line.hpp"
#include <kefu/workflow/case.hpp>
#include <kefu/workflow/workflow.hpp>

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace helpdesk {

// Microseconds since 1970-01-01 UTC, the tables' instants, and back.
std::int64_t to_micros(boost::posix_time::ptime t);
boost::posix_time::ptime from_micros(std::int64_t micros);

// The `cases` row of a case: summarize(c) with statuses as of c.checked_until.
struct CaseRow {
  std::string ticket, state, priority, category, channel, handler, escalation, flags;
  std::int64_t updated_at = 0;
  std::int64_t checked_until = 0;
  std::optional<std::int64_t> next_check;
  std::string clocks;

  friend bool operator==(const CaseRow& a, const CaseRow& b);
};

CaseRow case_row(const kefu::Case& c);
void write_case_row(Database& db, const CaseRow& row);
std::optional<CaseRow> read_case_row(Database& db, const std::string& ticket);

// The case rebuilt from its stored events and checks (Workflow::replay) under the config whose
// hash is `config`; none when the ticket has no events. What the outbox holds from an earlier
// config stays fired (kefu::reevaluate, as `reconfigure` did): the replay does not fire it again.
std::optional<kefu::Case> load_case(Database& db, const kefu::Workflow& workflow,
                                    const std::string& config, const std::string& ticket);

// The ticket's row, for its open event.
void insert_ticket(Database& db, const std::string& ticket, boost::posix_time::ptime opened_at);
void append_event(Database& db, const EventLine& line, std::size_t seq);
void record_check(Database& db, const std::string& ticket, boost::posix_time::ptime at);
// Queues each action once, fired under `config`; throws db_error (the UNIQUE key) for one
// queued before.
void queue_actions(Database& db, const std::string& ticket,
                   const std::vector<kefu::FiredAction>& actions, const std::string& cause,
                   const std::string& config);
// An outbox entry's action text (fmt of escalation::Action) read back; throws db_error.
kefu::escalation::Action read_action(const std::string& text);

}  // namespace helpdesk
