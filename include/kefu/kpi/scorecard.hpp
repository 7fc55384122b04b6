#pragma once
// kefu::kpi::scorecard: per month (or per group), every indicator's value, its target and
// whether it passed. kefu/report/scorecard_report.hpp prints it as text, Markdown, CSV or JSON.

#include <kefu/core/detail/enum_table.hpp>
#include <kefu/core/parse.hpp>
#include <kefu/kpi/accumulator.hpp>
#include <kefu/kpi/indicator.hpp>
#include <kefu/kpi/ratio.hpp>
#include <kefu/kpi/targets.hpp>

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kefu::kpi {

enum class Status : std::uint8_t {
  pass,
  fail,
  no_data,    // nothing to measure this month (0/0): neither passed nor failed
  no_target,  // shown for information
};

}  // namespace kefu::kpi

// 达标 and 未达标 are the scorecard report's words; 无数据 and 无目标 kefu's.
namespace kefu {

template <>
struct EnumTraits<kpi::Status> {
  using S = kpi::Status;
  static constexpr std::array entries{
      EnumEntry<S>{S::pass, "pass", "达标", "passed|met|合格"},
      EnumEntry<S>{S::fail, "fail", "未达标", "failed|不达标|不合格"},
      EnumEntry<S>{S::no_data, "no_data", "无数据", "n/a|na"},
      EnumEntry<S>{S::no_target, "no_target", "无目标", "untargeted"},
  };
};

}  // namespace kefu

namespace kefu::kpi {

// Stable English snake_case name and Chinese label.
constexpr std::string_view to_string(Status value) noexcept { return kefu::detail::name_of(value); }
constexpr std::string_view chinese_label(Status value) noexcept {
  return kefu::detail::label_of(value);
}

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
  // Grouped by agent: the agent's id ("li.na"); empty for records without one and for sections
  // not grouped by agent.
  std::string agent;

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
