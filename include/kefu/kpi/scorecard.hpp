#pragma once
// kefu::kpi::scorecard: per month (or per group), every indicator's value, its target and
// whether it passed. kefu/report/scorecard_report.hpp prints it as text, Markdown, CSV or JSON.

#include <kefu/kpi/accumulator.hpp>
#include <kefu/kpi/indicator.hpp>
#include <kefu/kpi/ratio.hpp>
#include <kefu/kpi/targets.hpp>

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <cstdint>
#include <optional>
#include <vector>

namespace kefu::kpi {

enum class Status : std::uint8_t {
  pass,
  fail,
  no_data,    // nothing to measure this month (0/0): neither passed nor failed
  no_target,  // shown for information
};

struct ScorecardRow {
  Indicator indicator = Indicator::system_connection_rate;
  Ratio ratio;                                               // ratio indicators
  std::optional<boost::posix_time::time_duration> duration;  // duration indicators, if any
  std::optional<Target> target;
  Status status = Status::no_data;

  bool has_data() const noexcept {
    return is_duration(indicator) ? duration.has_value() : ratio.denominator != 0;
  }
};

struct ScorecardSection {
  GroupKey key;  // dimension no_dimension: the whole month
  GroupBy group_by = GroupBy::none;
  Count refused = 0;               // records refused in this group
  std::vector<ScorecardRow> rows;  // one per Indicator, in Indicator order

  const ScorecardRow& row(Indicator indicator) const {
    return rows.at(static_cast<std::size_t>(indicator));
  }
};

struct Scorecard {
  std::vector<ScorecardSection> sections;
  boost::posix_time::time_duration answer_target;  // the N of "answered within N seconds"
  boost::posix_time::time_duration complaint_answer_limit;
};

// The rows of one tally. Throws argument_error for a hand-made tally that contradicts itself.
std::vector<ScorecardRow> scorecard_rows(const Tally& tally, const Targets& targets);
// One section per month, every group of the month merged: the team's monthly scorecard.
Scorecard scorecard(const Accumulator& accumulator, const Targets& targets);
// One section per group (month × agent, channel or category).
Scorecard scorecard_by_group(const Accumulator& accumulator, const Targets& targets);

}  // namespace kefu::kpi
