// The scorecard: every indicator of a tally against its target.

#include <kefu/kpi/formulas.hpp>
#include <kefu/kpi/scorecard.hpp>

#include <algorithm>
#include <string>

namespace kefu::kpi {
namespace {

using boost::posix_time::time_duration;

ScorecardRow make_row(Indicator indicator, const Ratio& value, const Targets& targets) {
  ScorecardRow row;
  row.indicator = indicator;
  row.ratio = value;
  row.target = targets.target(indicator);
  if (value.denominator == 0) {
    row.status = Status::no_data;
  } else if (!row.target) {
    row.status = Status::no_target;
  } else {
    row.status = row.target->met_by(value) ? Status::pass : Status::fail;
  }
  return row;
}

ScorecardRow make_row(Indicator indicator, const std::optional<time_duration>& value,
                      const Targets& targets) {
  ScorecardRow row;
  row.indicator = indicator;
  row.duration = value;
  row.target = targets.target(indicator);
  if (!value) {
    row.status = Status::no_data;
  } else if (!row.target) {
    row.status = Status::no_target;
  } else {
    row.status = row.target->met_by(*value) ? Status::pass : Status::fail;
  }
  return row;
}

Scorecard empty_scorecard(const Accumulator& accumulator) {
  Scorecard card;
  card.answer_target = accumulator.options().answer_target;
  card.complaint_answer_limit = accumulator.options().complaint_answer_limit;
  return card;
}

}  // namespace

std::vector<ScorecardRow> scorecard_rows(const Tally& tally, const Targets& targets) {
  using I = Indicator;
  const Variants& v = targets.variants;
  const CallTally& calls = tally.calls;
  const CaseTally& cases = tally.cases;
  const AnswerTime answer = complaint_answer_time(cases);
  std::vector<ScorecardRow> rows;
  rows.reserve(indicator_count);
  rows.push_back(make_row(I::system_connection_rate, system_connection_rate(calls), targets));
  rows.push_back(make_row(I::human_answer_rate, human_answer_rate(calls), targets));
  rows.push_back(make_row(I::inquiry_reply_rate, inquiry_reply_rate(cases), targets));
  rows.push_back(make_row(I::inquiry_timely_reply_rate, inquiry_timely_reply_rate(cases), targets));
  rows.push_back(
      make_row(I::complaint_timely_reply_rate, complaint_timely_reply_rate(cases), targets));
  rows.push_back(make_row(I::repeat_complaint_rate, repeat_complaint_rate(cases), targets));
  rows.push_back(make_row(I::inquiry_satisfaction, inquiry_satisfaction(cases, v), targets));
  rows.push_back(make_row(I::cross_province_complaint_satisfaction,
                          cross_province_complaint_satisfaction(cases, v), targets));
  rows.push_back(make_row(I::key_account_complaint_satisfaction,
                          key_account_complaint_satisfaction(cases, v), targets));
  rows.push_back(make_row(I::complaint_answer_time_max, answer.max, targets));
  rows.push_back(make_row(I::complaint_answer_time_mean, answer.mean, targets));
  rows.push_back(make_row(I::complaint_answered_within_limit, answer.within_limit, targets));
  rows.push_back(make_row(I::service_level, service_level(calls, v), targets));
  rows.push_back(make_row(I::abandonment_rate, abandonment_rate(calls, v), targets));
  rows.push_back(
      make_row(I::first_contact_resolution, first_contact_resolution(cases, v), targets));
  rows.push_back(make_row(I::resolution_rate, resolution_rate(cases, v), targets));
  rows.push_back(make_row(I::reopen_rate, reopen_rate(cases), targets));
  rows.push_back(make_row(I::average_handle_time, average_handle_time(calls), targets));
  rows.push_back(make_row(I::first_response_time_p50, first_response_time(tally, 0.5), targets));
  rows.push_back(make_row(I::first_response_time_p90, first_response_time(tally, 0.9), targets));
  rows.push_back(make_row(I::csat, csat(cases, v), targets));
  return rows;
}

Scorecard scorecard(const Accumulator& accumulator, const Targets& targets) {
  Scorecard card = empty_scorecard(accumulator);
  for (const Month month : accumulator.months()) {
    const Tally total = accumulator.month_total(month);
    card.sections.push_back(ScorecardSection{GroupKey{month, no_dimension},
                                             GroupBy::none,
                                             total.refused,
                                             scorecard_rows(total, targets),
                                             {}});
  }
  return card;
}

Scorecard scorecard_by_group(const Accumulator& accumulator, const Targets& targets) {
  Scorecard card = empty_scorecard(accumulator);
  for (const auto& [key, tally] : accumulator.groups()) {
    card.sections.push_back(ScorecardSection{key, accumulator.options().group_by, tally.refused,
                                             scorecard_rows(tally, targets),
                                             std::string(accumulator.agent(key))});
  }
  // Agents by id within their month, not in the order this accumulator first saw them, so
  // that shards merged in any order give the same report.
  if (accumulator.options().group_by == GroupBy::agent) {
    std::stable_sort(card.sections.begin(), card.sections.end(),
                     [](const ScorecardSection& x, const ScorecardSection& y) {
                       if (x.key.month != y.key.month) return x.key.month < y.key.month;
                       return x.agent < y.agent;
                     });
  }
  return card;
}

}  // namespace kefu::kpi
