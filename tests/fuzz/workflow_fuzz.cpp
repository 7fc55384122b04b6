// The default workflow on fuzzed event sequences: the bytes choose the case's facts and flags,
// then events with their payloads, time steps (sometimes backwards) and timer checks. Only
// kefu errors may be thrown; a refused or failed event leaves the case exactly as it was; a
// check that fires nothing does not touch it; and at the end Workflow::replay of the history,
// flags and checked_until equals the case.

#include "fuzz_check.hpp"
#include "fuzzed_bytes.hpp"
#include <kefu/calendar/calendars/china_mainland.hpp>
#include <kefu/core/error.hpp>
#include <kefu/workflow/workflow.hpp>

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <array>
#include <optional>
#include <string>

namespace {

using boost::gregorian::date;
using boost::posix_time::hours;
using boost::posix_time::minutes;
using boost::posix_time::ptime;
using boost::posix_time::seconds;
using boost::posix_time::time_duration;
using kefu::fuzz::FuzzedBytes;
namespace ev = kefu::events;

const kefu::Workflow& workflow() {
  static const kefu::Workflow built = kefu::Workflow::defaults(kefu::calendars::china_mainland(
      kefu::WeeklyHours::monday_to_friday({kefu::open_hours(9, 0, 18, 0)}),
      kefu::UncoveredYears::weekly_hours));
  return built;
}

template <class Enum>
Enum pick(FuzzedBytes& in) {
  constexpr auto values = kefu::enum_values<Enum>();
  return values[in.choose(static_cast<unsigned>(values.size()))];
}

template <class Enum>
std::optional<Enum> maybe(FuzzedBytes& in) {
  if (in.choose(2) == 0) return std::nullopt;
  return pick<Enum>(in);
}

std::string actor(FuzzedBytes& in) {
  static const std::array<const char*, 5> actors{"agent-li", "agent-wang", "supervisor-zhao",
                                                 "customer", ""};
  return actors[in.choose(static_cast<unsigned>(actors.size()))];
}

std::string reason(FuzzedBytes& in) { return in.choose(2) == 0 ? "" : "customer unreachable"; }

kefu::Event event(FuzzedBytes& in, ptime at) {
  std::string who = actor(in);
  switch (in.choose(22)) {
    case 0:
      return ev::Open{who, "C-2"};
    case 1:
      return ev::FirstResponse{who};
    case 2: {
      ev::Triage triage{who};
      triage.category = maybe<kefu::Category>(in);
      triage.scenario = maybe<kefu::Scenario>(in);
      triage.priority = maybe<kefu::Priority>(in);
      return triage;
    }
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
      return ev::Resolve{who};
    case 10:
      return ev::Confirm{who};
    case 11:
      return ev::FollowUp{who, pick<kefu::Rating>(in)};
    case 12:
      return ev::Close{who, reason(in)};
    case 13:
      return ev::Reopen{who};
    case 14:
      return ev::Transfer{who, actor(in)};
    case 15:
      return ev::Escalate{who, pick<kefu::EscalationLevel>(in)};
    case 16:
      return ev::Cancel{who, reason(in)};
    case 17:
      return ev::VerifyFacts{who, "仓库", "发错货"};
    case 18:  // the promised instant may lie before the event
      return ev::PromiseAnswer{who, at + hours(static_cast<long>(in.choose(200)) - 2)};
    case 19:
      return ev::Apologize{who};
    case 20:
      return ev::NeedSiteVisit{who};
    default:
      return ev::ArriveOnSite{who};
  }
}

// Mostly forward, by seconds to weeks; 255 goes back an hour, before the last event.
time_duration step(FuzzedBytes& in) {
  const unsigned b = in.take<std::uint8_t>();
  if (b == 255) return -hours(1);
  const long n = static_cast<long>(b / 4);
  switch (b % 4) {
    case 0:
      return seconds(n);
    case 1:
      return minutes(n);
    case 2:
      return hours(n);
    default:
      return hours(24 * n);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FuzzedBytes in(data, size);
  const kefu::Workflow& wf = workflow();

  // Opened between 2025 and 2027: across the end of the official schedules (2026).
  ptime now = ptime(date(2025, 1, 1)) + minutes(in.take<std::uint32_t>() % (3U * 366 * 24 * 60));
  ev::Open open{"agent-li", "C-1"};
  open.facts.channel = pick<kefu::Channel>(in);
  open.facts.category = pick<kefu::Category>(in);
  open.facts.scenario = pick<kefu::Scenario>(in);
  open.facts.priority = pick<kefu::Priority>(in);
  open.facts.tier = pick<kefu::CustomerTier>(in);
  if (in.choose(4) == 0) open.repeat_of = "C-0";
  kefu::Flags flags;
  const unsigned flag_bits = in.take<std::uint8_t>();
  for (std::size_t i = 0; i < kefu::all_flags.size(); ++i) {
    flags.set(kefu::all_flags[i], (flag_bits >> i) & 1U);
  }
  kefu::Case c = wf.open(open, now, flags);

  for (int steps = 0; steps < 64 && !in.empty(); ++steps) {
    now += step(in);
    const kefu::Case before = c;
    if (in.choose(4) == 0) {
      try {
        if (wf.fire_due(c, now).empty()) KEFU_FUZZ_CHECK(c == before);
      } catch (const kefu::error&) {
        KEFU_FUZZ_CHECK(c == before);
      }
      continue;
    }
    const kefu::Event e = event(in, now);
    try {
      if (!wf.apply(c, e, now)) KEFU_FUZZ_CHECK(c == before);
    } catch (const kefu::error&) {
      KEFU_FUZZ_CHECK(c == before);
    }
    if (c.next_due) KEFU_FUZZ_CHECK(*c.next_due > c.checked_until);
  }

  std::optional<kefu::Case> replayed;
  try {
    replayed = wf.replay(c.ticket.history, c.flags, c.checked_until);
  } catch (const kefu::error& e) {
    std::fprintf(stderr, "replay refused the case's own history: %s\n", e.what());
  }
  KEFU_FUZZ_CHECK(replayed && *replayed == c);
  return 0;
}
