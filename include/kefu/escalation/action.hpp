#pragma once
// kefu::escalation::Action: what a rule asks the host to do when it fires.

#include <kefu/core/detail/enum_table.hpp>
#include <kefu/core/priority.hpp>

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <fmt/core.h>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace kefu::escalation {

enum class ActionKind : std::uint8_t {
  notify,              // tell a role (or the handler / owner) about the case
  reassign,            // hand the case to a role or queue
  raise_priority,      // set the priority to at least `priority`
  escalate,            // move the case up to the ladder rung `role`
  schedule_follow_up,  // book a follow-up visit `after` from now
};

}  // namespace kefu::escalation

template <>
struct kefu::EnumTraits<kefu::escalation::ActionKind> {
  using K = kefu::escalation::ActionKind;
  static constexpr std::array entries{
      EnumEntry<K>{K::notify, "notify", "通知", ""},
      EnumEntry<K>{K::reassign, "reassign", "转派", "转交"},
      EnumEntry<K>{K::raise_priority, "raise_priority", "提高优先级", ""},
      EnumEntry<K>{K::escalate, "escalate", "升级", ""},
      EnumEntry<K>{K::schedule_follow_up, "schedule_follow_up", "安排回访", ""},
  };
};

namespace kefu::escalation {

// Stable English snake_case name.
constexpr std::string_view to_string(ActionKind kind) noexcept {
  return kefu::detail::name_of(kind);
}

struct Action {
  ActionKind kind = ActionKind::notify;
  std::string role;                          // notify, reassign, escalate
  Priority priority = Priority::normal;      // raise_priority
  boost::posix_time::time_duration after{};  // schedule_follow_up

  static Action notify(std::string role) { return {ActionKind::notify, std::move(role), {}, {}}; }
  static Action reassign(std::string role_or_queue) {
    return {ActionKind::reassign, std::move(role_or_queue), {}, {}};
  }
  static Action raise_priority(Priority to) { return {ActionKind::raise_priority, {}, to, {}}; }
  static Action escalate(std::string rung) {
    return {ActionKind::escalate, std::move(rung), {}, {}};
  }
  static Action schedule_follow_up(boost::posix_time::time_duration after) {
    return {ActionKind::schedule_follow_up, {}, Priority::normal, after};
  }

  friend bool operator==(const Action& a, const Action& b) {
    return a.kind == b.kind && a.role == b.role && a.priority == b.priority && a.after == b.after;
  }
  friend bool operator!=(const Action& a, const Action& b) { return !(a == b); }
};

}  // namespace kefu::escalation

// "notify supervisor", "raise_priority critical", "schedule_follow_up 24:00:00".
template <>
struct fmt::formatter<kefu::escalation::Action> : fmt::formatter<fmt::string_view> {
  format_context::iterator format(const kefu::escalation::Action& action,
                                  format_context& ctx) const;
};
