// helpdesk ingest: an event log into the store, each event with what it causes.
#include "case_store.hpp"
#include "helpdesk.hpp"
#include <kefu/core/error.hpp>

#include <fmt/format.h>

#include <variant>

namespace helpdesk {

Helpdesk::Outcome Helpdesk::take(const std::string& text, const std::string& source,
                                 std::size_t line_number, IngestCounts& counts,
                                 std::vector<std::string>& acknowledged) {
  const auto refuse = [&](const std::string& reason) {
    reject(text, source, line_number, reason);
    ++counts.rejected;
    return Outcome::rejected;
  };
  EventLine line;
  try {
    line = read_event_line(text);
  } catch (const kefu::error& e) {
    return refuse(fmt::format("malformed: {}", e.what()));
  }

  const std::string event = line.ticket + " " + line.record.id;
  Statement& stored = db_.statement("SELECT body FROM events WHERE ticket = ? AND event_id = ?");
  stored.bind(1, line.ticket).bind(2, line.record.id);
  if (stored.step()) {
    const std::string body = stored.text(0);
    stored.reset();
    if (body == line.body) {
      acknowledged.push_back(event);
      ++counts.duplicates;
      return Outcome::duplicate;
    }
    // Same id, other content: the sender reuses ids, which is a bug to report, not to guess at.
    return refuse(
        fmt::format("event id '{}' is stored with another body: {}", line.record.id, body));
  }

  kefu::Case* c = find_case(line.ticket);
  std::vector<kefu::FiredAction> actions;
  try {
    if (c == nullptr) {
      const auto* open = std::get_if<kefu::events::Open>(&line.record.event);
      if (open == nullptr) {
        return refuse(fmt::format("unknown ticket '{}': its first event must be open, not {}",
                                  line.ticket, line.record.name()));
      }
      kefu::Case opened = workflow_.open(*open, line.record.at, line.flags, line.record.id);
      actions = opened.fired;
      insert_ticket(db_, line.ticket, line.record.at);
      c = &cache_.emplace(line.ticket, std::move(opened)).first->second;
    } else {
      kefu::WorkflowResult result = workflow_.apply(*c, line.record);
      if (result.transition.duplicate) {  // the store's check above sees every id first
        acknowledged.push_back(event);
        ++counts.duplicates;
        return Outcome::duplicate;
      }
      if (!result) {
        return refuse(fmt::format("ticket '{}': {}", line.ticket, result.transition));
      }
      actions = std::move(result.actions);
    }
  } catch (const kefu::error& e) {  // the case is as it was (Workflow::apply is all or nothing)
    return refuse(fmt::format("ticket '{}': {}", line.ticket, e.what()));
  }
  append_event(db_, line, c->ticket.history.size() - 1);
  queue_actions(db_, line.ticket, actions, line.record.id, config_hash_);
  write_case_row(db_, case_row(*c));
  acknowledged.push_back(event);
  ++counts.stored;
  counts.actions += actions.size();
  return Outcome::stored;
}

IngestCounts Helpdesk::ingest(
    std::istream& log, const std::string& source, std::size_t batch,
    const std::function<void(const std::vector<std::string>&)>& acknowledged) {
  IngestCounts counts;
  std::vector<std::string> ids;
  std::string text;
  std::size_t line_number = 0;
  std::size_t in_batch = 0;
  std::optional<Transaction> transaction;
  const auto commit = [&] {
    if (!transaction) return;
    transaction->commit();
    transaction.reset();
    in_batch = 0;
    if (acknowledged && !ids.empty()) acknowledged(ids);
    ids.clear();
  };
  try {
    while (std::getline(log, text)) {
      ++line_number;
      if (!text.empty() && text.back() == '\r') text.pop_back();
      if (text.find_first_not_of(" \t") == std::string::npos) continue;
      ++counts.lines;
      if (!transaction) transaction.emplace(db_);
      take(text, source, line_number, counts, ids);
      if (++in_batch >= batch) commit();
    }
    commit();
  } catch (...) {
    cache_.clear();  // it may hold what the rolled-back transaction applied
    throw;
  }
  return counts;
}

}  // namespace helpdesk
