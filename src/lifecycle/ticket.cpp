// kefu::Ticket: opening a case and comparing tickets.

#include <kefu/core/error.hpp>
#include <kefu/lifecycle/ticket.hpp>

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace kefu {

namespace {

auto tie_milestones(const Milestones& m) {
  return std::tie(m.opened, m.first_response, m.triaged, m.proposed, m.accepted, m.resolved,
                  m.confirmed, m.followed_up, m.closed, m.reopened, m.cancelled, m.verified,
                  m.apologized, m.site_visit_needed, m.on_site);
}

auto tie_ticket(const Ticket& t) {
  return std::tie(t.id, static_cast<const CaseFacts&>(t), t.owner, t.handler, t.state, t.escalation,
                  t.milestones, t.updated_at, t.rating, t.close_reason, t.reopen_count,
                  t.repeat_complaints, t.repeat_of, t.history);
}

}  // namespace

bool operator==(const Milestones& a, const Milestones& b) noexcept {
  return tie_milestones(a) == tie_milestones(b);
}

bool operator==(const Ticket& a, const Ticket& b) { return tie_ticket(a) == tie_ticket(b); }

Ticket Ticket::open(std::string id, CaseFacts facts, std::string owner,
                    boost::posix_time::ptime at) {
  return open(events::Open{std::move(owner), std::move(id), facts}, at);
}

Ticket Ticket::open(events::Open event, boost::posix_time::ptime at, std::string event_id) {
  if (event.id.empty()) throw argument_error("ticket open: empty id");
  if (event.actor.empty()) throw argument_error("ticket open: empty owner");
  if (at.is_special()) throw argument_error("ticket open: time is not a date and time");
  Ticket t;
  t.id = event.id;
  static_cast<CaseFacts&>(t) = event.facts;
  t.owner = event.actor;
  t.handler = event.actor;
  t.repeat_of = event.repeat_of;
  t.milestones.opened = at;
  t.updated_at = at;
  t.history.push_back(EventRecord{std::move(event), at, std::move(event_id)});
  return t;
}

const EventRecord* Ticket::find_event(std::string_view event_id) const noexcept {
  if (event_id.empty()) return nullptr;
  const auto it = std::find_if(history.begin(), history.end(),
                               [&](const EventRecord& r) { return r.id == event_id; });
  return it == history.end() ? nullptr : &*it;
}

std::optional<RepeatedEventId> find_repeated_event_id(const std::vector<EventRecord>& history) {
  std::unordered_map<std::string_view, std::size_t> first;
  first.reserve(history.size());
  for (std::size_t i = 0; i < history.size(); ++i) {
    if (history[i].id.empty()) continue;
    const auto [it, fresh] = first.emplace(history[i].id, i);
    if (!fresh) return RepeatedEventId{i, it->second};
  }
  return std::nullopt;
}

}  // namespace kefu
