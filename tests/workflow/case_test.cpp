#include "workflow_fixture.hpp"
#include <kefu/calendar/instant.hpp>
#include <kefu/workflow/case.hpp>

#include <doctest/doctest.h>
#include <fmt/format.h>

using namespace kefu;

TEST_CASE("a case finds its clocks by name and remembers what fired by rule and occasion") {
  const Workflow& wf = kefu::test::default_workflow();
  const Case c =
      wf.open(kefu::test::open_event("C1", Category::complaint, Scenario::service_complaint,
                                     Priority::normal, Channel::phone),
              kefu::test::beijing("2025-09-29 10:00:00"));
  REQUIRE(c.clock(sla::clocks::verification) != nullptr);
  CHECK(c.clock(sla::clocks::verification)->target().limit.duration == boost::posix_time::hours(1));
  CHECK(c.clock(sla::ClockId{"pickup"}) == nullptr);
  CHECK(c.has_fired("complaint_supervisor", 0));
  CHECK_FALSE(c.has_fired("complaint_supervisor", 1));
  CHECK_FALSE(c.has_fired("repeat_complaint", 0));
  // Clocks are kept in name order.
  for (std::size_t i = 1; i < c.clocks.size(); ++i) {
    CHECK(c.clocks[i - 1].target().clock < c.clocks[i].target().clock);
  }
}

TEST_CASE("cases compare by every field") {
  const Workflow& wf = kefu::test::default_workflow();
  const Case a = wf.open(kefu::test::open_event("C2", Category::inquiry, Scenario::none,
                                                Priority::normal, Channel::phone),
                         kefu::test::beijing("2025-09-29 10:00:00"));
  Case b = a;
  CHECK(a == b);
  b.flags.perishable = true;
  CHECK(a != b);
  b = a;
  CHECK(wf.fire_due(b, kefu::test::beijing("2025-09-29 10:00:05")).empty());
  CHECK(a == b);  // a check that fires nothing leaves the case alone
  CHECK(wf.fire_due(b, kefu::test::beijing("2025-09-29 10:00:15")).size() == 1);
  CHECK(a != b);
}

TEST_CASE("a fired action prints its action, rule and instant") {
  const FiredAction f{"resolution_breached", 1, escalation::Action::notify("supervisor"),
                      boost::posix_time::time_from_string("2025-10-02 09:00:00")};
  // A FiredAction knows no zone, so its instant is UTC marked "Z" (it used to print Boost's
  // unmarked "2025-Oct-02 09:00:00"); 09:00 UTC is 17:00 in Beijing.
  CHECK(fmt::format("{}", f) ==
        "notify supervisor (rule resolution_breached, 2025-10-02T09:00:00Z)");
  CHECK(kefu::format_instant(f.at, kefu::china_time_zone()) == "2025-10-02T17:00:00+08:00");
}
