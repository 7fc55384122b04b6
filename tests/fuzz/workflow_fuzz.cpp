// The default workflow on fuzzed event sequences: the bytes choose the case's facts and flags,
// then events with their payloads, time steps (sometimes backwards) and timer checks. Only
// kefu errors may be thrown; a refused or failed event leaves the case exactly as it was; a
// check that fires nothing does not touch it; and at the end Workflow::replay of the history,
// flags and checked_until equals the case.

#include "../support/random_event.hpp"
#include "fuzz_check.hpp"
#include "fuzzed_bytes.hpp"
#include <kefu/calendar/calendars/china_mainland.hpp>
#include <kefu/core/error.hpp>
#include <kefu/workflow/workflow.hpp>

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <optional>

namespace {

using boost::gregorian::date;
using boost::posix_time::hours;
using boost::posix_time::minutes;
using boost::posix_time::ptime;
using boost::posix_time::seconds;
using boost::posix_time::time_duration;
using kefu::fuzz::FuzzedBytes;
using kefu::test::pick;
namespace ev = kefu::events;

const kefu::Workflow& workflow() {
  static const kefu::Workflow built = kefu::Workflow::defaults(kefu::calendars::china_mainland(
      kefu::WeeklyHours::monday_to_friday({kefu::open_hours(9, 0, 18, 0)}),
      kefu::UncoveredYears::weekly_hours));
  return built;
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
    const kefu::Event e = kefu::test::random_event(in, now);
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
