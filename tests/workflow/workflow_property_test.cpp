// Properties over thousands of random cases: replaying a case gives the case that was stored,
// and next_check is never later than the first instant an action becomes due (checked against
// brute-force minute scanning).

#include "random_events.hpp"
#include "workflow_fixture.hpp"
#include <kefu/workflow/workflow.hpp>

#include <doctest/doctest.h>

#include <random>

using namespace kefu;
using boost::posix_time::minutes;
using boost::posix_time::ptime;
using boost::posix_time::seconds;

using kefu::test::pick;
using kefu::test::random_event;

namespace {

ptime random_gap(std::mt19937& rng, ptime t) {
  switch (rng() % 4) {
    case 0:
      return t + seconds(static_cast<long>(rng() % 60));
    case 1:
      return t + minutes(static_cast<long>(rng() % 120));
    case 2:
      return t + minutes(static_cast<long>(rng() % (24 * 60)));
    default:
      return t + minutes(static_cast<long>(rng() % (5 * 24 * 60)));
  }
}

Case random_case(std::mt19937& rng, const Workflow& wf, int steps, bool check_due) {
  const ptime opened = kefu::test::beijing("2025-09-26 08:00:00") +
                       minutes(static_cast<long>(rng() % (30 * 24 * 60)));
  auto e = kefu::test::open_event(
      "R", pick(rng, {Category::inquiry, Category::complaint, Category::after_sales}),
      pick(rng, {Scenario::none, Scenario::emergency, Scenario::logistics,
                 Scenario::return_exchange, Scenario::installation}),
      pick(rng, {Priority::low, Priority::normal, Priority::high, Priority::critical}),
      pick(rng, {Channel::phone, Channel::online_chat, Channel::email}),
      pick(rng, {CustomerTier::regular, CustomerTier::key_account}));
  Flags flags;
  flags.safety_risk = rng() % 4 == 0;
  flags.perishable = rng() % 4 == 0;
  Case c = wf.open(e, opened, flags);
  ptime t = opened;
  for (int i = 0; i < steps; ++i) {
    t = random_gap(rng, t);
    if (rng() % 3 == 0) {
      if (check_due) {
        // Brute force: the first minute at which a copy has something due.
        const auto next = wf.next_check(c);
        Case probe = c;
        std::optional<ptime> first;
        for (ptime m = c.checked_until + minutes(1); m <= t; m += minutes(1)) {
          if (!wf.fire_due(probe, m).empty()) {
            first = m;
            break;
          }
        }
        if (first) {
          REQUIRE(next);
          CHECK(*next <= *first);
          CHECK(*next > *first - minutes(1));
        }
      }
      wf.fire_due(c, t);
      continue;
    }
    const auto allowed = wf.lifecycle().allowed_events(c.ticket, t);
    if (allowed.empty()) break;
    const auto kind = allowed[rng() % allowed.size()];
    wf.apply(c, random_event(rng, kind, t), t);
  }
  return c;
}

}  // namespace

TEST_CASE("a case replayed from its history, flags and last check equals the stored case") {
  const Workflow& wf = kefu::test::default_workflow();
  std::mt19937 rng(20261124);
  for (int i = 0; i < 2000; ++i) {
    const Case c = random_case(rng, wf, 12, false);
    CAPTURE(i);
    const Case replayed = wf.replay(c.ticket.history, c.flags, c.checked_until);
    REQUIRE(replayed == c);
    // And it goes on identically: nothing is due twice.
    Case a = c;
    Case b = replayed;
    const ptime later = c.checked_until + boost::posix_time::hours(100);
    CHECK(wf.fire_due(a, later) == wf.fire_due(b, later));
  }
}

TEST_CASE("next_check is never later than the first minute something is due") {
  const Workflow& wf = kefu::test::default_workflow();
  std::mt19937 rng(7);
  for (int i = 0; i < 300; ++i) {
    CAPTURE(i);
    random_case(rng, wf, 8, true);
  }
}

TEST_CASE("every occasion fires at most once however often the host checks") {
  const Workflow& wf = kefu::test::default_workflow();
  std::mt19937 rng(99);
  for (int i = 0; i < 500; ++i) {
    Case c = random_case(rng, wf, 10, false);
    for (int k = 1; k <= 20; ++k) wf.fire_due(c, c.checked_until + boost::posix_time::hours(k));
    for (std::size_t a = 0; a < c.fired.size(); ++a) {
      for (std::size_t b = a + 1; b < c.fired.size(); ++b) {
        const bool duplicate = c.fired[a].rule == c.fired[b].rule &&
                               c.fired[a].occasion == c.fired[b].occasion &&
                               c.fired[a].action == c.fired[b].action;
        CHECK_FALSE(duplicate);
      }
    }
  }
}
