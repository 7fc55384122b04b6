#pragma once
// Staffing with Erlang C (M/M/N: Poisson arrivals, exponential handle times, callers wait in
// an unlimited queue and never hang up). From a workload (calls in an interval, average
// handle time) and a goal (80% answered within 20 s, or 85% answered before callers give up),
// it finds the agents needed, then applies maximum occupancy and shrinkage.
//
// The probability of waiting comes from the Erlang B recursion
//   B(0) = 1,  B(n) = A·B(n-1) / (n + A·B(n-1)),  C(N) = N·B(N) / (N - A·(1 - B(N))),
// which never forms A^N or N! and so stays exact for thousands of agents (the textbook
// factorial form overflows a double beyond about 170 agents).

#include <boost/date_time/posix_time/posix_time_types.hpp>

namespace kefu::kpi {

struct Workload {
  double calls = 0;                                      // calls arriving in the interval
  boost::posix_time::time_duration interval;             // e.g. 30 minutes
  boost::posix_time::time_duration average_handle_time;  // talk + hold + after-call work

  friend bool operator==(const Workload& a, const Workload& b) noexcept {
    return a.calls == b.calls && a.interval == b.interval &&
           a.average_handle_time == b.average_handle_time;
  }
  friend bool operator!=(const Workload& a, const Workload& b) noexcept { return !(a == b); }
};

// 80/20: share of calls answered within `within`.
struct ServiceLevelGoal {
  double share = 0.8;
  boost::posix_time::time_duration within = boost::posix_time::seconds(20);

  friend bool operator==(const ServiceLevelGoal& a, const ServiceLevelGoal& b) noexcept {
    return a.share == b.share && a.within == b.within;
  }
  friend bool operator!=(const ServiceLevelGoal& a, const ServiceLevelGoal& b) noexcept {
    return !(a == b);
  }
};

// Answer rate (人工应答率 >= 85%): share of calls answered before the caller gives up,
// modelled as callers who would hang up after waiting `patience`; Erlang C has no abandons,
// so this is the service level at the patience time.
struct AnswerRateGoal {
  double share = 0.85;
  boost::posix_time::time_duration patience = boost::posix_time::seconds(60);

  friend bool operator==(const AnswerRateGoal& a, const AnswerRateGoal& b) noexcept {
    return a.share == b.share && a.patience == b.patience;
  }
  friend bool operator!=(const AnswerRateGoal& a, const AnswerRateGoal& b) noexcept {
    return !(a == b);
  }
};

struct StaffingOptions {
  double shrinkage = 0.0;      // share of paid time off the phones (breaks, training), [0, 1)
  double max_occupancy = 1.0;  // highest acceptable traffic / agents, (0, 1]

  friend bool operator==(const StaffingOptions& a, const StaffingOptions& b) noexcept {
    return a.shrinkage == b.shrinkage && a.max_occupancy == b.max_occupancy;
  }
  friend bool operator!=(const StaffingOptions& a, const StaffingOptions& b) noexcept {
    return !(a == b);
  }
};

struct Staffing {
  int agents = 0;     // on the phones
  int scheduled = 0;  // agents / (1 - shrinkage), rounded up
  double probability_of_waiting = 0;
  double service_level = 0;  // share answered within the goal's time (within or patience)
  boost::posix_time::time_duration average_speed_of_answer;  // to the millisecond
  double occupancy = 0;                                      // traffic / agents
};

// Offered traffic in Erlangs: calls × average handle time / interval. Throws argument_error
// for a workload that is negative, not finite, has a non-positive interval or handle time,
// or exceeds 100 000 Erlangs.
double traffic_intensity(const Workload& workload);

// Erlang C: probability that a call waits, for `agents` agents (greater than the traffic).
double probability_of_waiting(const Workload& workload, int agents);
// Share of calls answered within `within`: 1 - C · exp(-(N - A) · within / AHT).
double service_level(const Workload& workload, int agents, boost::posix_time::time_duration within);
// Average speed of answer: C · AHT / (N - A), to the millisecond.
boost::posix_time::time_duration average_speed_of_answer(const Workload& workload, int agents);

// The fewest agents meeting the goal and the maximum occupancy, then scheduled for
// shrinkage. Throws argument_error for a goal share outside (0, 1) or options outside
// their ranges.
Staffing agents_needed(const Workload& workload, const ServiceLevelGoal& goal,
                       const StaffingOptions& options = {});
Staffing agents_needed(const Workload& workload, const AnswerRateGoal& goal,
                       const StaffingOptions& options = {});

}  // namespace kefu::kpi
