#include <kefu/core/error.hpp>
#include <kefu/escalation/ladder.hpp>

#include <fmt/core.h>

#include <algorithm>
#include <set>

namespace kefu::escalation {

namespace {

bool is_pseudo_role(std::string_view id) { return id == roles::handler || id == roles::owner; }

const Role* find_role(const std::vector<Role>& roles, std::string_view id) {
  const auto it =
      std::find_if(roles.begin(), roles.end(), [&](const Role& r) { return r.id == id; });
  return it == roles.end() ? nullptr : &*it;
}

}  // namespace

Ladder::Ladder(std::vector<Role> rungs, std::vector<Role> department_heads)
    : rungs_(std::move(rungs)), department_heads_(std::move(department_heads)) {
  if (rungs_.empty()) throw config_error("escalation ladder: no rungs");
  std::set<std::string_view> seen;
  for (const auto* roles : {&rungs_, &department_heads_}) {
    for (const auto& role : *roles) {
      if (role.id.empty()) throw config_error("escalation ladder: empty role id");
      if (is_pseudo_role(role.id)) {
        throw config_error(fmt::format("escalation ladder: '{}' is reserved", role.id));
      }
      if (!seen.insert(role.id).second) {
        throw config_error(fmt::format("escalation ladder: duplicate role '{}'", role.id));
      }
    }
  }
}

Ladder Ladder::defaults() {
  return Ladder(
      {{"agent", "客服"}, {"supervisor", "主管"}, {"manager", "经理"}, {"director", "总监"}},
      {{"warehouse_supervisor", "仓储主管"}, {"qc_manager", "质检经理"}});
}

std::optional<int> Ladder::level_of(std::string_view role) const {
  for (std::size_t i = 0; i < rungs_.size(); ++i) {
    if (rungs_[i].id == role) return static_cast<int>(i);
  }
  return std::nullopt;
}

const Role& Ladder::rung(int level) const {
  return rungs_[static_cast<std::size_t>(std::clamp(level, 0, top_level()))];
}

bool Ladder::knows(std::string_view role) const {
  return is_pseudo_role(role) || find_role(rungs_, role) != nullptr ||
         find_role(department_heads_, role) != nullptr;
}

std::string_view Ladder::label_of(std::string_view role) const {
  if (role == roles::handler) return "当前处理人";
  if (role == roles::owner) return "首问负责人";
  for (const auto* roles : {&rungs_, &department_heads_}) {
    if (const auto* found = find_role(*roles, role)) return found->label;
  }
  return role;
}

}  // namespace kefu::escalation
