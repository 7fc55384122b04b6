// SLA deadlines across China's National Day holiday.
//
// An urgent fault and a complaint are opened on Tue 2025-09-30 17:00 Beijing time, on a
// Mon-Fri 09:00-18:00 calendar with the State Council's holidays (Oct 1-8 closed, Sun Sep 28
// and Sat Oct 11 worked). The default policy (docs/rules.md §sla) picks each ticket's clocks:
// the urgent fault's 24 h and the complaint's 48 h count wall time, as the SOPs say, while the
// short working steps count business hours and wait for the holiday's end. We print every
// deadline, apply a few events, then show each clock's status at later instants and explain one
// deadline.

#include <kefu/calendar/calendars/china_mainland.hpp>
#include <kefu/calendar/duration_text.hpp>
#include <kefu/calendar/instant.hpp>
#include <kefu/sla/clock.hpp>
#include <kefu/sla/policy.hpp>

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <fmt/format.h>

#include <string>
#include <vector>

namespace {

using boost::posix_time::ptime;

// Instants are printed in the calendar's zone with their offset: "2025-09-30T17:00:00+08:00".
std::string local(ptime utc) { return kefu::format_instant(utc, kefu::china_time_zone()); }

struct Ticket {
  std::string name;
  kefu::sla::TicketFacts facts;
  std::vector<kefu::sla::Clock> clocks;

  kefu::sla::Clock& clock(kefu::sla::ClockId id) {
    for (auto& c : clocks) {
      if (c.target().clock == id) return c;
    }
    throw kefu::argument_error("no such clock");
  }
};

// The clocks the policy gives a ticket; those its semantics start on `open` are started.
Ticket open_ticket(std::string name, kefu::sla::TicketFacts facts, const kefu::sla::Policy& policy,
                   const kefu::BusinessCalendar& calendar, ptime at) {
  Ticket ticket{std::move(name), facts, {}};
  const kefu::Event opened = kefu::events::Open{"agent"};
  for (const auto& target : policy.targets_for(facts)) {
    kefu::sla::Clock clock(target, calendar);
    for (const auto& row : policy.semantics()) {
      if (row.clock == target.clock && row.applies_to(opened)) clock.apply(row.action, at);
    }
    ticket.clocks.push_back(std::move(clock));
  }
  return ticket;
}

void print_deadlines(const Ticket& ticket) {
  fmt::print("{} ({} / {} / {} / {}):\n", ticket.name, ticket.facts.category, ticket.facts.scenario,
             ticket.facts.priority, ticket.facts.channel);
  for (const auto& clock : ticket.clocks) {
    const auto due = clock.deadline();
    fmt::print("  {:<52} deadline {}\n", fmt::format("{}", clock.target()),
               due ? local(*due) : std::string("(not started)"));
  }
}

void print_status(const std::vector<Ticket>& tickets, ptime now) {
  fmt::print("\nat {}:\n", local(now));
  for (const auto& ticket : tickets) {
    for (const auto& clock : ticket.clocks) {
      if (clock.state() == kefu::sla::Clock::State::idle) continue;
      fmt::print("  {:<10} {:<17} {:<9} {:>12} counted, {:>13} left\n", ticket.name,
                 clock.target().clock, kefu::sla::to_string(clock.status(now)),
                 fmt::format("{}", kefu::human_duration(clock.elapsed(now))),
                 fmt::format("{}", kefu::human_duration(clock.remaining(now))));
    }
  }
}

}  // namespace

int main() {
  using kefu::sla::clocks::apology;
  using kefu::sla::clocks::feedback;
  using kefu::sla::clocks::first_response;
  using kefu::sla::clocks::verification;

  const auto calendar = kefu::calendars::china_mainland(
      kefu::WeeklyHours::monday_to_friday({kefu::open_hours(9, 0, 18, 0)}));
  const auto policy = kefu::sla::Policy::defaults();
  const ptime opened = kefu::parse_instant("2025-09-30T17:00:00+08:00");
  fmt::print("Opened {} (Beijing time); Mon-Fri 09:00-18:00, mainland holidays {}-{}\n\n",
             local(opened), calendar.covered_years().front(), calendar.covered_years().back());

  std::vector<Ticket> tickets;
  tickets.push_back(open_ticket("fault",
                                {{kefu::Channel::web_form, kefu::Category::after_sales,
                                  kefu::Scenario::fault_repair, kefu::Priority::high}},
                                policy, calendar, opened));
  tickets.push_back(open_ticket("complaint",
                                {{kefu::Channel::phone, kefu::Category::complaint,
                                  kefu::Scenario::service_complaint, kefu::Priority::normal}},
                                policy, calendar, opened));
  for (const auto& ticket : tickets) print_deadlines(ticket);

  // What happens next, in time order: the complaint is answered at once, the rest waits for
  // the holiday's end.
  Ticket& fault = tickets[0];
  Ticket& complaint = tickets[1];
  complaint.clock(first_response).stop(kefu::parse_instant("2025-09-30T17:00:10+08:00"));
  print_status(tickets, kefu::parse_instant("2025-09-30T17:30:00+08:00"));
  complaint.clock(apology).stop(
      kefu::parse_instant("2025-09-30T17:40:00+08:00"));  // the supervisor called

  fault.clock(first_response).stop(kefu::parse_instant("2025-10-09T09:30:00+08:00"));
  complaint.clock(verification).stop(kefu::parse_instant("2025-10-09T09:45:00+08:00"));
  complaint.clock(feedback).start(kefu::parse_instant("2025-10-09T09:45:00+08:00"));
  fmt::print("\ncomplaint facts verified {}: feedback deadline {}\n",
             local(kefu::parse_instant("2025-10-09T09:45:00+08:00")),
             local(*complaint.clock(feedback).deadline()));
  print_status(tickets, kefu::parse_instant("2025-10-09T10:00:00+08:00"));

  complaint.clock(feedback).stop(kefu::parse_instant("2025-10-09T11:00:00+08:00"));
  print_status(tickets, kefu::parse_instant("2025-10-10T17:00:00+08:00"));
  print_status(tickets, kefu::parse_instant("2025-10-11T15:00:00+08:00"));

  fmt::print("\nwhy was the fault's first response due then?\n{}",
             fault.clock(first_response).explain(kefu::parse_instant("2025-10-09T12:00:00+08:00")));
}
