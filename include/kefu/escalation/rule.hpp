#pragma once
// kefu::escalation::Rule: data, not code. A rule has a condition on the ticket, a trigger
// saying when it is looked at, and the actions it asks for.
//
// Occasions: a rule fires at most once per ticket per occasion.
//   condition       once per ticket, when the condition first holds after an event
//   event           once per occurrence of the event (each follow-up visit is its own)
//   clock mark      once per run of the clock (next_response restarts with every customer
//                   message; resolution runs across a reopen unless the policy says not)
//   time in state   once per stay in the state

#include <kefu/core/case_facts.hpp>
#include <kefu/core/category.hpp>
#include <kefu/core/channel.hpp>
#include <kefu/core/customer_tier.hpp>
#include <kefu/core/detail/enum_table.hpp>
#include <kefu/core/flag.hpp>
#include <kefu/core/priority.hpp>
#include <kefu/core/rating.hpp>
#include <kefu/core/scenario.hpp>
#include <kefu/core/time_basis.hpp>
#include <kefu/escalation/action.hpp>

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kefu::escalation {

// What a rule's condition can see of a ticket at one instant.
struct Facts : CaseFacts {
  std::string_view state;
  int escalation_level = 0;
  int reopen_count = 0;
  bool repeat_complaint = false;
  std::optional<Rating> rating;
  Flags flags;               // from the classifier (kefu::Classification::flags) or set by an agent
  bool transferred = false;  // handed to someone other than the first-contact owner
  bool active = true;        // false once closed, cancelled or merged
};

// Every listed constraint must hold; an empty list or an absent bound allows anything.
struct Condition {
  std::vector<Category> categories;
  std::vector<Scenario> scenarios;
  std::optional<Priority> min_priority;
  std::vector<CustomerTier> tiers;
  std::vector<Channel> channels;
  std::vector<std::string> states;  // stable names; Rules canonicalises labels and aliases
  std::optional<int> min_escalation_level;
  std::optional<int> max_escalation_level;
  std::optional<int> min_reopen_count;
  std::optional<bool> repeat_complaint;
  std::vector<Rating> ratings;  // non-empty: the ticket must carry one of these ratings
  std::vector<Flag> flags;      // all must be set
  std::optional<bool> transferred;

  bool matches(const Facts& facts) const;

  friend bool operator==(const Condition& a, const Condition& b) {
    return a.categories == b.categories && a.scenarios == b.scenarios &&
           a.min_priority == b.min_priority && a.tiers == b.tiers && a.channels == b.channels &&
           a.states == b.states && a.min_escalation_level == b.min_escalation_level &&
           a.max_escalation_level == b.max_escalation_level &&
           a.min_reopen_count == b.min_reopen_count && a.repeat_complaint == b.repeat_complaint &&
           a.ratings == b.ratings && a.flags == b.flags && a.transferred == b.transferred;
  }
  friend bool operator!=(const Condition& a, const Condition& b) { return !(a == b); }
};

enum class TriggerKind : std::uint8_t {
  condition,       // whenever the condition first holds after an event
  event,           // when the named lifecycle event is applied
  clock_fraction,  // when an SLA clock has used `fraction` of its limit
  clock_breach,    // when an SLA clock is past its limit by `fraction` of the limit (0 = at breach)
  clock_remaining,  // when an SLA clock has `duration` left, on the clock's own calendar
  time_in_state,    // when the ticket has stayed in `name` for `duration`
};

}  // namespace kefu::escalation

template <>
struct kefu::EnumTraits<kefu::escalation::TriggerKind> {
  using K = kefu::escalation::TriggerKind;
  static constexpr std::array entries{
      EnumEntry<K>{K::condition, "condition", "条件成立", ""},
      EnumEntry<K>{K::event, "event", "事件", ""},
      EnumEntry<K>{K::clock_fraction, "clock_fraction", "时限已用比例", ""},
      EnumEntry<K>{K::clock_breach, "clock_breach", "超时", "breach"},
      EnumEntry<K>{K::clock_remaining, "clock_remaining", "距时限剩余", ""},
      EnumEntry<K>{K::time_in_state, "time_in_state", "停留时长", ""},
  };
};

namespace kefu::escalation {

constexpr std::string_view to_string(TriggerKind value) noexcept {
  return kefu::detail::name_of(value);
}

struct Trigger {
  TriggerKind kind = TriggerKind::condition;
  // Event name, clock id or state name. Rules stores a state or event given by its Chinese label
  // or an alias ("处理中", "回访") under its stable English name, which matching compares.
  std::string name;
  double fraction = 0.0;
  boost::posix_time::time_duration duration{};
  TimeBasis basis = TimeBasis::wall;  // time_in_state only: clocks count on their own calendar

  static Trigger on_condition() { return {}; }
  static Trigger on_event(std::string event) {
    return {TriggerKind::event, std::move(event), 0.0, {}, TimeBasis::wall};
  }
  static Trigger at_fraction(std::string clock, double fraction) {
    return {TriggerKind::clock_fraction, std::move(clock), fraction, {}, TimeBasis::wall};
  }
  static Trigger on_breach(std::string clock, double overrun_fraction = 0.0) {
    return {TriggerKind::clock_breach, std::move(clock), overrun_fraction, {}, TimeBasis::wall};
  }
  static Trigger before_deadline(std::string clock, boost::posix_time::time_duration left) {
    return {TriggerKind::clock_remaining, std::move(clock), 0.0, left, TimeBasis::wall};
  }
  static Trigger in_state_for(std::string state, boost::posix_time::time_duration limit,
                              TimeBasis basis) {
    return {TriggerKind::time_in_state, std::move(state), 0.0, limit, basis};
  }

  bool is_timed() const noexcept {
    return kind != TriggerKind::condition && kind != TriggerKind::event;
  }

  friend bool operator==(const Trigger& a, const Trigger& b) {
    return a.kind == b.kind && a.name == b.name && a.fraction == b.fraction &&
           a.duration == b.duration && a.basis == b.basis;
  }
  friend bool operator!=(const Trigger& a, const Trigger& b) { return !(a == b); }
};

struct Rule {
  std::string id;           // stable: what has fired is recorded by rule id
  std::string description;  // for people: "投诉回访不满意升级经理"
  Condition when;
  Trigger trigger;
  std::vector<Action> actions;
  bool fires_when_inactive = false;  // also for closed, cancelled or merged tickets

  friend bool operator==(const Rule& a, const Rule& b) {
    return a.id == b.id && a.description == b.description && a.when == b.when &&
           a.trigger == b.trigger && a.actions == b.actions &&
           a.fires_when_inactive == b.fires_when_inactive;
  }
  friend bool operator!=(const Rule& a, const Rule& b) { return !(a == b); }
};

}  // namespace kefu::escalation
