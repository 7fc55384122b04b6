// The soak test: N random cases (default 1 000 000, or the first argument; seeds 0..N-1) of
// up to 32 random events and timer checks each through one default Workflow. It fails when a
// case breaks an invariant: an exception other than a kefu error, a next check not after
// checked_until, a sampled case (every 997th) whose replay of its own history differs from
// it or that ends differently when run again from its seed. Prints what it did and how long
// it took; the time bound is the CTest timeout (tests/soak/CMakeLists.txt).

#include "random_case.hpp"
#include <kefu/calendar/calendars/china_mainland.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>

int main(int argc, char** argv) {
  const std::uint64_t count = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1'000'000;
  const kefu::Workflow wf = kefu::Workflow::defaults(kefu::calendars::china_mainland(
      kefu::WeeklyHours::monday_to_friday({kefu::open_hours(9, 0, 18, 0)}),
      kefu::UncoveredYears::weekly_hours));
  const auto start = std::chrono::steady_clock::now();
  kefu::soak::CaseStats stats;
  std::uint64_t replayed = 0;
  std::uint64_t failures = 0;
  const auto fail = [&failures](std::uint64_t seed, const char* what) {
    if (++failures <= 10)
      std::fprintf(stderr, "soak: case %llu: %s\n", static_cast<unsigned long long>(seed), what);
  };
  for (std::uint64_t seed = 0; seed < count; ++seed) {
    try {
      kefu::soak::Rng rng(seed ^ 0x5eedU);
      kefu::soak::Chooser in(rng);
      const auto category = kefu::soak::pick<kefu::Category>(in);
      const int steps = static_cast<int>(rng() % 33);
      const kefu::Case c = kefu::soak::random_case(wf, seed, category, steps, stats);
      if (c.next_due && !(*c.next_due > c.checked_until)) fail(seed, "next check not ahead");
      if (seed % 997 == 0) {
        ++replayed;
        if (wf.replay(c.ticket.history, c.flags, c.checked_until) != c) fail(seed, "replay");
        kefu::soak::CaseStats again;
        if (kefu::soak::random_case(wf, seed, category, steps, again) != c) fail(seed, "rerun");
      }
    } catch (const std::exception& e) {
      fail(seed, e.what());
    }
  }
  const double elapsed =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf(
      "soak: %llu cases, %llu events accepted, %llu refused, %llu actions fired, %llu "
      "replayed, %.1f s\n",
      static_cast<unsigned long long>(count), static_cast<unsigned long long>(stats.applied),
      static_cast<unsigned long long>(stats.refused), static_cast<unsigned long long>(stats.fired),
      static_cast<unsigned long long>(replayed), elapsed);
  if (failures > 0) {
    std::fprintf(stderr, "soak: %llu failures\n", static_cast<unsigned long long>(failures));
    return EXIT_FAILURE;
  }
  return EXIT_SUCCESS;
}
