#pragma once
// The month's hotline team, by the string ids the tickets give people ("li.na"): phone agents,
// online agents (chat, WeChat, app), the back office that answers web forms, the service
// supervisors, the quality checkers who make the follow-up visits and the field engineers. Each
// agent has a habit of answering late now and then; a few are slow more often.

#include "random.hpp"

#include <string>
#include <vector>

namespace kefu::sample {

struct Agent {
  std::string id;
  int late_per_mille = 0;  // how often the agent answers after the SLA's limit
};

struct Team {
  std::vector<Agent> phone;
  std::vector<Agent> online;
  std::vector<Agent> back_office;
  std::vector<Agent> supervisors;  // call complainants to apologise
  std::vector<Agent> quality;
  std::vector<Agent> engineers;

  static Team make(Random& random);
};

const Agent& any_of(Random& random, const std::vector<Agent>& pool);
// Another agent of the pool than `not_this` (the pool has two or more).
const Agent& other_than(Random& random, const std::vector<Agent>& pool,
                        const std::string& not_this);

}  // namespace kefu::sample
