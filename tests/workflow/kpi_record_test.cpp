// Case -> KPI record, on a phone inquiry driven open -> first reply -> resolve -> close.
// Expected values by hand: a phone call is answered within 3 rings, 15 s of wall time
// (docs/rules.md §sla), so the reply deadline of a case opened at 10:00:00 is 10:00:15.

#include "workflow_fixture.hpp"
#include <kefu/kpi/accumulator.hpp>
#include <kefu/kpi/scorecard.hpp>
#include <kefu/workflow/kpi_record.hpp>

#include <doctest/doctest.h>

using namespace kefu;
using kefu::test::beijing;
using kefu::test::default_workflow;
using kefu::test::open_event;

namespace {

Case answered_inquiry(const std::string& first_reply = "2025-09-29 10:00:10") {
  const Workflow& wf = default_workflow();
  Case c = wf.open(open_event("K1", Category::inquiry, Scenario::usage_inquiry, Priority::normal,
                              Channel::phone),
                   beijing("2025-09-29 10:00:00"));
  REQUIRE(wf.apply(c, events::FirstResponse{"agent_li"}, beijing(first_reply)));
  REQUIRE(wf.apply(c, events::Triage{"agent_li"}, beijing("2025-09-29 10:01:00")));
  REQUIRE(wf.apply(c, events::Start{"agent_li"}, beijing("2025-09-29 10:01:30")));
  REQUIRE(wf.apply(c, events::Resolve{"agent_li"}, beijing("2025-09-29 10:06:00")));
  REQUIRE(wf.apply(c, events::Close{"agent_li"}, beijing("2025-09-29 10:07:00")));
  REQUIRE(c.ticket.state == State::closed);
  return c;
}

}  // namespace

TEST_CASE("a case's KPI record takes the reply deadline from its first-response clock") {
  const kpi::CaseRecord r = kpi_record(answered_inquiry());
  CHECK(r.opened_at == beijing("2025-09-29 10:00:00"));
  CHECK(r.category == Category::inquiry);
  CHECK(r.channel == Channel::phone);
  CHECK(r.replied_at == beijing("2025-09-29 10:00:10"));
  CHECK(r.reply_due == beijing("2025-09-29 10:00:15"));
  CHECK(r.resolved_at == beijing("2025-09-29 10:06:00"));
  CHECK_FALSE(r.reopened());
  CHECK(r.resolved_at_first_contact);  // no transfer, no wait for the customer, no reopen
}

TEST_CASE("a reply deadline the host gives wins over the clock's") {
  kpi::CaseContext context;
  context.reply_due = beijing("2025-09-29 10:30:00");
  context.cross_province = true;
  const kpi::CaseRecord r = kpi_record(answered_inquiry(), context);
  CHECK(r.reply_due == beijing("2025-09-29 10:30:00"));
  CHECK(r.cross_province);
}

TEST_CASE("the monthly inquiry reply rate judges each case by its own clock's deadline") {
  // Replied after 10 s (within the 15 s) and after 20 s (late): one of two in time.
  kpi::Accumulator month;
  REQUIRE(month.add(kpi_record(answered_inquiry())));
  REQUIRE(month.add(kpi_record(answered_inquiry("2025-09-29 10:00:20"))));
  const auto total = month.month_total(month.month_of(beijing("2025-09-29 10:00:00")));
  const auto inquiry = static_cast<std::size_t>(Category::inquiry);
  CHECK(total.cases.replied[inquiry] == 2);
  CHECK(total.cases.replied_in_time[inquiry] == 1);
}

TEST_CASE("a case opened by li.na is counted under agent li.na") {
  // 首问负责: the agent who opens the case owns it (Ticket::owner), so its KPI record names
  // that owner by the same id the ticket uses, and a scorecard by agent has a section for it.
  const Workflow& wf = default_workflow();
  events::Open open = open_event("K7", Category::inquiry, Scenario::usage_inquiry, Priority::normal,
                                 Channel::phone);
  open.actor = "li.na";
  Case c = wf.open(open, beijing("2025-09-29 10:00:00"));
  REQUIRE(c.ticket.owner == "li.na");
  REQUIRE(wf.apply(c, events::FirstResponse{"li.na"}, beijing("2025-09-29 10:00:10")));
  const kpi::CaseRecord r = kpi_record(c);
  CHECK(r.agent == "li.na");

  kpi::AccumulatorOptions options;
  options.group_by = kpi::GroupBy::agent;
  kpi::Accumulator month(options);
  REQUIRE(month.add(r));
  REQUIRE(month.add(kpi_record(answered_inquiry())));  // opened by agent_li
  const auto card = kpi::scorecard_by_group(month, kpi::Targets::defaults());
  REQUIRE(card.sections.size() == 2);
  // By id: "agent_li" sorts before "li.na". li.na's one inquiry was replied after 10 s, within
  // its 15 s deadline: 1 of 1 in time.
  CHECK(card.sections[0].agent == "agent_li");
  CHECK(card.sections[1].agent == "li.na");
  CHECK(card.sections[1].row(kpi::Indicator::inquiry_timely_reply_rate).ratio == kpi::ratio(1, 1));

  // The host may count the case under someone else.
  kpi::CaseContext context;
  context.agent = "wang.fang";
  CHECK(kpi_record(c, context).agent == "wang.fang");
}
