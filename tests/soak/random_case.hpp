#pragma once
// A random case for the soak and thread tests: opened at a random instant of 2025-2027 with
// random facts, then driven by random events, time steps and timer checks through a shared
// Workflow, as a host would drive one of its cases. Everything follows from the seed, so a
// case run twice, on any thread, ends equal.

#include <kefu/core/error.hpp>
#include <kefu/workflow/workflow.hpp>

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <cstdint>
#include <random>
#include <string>

namespace kefu::soak {

using Rng = std::mt19937_64;

template <class Enum>
Enum pick(Rng& rng) {
  constexpr auto values = enum_values<Enum>();
  return values[rng() % values.size()];
}

inline Event random_event(Rng& rng, boost::posix_time::ptime at) {
  namespace ev = events;
  static const char* const actors[] = {"agent-li", "agent-wang", "supervisor-zhao", "customer"};
  const std::string who = actors[rng() % 4];
  switch (rng() % 20) {
    case 0:
      return ev::FirstResponse{who};
    case 1: {
      ev::Triage triage{who};
      triage.priority = pick<Priority>(rng);
      return triage;
    }
    case 2:
    case 3:
      return ev::Start{who};
    case 4:
      return ev::RequestInfo{who};
    case 5:
      return ev::CustomerReply{who};
    case 6:
      return ev::ProposeSolution{who};
    case 7:
      return ev::AcceptSolution{who};
    case 8:
      return ev::RejectSolution{who};
    case 9:
    case 10:
      return ev::Resolve{who};
    case 11:
      return ev::Confirm{who};
    case 12:
      return ev::FollowUp{who, pick<Rating>(rng)};
    case 13:
      return ev::Close{who, "done"};
    case 14:
      return ev::Reopen{who};
    case 15:
      return ev::Transfer{who, actors[rng() % 4]};
    case 16:
      return ev::Escalate{who, pick<EscalationLevel>(rng)};
    case 17:
      return ev::Apologize{who};
    case 18:
      return ev::PromiseAnswer{who, at + boost::posix_time::hours(static_cast<long>(rng() % 72))};
    default:
      return ev::VerifyFacts{who, "仓库", "发错货"};
  }
}

// Minutes to days forward, mostly short.
inline boost::posix_time::time_duration random_step(Rng& rng) {
  const auto n = static_cast<long>(rng() % 60);
  switch (rng() % 8) {
    case 0:
      return boost::posix_time::hours(24 * (n % 10));
    case 1:
    case 2:
      return boost::posix_time::hours(n % 24);
    default:
      return boost::posix_time::minutes(n);
  }
}

struct CaseStats {
  std::uint64_t applied = 0;  // events the lifecycle accepted
  std::uint64_t refused = 0;  // events refused or failed with a kefu error
  std::uint64_t fired = 0;    // actions fired by timer checks
};

// Opens case `seed` with `category` and drives it for up to `steps` events and checks.
inline Case random_case(const Workflow& wf, std::uint64_t seed, Category category, int steps,
                        CaseStats& stats) {
  Rng rng(seed);
  auto now = boost::posix_time::ptime(boost::gregorian::date(2025, 1, 1)) +
             boost::posix_time::minutes(static_cast<long>(rng() % (3U * 365 * 24 * 60)));
  events::Open open{"agent-li", "C-" + std::to_string(seed)};
  open.facts.channel = pick<Channel>(rng);
  open.facts.category = category;
  open.facts.scenario = pick<Scenario>(rng);
  open.facts.priority = pick<Priority>(rng);
  open.facts.tier = pick<CustomerTier>(rng);
  Flags flags;
  for (const Flag f : all_flags) flags.set(f, rng() % 8 == 0);
  Case c = wf.open(open, now, flags);
  for (int i = 0; i < steps; ++i) {
    now += random_step(rng);
    try {
      if (rng() % 4 == 0) {
        stats.fired += wf.fire_due(c, now).size();
      } else if (wf.apply(c, random_event(rng, now), now)) {
        ++stats.applied;
      } else {
        ++stats.refused;
      }
    } catch (const error&) {
      ++stats.refused;
    }
  }
  return c;
}

}  // namespace kefu::soak
