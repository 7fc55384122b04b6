// The whole chain a host writes, on the China calendar: a customer's message is classified, a
// case is opened from the classification, the host's events are applied, what falls due over
// National Day is looked at and then fired (the escalations applied as lifecycle events), and
// the case is counted into the month's KPIs. A complaint's limits count wall time (hotline
// standard: 24 h to resolve, 48 h to answer), so nobody working over the holiday breaches them
// and the month's timely-answer rate shows it. Times are ISO 8601 with their offset.

#include <kefu/calendar/instant.hpp>
#include <kefu/kefu.hpp>

#include <fmt/format.h>

#include <string>

namespace {

using boost::posix_time::ptime;

ptime at(const char* text) { return kefu::parse_instant(text); }

}  // namespace

int main() {
  namespace events = kefu::events;
  const kefu::Workflow workflow = kefu::Workflow::defaults(kefu::calendars::china_mainland(
      kefu::WeeklyHours::monday_to_friday({kefu::open_hours(9, 0, 18, 0)})));
  const auto local = [&](ptime t) { return kefu::format_instant(t, workflow.calendar().zone()); };

  // 1. The message, classified (category, scenario, priority, flags, evidence).
  const kefu::Classification said =
      kefu::Classifier::defaults().classify("我要投诉！新买的洗衣机送来就是坏的，三天了没人管");
  fmt::print("classified: {} / {} / priority {}\n", kefu::chinese_label(said.category),
             kefu::chinese_label(said.scenario), kefu::chinese_label(said.priority));

  // 2. A case from it, with what only the host knows: its id, the owner, the channel.
  kefu::Case c = kefu::open_case(workflow, said, {"T-1001", "li.na", kefu::Channel::phone},
                                 at("2026-09-30T17:00:00+08:00"));

  // 3. The host's events as they happen.
  workflow.apply(c, events::FirstResponse{"li.na", "apologised, recorded the fault"},
                 at("2026-09-30T17:00:12+08:00"));
  workflow.apply(c, events::Triage{"li.na"}, at("2026-09-30T17:04:00+08:00"));
  workflow.apply(c, events::Start{"li.na"}, at("2026-09-30T17:05:00+08:00"));

  // 4. What is due after the holiday: a look changes nothing; firing marks it, once.
  const ptime morning = at("2026-10-08T09:30:00+08:00");
  fmt::print("due by {}: {} action(s)\n", local(morning), workflow.pending(c, morning).size());
  for (const kefu::FiredAction& fired : workflow.fire_due(c, morning)) {
    fmt::print("  {}  {} (rule {})\n", local(fired.at), fired.action, fired.rule);
    if (const auto event = kefu::event_for(workflow, fired, c)) workflow.apply(c, *event, morning);
  }
  fmt::print("escalated to {}, next check {}\n", c.ticket.escalation,
             c.next_due ? local(*c.next_due) : std::string("none"));

  // 5. Resolved, confirmed by the customer, and counted into October.
  workflow.apply(c, events::ProposeSolution{"li.na", "replacement machine"},
                 at("2026-10-08T10:00:00+08:00"));
  workflow.apply(c, events::AcceptSolution{"customer"}, at("2026-10-08T10:10:00+08:00"));
  workflow.apply(c, events::Resolve{"li.na"}, at("2026-10-09T15:00:00+08:00"));
  kefu::kpi::Accumulator october;
  october.add(kefu::kpi_record(c));
  const auto card = kefu::kpi::scorecard(october, kefu::kpi::Targets::defaults());
  const auto& timely = card.sections.at(0).row(kefu::kpi::Indicator::complaint_timely_reply_rate);
  fmt::print("{}: {}/{} ({})\n", kefu::kpi::chinese_label(timely.indicator), timely.ratio.numerator,
             timely.ratio.denominator, kefu::kpi::chinese_label(timely.status));
  return c.ticket.state == kefu::State::resolved ? 0 : 1;
}
