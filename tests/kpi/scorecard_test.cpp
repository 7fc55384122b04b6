// Targets::defaults() and the scorecard's pass / fail / no data.

#include <kefu/core/error.hpp>
#include <kefu/kpi/scorecard.hpp>
#include <kefu/kpi/ticket_record.hpp>

#include <doctest/doctest.h>

namespace kpi = kefu::kpi;
using boost::posix_time::hours;
using boost::posix_time::ptime;
using boost::posix_time::seconds;
using kpi::Indicator;
using kpi::ratio;
using kpi::Status;

namespace {

kpi::Tally october() {
  kpi::Tally t;
  t.calls.dialled = 1200;
  t.calls.connected = 1150;  // 95.83% >= 85%: pass
  t.calls.human_requested = 1000;
  t.calls.human_answered = 840;          // 84% < 85%: fail
  t.calls.answered_within_target = 800;  // exactly 80%: pass
  t.calls.handle_ms = 840 * 200000;
  auto& inquiries = t.cases.by_category[0];
  inquiries = kpi::RatingTally{100, 100, 85, 5};  // 85% 满意 < 90%: fail (90% with 基本满意)
  t.cases.replied[0] = 100;
  t.cases.replied_in_time[0] = 99;  // 99% < 100%: fail
  t.cases.by_category[1].cases = 200;
  t.cases.repeat_complaints_opened = 2;  // 2/198 = 1.01% > 1%: fail
  t.cases.complaints_answered = 200;     // 100 in 40 h, 100 in 48 h
  t.cases.answer_ms = (100 * 40 + 100 * 48) * 3600000LL;
  t.cases.answer_max_ms = 48 * 3600000LL;  // exactly 48 h: pass
  t.cases.answered_within_limit = 200;     // 200/200 complaints answered within 48 h: pass
  return t;
}

}  // namespace

TEST_CASE("the default targets are the hotline standard's") {
  const auto t = kpi::Targets::defaults();
  CHECK(*t.target(Indicator::system_connection_rate) == kpi::Target::at_least_percent(85));
  CHECK(t.target(Indicator::system_connection_rate)->basis_points == 8500);
  CHECK(t.target(Indicator::human_answer_rate)->basis_points == 8500);
  CHECK(t.target(Indicator::inquiry_reply_rate)->basis_points == 10000);
  CHECK(t.target(Indicator::inquiry_timely_reply_rate)->basis_points == 10000);
  CHECK(t.target(Indicator::complaint_timely_reply_rate)->basis_points == 10000);
  CHECK(*t.target(Indicator::repeat_complaint_rate) == kpi::Target::at_most_percent(1));
  CHECK(t.target(Indicator::inquiry_satisfaction)->basis_points == 9000);
  CHECK(t.target(Indicator::cross_province_complaint_satisfaction)->basis_points == 8500);
  CHECK(t.target(Indicator::key_account_complaint_satisfaction)->basis_points == 9500);
  CHECK(t.target(Indicator::complaint_answer_time_max)->duration == hours(48));
  CHECK(t.target(Indicator::service_level)->basis_points == 8000);
  CHECK_FALSE(t.target(Indicator::csat).has_value());
  CHECK_FALSE(t.variants.basically_satisfied_counts);  // the standard counts 满意 only
}

TEST_CASE("targets, variants and options compare equal field by field") {
  CHECK(kpi::Targets::defaults() == kpi::Targets::defaults());
  CHECK(kpi::Targets::defaults() != kpi::Targets{});
  auto lenient = kpi::Targets::defaults();
  lenient.variants.basically_satisfied_counts = true;
  CHECK(lenient != kpi::Targets::defaults());
  CHECK(lenient.variants != kpi::Variants{});
  auto cleared = kpi::Targets::defaults();
  cleared.clear(Indicator::csat);  // had none: still equal
  CHECK(cleared == kpi::Targets::defaults());
  cleared.clear(Indicator::service_level);
  CHECK(cleared != kpi::Targets::defaults());
  auto looser = kpi::Targets::defaults();
  looser.set(Indicator::repeat_complaint_rate, kpi::Target::at_most_percent(2));
  CHECK(looser != kpi::Targets::defaults());
  CHECK(kpi::Target::at_most(hours(48)) != kpi::Target::at_most(hours(24)));

  kpi::AccumulatorOptions options;
  CHECK(options == kpi::AccumulatorOptions{});
  options.complaint_answer_limit = hours(24);
  CHECK(options != kpi::AccumulatorOptions{});
  CHECK_FALSE(kpi::same_counting(options, kpi::AccumulatorOptions{}));
  CHECK(kpi::CaseContext{} == kpi::CaseContext{});
}

TEST_CASE("targets refuse a kind that does not fit the indicator") {
  kpi::Targets t;
  CHECK_THROWS_WITH_AS(t.set(Indicator::average_handle_time, kpi::Target::at_most_percent(5)),
                       "kpi targets: average_handle_time needs a duration target",
                       kefu::config_error);
  CHECK_THROWS_WITH_AS(t.set(Indicator::csat, kpi::Target::at_most(hours(1))),
                       "kpi targets: csat needs a percent target", kefu::config_error);
  CHECK_THROWS_WITH_AS(kpi::Target::at_least_percent(-1),
                       "kpi target: percent must be in 0..1000000", kefu::config_error);
  CHECK_THROWS_WITH_AS(kpi::Target::at_most(seconds(-1)),
                       "kpi target: duration must not be negative", kefu::config_error);
}

TEST_CASE("each row carries the value, the target and pass, fail or no data") {
  const auto rows = kpi::scorecard_rows(october(), kpi::Targets::defaults());
  REQUIRE(rows.size() == kpi::indicator_count);
  const auto row = [&](Indicator i) { return rows[static_cast<std::size_t>(i)]; };
  CHECK(row(Indicator::system_connection_rate).ratio == ratio(1150, 1200));
  CHECK(row(Indicator::system_connection_rate).status == Status::pass);
  CHECK(row(Indicator::human_answer_rate).status == Status::fail);
  CHECK(row(Indicator::service_level).status == Status::pass);
  CHECK(row(Indicator::inquiry_satisfaction).ratio == ratio(85, 100));
  CHECK(row(Indicator::inquiry_satisfaction).status == Status::fail);
  CHECK(row(Indicator::inquiry_timely_reply_rate).status == Status::fail);
  CHECK(row(Indicator::complaint_timely_reply_rate).ratio == ratio(200, 200));
  CHECK(row(Indicator::complaint_timely_reply_rate).status == Status::pass);
  CHECK(row(Indicator::repeat_complaint_rate).ratio == ratio(2, 198));
  CHECK(row(Indicator::repeat_complaint_rate).status == Status::fail);
  CHECK(row(Indicator::complaint_answer_time_max).duration == hours(48));
  CHECK(row(Indicator::complaint_answer_time_max).status == Status::pass);
  CHECK(row(Indicator::complaint_answer_time_mean).duration == hours(44));
  CHECK(row(Indicator::complaint_answer_time_mean).status == Status::no_target);
  CHECK(row(Indicator::cross_province_complaint_satisfaction).status == Status::no_data);
  CHECK(row(Indicator::first_response_time_p90).status == Status::no_data);
  CHECK(row(Indicator::average_handle_time).duration == seconds(200));
}

TEST_CASE("the variants in the targets change the rows") {
  auto targets = kpi::Targets::defaults();
  targets.variants.basically_satisfied_counts = true;
  const auto rows = kpi::scorecard_rows(october(), targets);
  const auto& satisfaction = rows[static_cast<std::size_t>(Indicator::inquiry_satisfaction)];
  CHECK(satisfaction.ratio == ratio(90, 100));  // 85 满意 + 5 基本满意
  CHECK(satisfaction.status == Status::pass);
}

TEST_CASE("an empty month has no data for every indicator") {
  for (const auto& row : kpi::scorecard_rows(kpi::Tally{}, kpi::Targets::defaults())) {
    CHECK(row.status == Status::no_data);
    CHECK_FALSE(row.has_data());
  }
}

TEST_CASE("the scorecard has one section per month, and one per group when asked") {
  kpi::AccumulatorOptions options;
  options.group_by = kpi::GroupBy::agent;
  kpi::Accumulator acc(options);
  const ptime oct(boost::gregorian::date(2026, 10, 5), hours(3));
  const ptime nov(boost::gregorian::date(2026, 11, 5), hours(3));
  // wang.fang is seen first: sections come by id ("li.na" < "wang.fang"), not by first sight.
  for (const auto& [at, agent] : {std::pair{oct, "wang.fang"}, {oct, "li.na"}, {nov, "li.na"}}) {
    kpi::CallRecord c;
    c.dialled_at = at;
    c.connected = true;
    c.agent = agent;
    acc.add(c);
  }
  const auto monthly = kpi::scorecard(acc, kpi::Targets::defaults());
  REQUIRE(monthly.sections.size() == 2);
  CHECK(monthly.sections[0].key == kpi::GroupKey{{2026, 10}, kpi::no_dimension});
  CHECK(monthly.sections[0].row(Indicator::system_connection_rate).ratio == ratio(2, 2));
  CHECK(monthly.answer_target == seconds(20));
  const auto grouped = kpi::scorecard_by_group(acc, kpi::Targets::defaults());
  REQUIRE(grouped.sections.size() == 3);
  CHECK(grouped.sections[0].agent == "li.na");
  CHECK(grouped.sections[0].key.month == kpi::Month{2026, 10});
  CHECK(grouped.sections[1].agent == "wang.fang");
  CHECK(grouped.sections[2].agent == "li.na");
  CHECK(grouped.sections[2].key.month == kpi::Month{2026, 11});
  CHECK(grouped.sections[1].group_by == kpi::GroupBy::agent);
  CHECK(monthly.sections[0].agent.empty());
  CHECK(grouped.sections[1].row(Indicator::system_connection_rate).ratio == ratio(1, 1));
}
