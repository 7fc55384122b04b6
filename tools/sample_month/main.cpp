// kefu_sample_month DIR: writes the bundled month into DIR (events.jsonl, calls.csv) and prints
// its figures. Deterministic: the same seed gives the same bytes on every machine
// (random.hpp), and the committed examples/data/sample/ is what this program writes.

#include "month.hpp"
#include <kefu/config.hpp>

#include <fmt/core.h>

#include <exception>
#include <fstream>
#include <map>
#include <string>

namespace {

// The seed of the bundled month: its date.
constexpr std::uint64_t seed = 20261031;

void print_shares(const char* what, const std::map<std::string, int>& counts, std::size_t total) {
  fmt::print("{}:", what);
  for (const auto& [name, n] : counts) {
    fmt::print(" {} {} ({:.1f}%)", name, n, 100.0 * n / static_cast<double>(total));
  }
  fmt::print("\n");
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    fmt::print(stderr, "usage: kefu_sample_month DIR\n");
    return 2;
  }
  try {
    const std::string dir = argv[1];
    const kefu::sample::SampleMonth month =
        kefu::sample::make_month(seed, kefu::Config::defaults());
    std::ofstream events(dir + "/events.jsonl", std::ios::binary);
    for (const auto& line : month.lines) events << line.text << '\n';
    std::ofstream calls(dir + "/calls.csv", std::ios::binary);
    kefu::sample::write_calls_csv(calls, month.calls);
    if (!events.flush() || !calls.flush()) {
      fmt::print(stderr, "kefu_sample_month: cannot write to {}\n", dir);
      return 1;
    }
    const auto& f = month.figures;
    fmt::print("{} cases, {} events, {} calls\n", month.cases, month.lines.size(),
               month.calls.size());
    print_shares("channels", f.channels, month.cases);
    print_shares("categories", f.categories, month.cases);
    print_shares("scenarios", f.scenarios, month.cases);
    print_shares("priorities", f.priorities, month.cases);
    fmt::print(
        "late first responses {}, transfers {}, escalations {}, site visits {}, follow-ups {} "
        "({} unsatisfied), reopens {}, repeat complaints {}, cancelled {}\n",
        f.late_first_responses, f.transfers, f.escalations, f.site_visits, f.follow_ups,
        f.unsatisfied_follow_ups, f.reopens, f.repeat_complaints, f.cancelled);
    return 0;
  } catch (const std::exception& e) {
    fmt::print(stderr, "kefu_sample_month: {}\n", e.what());
    return 1;
  }
}
