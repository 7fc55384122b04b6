// Workflow::pending looks, Workflow::fire_due fires. Expected values by hand from the default
// rules: a phone call is answered within 3 rings (15 s of wall time, docs/rules.md §sla), and
// a first response past its limit notifies the supervisor (rule first_response_breached).

#include "workflow_fixture.hpp"
#include <kefu/workflow/workflow.hpp>

#include <doctest/doctest.h>

using namespace kefu;
using kefu::test::beijing;
using kefu::test::default_workflow;
using kefu::test::open_event;

TEST_CASE("looking at what is due changes nothing; firing returns the same and marks it fired") {
  const Workflow& wf = default_workflow();
  Case c =
      wf.open(open_event("P1", Category::inquiry, Scenario::none, Priority::normal, Channel::phone),
              beijing("2025-09-29 10:00:00"));
  const Case before = c;
  // Opened at 10:00:00: the first response is breached at 10:00:15.
  CHECK(wf.pending(c, beijing("2025-09-29 10:00:14")).empty());
  const auto look = wf.pending(c, beijing("2025-09-29 10:00:20"));
  REQUIRE(look.size() == 1);
  CHECK(look[0].rule == "first_response_breached");
  CHECK(look[0].action == escalation::Action::notify("supervisor"));
  CHECK(look[0].at == beijing("2025-09-29 10:00:15"));
  CHECK(wf.pending(c, beijing("2025-09-29 10:00:20")) == look);  // looking twice
  CHECK(c == before);

  const auto fired = wf.fire_due(c, beijing("2025-09-29 10:00:20"));
  CHECK(fired == look);
  CHECK(c.has_fired("first_response_breached", look[0].occasion));
  CHECK(c.checked_until == beijing("2025-09-29 10:00:20"));
  CHECK(wf.pending(c, beijing("2025-09-29 10:00:20")).empty());
  CHECK(wf.fire_due(c, beijing("2025-09-29 10:00:20")).empty());
}
