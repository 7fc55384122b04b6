#pragma once
// Random events for the workflow's property tests: any kind, with random actors and details.

#include <kefu/workflow/workflow.hpp>

#include <boost/date_time/posix_time/posix_time.hpp>

#include <initializer_list>
#include <random>
#include <string>

namespace kefu::test {

template <class T>
T pick(std::mt19937& rng, std::initializer_list<T> values) {
  std::uniform_int_distribution<std::size_t> index(0, values.size() - 1);
  return *(values.begin() + index(rng));
}

inline Event random_event(std::mt19937& rng, EventKind kind, boost::posix_time::ptime at) {
  const std::string agent = pick(rng, {"agent_li", "agent_wang", "agent_zhao"});
  switch (kind) {
    case EventKind::first_response:
      return events::FirstResponse{agent};
    case EventKind::triage: {
      events::Triage e{agent};
      if (rng() % 3 == 0) {
        e.priority =
            pick(rng, {Priority::low, Priority::normal, Priority::high, Priority::critical});
      }
      if (rng() % 5 == 0) e.category = pick(rng, {Category::inquiry, Category::complaint});
      return e;
    }
    case EventKind::start:
      return events::Start{agent};
    case EventKind::request_info:
      return events::RequestInfo{agent};
    case EventKind::customer_reply:
      return events::CustomerReply{"customer"};
    case EventKind::propose_solution:
      return events::ProposeSolution{agent};
    case EventKind::accept_solution:
      return events::AcceptSolution{"customer"};
    case EventKind::reject_solution:
      return events::RejectSolution{"customer"};
    case EventKind::resolve:
      return events::Resolve{agent};
    case EventKind::confirm:
      return events::Confirm{"customer"};
    case EventKind::follow_up: {
      events::FollowUp e{agent};
      e.rating = pick(rng, {Rating::satisfied, Rating::basically_satisfied, Rating::unsatisfied});
      return e;
    }
    case EventKind::close: {
      events::Close e{agent};
      if (rng() % 2 == 0) e.reason = "customer unreachable";
      return e;
    }
    case EventKind::reopen:
      return events::Reopen{"customer"};
    case EventKind::transfer:
      return events::Transfer{agent, pick(rng, {"expert_qian", "agent_sun"})};
    case EventKind::escalate: {
      events::Escalate e{agent};
      e.level = pick(
          rng, {EscalationLevel::supervisor, EscalationLevel::manager, EscalationLevel::director});
      return e;
    }
    case EventKind::cancel:
      return events::Cancel{agent, "duplicate"};
    case EventKind::verify_facts:
      return events::VerifyFacts{agent, "仓库", "漏发"};
    case EventKind::promise_answer:
      return events::PromiseAnswer{
          agent, at + boost::posix_time::minutes(1 + static_cast<long>(rng() % (48 * 60)))};
    case EventKind::apologize:
      return events::Apologize{"supervisor"};
    case EventKind::need_site_visit:
      return events::NeedSiteVisit{agent};
    case EventKind::arrive_on_site:
      return events::ArriveOnSite{"engineer"};
    case EventKind::open:
      break;
  }
  return events::Start{agent};
}

}  // namespace kefu::test
