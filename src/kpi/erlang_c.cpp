// Erlang C staffing; see erlang_c.hpp for the recursion and why it is used.

#include <kefu/core/error.hpp>
#include <kefu/kpi/erlang_c.hpp>

#include <cmath>

namespace kefu::kpi {
namespace {

constexpr double max_traffic = 100000.0;
constexpr int max_agents = 1000000;
// Ratios computed in floating point (14 / 0.7) land a hair above the integer they mean.
constexpr double rounding_slack = 1e-9;

double seconds_of(boost::posix_time::time_duration d) {
  return static_cast<double>(d.total_microseconds()) / 1e6;
}

// Erlang C from Erlang B at N agents.
double erlang_c_from_b(double traffic, int agents, double b) {
  const double n = agents;
  return n * b / (n - traffic * (1.0 - b));
}

double erlang_b(double traffic, int agents) {
  double b = 1.0;
  for (int n = 1; n <= agents; ++n) b = traffic * b / (n + traffic * b);
  return b;
}

void check_agents(double traffic, int agents) {
  if (agents > max_agents) throw argument_error("erlang c: more than 1000000 agents");
  if (!(agents > traffic)) throw argument_error("erlang c: agents must exceed the traffic");
}

double service_level_at(double traffic, int agents, double wait_probability, double aht_s,
                        double within_s) {
  return 1.0 - wait_probability * std::exp(-(agents - traffic) * within_s / aht_s);
}

boost::posix_time::time_duration asa_at(double traffic, int agents, double wait_probability,
                                        double aht_s) {
  const double seconds = wait_probability * aht_s / (agents - traffic);
  return boost::posix_time::milliseconds(std::llround(seconds * 1000.0));
}

void check_options(const StaffingOptions& options) {
  if (!(options.shrinkage >= 0.0 && options.shrinkage < 1.0)) {
    throw argument_error("erlang c: shrinkage must be in [0, 1)");
  }
  if (!(options.max_occupancy > 0.0 && options.max_occupancy <= 1.0)) {
    throw argument_error("erlang c: max occupancy must be in (0, 1]");
  }
}

void check_goal(double share, boost::posix_time::time_duration time) {
  if (!(share > 0.0 && share < 1.0)) throw argument_error("erlang c: goal share must be in (0, 1)");
  if (time.is_special() || time.is_negative()) {
    throw argument_error("erlang c: goal time must not be negative");
  }
}

// Walks N upwards from the first stable staffing, carrying Erlang B along, until both the
// goal and the occupancy cap hold.
Staffing solve(const Workload& workload, double share, boost::posix_time::time_duration time,
               const StaffingOptions& options) {
  check_options(options);
  check_goal(share, time);
  const double traffic = traffic_intensity(workload);
  const double aht_s = seconds_of(workload.average_handle_time);
  const double within_s = seconds_of(time);
  int agents = static_cast<int>(std::floor(traffic)) + 1;
  double b = erlang_b(traffic, agents);
  for (;;) {
    const double c = erlang_c_from_b(traffic, agents, b);
    const double level = service_level_at(traffic, agents, c, aht_s, within_s);
    const double occupancy = traffic / agents;
    if (level >= share - rounding_slack && occupancy <= options.max_occupancy + rounding_slack) {
      Staffing s;
      s.agents = agents;
      s.scheduled =
          static_cast<int>(std::ceil(agents / (1.0 - options.shrinkage) - rounding_slack));
      s.probability_of_waiting = c;
      s.service_level = level;
      s.average_speed_of_answer = asa_at(traffic, agents, c, aht_s);
      s.occupancy = occupancy;
      return s;
    }
    if (agents == max_agents) throw argument_error("erlang c: goal needs more than 1000000 agents");
    ++agents;
    b = traffic * b / (agents + traffic * b);
  }
}

}  // namespace

double traffic_intensity(const Workload& workload) {
  if (!(std::isfinite(workload.calls) && workload.calls >= 0.0)) {
    throw argument_error("erlang c: calls must be finite and not negative");
  }
  if (workload.interval.is_special() || workload.interval <= boost::posix_time::seconds(0)) {
    throw argument_error("erlang c: interval must be positive");
  }
  if (workload.average_handle_time.is_special() ||
      workload.average_handle_time <= boost::posix_time::seconds(0)) {
    throw argument_error("erlang c: average handle time must be positive");
  }
  const double traffic =
      workload.calls * seconds_of(workload.average_handle_time) / seconds_of(workload.interval);
  if (traffic > max_traffic) throw argument_error("erlang c: traffic above 100000 erlangs");
  return traffic;
}

double probability_of_waiting(const Workload& workload, int agents) {
  const double traffic = traffic_intensity(workload);
  check_agents(traffic, agents);
  return erlang_c_from_b(traffic, agents, erlang_b(traffic, agents));
}

double service_level(const Workload& workload, int agents,
                     boost::posix_time::time_duration within) {
  if (within.is_special() || within.is_negative()) {
    throw argument_error("erlang c: goal time must not be negative");
  }
  const double traffic = traffic_intensity(workload);
  const double c = probability_of_waiting(workload, agents);
  return service_level_at(traffic, agents, c, seconds_of(workload.average_handle_time),
                          seconds_of(within));
}

boost::posix_time::time_duration average_speed_of_answer(const Workload& workload, int agents) {
  const double traffic = traffic_intensity(workload);
  const double c = probability_of_waiting(workload, agents);
  return asa_at(traffic, agents, c, seconds_of(workload.average_handle_time));
}

Staffing agents_needed(const Workload& workload, const ServiceLevelGoal& goal,
                       const StaffingOptions& options) {
  return solve(workload, goal.share, goal.within, options);
}

Staffing agents_needed(const Workload& workload, const AnswerRateGoal& goal,
                       const StaffingOptions& options) {
  return solve(workload, goal.share, goal.patience, options);
}

}  // namespace kefu::kpi
