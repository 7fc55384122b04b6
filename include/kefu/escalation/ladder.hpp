#pragma once
// kefu::escalation::Ladder: who a case can be escalated to, in order, and who else may be told.
// Default (rules.md §escalation): agent -> supervisor (主管) -> manager (经理) -> director (总监);
// department heads (warehouse supervisor 仓储主管, QC manager 质检经理) can be notified but
// are not rungs. Two pseudo-roles name people on the ticket: "handler" (current handler)
// and "owner" (first-contact owner, 首问负责人).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kefu::escalation {

struct Role {
  std::string id;     // stable, used in rules and actions: "supervisor"
  std::string label;  // shown to users: "主管"
  friend bool operator==(const Role& a, const Role& b) {
    return a.id == b.id && a.label == b.label;
  }
  friend bool operator!=(const Role& a, const Role& b) { return !(a == b); }
};

namespace roles {
inline constexpr std::string_view handler = "handler";
inline constexpr std::string_view owner = "owner";
}  // namespace roles

class Ladder {
 public:
  // Throws config_error on an empty ladder, an empty or duplicate role id, or a role that
  // takes a pseudo-role's name.
  Ladder(std::vector<Role> rungs, std::vector<Role> department_heads);

  static Ladder defaults();

  // Rung 0 is the front-line agent; level_of("manager") == 2 with the defaults.
  std::optional<int> level_of(std::string_view role) const;
  const Role& rung(int level) const;  // clamps to the top rung
  std::size_t size() const noexcept { return rungs_.size(); }
  int top_level() const noexcept { return static_cast<int>(rungs_.size()) - 1; }

  // A rung, a department head or a pseudo-role.
  bool knows(std::string_view role) const;
  // The label to show for a role id; the id itself when it has none.
  std::string_view label_of(std::string_view role) const;

  const std::vector<Role>& rungs() const noexcept { return rungs_; }
  const std::vector<Role>& department_heads() const noexcept { return department_heads_; }

  friend bool operator==(const Ladder& a, const Ladder& b) {
    return a.rungs_ == b.rungs_ && a.department_heads_ == b.department_heads_;
  }
  friend bool operator!=(const Ladder& a, const Ladder& b) { return !(a == b); }

 private:
  std::vector<Role> rungs_;
  std::vector<Role> department_heads_;
};

}  // namespace kefu::escalation
