// helpdesk show: one ticket's timeline, in the calendar's zone.
#include "case_store.hpp"
#include "helpdesk.hpp"
#include <kefu/calendar/instant.hpp>
#include <kefu/io/case_json.hpp>

#include <boost/json/serialize.hpp>

#include <fmt/format.h>
#include <fmt/ostream.h>

namespace helpdesk {

void Helpdesk::show(const std::string& ticket, std::ostream& out) {
  const kefu::Case* c = find_case(ticket);
  if (c == nullptr) throw db_error(fmt::format("no ticket '{}'", ticket));
  const auto& zone = workflow_.calendar().zone();
  const auto local = [&](boost::posix_time::ptime t) { return kefu::format_instant(t, zone); };
  fmt::print(out, "{}\n", ticket);
  for (const kefu::EventRecord& record : c->ticket.history) {
    fmt::print(out, "  {}  {:<16} {:<12} {}\n", local(record.at), record.name(), record.actor(),
               record.id);
  }
  const kefu::CaseSummary summary = kefu::summarize(*c);
  fmt::print(out, "state {}, handler {}, next check {}\n", kefu::to_string(summary.state),
             summary.handler, summary.next_check ? local(*summary.next_check) : "none");
  for (const kefu::ClockSummary& clock : summary.clocks) {
    fmt::print(out, "  clock {:<16} {:<10} deadline {}\n", clock.clock.name(),
               kefu::sla::to_string(clock.status),
               clock.deadline ? local(*clock.deadline) : "none");
  }
  Statement& actions = db_.statement(
      "SELECT due_at, action, rule, cause, sent FROM actions WHERE ticket = ? ORDER BY id");
  actions.bind(1, ticket);
  while (actions.step()) {
    fmt::print(out, "  outbox {}  {} (rule {}, from {}){}\n",
               local(from_micros(actions.integer(0))), actions.text(1), actions.text(2),
               actions.text(3), actions.integer(4) != 0 ? ", sent" : "");
  }
}

}  // namespace helpdesk
