#include "team.hpp"

#include <array>
#include <string_view>

namespace kefu::sample {

namespace {

constexpr std::array<std::string_view, 20> surnames{
    "li", "wang", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu",
    "xu", "sun",  "hu",    "zhu", "gao",  "lin",  "he",   "guo",   "ma",   "luo"};
constexpr std::array<std::string_view, 16> given{"na",    "fang", "wei", "min", "jing", "lei",
                                                 "qiang", "jun",  "yan", "hua", "ting", "hao",
                                                 "xin",   "yu",   "bo",  "li"};

std::vector<Agent> pool(Random& random, std::vector<std::string>& taken, int size,
                        std::string_view prefix) {
  std::vector<Agent> agents;
  while (static_cast<int>(agents.size()) < size) {
    std::string id = std::string(prefix) + std::string(surnames[random.below(surnames.size())]) +
                     "." + std::string(given[random.below(given.size())]);
    bool seen = false;
    for (const auto& t : taken) seen = seen || t == id;
    if (seen) continue;
    taken.push_back(id);
    // Most agents are late on 2-6% of their answers, one in six on 12-20%.
    const int late = random.chance(167) ? static_cast<int>(random.between(120, 200))
                                        : static_cast<int>(random.between(20, 60));
    agents.push_back({std::move(id), late});
  }
  return agents;
}

}  // namespace

Team Team::make(Random& random) {
  std::vector<std::string> taken;
  Team team;
  team.phone = pool(random, taken, 18, "");
  team.online = pool(random, taken, 14, "");
  team.back_office = pool(random, taken, 6, "");
  team.supervisors = pool(random, taken, 3, "sup.");
  team.quality = pool(random, taken, 4, "qc.");
  team.engineers = pool(random, taken, 8, "engineer.");
  return team;
}

const Agent& any_of(Random& random, const std::vector<Agent>& pool) {
  return pool[random.below(pool.size())];
}

const Agent& other_than(Random& random, const std::vector<Agent>& pool,
                        const std::string& not_this) {
  for (;;) {
    const Agent& agent = any_of(random, pool);
    if (agent.id != not_this) return agent;
  }
}

}  // namespace kefu::sample
