// Store and restore: over thousands of random event sequences (seeded), the ticket restored from
// its JSON snapshot and the ticket rebuilt by replaying its history equal the original, and all
// three then accept and refuse exactly the same events.

#include "../support/random_event.hpp"
#include "fixtures.hpp"
#include <kefu/io/ticket_json.hpp>
#include <kefu/lifecycle/lifecycle.hpp>

#include <doctest/doctest.h>

#include <array>
#include <cstdint>
#include <random>
#include <string>

namespace {

class RandomEvents {
 public:
  explicit RandomEvents(std::uint32_t seed) : rng_(seed) {}

  // Any kind; a promised instant around the fixtures' day.
  kefu::Event next() { return kefu::test::random_event(in_, kefu::test::at_minute(0)); }

  // Mostly forward by up to two days; sometimes the same instant; sometimes back in time.
  long step_minutes() {
    const auto roll = pick(20);
    if (roll == 0) return -5;
    if (roll == 1) return 0;
    return static_cast<long>(pick(2 * 24 * 60));
  }

  kefu::Category category() { return kefu::test::pick<kefu::Category>(in_); }

 private:
  std::size_t pick(std::size_t n) {
    return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_);
  }
  std::mt19937 rng_;
  kefu::test::EngineChooser<std::mt19937> in_{rng_};
};

}  // namespace

TEST_CASE("restored and replayed tickets equal the original and behave the same") {
  const kefu::Lifecycle lifecycle;
  RandomEvents random(20261124);
  std::array<int, 8> states_seen{};
  int accepted = 0;
  int refused = 0;

  for (int sequence = 0; sequence < 2000; ++sequence) {
    kefu::Ticket original =
        kefu::Ticket::open("T-" + std::to_string(sequence),
                           {kefu::Channel::phone, random.category(), kefu::Scenario::none,
                            kefu::Priority::normal, kefu::CustomerTier::regular},
                           "agent-a", kefu::test::at_minute(0));
    long minute = 0;
    for (int i = 0; i < 30; ++i) {
      minute += random.step_minutes();
      lifecycle.apply(original, random.next(), kefu::test::at_minute(minute));
      ++states_seen[static_cast<std::size_t>(original.state)];
    }

    kefu::Ticket replayed = lifecycle.replay(original.history);
    kefu::Ticket restored = kefu::io::ticket_from_json_text(kefu::io::to_json_text(original));
    REQUIRE(replayed == original);
    REQUIRE(restored == original);
    REQUIRE(lifecycle.allowed_events(replayed) == lifecycle.allowed_events(original));

    for (int i = 0; i < 10; ++i) {
      minute += random.step_minutes();
      const kefu::Event event = random.next();
      const auto at = kefu::test::at_minute(minute);
      const kefu::Transition t = lifecycle.apply(original, event, at);
      REQUIRE(lifecycle.apply(replayed, event, at) == t);
      REQUIRE(lifecycle.apply(restored, event, at) == t);
      (t.accepted ? accepted : refused) += 1;
    }
    REQUIRE(replayed == original);
    REQUIRE(restored == original);
  }

  // The generator reaches every state and both outcomes, or the property proves little.
  for (std::size_t s = 0; s < states_seen.size(); ++s) {
    CAPTURE(kefu::to_string(static_cast<kefu::State>(s)));
    CHECK(states_seen[s] > 100);
  }
  CHECK(accepted > 1000);
  CHECK(refused > 1000);
}
