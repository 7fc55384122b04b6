// kefu/workflow/case_summary.hpp: a case flattened for indexed columns, checked on a phone
// inquiry whose deadlines are worked out by hand from the default SLA policy on Mon-Fri
// 09:00-18:00 Beijing time.

#include "workflow_fixture.hpp"
#include <kefu/workflow/case_summary.hpp>
#include <kefu/workflow/workflow.hpp>

#include <doctest/doctest.h>

using namespace kefu;
using kefu::test::beijing;
using kefu::test::default_workflow;
using kefu::test::open_event;

namespace {

// A normal phone inquiry opened Mon 2025-09-29 10:00 and answered at 10:00:10.
Case answered_inquiry() {
  const Workflow& wf = default_workflow();
  Case c = wf.open(open_event("T2", Category::inquiry, Scenario::usage_inquiry, Priority::normal,
                              Channel::phone),
                   beijing("2025-09-29 10:00:00"));
  REQUIRE(wf.apply(c, events::FirstResponse{"agent_li"}, beijing("2025-09-29 10:00:10")));
  return c;
}

}  // namespace

TEST_CASE("a case summary holds the ticket's facts, its next check and each clock") {
  const Case c = answered_inquiry();
  const CaseSummary s = summarize(c);
  CHECK(s.id == "T2");
  CHECK(s.state == State::received);  // answered, not yet triaged
  CHECK(s.priority == Priority::normal);
  CHECK(s.category == Category::inquiry);
  CHECK(s.channel == Channel::phone);
  CHECK(s.handler == "agent_li");
  CHECK(s.escalation == EscalationLevel::none);
  CHECK(s.flags == Flags{});
  CHECK(s.updated_at == beijing("2025-09-29 10:00:10"));
  CHECK(s.checked_until == beijing("2025-09-29 10:00:10"));
  CHECK(s.as_of == beijing("2025-09-29 10:00:10"));
  // The resolution warning at 75% of 4 business hours from 10:00: 13:00.
  CHECK(s.next_check == beijing("2025-09-29 13:00:00"));

  // Phone: answered within 15 s (met, deadline 10:00:15); normal priority: the initial plan
  // within 1 business hour (11:00); resolution within 4 business hours (14:00, one stretch of
  // the 09:00-18:00 day). Ordered by clock name.
  REQUIRE(s.clocks.size() == 3);
  CHECK(s.clocks[0] == ClockSummary{sla::clocks::first_response, beijing("2025-09-29 10:00:15"),
                                    sla::ClockStatus::met, false});
  CHECK(s.clocks[1] == ClockSummary{sla::clocks::initial_plan, beijing("2025-09-29 11:00:00"),
                                    sla::ClockStatus::running, false});
  CHECK(s.clocks[2] == ClockSummary{sla::clocks::resolution, beijing("2025-09-29 14:00:00"),
                                    sla::ClockStatus::running, false});
}

TEST_CASE("a case summary gives the clocks' statuses as of a later instant") {
  const Case c = answered_inquiry();
  // 10:50: 50 of the initial plan's 60 minutes, past its 75% warning (10:45); 50 of the
  // resolution's 240 minutes, below its warning.
  CaseSummary s = summarize(c, beijing("2025-09-29 10:50:00"));
  CHECK(s.as_of == beijing("2025-09-29 10:50:00"));
  CHECK(s.checked_until == beijing("2025-09-29 10:00:10"));
  CHECK(s.clocks[1].status == sla::ClockStatus::warning);
  CHECK(s.clocks[2].status == sla::ClockStatus::running);
  // 11:30: the initial plan is late.
  s = summarize(c, beijing("2025-09-29 11:30:00"));
  CHECK(s.clocks[0].status == sla::ClockStatus::met);
  CHECK(s.clocks[1].status == sla::ClockStatus::breached);
}

TEST_CASE("a paused clock has no deadline in the summary, and an uncovered year is provisional") {
  const Workflow& wf = default_workflow();
  Case c = answered_inquiry();
  REQUIRE(wf.apply(c, events::Triage{"agent_li"}, beijing("2025-09-29 10:01:00")));
  REQUIRE(wf.apply(c, events::Start{"agent_li"}, beijing("2025-09-29 10:02:00")));
  REQUIRE(wf.apply(c, events::RequestInfo{"agent_li"}, beijing("2025-09-29 10:30:00")));
  CaseSummary s = summarize(c);
  CHECK(s.state == State::awaiting_customer);
  // Waiting for the customer pauses the resolution (its deadline moves with the pause), not
  // the initial plan.
  CHECK(s.clocks[2] ==
        ClockSummary{sla::clocks::resolution, std::nullopt, sla::ClockStatus::paused, false});
  CHECK(s.clocks[1].deadline == beijing("2025-09-29 11:00:00"));

  // 2027 has no holiday schedule in the fixture's calendar (2024-2026): the business-hour
  // clocks are counted on the weekly hours alone and are provisional; the 15 s phone answer is
  // wall time and never is. Mon 2027-01-04 10:00 + 4 business hours = 14:00.
  const Case later = wf.open(open_event("T9", Category::inquiry, Scenario::usage_inquiry,
                                        Priority::normal, Channel::phone),
                             beijing("2027-01-04 10:00:00"));
  s = summarize(later);
  REQUIRE(s.clocks.size() == 3);
  CHECK(s.clocks[0] == ClockSummary{sla::clocks::first_response, beijing("2027-01-04 10:00:15"),
                                    sla::ClockStatus::running, false});
  CHECK(s.clocks[2] == ClockSummary{sla::clocks::resolution, beijing("2027-01-04 14:00:00"),
                                    sla::ClockStatus::running, true});
}
