// Classification -> a new case. Expected values by hand from the default rules (docs/rules.md
// §escalation): a complaint is followed by the supervisor from its opening (notify), a key
// account's complaint is escalated to the supervisor at once; and from the default SLA policy
// (§sla): perishable goods are handled within 2 h of wall time.

#include "workflow_fixture.hpp"
#include <kefu/core/error.hpp>
#include <kefu/workflow/open_case.hpp>

#include <doctest/doctest.h>

using namespace kefu;
using kefu::test::beijing;
using kefu::test::default_workflow;

namespace {

Classification spoiled_fruit_complaint() {
  Classification result;
  result.category = Category::complaint;
  result.scenario = Scenario::service_complaint;
  result.priority = Priority::high;
  result.flags.perishable = true;
  result.flags.escalation_demand = true;
  return result;
}

Intake key_account_chat() {
  Intake intake;
  intake.id = "T-9";
  intake.owner = "agent_wang";
  intake.channel = Channel::online_chat;
  intake.tier = CustomerTier::key_account;
  intake.note = "水果到货已腐烂";
  return intake;
}

}  // namespace

TEST_CASE("the open event takes the classifier's decision and the host's facts") {
  const events::Open open = open_event(spoiled_fruit_complaint(), key_account_chat());
  CHECK(open.actor == "agent_wang");
  CHECK(open.id == "T-9");
  CHECK(open.facts.channel == Channel::online_chat);
  CHECK(open.facts.category == Category::complaint);
  CHECK(open.facts.scenario == Scenario::service_complaint);
  CHECK(open.facts.priority == Priority::high);
  CHECK(open.facts.tier == CustomerTier::key_account);
  CHECK(open.repeat_of.empty());
  CHECK(open.note == "水果到货已腐烂");
}

TEST_CASE("a case opened from a classification carries its flags into the SLA and the rules") {
  const Workflow& wf = default_workflow();
  const Case c =
      open_case(wf, spoiled_fruit_complaint(), key_account_chat(), beijing("2025-09-29 10:00:00"));
  CHECK(c.ticket.id == "T-9");
  CHECK(c.ticket.owner == "agent_wang");
  CHECK(c.ticket.handler == "agent_wang");
  CHECK(c.ticket.category == Category::complaint);
  CHECK(c.ticket.priority == Priority::high);
  CHECK(c.flags == spoiled_fruit_complaint().flags);
  // The perishable flag starts the 2 h handling clock: 12:00.
  REQUIRE(c.clock(sla::clocks::perishable_handling) != nullptr);
  CHECK(c.clock(sla::clocks::perishable_handling)->deadline() == beijing("2025-09-29 12:00:00"));
  CHECK(c.has_fired("complaint_supervisor", 0));
  CHECK(c.has_fired("key_account_complaint", 0));
}

TEST_CASE("a case opened from a classification refuses a missing owner like Workflow::open") {
  Intake intake = key_account_chat();
  intake.owner.clear();
  CHECK_THROWS_AS(open_case(default_workflow(), spoiled_fruit_complaint(), std::move(intake),
                            beijing("2025-09-29 10:00:00")),
                  argument_error);
}
