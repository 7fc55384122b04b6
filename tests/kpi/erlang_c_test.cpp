// Erlang C staffing against published worked examples and exact references.

#include <kefu/core/error.hpp>
#include <kefu/kpi/erlang_c.hpp>

#include <doctest/doctest.h>

namespace kpi = kefu::kpi;
using boost::posix_time::milliseconds;
using boost::posix_time::minutes;
using boost::posix_time::seconds;

namespace {

// Call Centre Helper's worked example ("Erlang C formula - made simple", re-typed in
// pyworkforce's tests): 100 calls in 30 minutes, 180 s average handle time, 80% answered
// within 20 s, maximum occupancy 85%, shrinkage 30%.
const kpi::Workload helper{100, minutes(30), seconds(180)};

}  // namespace

TEST_CASE("traffic intensity is calls times handle time over the interval") {
  CHECK(kpi::traffic_intensity(helper) == doctest::Approx(10.0));
  CHECK(kpi::traffic_intensity({360, minutes(30), minutes(4)}) == doctest::Approx(48.0));
}

TEST_CASE("the call centre helper example needs 14 agents and 20 scheduled") {
  const auto s = kpi::agents_needed(helper, kpi::ServiceLevelGoal{0.8, seconds(20)},
                                    kpi::StaffingOptions{0.3, 0.85});
  CHECK(s.agents == 14);
  CHECK(s.scheduled == 20);  // 14 / 0.7 = 20 exactly, not 21
  CHECK(s.probability_of_waiting == doctest::Approx(0.1741).epsilon(0.001));
  CHECK(s.service_level == doctest::Approx(0.8884).epsilon(0.001));
  CHECK(s.occupancy == doctest::Approx(0.7143).epsilon(0.001));
  CHECK(s.average_speed_of_answer == milliseconds(7836));  // 0.174132 × 180 / 4 s
}

TEST_CASE("a lower occupancy cap adds agents beyond the service-level goal") {
  const auto s = kpi::agents_needed(helper, kpi::ServiceLevelGoal{0.8, seconds(20)},
                                    kpi::StaffingOptions{0.3, 0.7});
  CHECK(s.agents == 15);
  CHECK(s.scheduled == 22);  // 15 / 0.7 = 21.4
  CHECK(s.probability_of_waiting == doctest::Approx(0.1020).epsilon(0.001));
  CHECK(s.service_level == doctest::Approx(0.9415).epsilon(0.001));
  CHECK(s.occupancy == doctest::Approx(0.6667).epsilon(0.001));
}

TEST_CASE("13 agents miss 80/20 in the helper example, 14 meet it") {
  CHECK(kpi::service_level(helper, 13, seconds(20)) == doctest::Approx(0.7956).epsilon(0.001));
  CHECK(kpi::service_level(helper, 14, seconds(20)) == doctest::Approx(0.8884).epsilon(0.001));
  CHECK(kpi::probability_of_waiting(helper, 11) == doctest::Approx(0.6821).epsilon(0.001));
  CHECK(kpi::average_speed_of_answer(helper, 15) == milliseconds(3674));  // 0.102042 × 180 / 5
}

TEST_CASE("the 360 calls per half hour example with 55 agents") {
  // The step-by-step Erlang-C worked example (360 calls per 30 min, 4 min calls, 55 agents,
  // 15 s target): 48 Erlangs, occupancy 87.3%. Its results worked out here in exact rational
  // arithmetic: probability of waiting 23.87%, ASA 8.18 s, service level 84.59%.
  const kpi::Workload w{360, minutes(30), minutes(4)};
  CHECK(kpi::probability_of_waiting(w, 55) == doctest::Approx(0.23870).epsilon(0.0005));
  CHECK(kpi::service_level(w, 55, seconds(15)) == doctest::Approx(0.84588).epsilon(0.0005));
  CHECK(kpi::average_speed_of_answer(w, 55) == milliseconds(8184));
}

TEST_CASE("nine hundred erlangs stay exact where the factorial form overflows") {
  // 9000 calls per 30 min at 180 s: 900 Erlangs. References from exact rational arithmetic.
  const kpi::Workload w{9000, minutes(30), seconds(180)};
  CHECK(kpi::probability_of_waiting(w, 930) == doctest::Approx(0.2280005).epsilon(1e-6));
  CHECK(kpi::service_level(w, 930, seconds(20)) == doctest::Approx(0.9918663).epsilon(1e-6));
  CHECK(kpi::probability_of_waiting(w, 950) == doctest::Approx(0.0620978).epsilon(1e-6));
  const auto s = kpi::agents_needed(w, kpi::ServiceLevelGoal{0.8, seconds(20)});
  CHECK(s.agents == 911);  // 910 agents give 78.76%, 911 give 81.86%
  CHECK(s.scheduled == 911);
  CHECK(s.average_speed_of_answer == milliseconds(10077));
}

TEST_CASE("an answer-rate goal is the share answered within the callers' patience") {
  // 85% answered before callers give up after 60 s: 13 agents give 1 - 0.28527·e^(-1) = 89.5%,
  // 12 agents give 1 - 0.449388·e^(-2/3) = 76.9%.
  const auto s = kpi::agents_needed(helper, kpi::AnswerRateGoal{0.85, seconds(60)});
  CHECK(s.agents == 13);
  CHECK(s.service_level == doctest::Approx(0.89505).epsilon(0.0005));
}

TEST_CASE("no traffic needs one agent") {
  const auto s = kpi::agents_needed({0, minutes(30), seconds(180)}, kpi::ServiceLevelGoal{});
  CHECK(s.agents == 1);
  CHECK(s.probability_of_waiting == 0.0);
}

TEST_CASE("impossible or meaningless staffing questions are refused") {
  CHECK_THROWS_WITH_AS(kpi::probability_of_waiting(helper, 10),
                       "erlang c: agents must exceed the traffic", kefu::argument_error);
  CHECK_THROWS_WITH_AS(kpi::traffic_intensity({-1, minutes(30), seconds(180)}),
                       "erlang c: calls must be finite and not negative", kefu::argument_error);
  CHECK_THROWS_WITH_AS(kpi::traffic_intensity({1, seconds(0), seconds(180)}),
                       "erlang c: interval must be positive", kefu::argument_error);
  CHECK_THROWS_WITH_AS(kpi::traffic_intensity({1, minutes(30), seconds(0)}),
                       "erlang c: average handle time must be positive", kefu::argument_error);
  CHECK_THROWS_WITH_AS(kpi::traffic_intensity({1e9, minutes(30), seconds(180)}),
                       "erlang c: traffic above 100000 erlangs", kefu::argument_error);
  CHECK_THROWS_WITH_AS(kpi::agents_needed(helper, kpi::ServiceLevelGoal{1.0, seconds(20)}),
                       "erlang c: goal share must be in (0, 1)", kefu::argument_error);
  CHECK_THROWS_WITH_AS(kpi::agents_needed(helper, kpi::ServiceLevelGoal{0.8, seconds(-1)}),
                       "erlang c: goal time must not be negative", kefu::argument_error);
  CHECK_THROWS_WITH_AS(
      kpi::agents_needed(helper, kpi::ServiceLevelGoal{}, kpi::StaffingOptions{1.0, 0.85}),
      "erlang c: shrinkage must be in [0, 1)", kefu::argument_error);
  CHECK_THROWS_WITH_AS(
      kpi::agents_needed(helper, kpi::ServiceLevelGoal{}, kpi::StaffingOptions{0.3, 0.0}),
      "erlang c: max occupancy must be in (0, 1]", kefu::argument_error);
  CHECK_THROWS_WITH_AS(kpi::probability_of_waiting(helper, 2000000),
                       "erlang c: more than 1000000 agents", kefu::argument_error);
}
