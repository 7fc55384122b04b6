// Store and restore: over thousands of random event sequences (seeded), the ticket restored from
// its JSON snapshot and the ticket rebuilt by replaying its history equal the original, and all
// three then accept and refuse exactly the same events.

#include "fixtures.hpp"
#include <kefu/io/ticket_json.hpp>
#include <kefu/lifecycle/lifecycle.hpp>

#include <doctest/doctest.h>

#include <array>
#include <cstdint>
#include <random>
#include <string>

namespace events = kefu::events;

namespace {

class RandomEvents {
 public:
  explicit RandomEvents(std::uint32_t seed) : rng_(seed) {}

  kefu::Event next() {
    using K = kefu::EventKind;
    const auto kind = static_cast<K>(pick(kefu::enum_values<K>().size()));
    const std::string a = actor();
    switch (kind) {
      case K::open:
        return events::Open{a, "T-9"};
      case K::first_response:
        return events::FirstResponse{a, note()};
      case K::triage: {
        events::Triage e{a};
        if (coin()) e.category = any<kefu::Category>();
        if (coin()) e.scenario = any<kefu::Scenario>();
        if (coin()) e.priority = any<kefu::Priority>();
        e.note = note();
        return e;
      }
      case K::start:
        return events::Start{a, note()};
      case K::request_info:
        return events::RequestInfo{a, note()};
      case K::customer_reply:
        return events::CustomerReply{a, note()};
      case K::propose_solution:
        return events::ProposeSolution{a, note()};
      case K::accept_solution:
        return events::AcceptSolution{a, note()};
      case K::reject_solution:
        return events::RejectSolution{a, note()};
      case K::resolve:
        return events::Resolve{a, note()};
      case K::confirm:
        return events::Confirm{a, note()};
      case K::follow_up:
        return events::FollowUp{a, any<kefu::Rating>(), note()};
      case K::close:
        return events::Close{a, coin() ? "" : "customer unreachable", note()};
      case K::reopen:
        return events::Reopen{a, note()};
      case K::transfer:
        return events::Transfer{a, pick(5) == 0 ? std::string() : actor(), note()};
      case K::escalate:
        return events::Escalate{a, any<kefu::EscalationLevel>(), note()};
      case K::cancel:
        return events::Cancel{a, coin() ? "" : "duplicate", note()};
      case K::verify_facts:
        return events::VerifyFacts{a, coin() ? "" : "仓库", note(), note()};
      case K::promise_answer:  // sometimes no time, sometimes one already past
        return events::PromiseAnswer{
            a, coin() ? boost::posix_time::ptime() : kefu::test::at_minute(pick(60 * 24 * 60)),
            note()};
      case K::apologize:
        return events::Apologize{a, note()};
      case K::need_site_visit:
        return events::NeedSiteVisit{a, note()};
      case K::arrive_on_site:
        return events::ArriveOnSite{a, note()};
    }
    return events::Open{};
  }

  // Mostly forward by up to two days; sometimes the same instant; sometimes back in time.
  long step_minutes() {
    const auto roll = pick(20);
    if (roll == 0) return -5;
    if (roll == 1) return 0;
    return static_cast<long>(pick(2 * 24 * 60));
  }

  kefu::Category category() { return any<kefu::Category>(); }

 private:
  std::size_t pick(std::size_t n) {
    return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_);
  }
  bool coin() { return pick(2) == 0; }
  template <class Enum>
  Enum any() {
    const auto values = kefu::enum_values<Enum>();
    return values[pick(values.size())];
  }
  std::string actor() {
    static const std::array<const char*, 3> actors{"agent-a", "agent-b", "customer"};
    return actors[pick(actors.size())];
  }
  // Sometimes longer than the small-string buffer, sometimes Chinese.
  std::string note() {
    static const std::array<const char*, 3> notes{"", "已核实",
                                                  "a note long enough to go to the heap"};
    return notes[pick(notes.size())];
  }

  std::mt19937 rng_;
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
