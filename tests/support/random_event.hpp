#pragma once
// Random lifecycle events for the property, soak and fuzz tests: one picker of kinds and
// payloads on any chooser with `unsigned choose(unsigned n)` (one of n, from 0), so that a
// seeded engine (EngineChooser) and a fuzzer's bytes (kefu::fuzz::FuzzedBytes) drive the same
// code. Payloads cover what a host may send: empty actors and reasons, optional triage facts,
// a promised instant before the event or none, notes in Chinese and longer than a small string.

#include <kefu/lifecycle/events.hpp>

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <array>
#include <optional>
#include <string>
#include <variant>

namespace kefu::test {

// A chooser over a std::mt19937-like engine.
template <class Engine>
class EngineChooser {
 public:
  explicit EngineChooser(Engine& engine) : engine_(engine) {}
  unsigned choose(unsigned n) { return static_cast<unsigned>(engine_() % n); }

 private:
  Engine& engine_;
};

template <class Enum, class Chooser>
Enum pick(Chooser& in) {
  constexpr auto values = enum_values<Enum>();
  return values[in.choose(static_cast<unsigned>(values.size()))];
}

template <class Enum, class Chooser>
std::optional<Enum> maybe(Chooser& in) {
  if (in.choose(2) == 0) return std::nullopt;
  return pick<Enum>(in);
}

template <class Chooser>
std::string random_actor(Chooser& in) {
  static const std::array<const char*, 5> actors{"agent-li", "agent-wang", "supervisor-zhao",
                                                 "customer", ""};
  return actors[in.choose(static_cast<unsigned>(actors.size()))];
}

// An event of `kind` applied at `at`, its actor, payload and note chosen by `in`.
template <class Chooser>
Event random_event(Chooser& in, EventKind kind, boost::posix_time::ptime at) {
  namespace ev = events;
  const std::string who = random_actor(in);
  const auto reason = [&in](const char* text) { return in.choose(2) == 0 ? "" : text; };
  Event event;
  switch (kind) {
    case EventKind::open:
      event = ev::Open{who, "C-2"};
      break;
    case EventKind::first_response:
      event = ev::FirstResponse{who};
      break;
    case EventKind::triage: {
      ev::Triage triage{who};
      triage.category = maybe<Category>(in);
      triage.scenario = maybe<Scenario>(in);
      triage.priority = maybe<Priority>(in);
      event = triage;
      break;
    }
    case EventKind::start:
      event = ev::Start{who};
      break;
    case EventKind::request_info:
      event = ev::RequestInfo{who};
      break;
    case EventKind::customer_reply:
      event = ev::CustomerReply{who};
      break;
    case EventKind::propose_solution:
      event = ev::ProposeSolution{who};
      break;
    case EventKind::accept_solution:
      event = ev::AcceptSolution{who};
      break;
    case EventKind::reject_solution:
      event = ev::RejectSolution{who};
      break;
    case EventKind::resolve:
      event = ev::Resolve{who};
      break;
    case EventKind::confirm:
      event = ev::Confirm{who};
      break;
    case EventKind::follow_up:
      event = ev::FollowUp{who, pick<Rating>(in)};
      break;
    case EventKind::close:
      event = ev::Close{who, reason("customer unreachable")};
      break;
    case EventKind::reopen:
      event = ev::Reopen{who};
      break;
    case EventKind::transfer:
      event = ev::Transfer{who, random_actor(in)};
      break;
    case EventKind::escalate:
      event = ev::Escalate{who, pick<EscalationLevel>(in)};
      break;
    case EventKind::cancel:
      event = ev::Cancel{who, reason("duplicate")};
      break;
    case EventKind::verify_facts:
      event = ev::VerifyFacts{who, reason("仓库"), "发错货"};
      break;
    case EventKind::promise_answer:  // sometimes no instant, sometimes one before the event
      event = ev::PromiseAnswer{
          who, in.choose(8) == 0
                   ? boost::posix_time::ptime()
                   : at + boost::posix_time::hours(static_cast<long>(in.choose(200)) - 2)};
      break;
    case EventKind::apologize:
      event = ev::Apologize{who};
      break;
    case EventKind::need_site_visit:
      event = ev::NeedSiteVisit{who};
      break;
    case EventKind::arrive_on_site:
      event = ev::ArriveOnSite{who};
      break;
  }
  static const std::array<const char*, 3> notes{"", "已核实",
                                                "a note long enough to go to the heap"};
  const char* note = notes[in.choose(static_cast<unsigned>(notes.size()))];
  std::visit([note](auto& e) { e.note = note; }, event);
  return event;
}

// An event of any kind.
template <class Chooser>
Event random_event(Chooser& in, boost::posix_time::ptime at) {
  return random_event(in, pick<EventKind>(in), at);
}

}  // namespace kefu::test
