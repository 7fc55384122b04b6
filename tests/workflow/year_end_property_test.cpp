// Properties of cases open across the end of the covered years (the China calendar's schedules
// end with 2026): thousands of random cases opened from 2026-12-20 to 2027-01-10, with events
// allowed and not, at random and sometimes earlier instants, and checks of the due actions.
// - Refusing workflow: nothing but kefu::uncovered_year_error escapes open, apply or
//   fire_due, and a call that throws or refuses leaves the case equal to its copy.
// - Default workflow (weekly hours for 2027): nothing throws; a business-hours clock that
//   starts in 2027 or is due in 2027 is provisional, one started, due and last driven in 2026
//   is not, and a wall-time clock never is.
// - Both: a case replayed from its history, flags and last check equals the stored case.

#include "random_events.hpp"
#include "workflow_fixture.hpp"
#include <kefu/core/error.hpp>
#include <kefu/workflow/workflow.hpp>

#include <doctest/doctest.h>

#include <exception>
#include <random>
#include <string>

using namespace kefu;
using boost::posix_time::minutes;
using boost::posix_time::ptime;
using boost::posix_time::seconds;
using kefu::test::beijing;
using kefu::test::pick;
using kefu::test::random_event;

namespace {

const ptime first_open = beijing("2026-12-20 00:00:00");
const ptime last_open = beijing("2027-01-10 00:00:00");
const ptime new_year = beijing("2027-01-01 00:00:00");  // local midnight

// An instant near `t`: mostly later, sometimes a little earlier (which apply must refuse).
ptime random_time(std::mt19937& rng, ptime t) {
  switch (rng() % 6) {
    case 0:
      return t - minutes(1 + static_cast<long>(rng() % 30));
    case 1:
      return t + seconds(static_cast<long>(rng() % 60));
    case 2:
      return t + minutes(static_cast<long>(rng() % 180));
    case 3:
      return t + minutes(static_cast<long>(rng() % (24 * 60)));
    default:
      return t + minutes(static_cast<long>(rng() % (3 * 24 * 60)));
  }
}

// Whether the only exception of `call` was the refusing calendar's; fails the test otherwise.
template <class Call>
bool threw_uncovered_year(Call&& call) {
  try {
    call();
    return false;
  } catch (const uncovered_year_error&) {
    return true;
  } catch (const std::exception& e) {
    FAIL("unexpected exception: " << e.what());
  } catch (...) {
    FAIL("unexpected non-standard exception");
  }
  return false;
}

// What a clock must say, worked out from the instants alone (the calendar's schedules end with
// 2026; Beijing has no daylight saving, so local years split at `new_year`).
void check_provisional(const Case& c) {
  for (const sla::Clock& clock : c.clocks) {
    CAPTURE(fmt::format("{}", clock));
    const auto started = clock.started_at();
    if (clock.target().calendar == kefu::TimeBasis::wall || !started) {
      CHECK_FALSE(clock.provisional());
      continue;
    }
    const auto due = clock.deadline();
    if (*started >= new_year || (due && *due > new_year)) CHECK(clock.provisional());
    // Everything this count did, and the deadline, lie before 2027: its events are at or before
    // the ticket's last one.
    // (A limit until a promised time may reach further; the default policy's are wall time.)
    const bool in_2026 = c.ticket.updated_at < new_year && (!due || *due <= new_year) &&
                         !clock.target().limit.promised;
    if (in_2026) CHECK_FALSE(clock.provisional());
  }
}

struct Tally {
  int cases = 0;
  int threw = 0;
  int provisional = 0;
};

// One random case on `wf`, checked as it goes and at its end.
void run_case(std::mt19937& rng, const Workflow& wf, bool refuses, Tally& tally) {
  const auto span = (last_open - first_open).total_seconds() / 60;
  const ptime opened = first_open + minutes(static_cast<long>(rng() % span));
  auto e = kefu::test::open_event(
      "Y", pick(rng, {Category::inquiry, Category::complaint, Category::after_sales}),
      pick(rng, {Scenario::none, Scenario::emergency, Scenario::logistics,
                 Scenario::return_exchange, Scenario::service_complaint}),
      pick(rng, {Priority::low, Priority::normal, Priority::high, Priority::critical}),
      pick(rng, {Channel::phone, Channel::online_chat, Channel::email}),
      pick(rng, {CustomerTier::regular, CustomerTier::key_account}));
  Flags flags;
  flags.perishable = rng() % 4 == 0;
  flags.safety_risk = rng() % 6 == 0;

  Case c;
  if (threw_uncovered_year([&] { c = wf.open(e, opened, flags); })) {
    REQUIRE(refuses);
    ++tally.threw;
    return;
  }
  ++tally.cases;
  ptime t = opened;
  for (int step = 0; step < 10; ++step) {
    const ptime at = random_time(rng, t);
    const Case before = c;
    if (rng() % 4 == 0) {
      std::vector<FiredAction> due;
      if (threw_uncovered_year([&] { due = wf.fire_due(c, at); })) {
        REQUIRE(refuses);
        ++tally.threw;
        CHECK(c == before);
      }
      t = std::max(t, at);
      continue;
    }
    // Mostly an event the ticket's state allows, sometimes any event.
    const auto allowed = wf.lifecycle().allowed_events(c.ticket, at);
    const auto kind = !allowed.empty() && rng() % 4 != 0
                          ? allowed[rng() % allowed.size()]
                          : static_cast<EventKind>(rng() % enum_values<EventKind>().size());
    WorkflowResult result;
    if (threw_uncovered_year([&] { result = wf.apply(c, random_event(rng, kind, at), at); })) {
      REQUIRE(refuses);
      ++tally.threw;
      CHECK(c == before);
      continue;
    }
    if (!result) {
      CHECK(c == before);
      continue;
    }
    CHECK(c.ticket.history.size() == before.ticket.history.size() + 1);
    t = at;
  }
  if (!refuses) {
    check_provisional(c);
    for (const auto& clock : c.clocks) tally.provisional += clock.provisional() ? 1 : 0;
  }
  const Case replayed = wf.replay(c.ticket.history, c.flags, c.checked_until);
  CHECK(replayed == c);
}

}  // namespace

TEST_CASE("across the end of 2026 a refusing workflow throws only uncovered_year_error, cleanly") {
  std::mt19937 rng(20261231);
  Tally tally;
  for (int i = 0; i < 1500; ++i) {
    CAPTURE(i);
    run_case(rng, kefu::test::refusing_workflow(), true, tally);
  }
  // The sample reaches both outcomes (otherwise the properties above were not exercised).
  CHECK(tally.threw > 100);
  CHECK(tally.cases > 100);
}

TEST_CASE(
    "across the end of 2026 the default workflow never throws and marks provisional "
    "clocks") {
  std::mt19937 rng(20270101);
  Tally tally;
  for (int i = 0; i < 1500; ++i) {
    CAPTURE(i);
    run_case(rng, kefu::test::default_workflow(), false, tally);
  }
  CHECK(tally.cases == 1500);
  CHECK(tally.provisional > 100);
}
