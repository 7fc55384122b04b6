// The clock semantics table: which events start, pause, resume, stop and restart each clock.

#include <kefu/sla/clock_semantics.hpp>

#include <doctest/doctest.h>
#include <fmt/format.h>

using kefu::sla::action_for;
using kefu::sla::ClockAction;
using kefu::sla::ResolutionCounting;
using kefu::sla::SlaEvent;
namespace clocks = kefu::sla::clocks;

TEST_CASE("the semantics table, row by row") {
  constexpr auto across = ResolutionCounting::across_reopens;
  struct Row {
    kefu::sla::ClockId clock;
    SlaEvent event;
    ClockAction action;
  };
  // clang-format off
  const Row expected[] = {
      {clocks::first_response, SlaEvent::ticket_opened,       ClockAction::start},
      {clocks::first_response, SlaEvent::agent_replied,       ClockAction::stop},
      {clocks::first_response, SlaEvent::customer_replied,    ClockAction::none},
      {clocks::next_response,  SlaEvent::ticket_opened,       ClockAction::none},
      {clocks::next_response,  SlaEvent::customer_replied,    ClockAction::restart},
      {clocks::next_response,  SlaEvent::agent_replied,       ClockAction::stop},
      {clocks::resolution,     SlaEvent::ticket_opened,       ClockAction::start},
      {clocks::resolution,     SlaEvent::waiting_on_customer, ClockAction::pause},
      {clocks::resolution,     SlaEvent::customer_replied,    ClockAction::resume},
      {clocks::resolution,     SlaEvent::ticket_resolved,     ClockAction::stop},
      {clocks::resolution,     SlaEvent::ticket_reopened,     ClockAction::resume},
      {clocks::resolution,     SlaEvent::agent_replied,       ClockAction::none},
      {clocks::verification,   SlaEvent::ticket_opened,       ClockAction::start},
      {clocks::verification,   SlaEvent::facts_verified,      ClockAction::stop},
      {clocks::feedback,       SlaEvent::facts_verified,      ClockAction::start},
      {clocks::feedback,       SlaEvent::feedback_given,      ClockAction::stop},
      {clocks::follow_up,      SlaEvent::ticket_resolved,     ClockAction::start},
      {clocks::follow_up,      SlaEvent::follow_up_done,      ClockAction::stop},
      {clocks::follow_up,      SlaEvent::ticket_closed,       ClockAction::stop},
      {clocks::first_response, SlaEvent::ticket_closed,       ClockAction::stop},
  };
  // clang-format on
  for (const Row& row : expected) {
    CAPTURE(row.clock.name());
    CAPTURE(kefu::sla::to_string(row.event));
    CHECK(action_for(row.clock, row.event, across) == row.action);
  }
  CHECK(action_for(kefu::sla::ClockId{"pickup"}, SlaEvent::ticket_opened, across) ==
        ClockAction::none);
}

TEST_CASE("first resolution only: a reopened ticket does not resume the resolution clock") {
  CHECK(action_for(clocks::resolution, SlaEvent::ticket_reopened,
                   ResolutionCounting::first_resolution_only) == ClockAction::none);
  CHECK(kefu::sla::clock_semantics(ResolutionCounting::first_resolution_only).size() + 1 ==
        kefu::sla::clock_semantics(ResolutionCounting::across_reopens).size());
  CHECK(fmt::format("{} {}", SlaEvent::ticket_reopened, ClockAction::resume) ==
        "ticket_reopened resume");
}
