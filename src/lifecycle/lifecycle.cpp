// kefu::Lifecycle: the facade over the Boost.MSM machine in machine.cpp.

#include "machine.hpp"
#include <kefu/core/error.hpp>
#include <kefu/lifecycle/lifecycle.hpp>

#include <fmt/core.h>

#include <algorithm>
#include <array>
#include <string>
#include <utility>

namespace kefu {

namespace {

Transition refused(const Ticket& ticket, const Event& event, std::string_view reason) {
  return Transition{false, kind_of(event), ticket.state, ticket.state, reason};
}

}  // namespace

Lifecycle::Lifecycle(LifecyclePolicy policy) : policy_(std::move(policy)) {
  if (policy_.reopen_window.is_special() || policy_.reopen_window.is_negative()) {
    throw config_error("lifecycle policy: reopen window must be a duration of zero or more");
  }
  if (policy_.follow_up_escalation == EscalationLevel::none) {
    throw config_error("lifecycle policy: follow-up escalation must not be none");
  }
}

Transition Lifecycle::apply(Ticket& ticket, const Event& event, boost::posix_time::ptime at,
                            std::string_view event_id) const {
  if (ticket.updated_at.is_special()) return refused(ticket, event, "ticket was never opened");
  if (const EventRecord* seen = event_id.empty() ? nullptr : ticket.find_event(event_id)) {
    if (seen->at != at || seen->event != event) {
      return refused(ticket, event, "event id already used by another event in the history");
    }
    Transition again{true, kind_of(event), ticket.state, ticket.state, {}};
    again.duplicate = true;
    return again;
  }
  if (at.is_special()) return refused(ticket, event, "event time is not a date and time");
  if (at < ticket.updated_at) return refused(ticket, event, "event before the ticket's last event");

  // Everything that can throw happens before the machine changes the ticket.
  auto& history = ticket.history;
  if (history.size() == history.capacity()) {
    history.reserve(std::max<std::size_t>(8, 2 * history.capacity()));
  }
  EventRecord record{event, at};
  if (!event_id.empty()) record.id = event_id;

  const Transition result = detail::run_machine(policy_, ticket, event, at);
  if (result.accepted) {
    ticket.updated_at = at;
    history.push_back(std::move(record));
  }
  return result;
}

std::vector<EventKind> Lifecycle::allowed_events(const Ticket& ticket) const {
  return allowed_events(ticket, ticket.updated_at);
}

std::vector<EventKind> Lifecycle::allowed_events(const Ticket& ticket,
                                                 boost::posix_time::ptime at) const {
  std::vector<EventKind> allowed;
  if (ticket.updated_at.is_special() || at.is_special() || at < ticket.updated_at) return allowed;
  std::array<bool, EnumTraits<EventKind>::entries.size()> seen{};
  for (const auto& row : detail::machine_rows()) {
    if (row.row.source == ticket.state && row.ticket_check(ticket, policy_, at).empty()) {
      seen[static_cast<std::size_t>(row.row.event)] = true;
    }
  }
  for (const EventKind kind : enum_values<EventKind>()) {
    if (seen[static_cast<std::size_t>(kind)]) allowed.push_back(kind);
  }
  return allowed;
}

Ticket Lifecycle::replay(const std::vector<EventRecord>& history) const {
  if (history.empty()) throw argument_error("replay: empty history");
  const auto* open = std::get_if<events::Open>(&history.front().event);
  if (open == nullptr) {
    throw argument_error(
        fmt::format("replay: record 0 is '{}', not 'open'", history.front().name()));
  }
  if (const auto repeated = find_repeated_event_id(history)) {
    throw argument_error(fmt::format("replay: record {} has the event id '{}' of record {}",
                                     repeated->index, history[repeated->index].id,
                                     repeated->earlier));
  }
  Ticket ticket = Ticket::open(*open, history.front().at, history.front().id);
  ticket.history.reserve(history.size());
  for (std::size_t i = 1; i < history.size(); ++i) {
    // The ids are known to be unique: applied without one, the record takes its id after.
    const Transition t = apply(ticket, history[i].event, history[i].at);
    if (!t) {
      throw argument_error(fmt::format("replay: record {} '{}' refused in {}: {}", i,
                                       history[i].name(), to_string(t.from), t.reason));
    }
    ticket.history.back().id = history[i].id;
  }
  return ticket;
}

const std::vector<TransitionRow>& Lifecycle::transitions() {
  static const std::vector<TransitionRow> rows = [] {
    std::vector<TransitionRow> out;
    for (const auto& row : detail::machine_rows()) out.push_back(row.row);
    return out;
  }();
  return rows;
}

}  // namespace kefu
