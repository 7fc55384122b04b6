// The default clock semantics: which lifecycle events start, pause, resume, stop and restart each
// clock (re-typed from the SOP rules of rules.md §sla, not read from the table).

#include <kefu/sla/clock_semantics.hpp>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <string>
#include <vector>

using kefu::EventKind;
using kefu::sla::ClockAction;
using kefu::sla::ClockId;
using kefu::sla::ClockSemantics;
using kefu::sla::ResolutionCounting;
namespace clocks = kefu::sla::clocks;
namespace events = kefu::events;

namespace {

// The actions the default rows give `clock` on `event`, in row order, as "stop restart".
std::string actions(const std::vector<ClockSemantics>& rows, ClockId clock,
                    const kefu::Event& event) {
  std::string text;
  for (const auto& row : rows) {
    if (row.clock == clock && row.applies_to(event)) {
      text += (text.empty() ? "" : " ") + std::string(kefu::sla::to_string(row.action));
    }
  }
  return text;
}

}  // namespace

TEST_CASE("the default semantics, clock by clock") {
  const auto rows = kefu::sla::default_clock_semantics();
  const auto a = [&](ClockId clock, const kefu::Event& event) {
    return actions(rows, clock, event);
  };
  const events::Open open{"agent"};
  const events::FirstResponse first{"agent"};
  const events::RequestInfo ask{"agent"};
  const events::CustomerReply reply{"customer"};
  const events::ProposeSolution propose{"agent"};
  const events::PromiseAnswer promise{"agent"};
  const events::Resolve resolve{"agent"};
  const events::Reopen reopen{"customer"};
  const events::FollowUp satisfied{"agent", kefu::Rating::satisfied};
  const events::FollowUp unsatisfied{"agent", kefu::Rating::unsatisfied};
  const events::Close close{"agent"};
  const events::Cancel cancel{"agent", "spam"};
  const events::Triage triage{"agent"};

  // Every answer to the customer stops the response clocks.
  for (const kefu::Event& answer : {kefu::Event{first}, kefu::Event{ask}, kefu::Event{propose},
                                    kefu::Event{promise}, kefu::Event{resolve}}) {
    CHECK(a(clocks::first_response, answer) == "stop");
    CHECK(a(clocks::next_response, answer) == "stop");
  }
  CHECK(a(clocks::first_response, open) == "start");
  CHECK(a(clocks::next_response, reply) == "restart");

  // Resolution pauses while the case waits for the customer and counts on after a reopen.
  CHECK(a(clocks::resolution, open) == "start");
  CHECK(a(clocks::resolution, ask) == "pause");
  CHECK(a(clocks::resolution, reply) == "resume");
  CHECK(a(clocks::resolution, resolve) == "stop");
  CHECK(a(clocks::resolution, reopen) == "resume");
  CHECK(a(clocks::resolution, unsatisfied) == "resume");
  CHECK(a(clocks::resolution, satisfied).empty());

  // Hotline standard: from acceptance to solved and answered, never paused; a re-complaint
  // (reopen) or an unsatisfied visit owes a new answer.
  CHECK(a(clocks::complaint_answer, open) == "start");
  CHECK(a(clocks::complaint_answer, ask).empty());
  CHECK(a(clocks::complaint_answer, resolve) == "stop");
  CHECK(a(clocks::complaint_answer, reopen) == "restart");
  CHECK(a(clocks::complaint_answer, unsatisfied) == "restart");

  // SOP toolkit: verify within 1 h, then feed back within 2 h of the verification. Triage
  // (identity check and classification) is not the verification.
  CHECK(a(clocks::verification, open) == "start");
  CHECK(a(clocks::verification, triage).empty());
  CHECK(a(clocks::verification, events::VerifyFacts{"agent", "安装部", "属实"}) == "stop");
  CHECK(a(clocks::feedback, events::VerifyFacts{"agent"}) == "start");
  CHECK(a(clocks::feedback, propose) == "stop");

  CHECK(a(clocks::apology, open) == "start");
  CHECK(a(clocks::apology, events::Apologize{"supervisor"}) == "stop");
  CHECK(a(clocks::initial_plan, open) == "start");
  CHECK(a(clocks::initial_plan, propose) == "stop");
  CHECK(a(clocks::initial_plan, promise) == "stop");
  // A new promise ends the old one and counts to the new instant.
  CHECK(a(clocks::promised_answer, promise) == "stop restart");
  CHECK(a(clocks::promised_answer, propose) == "stop");
  CHECK(a(clocks::promised_answer, resolve) == "stop");
  CHECK(a(clocks::perishable_handling, open) == "start");
  CHECK(a(clocks::perishable_handling, propose) == "stop");
  // The on-site clock starts only when a visit is needed.
  CHECK(a(clocks::on_site, open).empty());
  CHECK(a(clocks::on_site, events::NeedSiteVisit{"agent"}) == "restart");
  CHECK(a(clocks::on_site, events::ArriveOnSite{"engineer"}) == "stop");
  CHECK(a(clocks::follow_up, resolve) == "start");
  CHECK(a(clocks::follow_up, satisfied) == "stop");

  // Closing stops every clock but the follow-up visit, done after closing too; cancelling
  // stops them all.
  for (const ClockId clock :
       {clocks::first_response, clocks::next_response, clocks::resolution, clocks::complaint_answer,
        clocks::verification, clocks::feedback, clocks::apology, clocks::initial_plan,
        clocks::promised_answer, clocks::perishable_handling, clocks::on_site}) {
    CAPTURE(clock.name());
    CHECK(a(clock, close) == "stop");
    CHECK(a(clock, cancel) == "stop");
  }
  CHECK(a(clocks::follow_up, close).empty());
  CHECK(a(clocks::follow_up, cancel) == "stop");
  CHECK(a(ClockId{"pickup"}, open).empty());
}

TEST_CASE("first resolution only: a reopened ticket does not resume the resolution clock") {
  const auto first = kefu::sla::default_clock_semantics(ResolutionCounting::first_resolution_only);
  const events::FollowUp unsatisfied{"agent", kefu::Rating::unsatisfied};
  CHECK(actions(first, clocks::resolution, events::Reopen{"customer"}).empty());
  CHECK(actions(first, clocks::resolution, unsatisfied).empty());
  CHECK(first.size() + 2 == kefu::sla::default_clock_semantics().size());
}

TEST_CASE("a row names its clock, event, rating and action") {
  const ClockSemantics row{clocks::resolution, EventKind::follow_up, ClockAction::resume,
                           kefu::Rating::unsatisfied};
  CHECK(fmt::format("{}", row) == "resolution: follow_up (unsatisfied) resume");
  CHECK(fmt::format("{}", ClockSemantics{clocks::resolution, EventKind::request_info,
                                         ClockAction::pause}) == "resolution: request_info pause");
  CHECK(row.applies_to(events::FollowUp{"agent", kefu::Rating::unsatisfied}));
  CHECK_FALSE(row.applies_to(events::FollowUp{"agent", kefu::Rating::basically_satisfied}));
  CHECK_FALSE(row.applies_to(events::Reopen{"customer"}));
  CHECK(row != ClockSemantics{clocks::resolution, EventKind::follow_up, ClockAction::resume});
}
