-- The helpdesk's store (examples/helpdesk/README.md). Instants are INTEGER microseconds since
-- 1970-01-01 UTC, so that they sort and index as numbers (ISO text with fractional seconds
-- would not sort). Every statement is idempotent: the schema is applied on every open.
--
-- The host's data, append-only: tickets, events, checks. Everything else is derived and
-- `helpdesk rebuild` recomputes it, except the outbox (actions), which it checks.

CREATE TABLE IF NOT EXISTS meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- One row a ticket, written with its open event: the parent the other tables refer to.
CREATE TABLE IF NOT EXISTS tickets (
  ticket TEXT PRIMARY KEY,
  opened_at INTEGER NOT NULL
);

-- Every accepted event, in the ticket's order (seq is its index in the ticket's history).
-- An event id is unique within its ticket, as kefu's lifecycle keys them (the bundled month
-- numbers each ticket's events from 1). body: the log line in canonical form (instants in
-- UTC), compared when an id is delivered again.
CREATE TABLE IF NOT EXISTS events (
  ticket TEXT NOT NULL REFERENCES tickets (ticket),
  seq INTEGER NOT NULL,
  event_id TEXT NOT NULL,
  at INTEGER NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (ticket, seq),
  UNIQUE (ticket, event_id)
);
CREATE TRIGGER IF NOT EXISTS events_no_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER IF NOT EXISTS events_no_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;

-- Timer checks that fired something: with the events they give each case's checked_until.
CREATE TABLE IF NOT EXISTS checks (
  ticket TEXT NOT NULL REFERENCES tickets (ticket),
  at INTEGER NOT NULL,
  PRIMARY KEY (ticket, at)
);

-- Derived: one row a case, summarize(case) flattened for queries.
CREATE TABLE IF NOT EXISTS cases (
  ticket TEXT PRIMARY KEY REFERENCES tickets (ticket),
  state TEXT NOT NULL,
  priority TEXT NOT NULL,
  category TEXT NOT NULL,
  channel TEXT NOT NULL,
  handler TEXT NOT NULL,
  escalation TEXT NOT NULL,
  flags TEXT NOT NULL,        -- JSON array of flag names
  updated_at INTEGER NOT NULL,
  checked_until INTEGER NOT NULL,
  next_check INTEGER,         -- NULL: nothing pending until the next event
  clocks TEXT NOT NULL        -- JSON array: {clock, deadline, status, provisional}
);
CREATE INDEX IF NOT EXISTS cases_next_check ON cases (next_check) WHERE next_check IS NOT NULL;

-- The outbox: every fired action once. The UNIQUE key makes queuing one twice an error, not
-- a silent second notification. cause: the event id, "tick" or "reconfigure" that fired it;
-- config: the hash of the config it fired under (an action fired under an earlier config
-- stays fired: replay under the current one keeps it, see case_store.hpp).
CREATE TABLE IF NOT EXISTS actions (
  id INTEGER PRIMARY KEY,
  ticket TEXT NOT NULL REFERENCES tickets (ticket),
  rule TEXT NOT NULL,
  occasion INTEGER NOT NULL,
  action TEXT NOT NULL,
  due_at INTEGER NOT NULL,
  cause TEXT NOT NULL,
  config TEXT NOT NULL,
  sent INTEGER NOT NULL DEFAULT 0,
  UNIQUE (ticket, rule, occasion, action)
);

-- Input that was not accepted, with why: never lost, recorded once (with the first reason:
-- a line refused again, say later than a check, keeps the reason it was first refused for).
CREATE TABLE IF NOT EXISTS rejected (
  id INTEGER PRIMARY KEY,
  source TEXT NOT NULL,
  line INTEGER NOT NULL,
  text TEXT NOT NULL,
  reason TEXT NOT NULL,
  UNIQUE (text)
);
