#pragma once
// A random case for the soak and thread tests: opened at a random instant of 2025-2027 with
// random facts, then driven by random events, time steps and timer checks through a shared
// Workflow, as a host would drive one of its cases. Everything follows from the seed, so a
// case run twice, on any thread, ends equal.

#include "../support/random_event.hpp"
#include <kefu/core/error.hpp>
#include <kefu/workflow/workflow.hpp>

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <cstdint>
#include <iterator>
#include <random>
#include <string>

namespace kefu::soak {

using Rng = std::mt19937_64;

using Chooser = test::EngineChooser<Rng>;
using test::pick;

// Events in the proportions of a case's life: a start and a resolve twice as often as the rest;
// no open (the case is open) and no cancel, so that cases live long.
inline Event random_event(Chooser& in, boost::posix_time::ptime at) {
  using K = EventKind;
  static constexpr K kinds[] = {K::first_response,
                                K::triage,
                                K::start,
                                K::start,
                                K::request_info,
                                K::customer_reply,
                                K::propose_solution,
                                K::accept_solution,
                                K::reject_solution,
                                K::resolve,
                                K::resolve,
                                K::confirm,
                                K::follow_up,
                                K::close,
                                K::reopen,
                                K::transfer,
                                K::escalate,
                                K::apologize,
                                K::promise_answer,
                                K::verify_facts};
  return test::random_event(in, kinds[in.choose(std::size(kinds))], at);
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
  Chooser in(rng);
  auto now = boost::posix_time::ptime(boost::gregorian::date(2025, 1, 1)) +
             boost::posix_time::minutes(static_cast<long>(rng() % (3U * 365 * 24 * 60)));
  events::Open open{"agent-li", "C-" + std::to_string(seed)};
  open.facts.channel = pick<Channel>(in);
  open.facts.category = category;
  open.facts.scenario = pick<Scenario>(in);
  open.facts.priority = pick<Priority>(in);
  open.facts.tier = pick<CustomerTier>(in);
  Flags flags;
  for (const Flag f : all_flags) flags.set(f, rng() % 8 == 0);
  Case c = wf.open(open, now, flags);
  for (int i = 0; i < steps; ++i) {
    now += random_step(rng);
    try {
      if (rng() % 4 == 0) {
        stats.fired += wf.fire_due(c, now).size();
      } else if (wf.apply(c, random_event(in, now), now)) {
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
