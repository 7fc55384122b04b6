#pragma once
// The lifecycle's Boost.MSM machine: states, events, guards, actions and the transition table.
// Private: included by src/lifecycle/machine.cpp, the only library translation unit that
// instantiates Boost.MSM, and by bench/lifecycle_bench.cpp to time the raw back end on the very
// same table. The table is the single source of truth: Lifecycle::apply runs it, and
// Lifecycle::transitions(), allowed_events and the DOT graph come from walking it.

// The table has more than 20 rows, MPL's default limit; the including file must raise it before
// its first Boost include.
#if !defined(BOOST_MPL_CFG_NO_PREPROCESSED_HEADERS) || !defined(BOOST_MPL_LIMIT_VECTOR_SIZE) || \
    BOOST_MPL_LIMIT_VECTOR_SIZE < 50
#error "define BOOST_MPL_CFG_NO_PREPROCESSED_HEADERS and BOOST_MPL_LIMIT_VECTOR_SIZE 50 first"
#endif

#include <kefu/lifecycle/events.hpp>
#include <kefu/lifecycle/lifecycle_policy.hpp>
#include <kefu/lifecycle/ticket.hpp>

#include <boost/date_time/posix_time/posix_time_types.hpp>
#include <boost/mpl/vector.hpp>
#include <boost/msm/back/state_machine.hpp>
#include <boost/msm/front/functor_row.hpp>
#include <boost/msm/front/state_machine_def.hpp>

#include <algorithm>
#include <string_view>

namespace kefu::detail::lifecycle_msm {

namespace msm = boost::msm;
namespace mpl = boost::mpl;
using boost::posix_time::ptime;
using msm::front::none;
using msm::front::Row;

// ---------------------------------------------------------------------------------------------
// states: one MSM state type per kefu::State

template <State S>
struct St : msm::front::state<> {
  static constexpr State value = S;
};
using Received = St<State::received>;
using Triaged = St<State::triaged>;
using InProgress = St<State::in_progress>;
using AwaitingCustomer = St<State::awaiting_customer>;
using SolutionProposed = St<State::solution_proposed>;
using Resolved = St<State::resolved>;
using Closed = St<State::closed>;
using Cancelled = St<State::cancelled>;
using AllStates = mpl::vector<Received, Triaged, InProgress, AwaitingCustomer, SolutionProposed,
                              Resolved, Closed, Cancelled>;

// ---------------------------------------------------------------------------------------------
// events: the host's payload, by reference

template <class Payload>
struct On {
  const Payload& payload;
  static constexpr EventKind kind = Payload::kind;
};
using Open = On<events::Open>;
using FirstResponse = On<events::FirstResponse>;
using Triage = On<events::Triage>;
using Start = On<events::Start>;
using RequestInfo = On<events::RequestInfo>;
using CustomerReply = On<events::CustomerReply>;
using ProposeSolution = On<events::ProposeSolution>;
using AcceptSolution = On<events::AcceptSolution>;
using RejectSolution = On<events::RejectSolution>;
using Resolve = On<events::Resolve>;
using Confirm = On<events::Confirm>;
using FollowUp = On<events::FollowUp>;
using Close = On<events::Close>;
using Reopen = On<events::Reopen>;
using Transfer = On<events::Transfer>;
using Escalate = On<events::Escalate>;
using Cancel = On<events::Cancel>;
using VerifyFacts = On<events::VerifyFacts>;
using PromiseAnswer = On<events::PromiseAnswer>;
using Apologize = On<events::Apologize>;
using NeedSiteVisit = On<events::NeedSiteVisit>;
using ArriveOnSite = On<events::ArriveOnSite>;

// ---------------------------------------------------------------------------------------------
// guards: pure checks. `check_ticket` sees only the ticket, policy and instant (allowed_events
// asks it alone); `check_payload` also sees the event. Each returns empty or the refusal.
// MSM tries the guards of rows sharing a state and event in reverse table order, so such
// guards are written never to overlap.

using Policy = LifecyclePolicy;

template <class G>
struct Guard {
  static std::string_view check_ticket(const Ticket&, const Policy&, ptime) { return {}; }
  template <class P>
  static std::string_view check_payload(const Ticket&, const Policy&, const P&) {
    return {};
  }
  // A payload judged against the event's instant.
  template <class P>
  static std::string_view check_timed_payload(const Ticket&, const Policy&, ptime, const P&) {
    return {};
  }

  template <class Evt, class Fsm, class Source, class Target>
  bool operator()(const Evt& event, Fsm& fsm, Source&, Target&) const {
    std::string_view refusal = G::check_ticket(*fsm.ticket, *fsm.policy, fsm.at);
    if (refusal.empty()) refusal = G::check_payload(*fsm.ticket, *fsm.policy, event.payload);
    if (refusal.empty()) {
      refusal = G::check_timed_payload(*fsm.ticket, *fsm.policy, fsm.at, event.payload);
    }
    if (refusal.empty()) return true;
    fsm.refusal = refusal;
    return false;
  }
};

struct NotResponded : Guard<NotResponded> {
  static constexpr std::string_view name = "not_responded";
  static std::string_view check_ticket(const Ticket& t, const Policy&, ptime) {
    return reached(t.milestones.first_response) ? "already responded" : "";
  }
};

// SOP: a case cannot be resolved before anyone responded.
struct Responded : Guard<Responded> {
  static constexpr std::string_view name = "responded";
  static std::string_view check_ticket(const Ticket& t, const Policy&, ptime) {
    return reached(t.milestones.first_response) ? "" : "no first response yet";
  }
};

struct NotConfirmed : Guard<NotConfirmed> {
  static constexpr std::string_view name = "not_confirmed";
  static std::string_view check_ticket(const Ticket& t, const Policy&, ptime) {
    return reached(t.milestones.confirmed) ? "already confirmed" : "";
  }
};

// One follow-up visit per round of handling; basically satisfied counts as satisfied.
struct SatisfiedVisit : Guard<SatisfiedVisit> {
  static constexpr std::string_view name = "satisfied_visit";
  static std::string_view check_ticket(const Ticket& t, const Policy&, ptime) {
    return reached(t.milestones.followed_up) ? "already followed up" : "";
  }
  static std::string_view check_payload(const Ticket&, const Policy&, const events::FollowUp& e) {
    return e.rating == Rating::unsatisfied ? "customer unsatisfied" : "";
  }
};

struct UnsatisfiedVisit : Guard<UnsatisfiedVisit> {
  static constexpr std::string_view name = "unsatisfied_visit";
  static std::string_view check_ticket(const Ticket& t, const Policy&, ptime) {
    return reached(t.milestones.followed_up) ? "already followed up" : "";
  }
  static std::string_view check_payload(const Ticket&, const Policy&, const events::FollowUp& e) {
    return e.rating == Rating::unsatisfied ? "" : "customer satisfied";
  }
};

// SOP: a complaint closes only after the customer's confirmation or a follow-up, unless the
// host forces it with a reason.
struct MayClose : Guard<MayClose> {
  static constexpr std::string_view name = "may_close";
  static std::string_view check_payload(const Ticket& t, const Policy& policy,
                                        const events::Close& e) {
    if (!e.reason.empty() || reached(t.milestones.confirmed) || reached(t.milestones.followed_up))
      return {};
    const auto& needs = policy.confirmation_required;
    const bool needs_confirmation =
        std::find(needs.begin(), needs.end(), t.category) != needs.end();
    return needs_confirmation ? "needs the customer's confirmation or a follow-up" : "";
  }
};

// Closing an unresolved case and cancelling one both need a reason.
struct WithReason : Guard<WithReason> {
  static constexpr std::string_view name = "with_reason";
  template <class P>
  static std::string_view check_payload(const Ticket&, const Policy&, const P& e) {
    return e.reason.empty() ? "a reason is required" : "";
  }
};

struct WithinReopenWindow : Guard<WithinReopenWindow> {
  static constexpr std::string_view name = "within_reopen_window";
  static std::string_view check_ticket(const Ticket& t, const Policy& policy, ptime at) {
    const ptime since = reached(t.milestones.closed) ? t.milestones.closed : t.milestones.resolved;
    return at - since <= policy.reopen_window ? "" : "outside the reopen window";
  }
};

struct NewHandler : Guard<NewHandler> {
  static constexpr std::string_view name = "new_handler";
  static std::string_view check_payload(const Ticket& t, const Policy&, const events::Transfer& e) {
    if (e.to.empty()) return "no handler to transfer to";
    return e.to == t.handler ? "already the handler" : "";
  }
};

struct HigherLevel : Guard<HigherLevel> {
  static constexpr std::string_view name = "higher_level";
  static std::string_view check_payload(const Ticket& t, const Policy&, const events::Escalate& e) {
    return e.level > t.escalation ? "" : "already escalated that high";
  }
};

// A promise names an instant after the event (and a real one).
struct PromiseAhead : Guard<PromiseAhead> {
  static constexpr std::string_view name = "promise_ahead";
  static std::string_view check_timed_payload(const Ticket&, const Policy&, ptime at,
                                              const events::PromiseAnswer& e) {
    if (e.by.is_special()) return "no promised time";
    return e.by > at ? "" : "promised time is not after the event";
  }
};

// An arrival needs a site visit asked for and not yet made.
struct VisitPending : Guard<VisitPending> {
  static constexpr std::string_view name = "visit_pending";
  static std::string_view check_ticket(const Ticket& t, const Policy&, ptime) {
    const Milestones& m = t.milestones;
    if (!reached(m.site_visit_needed)) return "no site visit was asked for";
    return reached(m.on_site) && m.on_site >= m.site_visit_needed ? "already on site" : "";
  }
};

// ---------------------------------------------------------------------------------------------
// actions: run only once the row's guard passed. Each does what can throw (a string copy)
// before anything else, so that std::bad_alloc leaves the ticket unchanged.

template <class A>
struct Action {
  template <class Evt, class Fsm, class Source, class Target>
  void operator()(const Evt& event, Fsm& fsm, Source&, Target&) const {
    A::run(*fsm.ticket, *fsm.policy, fsm.at, event.payload);
  }
};

// Going back to handling starts a new round: its resolution needs a new confirmation.
inline void start_new_round(Milestones& m) {
  m.resolved = m.confirmed = m.followed_up = m.closed = ptime();
}

struct RecordFirstResponse : Action<RecordFirstResponse> {
  static constexpr std::string_view name = "record_first_response";
  static void run(Ticket& t, const Policy&, ptime at, const events::FirstResponse&) {
    t.milestones.first_response = at;
  }
};

struct RecordTriage : Action<RecordTriage> {
  static constexpr std::string_view name = "record_triage";
  static void run(Ticket& t, const Policy&, ptime at, const events::Triage& e) {
    if (e.category) t.category = *e.category;
    if (e.scenario) t.scenario = *e.scenario;
    if (e.priority) t.priority = *e.priority;
    t.milestones.triaged = at;
  }
};

struct RecordProposal : Action<RecordProposal> {
  static constexpr std::string_view name = "record_proposal";
  static void run(Ticket& t, const Policy&, ptime at, const events::ProposeSolution&) {
    t.milestones.proposed = at;
  }
};

struct RecordAcceptance : Action<RecordAcceptance> {
  static constexpr std::string_view name = "record_acceptance";
  static void run(Ticket& t, const Policy&, ptime at, const events::AcceptSolution&) {
    t.milestones.accepted = at;
  }
};

struct RecordResolution : Action<RecordResolution> {
  static constexpr std::string_view name = "record_resolution";
  static void run(Ticket& t, const Policy&, ptime at, const events::Resolve&) {
    t.milestones.resolved = at;
  }
};

struct RecordConfirmation : Action<RecordConfirmation> {
  static constexpr std::string_view name = "record_confirmation";
  static void run(Ticket& t, const Policy&, ptime at, const events::Confirm&) {
    t.milestones.confirmed = at;
  }
};

struct RecordFollowUp : Action<RecordFollowUp> {
  static constexpr std::string_view name = "record_follow_up";
  static void run(Ticket& t, const Policy&, ptime at, const events::FollowUp& e) {
    t.milestones.followed_up = at;
    t.rating = e.rating;
  }
};

// Unsatisfied at the follow-up: escalate (to the manager by default) and handle it again.
struct BackToHandling : Action<BackToHandling> {
  static constexpr std::string_view name = "back_to_handling";
  static void run(Ticket& t, const Policy& policy, ptime, const events::FollowUp& e) {
    t.rating = e.rating;
    t.escalation = std::max(t.escalation, policy.follow_up_escalation);
    start_new_round(t.milestones);
  }
};

struct RecordClose : Action<RecordClose> {
  static constexpr std::string_view name = "record_close";
  static void run(Ticket& t, const Policy&, ptime at, const events::Close& e) {
    t.close_reason = e.reason;
    t.milestones.closed = at;
  }
};

// A reopened complaint is a repeat complaint (重复投诉, rules.md §lifecycle).
struct RecordReopen : Action<RecordReopen> {
  static constexpr std::string_view name = "record_reopen";
  static void run(Ticket& t, const Policy&, ptime at, const events::Reopen&) {
    t.close_reason.clear();
    ++t.reopen_count;
    if (t.category == Category::complaint) ++t.repeat_complaints;
    t.milestones.reopened = at;
    start_new_round(t.milestones);
  }
};

// The handler changes; the first-contact owner stays responsible (首问负责制).
struct HandOver : Action<HandOver> {
  static constexpr std::string_view name = "hand_over";
  static void run(Ticket& t, const Policy&, ptime, const events::Transfer& e) { t.handler = e.to; }
};

struct RaiseLevel : Action<RaiseLevel> {
  static constexpr std::string_view name = "raise_level";
  static void run(Ticket& t, const Policy&, ptime, const events::Escalate& e) {
    t.escalation = e.level;
  }
};

struct RecordCancel : Action<RecordCancel> {
  static constexpr std::string_view name = "record_cancel";
  static void run(Ticket& t, const Policy&, ptime at, const events::Cancel& e) {
    t.close_reason = e.reason;
    t.milestones.cancelled = at;
  }
};

struct RecordVerification : Action<RecordVerification> {
  static constexpr std::string_view name = "record_verification";
  static void run(Ticket& t, const Policy&, ptime at, const events::VerifyFacts&) {
    t.milestones.verified = at;
  }
};

struct RecordApology : Action<RecordApology> {
  static constexpr std::string_view name = "record_apology";
  static void run(Ticket& t, const Policy&, ptime at, const events::Apologize&) {
    t.milestones.apologized = at;
  }
};

struct RecordVisitNeeded : Action<RecordVisitNeeded> {
  static constexpr std::string_view name = "record_visit_needed";
  static void run(Ticket& t, const Policy&, ptime at, const events::NeedSiteVisit&) {
    t.milestones.site_visit_needed = at;
  }
};

struct RecordArrival : Action<RecordArrival> {
  static constexpr std::string_view name = "record_arrival";
  static void run(Ticket& t, const Policy&, ptime at, const events::ArriveOnSite&) {
    t.milestones.on_site = at;
  }
};

// ---------------------------------------------------------------------------------------------
// the machine

struct LifecycleDef : msm::front::state_machine_def<LifecycleDef> {
  // Actions only assign, so the only exception is std::bad_alloc: let it through unchanged
  // instead of MSM's exception_caught, which merely asserts.
  using no_exception_thrown = int;
  // Actions never post events; without the queue the machine is a few bytes, cheap to build.
  using no_message_queue = int;
  using initial_state = Received;

  // clang-format off
  using transition_table = mpl::vector<
  //    Source            Event            Target            Action               Guard
  Row < Received        , FirstResponse  , Received        , RecordFirstResponse, NotResponded       >,
  Row < Triaged         , FirstResponse  , Triaged         , RecordFirstResponse, NotResponded       >,
  Row < InProgress      , FirstResponse  , InProgress      , RecordFirstResponse, NotResponded       >,
  Row < Received        , Triage         , Triaged         , RecordTriage       , none               >,
  Row < Triaged         , Start          , InProgress      , none               , none               >,
  Row < InProgress      , RequestInfo    , AwaitingCustomer, none               , none               >,
  Row < AwaitingCustomer, CustomerReply  , InProgress      , none               , none               >,
  Row < InProgress      , ProposeSolution, SolutionProposed, RecordProposal     , none               >,
  Row < SolutionProposed, AcceptSolution , InProgress      , RecordAcceptance   , none               >,
  Row < SolutionProposed, RejectSolution , InProgress      , none               , none               >,
  Row < InProgress      , Resolve        , Resolved        , RecordResolution   , Responded          >,
  Row < Resolved        , Confirm        , Resolved        , RecordConfirmation , NotConfirmed       >,
  Row < Resolved        , FollowUp       , Resolved        , RecordFollowUp     , SatisfiedVisit     >,
  Row < Resolved        , FollowUp       , InProgress      , BackToHandling     , UnsatisfiedVisit   >,
  Row < Closed          , FollowUp       , Closed          , RecordFollowUp     , SatisfiedVisit     >,
  Row < Closed          , FollowUp       , InProgress      , BackToHandling     , UnsatisfiedVisit   >,
  Row < Resolved        , Close          , Closed          , RecordClose        , MayClose           >,
  Row < Received        , Close          , Closed          , RecordClose        , WithReason         >,
  Row < Triaged         , Close          , Closed          , RecordClose        , WithReason         >,
  Row < InProgress      , Close          , Closed          , RecordClose        , WithReason         >,
  Row < AwaitingCustomer, Close          , Closed          , RecordClose        , WithReason         >,
  Row < SolutionProposed, Close          , Closed          , RecordClose        , WithReason         >,
  Row < Resolved        , Reopen         , InProgress      , RecordReopen       , WithinReopenWindow >,
  Row < Closed          , Reopen         , InProgress      , RecordReopen       , WithinReopenWindow >,
  Row < Received        , Transfer       , Received        , HandOver           , NewHandler         >,
  Row < Triaged         , Transfer       , Triaged         , HandOver           , NewHandler         >,
  Row < InProgress      , Transfer       , InProgress      , HandOver           , NewHandler         >,
  Row < AwaitingCustomer, Transfer       , AwaitingCustomer, HandOver           , NewHandler         >,
  Row < SolutionProposed, Transfer       , SolutionProposed, HandOver           , NewHandler         >,
  Row < Received        , Escalate       , Received        , RaiseLevel         , HigherLevel        >,
  Row < Triaged         , Escalate       , Triaged         , RaiseLevel         , HigherLevel        >,
  Row < InProgress      , Escalate       , InProgress      , RaiseLevel         , HigherLevel        >,
  Row < AwaitingCustomer, Escalate       , AwaitingCustomer, RaiseLevel         , HigherLevel        >,
  Row < SolutionProposed, Escalate       , SolutionProposed, RaiseLevel         , HigherLevel        >,
  Row < Resolved        , Escalate       , Resolved        , RaiseLevel         , HigherLevel        >,
  Row < Received        , Cancel         , Cancelled       , RecordCancel       , WithReason         >,
  Row < Triaged         , Cancel         , Cancelled       , RecordCancel       , WithReason         >,
  Row < Triaged         , VerifyFacts    , Triaged         , RecordVerification , none               >,
  Row < InProgress      , VerifyFacts    , InProgress      , RecordVerification , none               >,
  Row < Triaged         , PromiseAnswer  , Triaged         , none               , PromiseAhead       >,
  Row < InProgress      , PromiseAnswer  , InProgress      , none               , PromiseAhead       >,
  Row < Received        , Apologize      , Received        , RecordApology      , none               >,
  Row < Triaged         , Apologize      , Triaged         , RecordApology      , none               >,
  Row < InProgress      , Apologize      , InProgress      , RecordApology      , none               >,
  Row < Triaged         , NeedSiteVisit  , Triaged         , RecordVisitNeeded  , none               >,
  Row < InProgress      , NeedSiteVisit  , InProgress      , RecordVisitNeeded  , none               >,
  Row < Triaged         , ArriveOnSite   , Triaged         , RecordArrival      , VisitPending       >,
  Row < InProgress      , ArriveOnSite   , InProgress      , RecordArrival      , VisitPending       >
  >;
  // clang-format on

  // MSM's default asserts (nothing at all in a release build); the facade reads the
  // HandledEnum that process_event returns instead, this only names the refusal.
  template <class Fsm, class Evt>
  void no_transition(const Evt&, Fsm&, int) {
    refusal = "not allowed in this state";
  }

  // Set by run_machine before each event.
  Ticket* ticket = nullptr;
  const Policy* policy = nullptr;
  ptime at;
  std::string_view refusal;
};

using Machine = msm::back::state_machine<LifecycleDef>;
using Table = LifecycleDef::transition_table;

}  // namespace kefu::detail::lifecycle_msm
