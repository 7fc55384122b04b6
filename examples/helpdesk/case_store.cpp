#include "case_store.hpp"

#include <kefu/io/case_json.hpp>
#include <kefu/workflow/case_summary.hpp>

#include <boost/date_time/posix_time/time_parsers.hpp>
#include <boost/json/serialize.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace helpdesk {

namespace pt = boost::posix_time;

namespace {

const pt::ptime epoch(boost::gregorian::date(1970, 1, 1));

}  // namespace

std::int64_t to_micros(pt::ptime t) { return (t - epoch).total_microseconds(); }

pt::ptime from_micros(std::int64_t micros) { return epoch + pt::microseconds(micros); }

bool operator==(const CaseRow& a, const CaseRow& b) {
  return a.ticket == b.ticket && a.state == b.state && a.priority == b.priority &&
         a.category == b.category && a.channel == b.channel && a.handler == b.handler &&
         a.escalation == b.escalation && a.flags == b.flags && a.updated_at == b.updated_at &&
         a.checked_until == b.checked_until && a.next_check == b.next_check && a.clocks == b.clocks;
}

CaseRow case_row(const kefu::Case& c) {
  const kefu::CaseSummary summary = kefu::summarize(c);
  const boost::json::object json = kefu::io::to_json(summary).as_object();
  const auto text = [&](const char* key) { return std::string(json.at(key).as_string()); };
  CaseRow row;
  row.ticket = summary.id;
  row.state = text("state");
  row.priority = text("priority");
  row.category = text("category");
  row.channel = text("channel");
  row.handler = summary.handler;
  row.escalation = text("escalation");
  row.flags = boost::json::serialize(json.at("flags"));
  row.updated_at = to_micros(summary.updated_at);
  row.checked_until = to_micros(summary.checked_until);
  if (summary.next_check) row.next_check = to_micros(*summary.next_check);
  row.clocks = boost::json::serialize(json.at("clocks"));
  return row;
}

void write_case_row(Database& db, const CaseRow& row) {
  db.statement(
        "INSERT INTO cases (ticket, state, priority, category, channel, handler, escalation, "
        "flags, updated_at, checked_until, next_check, clocks) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) "
        "ON CONFLICT (ticket) DO UPDATE SET state = ?2, priority = ?3, category = ?4, "
        "channel = ?5, handler = ?6, escalation = ?7, flags = ?8, updated_at = ?9, "
        "checked_until = ?10, next_check = ?11, clocks = ?12")
      .bind(1, row.ticket)
      .bind(2, row.state)
      .bind(3, row.priority)
      .bind(4, row.category)
      .bind(5, row.channel)
      .bind(6, row.handler)
      .bind(7, row.escalation)
      .bind(8, row.flags)
      .bind(9, row.updated_at)
      .bind(10, row.checked_until)
      .bind(11, row.next_check)
      .bind(12, row.clocks)
      .run();
}

std::optional<CaseRow> read_case_row(Database& db, const std::string& ticket) {
  Statement& select = db.statement(
      "SELECT ticket, state, priority, category, channel, handler, escalation, flags, "
      "updated_at, checked_until, next_check, clocks FROM cases WHERE ticket = ?");
  select.bind(1, ticket);
  if (!select.step()) return std::nullopt;
  CaseRow row{select.text(0),    select.text(1),    select.text(2), select.text(3),
              select.text(4),    select.text(5),    select.text(6), select.text(7),
              select.integer(8), select.integer(9), std::nullopt,   select.text(11)};
  if (!select.is_null(10)) row.next_check = select.integer(10);
  select.reset();  // no statement left reading, so that rebuild may drop the table
  return row;
}

std::optional<kefu::Case> load_case(Database& db, const kefu::Workflow& workflow,
                                    const std::string& config, const std::string& ticket) {
  Statement& events = db.statement("SELECT body FROM events WHERE ticket = ? ORDER BY seq");
  events.bind(1, ticket);
  std::vector<kefu::EventRecord> history;
  kefu::Flags flags;
  while (events.step()) {
    EventLine line = read_event_line(events.text(0));
    if (history.empty()) flags = line.flags;
    history.push_back(std::move(line.record));
  }
  if (history.empty()) return std::nullopt;
  // checked_until: the last event, or a later timer check that fired something.
  pt::ptime checked_until = history.back().at;
  Statement& checks = db.statement("SELECT max(at) FROM checks WHERE ticket = ?");
  checks.bind(1, ticket);
  if (checks.step() && !checks.is_null(0)) {
    checked_until = std::max(checked_until, from_micros(checks.integer(0)));
  }
  checks.reset();
  kefu::Case c = workflow.replay(history, flags, checked_until);
  Statement& earlier = db.statement(
      "SELECT rule, occasion, action, due_at FROM actions WHERE ticket = ? AND config <> ? "
      "ORDER BY id");
  earlier.bind(1, ticket).bind(2, config);
  std::vector<kefu::FiredAction> fired;
  while (earlier.step()) {
    fired.push_back({earlier.text(0), static_cast<std::uint32_t>(earlier.integer(1)),
                     read_action(earlier.text(2)), from_micros(earlier.integer(3))});
  }
  earlier.reset();
  if (fired.empty()) return c;
  // Seeded with what fired before, as the case was when the config changed: reevaluate keeps
  // it fired and adds what the current config fired besides.
  kefu::Case seeded = c;
  seeded.fired = std::move(fired);
  return kefu::reevaluate(seeded, workflow, checked_until).updated;
}

void insert_ticket(Database& db, const std::string& ticket, pt::ptime opened_at) {
  db.statement("INSERT INTO tickets (ticket, opened_at) VALUES (?, ?)")
      .bind(1, ticket)
      .bind(2, to_micros(opened_at))
      .run();
}

void append_event(Database& db, const EventLine& line, std::size_t seq) {
  db.statement("INSERT INTO events (ticket, seq, event_id, at, body) VALUES (?, ?, ?, ?, ?)")
      .bind(1, line.ticket)
      .bind(2, static_cast<std::int64_t>(seq))
      .bind(3, line.record.id)
      .bind(4, to_micros(line.record.at))
      .bind(5, line.body)
      .run();
}

void record_check(Database& db, const std::string& ticket, pt::ptime at) {
  db.statement("INSERT INTO checks (ticket, at) VALUES (?, ?)")
      .bind(1, ticket)
      .bind(2, to_micros(at))
      .run();
}

void queue_actions(Database& db, const std::string& ticket,
                   const std::vector<kefu::FiredAction>& actions, const std::string& cause,
                   const std::string& config) {
  if (actions.empty()) return;
  Statement& insert = db.statement(
      "INSERT INTO actions (ticket, rule, occasion, action, due_at, cause, config) "
      "VALUES (?, ?, ?, ?, ?, ?, ?)");
  for (const kefu::FiredAction& fired : actions) {
    insert.bind(1, ticket)
        .bind(2, fired.rule)
        .bind(3, static_cast<std::int64_t>(fired.occasion))
        .bind(4, fmt::format("{}", fired.action))
        .bind(5, to_micros(fired.at))
        .bind(6, cause)
        .bind(7, config)
        .run();
  }
}

kefu::escalation::Action read_action(const std::string& text) {
  using kefu::escalation::Action;
  using kefu::escalation::ActionKind;
  const auto space = text.find(' ');
  const auto kind = kefu::parse<ActionKind>(text.substr(0, space));
  const std::string argument = space == std::string::npos ? "" : text.substr(space + 1);
  if (kind && !argument.empty()) {
    switch (*kind) {
      case ActionKind::raise_priority:
        if (const auto priority = kefu::parse<kefu::Priority>(argument)) {
          return Action::raise_priority(*priority);
        }
        break;
      case ActionKind::schedule_follow_up:
        if (argument.rfind("in ", 0) == 0) {
          return Action::schedule_follow_up(pt::duration_from_string(argument.substr(3)));
        }
        break;
      default:
        return Action{*kind, argument, {}, {}};
    }
  }
  throw db_error(fmt::format("outbox: '{}' is not an action", text));
}

}  // namespace helpdesk
