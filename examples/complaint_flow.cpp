// The complaint of the SOP toolkit (docs/rules.md §lifecycle), walked through kefu::Lifecycle
// step by step: an installer came without uniform and was rude; the agent soothes and records,
// the service supervisor calls to apologise, the facts are verified with the installation
// department, the agent feeds back a new installer and a 50-yuan coupon, follows up, and closes
// the loop. Prints the timeline of states, handlers and milestones.

#include <kefu/calendar/instant.hpp>
#include <kefu/lifecycle/lifecycle.hpp>

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <fmt/format.h>

#include <string>
#include <string_view>

namespace {

using boost::posix_time::ptime;

ptime at(const char* text) { return kefu::parse_instant(text); }

// The host's office is in Beijing: instants are shown there, with the offset ("-" when unset).
std::string clock(ptime t) { return kefu::format_instant(t, kefu::china_time_zone()); }

// One timeline line; fmt counts a hanzi as two columns, so the table stays aligned.
void print_row(ptime when, std::string_view event, const kefu::Ticket& ticket,
               std::string_view note) {
  const std::string state =
      fmt::format("{} {}", kefu::to_string(ticket.state), kefu::chinese_label(ticket.state));
  fmt::print("{}  {:<16} {:<30} {:<13} {}\n", clock(when), event, state, ticket.handler, note);
}

void show(const kefu::Lifecycle& lifecycle, kefu::Ticket& ticket, const kefu::Event& event,
          const char* when) {
  const kefu::Transition t = lifecycle.apply(ticket, event, at(when));
  if (!t) {
    fmt::print("{}  {:<16} refused: {}\n", clock(at(when)), kefu::event_name(event), t.reason);
    return;
  }
  print_row(at(when), kefu::event_name(event), ticket, kefu::note_of(event));
}

}  // namespace

int main() {
  namespace events = kefu::events;
  const kefu::Lifecycle lifecycle;  // default policy: complaints close after confirmation or visit

  kefu::Ticket ticket = kefu::Ticket::open(
      "C-20261124-0001",
      {kefu::Channel::phone, kefu::Category::complaint, kefu::Scenario::service_complaint,
       kefu::Priority::high, kefu::CustomerTier::member},
      "agent-li", at("2026-11-24T10:00:00+08:00"));
  fmt::print("complaint {} ({}, {}, priority {}), first-contact owner {}\n\n", ticket.id,
             kefu::chinese_label(ticket.category), kefu::chinese_label(ticket.scenario),
             kefu::chinese_label(ticket.priority), ticket.owner);
  fmt::print("{:<25}  {:<16} {:<30} {:<13} {}\n", "time", "event", "state", "handler", "note");
  print_row(ticket.milestones.opened, "open", ticket,
            "installer came without uniform and was rude");

  show(lifecycle, ticket,
       events::FirstResponse{"agent-li", "soothed; recorded time, place, people"},
       "2026-11-24T10:01:00+08:00");
  show(lifecycle, ticket,
       events::Triage{"agent-li", {}, {}, kefu::Priority::high, "order verified"},
       "2026-11-24T10:05:00+08:00");
  show(lifecycle, ticket, events::Start{"agent-li"}, "2026-11-24T10:06:00+08:00");
  show(lifecycle, ticket, events::Apologize{"supervisor-wang", "called to apologise"},
       "2026-11-24T10:08:00+08:00");
  show(lifecycle, ticket,
       events::Transfer{"agent-li", "install-zhao", "verify with the installation department"},
       "2026-11-24T10:10:00+08:00");
  show(lifecycle, ticket, events::Transfer{"install-zhao", "agent-li", "checked the record"},
       "2026-11-24T10:50:00+08:00");
  show(lifecycle, ticket,
       events::VerifyFacts{"agent-li", "安装部", "no uniform, rude: both true", "verified"},
       "2026-11-24T10:51:00+08:00");
  show(lifecycle, ticket,
       events::ProposeSolution{"agent-li", "apology, new installer, 50-yuan coupon"},
       "2026-11-24T11:30:00+08:00");
  show(lifecycle, ticket, events::AcceptSolution{"customer", "agrees"},
       "2026-11-24T11:35:00+08:00");
  show(lifecycle, ticket, events::Resolve{"agent-li", "new installer done, coupon sent"},
       "2026-11-25T09:00:00+08:00");
  // The SOP does not let a complaint close before the customer confirms or is visited.
  show(lifecycle, ticket, events::Close{"agent-li"}, "2026-11-25T09:05:00+08:00");
  show(lifecycle, ticket, events::FollowUp{"agent-li", kefu::Rating::satisfied, "回访: satisfied"},
       "2026-11-25T15:00:00+08:00");
  show(lifecycle, ticket, events::Close{"agent-li", "", "闭环归档"}, "2026-11-25T15:01:00+08:00");

  const auto& m = ticket.milestones;
  fmt::print("\nmilestones\n");
  fmt::print("  opened          {}\n", clock(m.opened));
  fmt::print("  first response  {}\n", clock(m.first_response));
  fmt::print("  apologized      {}\n", clock(m.apologized));
  fmt::print("  verified        {}\n", clock(m.verified));
  fmt::print("  fed back        {}\n", clock(m.proposed));
  fmt::print("  accepted        {}\n", clock(m.accepted));
  fmt::print("  resolved        {}\n", clock(m.resolved));
  fmt::print("  followed up     {} ({})\n", clock(m.followed_up),
             ticket.rating ? kefu::chinese_label(*ticket.rating) : "-");
  fmt::print("  closed          {}\n", clock(m.closed));
  int transfers = 0;
  for (const auto& record : ticket.history) transfers += record.kind() == kefu::EventKind::transfer;
  fmt::print("\nowner {} stayed responsible across {} transfers; escalation {}; {} events\n",
             ticket.owner, transfers, kefu::to_string(ticket.escalation), ticket.history.size());

  std::string next;
  for (const auto kind : lifecycle.allowed_events(ticket)) {
    next += fmt::format("{}{}", next.empty() ? "" : ", ", kind);
  }
  fmt::print("state {} ({}); may still take: {}\n", kefu::to_string(ticket.state),
             kefu::chinese_label(ticket.state), next);
  return ticket.state == kefu::State::closed ? 0 : 1;
}
