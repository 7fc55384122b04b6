// Month-end KPIs: a synthetic October for a hotline team in Beijing (seeded, so every run
// prints the same), counted into an accumulator and judged against the hotline standard's
// targets, printed in Chinese and in English. A complaint reopened in November is a re-complaint
// of November (hotline standard: repeat events count in the month they happen), not of
// October. Then the same month counted as 8 shards (as 8 machines would) and merged: the
// scorecard is identical. Last, Erlang C staffing for the busiest half hour.

#include <kefu/calendar/instant.hpp>
#include <kefu/kpi/accumulator.hpp>
#include <kefu/kpi/erlang_c.hpp>
#include <kefu/kpi/formulas.hpp>
#include <kefu/kpi/scorecard.hpp>
#include <kefu/report/scorecard_report.hpp>

#include <fmt/core.h>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace kpi = kefu::kpi;
using boost::posix_time::hours;
using boost::posix_time::minutes;
using boost::posix_time::ptime;
using boost::posix_time::seconds;

namespace {

// Calls per hour of the Beijing day: quiet nights, peaks at 10:00 and 15:00.
constexpr int hourly_calls[24] = {4,  2,  1,  1,  1,  2,  6,  18, 40, 62, 70, 58,
                                  40, 45, 60, 66, 55, 42, 34, 28, 22, 16, 10, 6};

struct Month {
  std::vector<kpi::CallRecord> calls;
  std::vector<kpi::CaseRecord> cases;
};

Month synthetic_october(std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  const auto roll = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
  Month m;
  for (int day = 1; day <= 31; ++day) {
    for (int hour = 0; hour < 24; ++hour) {
      const ptime hour_start =
          kefu::parse_instant(fmt::format("2026-10-{:02}T{:02}:00:00+08:00", day, hour));
      for (int i = 0; i < hourly_calls[hour]; ++i) {
        kpi::CallRecord c;
        c.dialled_at = hour_start + seconds(roll(3600));
        c.connected = roll(100) < 96;
        c.agent = fmt::format("agent-{:02}", 1 + roll(12));
        if (c.connected && roll(100) < 80) {
          c.human_requested_at = c.dialled_at + seconds(15 + roll(30));
          const int wait = roll(100) < 75 ? roll(20) : 20 + roll(120);
          if (wait > 60 && roll(100) < 60) {
            c.abandoned_at = *c.human_requested_at + seconds(wait);
          } else {
            c.answered_at = *c.human_requested_at + seconds(wait);
            c.handle_time = seconds(90 + roll(400));
          }
        }
        m.calls.push_back(c);
        if (roll(100) >= 30) continue;  // about 3 calls in 10 open a case
        kpi::CaseRecord r;
        r.opened_at = c.dialled_at;
        r.agent = c.agent;
        const int kind = roll(100);
        r.category = kind < 55   ? kefu::Category::inquiry
                     : kind < 70 ? kefu::Category::complaint
                     : kind < 95 ? kefu::Category::after_sales
                                 : kefu::Category::suggestion;
        r.reply_due = r.opened_at + hours(2);
        r.replied_at = r.opened_at + minutes(roll(100) < 97 ? roll(100) : 120 + roll(600));
        r.resolved_at = r.opened_at + hours(roll(100) < 98 ? roll(40) : 48 + roll(30));
        if (roll(100) < 4) {
          // Reopened a day after the answer and answered again: a re-complaint, for a
          // complaint, in the month of the reopen (some in November).
          const ptime reopen = *r.resolved_at + hours(24);
          r.reopened_at.push_back(reopen);
          r.resolved_at = reopen + hours(roll(24));
        } else {
          r.resolved_at_first_contact = roll(100) < 70;
        }
        const int score = roll(100);
        if (score < 85) {
          r.rating = score < 70   ? kefu::Rating::satisfied
                     : score < 80 ? kefu::Rating::basically_satisfied
                                  : kefu::Rating::unsatisfied;
        }
        if (r.category == kefu::Category::complaint) {
          r.opened_as_repeat = roll(1000) < 9;
          r.cross_province = roll(100) < 20;
          if (roll(100) < 10) r.tier = kefu::CustomerTier::key_account;
        }
        m.cases.push_back(r);
      }
    }
  }
  return m;
}

}  // namespace

int main() {
  const Month october = synthetic_october(20261031);
  kpi::Accumulator team;
  for (const auto& c : october.calls) team.add(c);
  for (const auto& r : october.cases) team.add(r);

  const auto targets = kpi::Targets::defaults();
  const auto card = kpi::scorecard(team, targets);
  // October's section; November's holds only the reopens of late-October complaints.
  kpi::Scorecard shown = card;
  shown.sections.resize(1);
  fmt::print("{} calls, {} cases\n\n", october.calls.size(), october.cases.size());
  fmt::print("{}\n",
             kefu::report::render(shown, kefu::report::Format::text, kefu::report::Language::zh));
  fmt::print("{}\n",
             kefu::report::render(shown, kefu::report::Format::text, kefu::report::Language::en));
  fmt::print("re-complaints in November (reopens of October complaints): {}\n",
             team.month_total({2026, 11}).cases.complaint_reopens);

  // The same records spread over 8 shards, counted separately and merged.
  std::vector<kpi::Accumulator> shards(8);
  for (std::size_t i = 0; i < october.calls.size(); ++i) shards[i % 8].add(october.calls[i]);
  for (std::size_t i = 0; i < october.cases.size(); ++i) shards[i * 5 % 8].add(october.cases[i]);
  kpi::Accumulator merged;
  for (const auto& shard : shards) merged.merge(shard);
  const bool same =
      merged == team &&
      kefu::report::render(kpi::scorecard(merged, targets), kefu::report::Format::csv,
                           kefu::report::Language::en) ==
          kefu::report::render(card, kefu::report::Format::csv, kefu::report::Language::en);
  fmt::print("8 shards merged: {}\n", same ? "identical to one accumulator" : "DIFFERENT");

  const auto cases = team.month_total({2026, 10}).cases;
  const auto repeat = kpi::repeat_complaint_rate(cases);
  fmt::print(
      "October repeat complaint rate (repeat events / first-time complaints): {} -> {}\n", repeat,
      targets.target(kpi::Indicator::repeat_complaint_rate)->met_by(repeat) ? "pass" : "fail");

  // Staffing the busiest half hour (15:00-15:30, 33 calls) for 80/20 at 85% occupancy.
  const kpi::Workload peak{33, minutes(30),
                           *kpi::average_handle_time(team.month_total({2026, 10}).calls)};
  const auto staff = kpi::agents_needed(peak, kpi::ServiceLevelGoal{0.8, seconds(20)},
                                        kpi::StaffingOptions{0.3, 0.85});
  fmt::print("peak half hour: {} agents on the phones, {} scheduled, service level {:.1f}%\n",
             staff.agents, staff.scheduled, staff.service_level * 100);
  return same ? 0 : 1;
}
