#pragma once
// kefu::LadderLevels: the one join between the escalation ladder (escalation::Ladder, whose
// rungs the rules name and whose rung index the rules' escalation-level bounds count) and the
// level a ticket carries (kefu::EscalationLevel, which events::Escalate sets). They are joined
// by id, never by position: rung 0 is the front line (EscalationLevel::none), and every rung
// above it must be named after an escalation level, by its name, Chinese label or an alias
// (parse<EscalationLevel>: "team_lead" is the supervisor), each higher than the rung below.
// A ladder agent -> team_lead -> director thus stands for none -> supervisor -> director, and
// its rung 2 is the director, not EscalationLevel 2 (the manager).

#include <kefu/escalation/ladder.hpp>
#include <kefu/lifecycle/escalation_level.hpp>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kefu {

class LadderLevels {
 public:
  // Throws kefu::config_error for a ladder that cannot be joined: "workflow: escalation
  // ladder rung 1 'lead' is not an escalation level", "... rung 2 'supervisor' is not above
  // the rung below it", "... rung 0 'supervisor' must be the front line".
  explicit LadderLevels(const escalation::Ladder& ladder);

  // The level of a rung (its index on the ladder, clamped to the ladder like Ladder::rung);
  // rung 0 is EscalationLevel::none.
  EscalationLevel level_of_rung(int rung) const noexcept;
  // The level a rung role stands for; none for a role that is not a rung.
  std::optional<EscalationLevel> level_of(std::string_view role) const;
  // The highest rung whose level is at or below `level`: the rung a ticket escalated to
  // `level` stands on, as escalation rules count it.
  int rung_of(EscalationLevel level) const noexcept {
    return rung_by_level_[static_cast<std::size_t>(level)];
  }
  // Whether `level` is one of the ladder's rungs.
  bool on_ladder(EscalationLevel level) const noexcept {
    return level_of_rung(rung_of(level)) == level;
  }

 private:
  std::vector<std::string> rung_ids_;
  std::vector<EscalationLevel> level_by_rung_;
  std::array<int, enum_values<EscalationLevel>().size()> rung_by_level_{};
};

}  // namespace kefu
