// kefu_sample_month DIR: writes the bundled month into DIR (events.jsonl, calls.csv) and prints
// its figures. Deterministic: the same seed gives the same bytes on every machine
// (random.hpp), and the committed examples/data/sample/ is what this program writes.
//
// kefu_sample_month DIR --copies N: a larger log for the benchmarks, not committed: DIR/
// events.jsonl only, N copies of the month in one log ordered by instant, the k-th (from 0)
// seeded seed + k, its tickets prefixed "C<k>-" (none for the 0-th, the bundled month itself)
// and k weeks later (MonthCopy). 25 copies make about 1 M events.

#include "month.hpp"
#include <kefu/config.hpp>

#include <fmt/core.h>

#include <algorithm>
#include <exception>
#include <fstream>
#include <map>
#include <string>
#include <vector>

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

int write_copies(const std::string& dir, int copies) {
  std::vector<kefu::sample::LogLine> lines;
  std::size_t cases = 0;
  const kefu::Config config = kefu::Config::defaults();
  for (int k = 0; k < copies; ++k) {
    const kefu::sample::MonthCopy copy{k == 0 ? std::string() : fmt::format("C{}-", k), k};
    kefu::sample::SampleMonth month = kefu::sample::make_month(seed + k, config, copy);
    cases += month.cases;
    lines.insert(lines.end(), std::make_move_iterator(month.lines.begin()),
                 std::make_move_iterator(month.lines.end()));
  }
  // Each copy is in order already; a tie in instant keeps the copies' order.
  std::stable_sort(lines.begin(), lines.end(),
                   [](const auto& a, const auto& b) { return a.at < b.at; });
  std::ofstream events(dir + "/events.jsonl", std::ios::binary);
  for (const auto& line : lines) events << line.text << '\n';
  if (!events.flush()) {
    fmt::print(stderr, "kefu_sample_month: cannot write to {}\n", dir);
    return 1;
  }
  fmt::print("{} copies: {} cases, {} events\n", copies, cases, lines.size());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const bool copies = argc == 4 && std::string(argv[2]) == "--copies";
  if (argc != 2 && !copies) {
    fmt::print(stderr, "usage: kefu_sample_month DIR [--copies N]\n");
    return 2;
  }
  try {
    if (copies) {
      const int n = std::stoi(argv[3]);
      if (n < 1) {
        fmt::print(stderr, "kefu_sample_month: --copies takes a number from 1\n");
        return 2;
      }
      return write_copies(argv[1], n);
    }
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
