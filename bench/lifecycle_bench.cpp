// Events per second through kefu::Lifecycle::apply (history append included) against the raw
// Boost.MSM back end running the very same transition table, in one process; plus refusals,
// allowed_events, replay, and the bytes a ticket takes.
//
// The raw baseline includes the private src/lifecycle/machine_def.hpp, so it times the table
// the library runs, not a copy: a machine kept alive across events, typed events, no variant
// dispatch, no restoring of the active state, no time check and no history.

// NOLINTBEGIN(readability-identifier-naming): Boost's configuration macros
#define BOOST_MPL_CFG_NO_PREPROCESSED_HEADERS
#define BOOST_MPL_LIMIT_VECTOR_SIZE 50
#define BOOST_MPL_LIMIT_MAP_SIZE 50
// NOLINTEND(readability-identifier-naming)

#include "../src/lifecycle/machine_def.hpp"
#include <kefu/lifecycle/lifecycle.hpp>

#include <boost/date_time/posix_time/posix_time.hpp>

#include <benchmark/benchmark.h>
#include <fmt/core.h>

#include <map>
#include <string>
#include <vector>

namespace {

namespace events = kefu::events;
using boost::posix_time::ptime;
using boost::posix_time::seconds;

const ptime start_time(boost::gregorian::date(2026, 11, 24), boost::posix_time::hours(9));

// Six events that take an in_progress ticket round and back to where it was.
const events::RequestInfo request_info{"agent-a", "photos please"};
const events::CustomerReply customer_reply{"customer"};
const events::ProposeSolution propose{"agent-a", "replace the part"};
const events::RejectSolution reject{"customer"};
const events::Transfer to_b{"agent-a", "agent-b"};
const events::Transfer to_a{"agent-b", "agent-a"};
constexpr int cycle_length = 6;

kefu::Ticket in_progress_ticket(const kefu::Lifecycle& lifecycle) {
  kefu::Ticket t = kefu::Ticket::open(
      "T-20261124-01",
      {kefu::Channel::online_chat, kefu::Category::after_sales, kefu::Scenario::fault_repair,
       kefu::Priority::normal, kefu::CustomerTier::regular},
      "agent-a", start_time);
  lifecycle.apply(t, events::Triage{"agent-a"}, start_time);
  lifecycle.apply(t, events::FirstResponse{"agent-a"}, start_time);
  lifecycle.apply(t, events::Start{"agent-a"}, start_time);
  return t;
}

void raw_msm(benchmark::State& state) {
  using namespace kefu::detail::lifecycle_msm;  // NOLINT(google-build-using-namespace)
  const kefu::LifecyclePolicy policy;
  kefu::Ticket ticket = in_progress_ticket(kefu::Lifecycle{});
  Machine machine;
  machine.ticket = &ticket;
  machine.policy = &policy;
  machine.at = start_time;
  machine.start();
  const events::Triage triage{"agent-a"};
  const events::FirstResponse first{"agent-a"};
  const events::Start begin{"agent-a"};
  machine.process_event(Triage{triage});
  machine.process_event(FirstResponse{first});
  machine.process_event(Start{begin});
  for (auto _ : state) {
    benchmark::DoNotOptimize(machine.process_event(RequestInfo{request_info}));
    benchmark::DoNotOptimize(machine.process_event(CustomerReply{customer_reply}));
    benchmark::DoNotOptimize(machine.process_event(ProposeSolution{propose}));
    benchmark::DoNotOptimize(machine.process_event(RejectSolution{reject}));
    benchmark::DoNotOptimize(machine.process_event(Transfer{to_b}));
    benchmark::DoNotOptimize(machine.process_event(Transfer{to_a}));
  }
  if (machine.current_state()[0] != 2) state.SkipWithError("raw machine left in_progress");
  state.SetItemsProcessed(state.iterations() * cycle_length);
}

void facade_apply(benchmark::State& state) {
  const kefu::Lifecycle lifecycle;
  kefu::Ticket ticket = in_progress_ticket(lifecycle);
  const std::vector<kefu::Event> cycle{request_info, customer_reply, propose, reject, to_b, to_a};
  ptime at = start_time;
  std::size_t applied = 0;
  for (auto _ : state) {
    for (const auto& event : cycle) {
      at += seconds(1);
      benchmark::DoNotOptimize(lifecycle.apply(ticket, event, at));
    }
    // A stored ticket's history is archived now and then; keep memory flat.
    if ((applied += cycle_length) % 6144 == 0) {
      ticket.history.erase(ticket.history.begin() + 1, ticket.history.end());
    }
  }
  if (ticket.state != kefu::State::in_progress) state.SkipWithError("facade left in_progress");
  state.SetItemsProcessed(state.iterations() * cycle_length);
}

void facade_refused(benchmark::State& state) {
  const kefu::Lifecycle lifecycle;
  kefu::Ticket ticket = in_progress_ticket(lifecycle);
  // One refused by the table (no row), one by a guard.
  const kefu::Event no_row = events::Confirm{"customer"};
  const kefu::Event guarded = events::Transfer{"agent-a", "agent-a"};
  for (auto _ : state) {
    benchmark::DoNotOptimize(lifecycle.apply(ticket, no_row, start_time));
    benchmark::DoNotOptimize(lifecycle.apply(ticket, guarded, start_time));
  }
  state.SetItemsProcessed(state.iterations() * 2);
}

void facade_allowed_events(benchmark::State& state) {
  const kefu::Lifecycle lifecycle;
  const kefu::Ticket ticket = in_progress_ticket(lifecycle);
  for (auto _ : state) benchmark::DoNotOptimize(lifecycle.allowed_events(ticket));
  state.SetItemsProcessed(state.iterations());
}

void facade_replay(benchmark::State& state) {
  const kefu::Lifecycle lifecycle;
  kefu::Ticket ticket = in_progress_ticket(lifecycle);
  ptime at = start_time;
  for (int i = 0; i < 10; ++i) {
    for (const kefu::Event& e :
         std::vector<kefu::Event>{request_info, customer_reply, propose, reject, to_b, to_a}) {
      lifecycle.apply(ticket, e, at += seconds(1));
    }
  }
  for (auto _ : state) benchmark::DoNotOptimize(lifecycle.replay(ticket.history));
  state.SetItemsProcessed(state.iterations() * static_cast<long>(ticket.history.size()));
}

BENCHMARK(raw_msm);
BENCHMARK(facade_apply);
BENCHMARK(facade_refused);
BENCHMARK(facade_allowed_events);
BENCHMARK(facade_replay);

// Prints the usual table, then the facade's throughput as a ratio of the raw back end's.
class RatioReporter : public benchmark::ConsoleReporter {
 public:
  RatioReporter() : ConsoleReporter(OO_Tabular) {}  // plain text, fit for RESULTS.md

  void ReportRuns(const std::vector<Run>& runs) override {
    // With --benchmark_repetitions the median, reported after the single runs, wins.
    for (const auto& run : runs) {
      const auto it = run.counters.find("items_per_second");
      const bool usable = run.run_type == Run::RT_Iteration || run.aggregate_name == "median";
      if (it != run.counters.end() && usable) rates_[run.run_name.function_name] = it->second.value;
    }
    ConsoleReporter::ReportRuns(runs);
  }
  void print_ratios() const {
    const auto rate = [this](const std::string& name) {
      const auto it = rates_.find(name);
      return it == rates_.end() ? 0.0 : it->second;
    };
    const double raw = rate("raw_msm");
    for (const char* name : {"facade_apply", "facade_refused", "facade_replay"}) {
      if (raw > 0 && rate(name) > 0) {
        fmt::print("{:<16} {:6.2f} M events/s = {:.2f} x raw MSM ({:.2f} M events/s)\n", name,
                   rate(name) / 1e6, rate(name) / raw, raw / 1e6);
      }
    }
  }

 private:
  std::map<std::string, double> rates_;
};

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  fmt::print(
      "sizeof(kefu::Ticket) = {} bytes without history records (ids, owner and handler up "
      "to 15 bytes stay inline); sizeof(kefu::EventRecord) = {} bytes\n",
      sizeof(kefu::Ticket), sizeof(kefu::EventRecord));
  RatioReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  reporter.print_ratios();
  benchmark::Shutdown();
}
