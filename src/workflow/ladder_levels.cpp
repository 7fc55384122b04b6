#include <kefu/core/error.hpp>
#include <kefu/workflow/ladder_levels.hpp>

#include <fmt/core.h>

#include <algorithm>

namespace kefu {

LadderLevels::LadderLevels(const escalation::Ladder& ladder) {
  const auto refuse = [](std::size_t rung, std::string_view id, std::string_view why) {
    throw config_error(fmt::format("workflow: escalation ladder rung {} '{}' {}", rung, id, why));
  };
  const auto& rungs = ladder.rungs();
  for (std::size_t i = 0; i < rungs.size(); ++i) {
    const auto level = parse<EscalationLevel>(rungs[i].id);
    if (i == 0) {
      if (level && *level != EscalationLevel::none)
        refuse(i, rungs[i].id, "must be the front line");
      level_by_rung_.push_back(EscalationLevel::none);
    } else {
      if (!level) refuse(i, rungs[i].id, "is not an escalation level");
      if (*level <= level_by_rung_.back()) refuse(i, rungs[i].id, "is not above the rung below it");
      level_by_rung_.push_back(*level);
    }
    rung_ids_.push_back(rungs[i].id);
  }
  for (const EscalationLevel level : enum_values<EscalationLevel>()) {
    const auto above = std::upper_bound(level_by_rung_.begin(), level_by_rung_.end(), level);
    rung_by_level_[static_cast<std::size_t>(level)] =
        static_cast<int>(above - level_by_rung_.begin()) - 1;
  }
}

EscalationLevel LadderLevels::level_of_rung(int rung) const noexcept {
  const int top = static_cast<int>(level_by_rung_.size()) - 1;
  return level_by_rung_[static_cast<std::size_t>(std::clamp(rung, 0, top))];
}

std::optional<EscalationLevel> LadderLevels::level_of(std::string_view role) const {
  const auto it = std::find(rung_ids_.begin(), rung_ids_.end(), role);
  if (it == rung_ids_.end()) return std::nullopt;
  return level_by_rung_[static_cast<std::size_t>(it - rung_ids_.begin())];
}

}  // namespace kefu
