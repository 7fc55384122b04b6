#include <kefu/core/error.hpp>
#include <kefu/workflow/workflow.hpp>

#include <boost/container/small_vector.hpp>

#include <fmt/core.h>

#include <algorithm>
#include <cstdint>
#include <mutex>
#include <tuple>
#include <unordered_map>

namespace kefu {

using boost::posix_time::ptime;
using escalation::Rule;
using escalation::TriggerKind;

namespace {

// What the policy selects for a case, shared with the clocks started on it.
using Targets = std::vector<std::shared_ptr<const sla::ClockTarget>>;

// Policy::targets_for is a pure function of the ticket's facts and flags and is asked on every
// event; a log has few combinations of them, so each one's answer is kept. Behind a mutex, as a
// Workflow is shared across threads; entries are never removed, so a reference to one stays
// valid as long as the workflow.
class TargetMemo {
 public:
  const Targets& targets(const sla::Policy& policy, const sla::TicketFacts& facts) {
    const std::uint64_t key = key_of(facts);
    const std::lock_guard<std::mutex> lock(mutex_);
    auto found = memo_.find(key);
    if (found == memo_.end()) {
      Targets shared;
      for (auto& target : policy.targets_for(facts)) {
        shared.push_back(std::make_shared<const sla::ClockTarget>(std::move(target)));
      }
      found = memo_.emplace(key, std::move(shared)).first;
    }
    return found->second;
  }

 private:
  static std::uint64_t key_of(const sla::TicketFacts& facts) {
    std::uint64_t key = 0;
    for (const auto part :
         {static_cast<std::uint64_t>(facts.channel), static_cast<std::uint64_t>(facts.category),
          static_cast<std::uint64_t>(facts.scenario), static_cast<std::uint64_t>(facts.priority),
          static_cast<std::uint64_t>(facts.tier)}) {
      key = key << 8 | part;  // each an enum of std::uint8_t
    }
    static_assert(enum_values<Flag>().size() <= 24, "the flags fill the key's last 24 bits");
    for (const Flag flag : enum_values<Flag>()) key = key << 1 | (facts.flags.test(flag) ? 1 : 0);
    return key;
  }

  std::mutex mutex_;
  std::unordered_map<std::uint64_t, Targets> memo_;
};

}  // namespace

// A time-in-state rule, with its state named once rather than at every event.
struct StateRule {
  const Rule* rule;
  State state;
};

// A clock the clock rules watch, with those rules in their order.
struct WatchedClock {
  sla::ClockId clock;
  std::vector<const Rule*> rules;
};

struct Workflow::Impl {
  Lifecycle lifecycle;
  sla::Policy policy;
  BusinessCalendar calendar;
  BusinessCalendar wall;  // wall time in the calendar's zone
  escalation::Rules rules;
  LadderLevels levels;  // the rules' ladder joined with the ticket's EscalationLevel
  std::shared_ptr<TargetMemo> targets;  // what the policy selects, by facts
  // The time-triggered rules of `rules`: the time-in-state ones, and the clock ones by the
  // clock they watch (each clock once).
  std::vector<StateRule> in_state;
  std::vector<WatchedClock> watched;
  // By EventKind: the indexes of the policy's clock semantics rows for that event, in order.
  std::vector<std::vector<std::size_t>> rows_by_event;
  // By EventKind: the rules looked at after that event (its event rules and every condition
  // rule), in their order.
  std::vector<std::vector<const Rule*>> rules_by_event;
};

namespace {

using Impl = Workflow::Impl;

// A time-triggered occasion of a rule that has not fired yet, due at `due`; `order`: the rule's
// place among the rules, which orders occasions due at the same instant.
struct Pending {
  const Rule* rule;
  std::uint32_t occasion;
  ptime due;
  std::size_t order;
};

// A clock rule's occasion before its due instant is asked of the clock: `mark`, the counted
// time that reaches the trigger.
struct ClockMark {
  const Rule* rule;
  std::int64_t mark;  // seconds
  std::size_t order;
};

// Few rules are time-triggered: these stay off the heap.
using PendingList = boost::container::small_vector<Pending, 16>;
using ClockMarks = boost::container::small_vector<ClockMark, 16>;

bool is_active(const Ticket& ticket) {
  return ticket.state != State::closed && ticket.state != State::cancelled;
}

escalation::Facts facts_of(const Impl& impl, const Case& c) {
  const Ticket& t = c.ticket;
  escalation::Facts facts;
  static_cast<CaseFacts&>(facts) = t;
  facts.state = to_string(t.state);
  facts.escalation_level = impl.levels.rung_of(t.escalation);  // the rules count rungs
  facts.reopen_count = t.reopen_count;
  facts.repeat_complaint = t.is_repeat_complaint();
  facts.rating = t.rating;
  facts.flags = c.flags;
  facts.transferred = t.handler != t.owner;
  facts.active = is_active(t);
  return facts;
}

sla::TicketFacts sla_facts_of(const Case& c) {
  const Ticket& t = c.ticket;
  return {{t}, c.flags};
}

bool may_fire(const Rule& rule, const escalation::Facts& facts) {
  return (facts.active || rule.fires_when_inactive) && rule.when.matches(facts);
}

// The counted time at which a clock rule's trigger is reached (Clock::instant_at_fraction and
// when_elapsed count the same way), or none when it never is.
std::optional<std::int64_t> mark_of(const Rule& rule, const sla::Clock& clock) {
  const auto& trigger = rule.trigger;
  const std::int64_t limit = clock.limit().total_seconds();
  switch (trigger.kind) {
    case TriggerKind::clock_fraction:
      return clock.seconds_at_fraction(trigger.fraction);
    case TriggerKind::clock_breach: {
      const auto overrun = static_cast<std::int64_t>(static_cast<double>(limit) * trigger.fraction);
      if (limit + overrun < 0) return std::nullopt;
      return limit + overrun;
    }
    case TriggerKind::clock_remaining:
      return std::max<std::int64_t>(0, limit - trigger.duration.total_seconds());
    default:
      return std::nullopt;
  }
}

// Every time-triggered occasion that can fire under the case's current facts (facts_of(c)) and
// has not, due at or before `upto`, and of the others at least the earliest: enough for
// due_by. A clock reaches a larger mark no earlier than a smaller one, so once a mark of a
// clock is due after `upto` (or never), the larger marks of that clock are not asked.
// The cheap tests first (the trigger's state or clock, the occasion), the calendar last; all
// are pure.
PendingList pending_occasions(const Impl& impl, const Case& c, const escalation::Facts& facts,
                              ptime upto) {
  const auto order_of = [&](const Rule& rule) {
    return static_cast<std::size_t>(&rule - impl.rules.rules().data());
  };
  PendingList pending;
  for (const StateRule& in_state : impl.in_state) {
    const Rule& rule = *in_state.rule;
    if (c.ticket.state != in_state.state || !may_fire(rule, facts) ||
        c.has_fired(rule.id, c.state_entered_by)) {
      continue;
    }
    const auto& calendar =
        rule.trigger.basis == kefu::TimeBasis::business ? impl.calendar : impl.wall;
    pending.push_back({&rule, c.state_entered_by,
                       calendar.add(c.state_since, rule.trigger.duration), order_of(rule)});
  }
  ClockMarks marks;
  for (const sla::Clock& clock : c.clocks) {
    const auto watched =
        std::find_if(impl.watched.begin(), impl.watched.end(),
                     [&](const WatchedClock& w) { return w.clock == clock.target().clock; });
    if (watched == impl.watched.end()) continue;
    const auto occasion = static_cast<std::uint32_t>(clock.cycles());
    marks.clear();
    for (const Rule* rule : watched->rules) {
      if (!may_fire(*rule, facts) || c.has_fired(rule->id, occasion)) continue;
      const auto mark = mark_of(*rule, clock);
      if (!mark) continue;
      // In order of the mark, then of the rule (the rules come in their order).
      const auto at =
          std::upper_bound(marks.begin(), marks.end(), *mark,
                           [](std::int64_t m, const ClockMark& k) { return m < k.mark; });
      marks.insert(at, {rule, *mark, order_of(*rule)});
    }
    for (const ClockMark& m : marks) {
      const auto due = clock.when_elapsed(boost::posix_time::seconds(m.mark));
      if (due) pending.push_back({m.rule, occasion, *due, m.order});
      if (!due || *due > upto) break;
    }
  }
  return pending;
}

void fire(const Rule& rule, std::uint32_t occasion, ptime at, std::vector<FiredAction>& out) {
  for (const auto& action : rule.actions) out.push_back({rule.id, occasion, action, at});
}

// The time-triggered actions due at or before `upto`, oldest first, and the earliest due
// instant after it. The facts have held since the ticket's last event, so an occasion reached
// earlier fires at that event.
struct DueSplit {
  std::vector<FiredAction> due;
  std::optional<ptime> next;
};

DueSplit due_by(const Impl& impl, const Case& c, const escalation::Facts& facts, ptime upto) {
  auto pending = pending_occasions(impl, c, facts, upto);
  std::sort(pending.begin(), pending.end(), [](const Pending& a, const Pending& b) {
    return std::tie(a.due, a.order) < std::tie(b.due, b.order);
  });
  DueSplit split;
  for (const Pending& p : pending) {
    if (p.due > upto) {
      split.next = p.due;
      break;
    }
    fire(*p.rule, p.occasion, std::max(p.due, c.ticket.updated_at), split.due);
  }
  return split;
}

DueSplit due_by(const Impl& impl, const Case& c, ptime upto) {
  return due_by(impl, c, facts_of(impl, c), upto);
}

void record(Case& c, std::vector<FiredAction>& fired, std::vector<FiredAction>* out) {
  for (auto& f : fired) {
    if (out != nullptr) out->push_back(f);
    c.fired.push_back(std::move(f));
  }
}

// Applies one history record to the case's clocks, row by row of the policy's clock semantics.
// `only` limits it to one clock (a rebuild).
// `targets`: what the policy selects for the case (Policy::targets_for), worked out once per
// event by the caller.
void drive_clocks(const Impl& impl, Case& c, const EventRecord& rec, const Targets& targets,
                  const std::optional<sla::ClockId>& only = std::nullopt) {
  const auto promised = promised_instant(rec.event);
  const auto kind = static_cast<std::size_t>(rec.kind());
  if (kind >= impl.rows_by_event.size()) return;
  for (const std::size_t i : impl.rows_by_event[kind]) {
    const sla::ClockSemantics& row = impl.policy.semantics()[i];
    if ((only && row.clock != *only) || !row.applies_to(rec.event)) continue;
    const auto running = std::find_if(c.clocks.begin(), c.clocks.end(), [&](const sla::Clock& k) {
      return k.target().clock == row.clock;
    });
    if (running != c.clocks.end()) {
      running->apply(row.action, rec.at, promised);
      continue;
    }
    if (row.action != sla::ClockAction::start && row.action != sla::ClockAction::restart) continue;
    const auto target = std::find_if(targets.begin(), targets.end(),
                                     [&](const auto& t) { return t->clock == row.clock; });
    if (target == targets.end()) continue;
    sla::Clock fresh(*target, impl.calendar);
    if (!fresh.apply(row.action, rec.at, promised).accepted()) continue;
    // Room once for every clock the policy selects, rather than growing one clock at a time.
    if (c.clocks.size() == c.clocks.capacity()) {
      c.clocks.reserve(std::max(c.clocks.size() + 1, targets.size()));
    }
    const auto at = std::upper_bound(
        c.clocks.begin(), c.clocks.end(), row.clock,
        [](const sla::ClockId& id, const sla::Clock& k) { return id < k.target().clock; });
    c.clocks.insert(at, std::move(fresh));
  }
}

// A running or paused clock whose target the policy no longer selects is counted again from
// the history under the new target, or dropped when the policy selects none (a case triaged
// from complaint to inquiry has no verification clock).
void retarget_clocks(const Impl& impl, Case& c, const Targets& targets) {
  for (auto it = c.clocks.begin(); it != c.clocks.end();) {
    const auto state = it->state();
    if (state != sla::Clock::State::running && state != sla::Clock::State::paused) {
      ++it;
      continue;
    }
    const auto target = std::find_if(targets.begin(), targets.end(),
                                     [&](const auto& t) { return t->clock == it->target().clock; });
    if (target == targets.end()) {
      it = c.clocks.erase(it);
      continue;
    }
    // A clock started on the selected target shares it.
    if (target->get() != &it->target() && **target != it->target()) {
      Case rebuilt;
      rebuilt.ticket = c.ticket;
      rebuilt.flags = c.flags;
      for (const auto& rec : c.ticket.history) {
        drive_clocks(impl, rebuilt, rec, targets, (*target)->clock);
      }
      if (const sla::Clock* fresh = rebuilt.clock((*target)->clock)) *it = *fresh;
    }
    ++it;
  }
}

// Everything an accepted event (or the opening) does after the lifecycle moved the ticket.
void after_event(const Impl& impl, Case& c, const Transition& transition,
                 std::vector<FiredAction>& out) {
  const auto index = static_cast<std::uint32_t>(c.ticket.history.size() - 1);
  const EventRecord& rec = c.ticket.history.back();
  if (index == 0 || transition.from != transition.to) {
    c.state_since = rec.at;
    c.state_entered_by = index;
  }
  // The clocks only read the ticket's facts and flags, which they do not change: one selection
  // serves both steps.
  const auto& targets = impl.targets->targets(impl.policy, sla_facts_of(c));
  drive_clocks(impl, c, rec, targets);
  retarget_clocks(impl, c, targets);

  const escalation::Facts facts = facts_of(impl, c);
  std::vector<FiredAction> fired;
  for (const Rule* rule : impl.rules_by_event[static_cast<std::size_t>(rec.kind())]) {
    if (rule->trigger.kind == TriggerKind::event) {
      if (may_fire(*rule, facts)) fire(*rule, index, rec.at, fired);
    } else if (!c.has_fired(rule->id, 0) && may_fire(*rule, facts)) {  // a condition rule
      fire(*rule, 0, rec.at, fired);
    }
  }
  record(c, fired, &out);
  // The facts are the ticket's and the flags, which firing does not change.
  auto late = due_by(impl, c, facts, rec.at);  // triggers an event moved into the past
  record(c, late.due, &out);
  c.checked_until = std::max(c.checked_until, rec.at);
  c.next_due = late.next;
}

// What an event may change of a case, kept to put back when it fails or is refused (all or
// nothing): the case but the ticket's history and the fired actions, to which an event only
// appends, so those are only cut back to their length. The clocks are kept inline, off the heap.
class Rollback {
 public:
  explicit Rollback(Case& c)
      : case_(c),
        history_size_(c.ticket.history.size()),
        fired_size_(c.fired.size()),
        clocks_(c.clocks.begin(), c.clocks.end()) {
    std::vector<EventRecord> history;
    std::vector<FiredAction> fired;
    std::vector<sla::Clock> clocks;
    history.swap(c.ticket.history);
    fired.swap(c.fired);
    clocks.swap(c.clocks);
    struct GiveBack {
      Case& to;
      std::vector<EventRecord>& history;
      std::vector<FiredAction>& fired;
      std::vector<sla::Clock>& clocks;
      ~GiveBack() {
        to.ticket.history.swap(history);
        to.fired.swap(fired);
        to.clocks.swap(clocks);
      }
    } give_back{c, history, fired, clocks};
    saved_ = c;
  }

  void undo() {
    auto history = std::move(case_.ticket.history);
    auto fired = std::move(case_.fired);
    history.erase(history.begin() + static_cast<std::ptrdiff_t>(history_size_), history.end());
    fired.erase(fired.begin() + static_cast<std::ptrdiff_t>(fired_size_), fired.end());
    case_ = std::move(saved_);
    case_.ticket.history = std::move(history);
    case_.fired = std::move(fired);
    case_.clocks.assign(clocks_.begin(), clocks_.end());
  }

 private:
  Case& case_;
  std::size_t history_size_;
  std::size_t fired_size_;
  boost::container::small_vector<sla::Clock, 4> clocks_;
  Case saved_;
};

void check_names(const escalation::Rules& rules, const sla::Policy& policy) {
  const auto refuse = [](const Rule& rule, std::string_view what, std::string_view name) {
    throw config_error(
        fmt::format("workflow: escalation rule '{}': unknown {} '{}'", rule.id, what, name));
  };
  const auto policy_has_clock = [&](std::string_view name) {
    for (const auto& policy_rule : policy.rules()) {
      for (const auto& target : policy_rule.targets) {
        if (target.clock.name() == name) return true;
      }
    }
    return false;
  };
  for (const Rule& rule : rules.rules()) {
    for (const auto& state : rule.when.states) {
      if (!parse<State>(state)) refuse(rule, "state", state);
    }
    const auto& name = rule.trigger.name;
    switch (rule.trigger.kind) {
      case TriggerKind::event:
        if (!parse<EventKind>(name)) refuse(rule, "event", name);
        break;
      case TriggerKind::time_in_state:
        if (!parse<State>(name)) refuse(rule, "state", name);
        break;
      case TriggerKind::clock_fraction:
      case TriggerKind::clock_breach:
      case TriggerKind::clock_remaining:
        if (!policy_has_clock(name)) refuse(rule, "clock", name);
        break;
      case TriggerKind::condition:
        break;
    }
  }
}

// The lifecycle raises an unsatisfied follow-up to a fixed level: it must be a rung.
void check_follow_up_level(const Lifecycle& lifecycle, const LadderLevels& levels) {
  const EscalationLevel level = lifecycle.policy().follow_up_escalation;
  if (!levels.on_ladder(level)) {
    throw config_error(fmt::format(
        "workflow: the lifecycle's follow-up escalation '{}' is not a rung of the ladder", level));
  }
}

}  // namespace

Workflow::Workflow(Lifecycle lifecycle, sla::Policy policy, BusinessCalendar calendar,
                   escalation::Rules rules) {
  check_names(rules, policy);
  LadderLevels levels(rules.ladder());
  check_follow_up_level(lifecycle, levels);
  auto wall = BusinessCalendar::always_open(calendar.zone());
  auto impl = std::make_shared<Impl>(Impl{std::move(lifecycle),
                                          std::move(policy),
                                          std::move(calendar),
                                          std::move(wall),
                                          std::move(rules),
                                          std::move(levels),
                                          std::make_shared<TargetMemo>(),
                                          {},
                                          {},
                                          {},
                                          {}});
  impl->rules_by_event.resize(enum_values<EventKind>().size());
  for (const Rule& rule : impl->rules.rules()) {
    for (const EventKind kind : enum_values<EventKind>()) {
      const bool looked_at =
          rule.trigger.kind == TriggerKind::condition ||
          (rule.trigger.kind == TriggerKind::event && rule.trigger.name == to_string(kind));
      if (looked_at) impl->rules_by_event[static_cast<std::size_t>(kind)].push_back(&rule);
    }
  }
  for (const Rule& rule : impl->rules.rules()) {
    if (!rule.trigger.is_timed()) continue;
    // check_names has made sure a clock rule names a clock of the policy, and a time-in-state
    // rule a state.
    if (rule.trigger.kind == TriggerKind::time_in_state) {
      impl->in_state.push_back({&rule, *parse<State>(rule.trigger.name)});
      continue;
    }
    const sla::ClockId clock(rule.trigger.name);
    auto& watched = impl->watched;
    auto found = std::find_if(watched.begin(), watched.end(),
                              [&](const WatchedClock& w) { return w.clock == clock; });
    if (found == watched.end()) found = watched.insert(watched.end(), {clock, {}});
    found->rules.push_back(&rule);
  }
  const auto& rows = impl->policy.semantics();
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto kind = static_cast<std::size_t>(rows[i].event);
    if (kind >= impl->rows_by_event.size()) impl->rows_by_event.resize(kind + 1);
    impl->rows_by_event[kind].push_back(i);
  }
  impl_ = std::move(impl);
}

Workflow Workflow::defaults(BusinessCalendar calendar, UncoveredYears uncovered) {
  // A calendar without covered years (no schedule, or always open) has nothing to fall back from.
  if (!calendar.covered_years().empty() && calendar.uncovered_years() != uncovered) {
    calendar =
        BusinessCalendar(calendar.weekly_hours(), calendar.schedule(), calendar.zone(), uncovered);
  }
  return Workflow(Lifecycle(), sla::Policy::defaults(), std::move(calendar),
                  escalation::Rules::defaults());
}

Case Workflow::open(const events::Open& event, ptime at, Flags flags, std::string event_id) const {
  Case c;
  c.ticket = Ticket::open(event, at, std::move(event_id));
  c.flags = std::move(flags);
  c.checked_until = at;
  std::vector<FiredAction> ignored;
  after_event(*impl_, c, Transition{true, EventKind::open, State::received, State::received, {}},
              ignored);
  return c;
}

WorkflowResult Workflow::apply(Case& c, const Event& event, ptime at,
                               std::string_view event_id) const {
  WorkflowResult result;
  if (c.ticket.find_event(event_id) != nullptr) {
    // A re-delivery, or one id given to two events: the lifecycle judges it without touching
    // the ticket, before the time checks that an old event would fail.
    result.transition = impl_->lifecycle.apply(c.ticket, event, at, event_id);
    return result;
  }
  if (!at.is_special() && at < c.checked_until) {
    result.transition = {false, kind_of(event), c.ticket.state, c.ticket.state,
                         "earlier than the last check of the case"};
    return result;
  }
  if (const auto* escalate = std::get_if<events::Escalate>(&event);
      escalate != nullptr && !impl_->levels.on_ladder(escalate->level)) {
    result.transition = {false, EventKind::escalate, c.ticket.state, c.ticket.state,
                         "escalation level not on the ladder"};
    return result;
  }
  // With the facts that held until now; next_due says when the earliest of them is due, so
  // before that nothing is (as in fire_due).
  DueSplit before;
  if (c.next_due && *c.next_due <= at) before = due_by(*impl_, c, at);
  // All or nothing: the event is applied to the case itself, which is put back as it was when
  // a throw (a calendar without the year's data) or the lifecycle's refusal ends it.
  Rollback rollback(c);
  try {
    result.transition = impl_->lifecycle.apply(c.ticket, event, at, event_id);
    if (result.transition.accepted) {
      record(c, before.due, &result.actions);
      after_event(*impl_, c, result.transition, result.actions);
    }
  } catch (...) {
    rollback.undo();
    throw;
  }
  if (!result.transition.accepted) {
    rollback.undo();
    result.actions.clear();
  }
  return result;
}

std::vector<FiredAction> Workflow::fire_due(Case& c, ptime now) const {
  // Nothing due: the case is only read. checked_until moves only when something fires: it is
  // what keeps a replay from firing those actions again.
  std::vector<FiredAction> out;
  if (now.is_special() || !c.next_due || *c.next_due > now) return out;
  auto split = due_by(*impl_, c, now);
  record(c, split.due, &out);
  c.checked_until = now;
  c.next_due = split.next;
  return out;
}

std::vector<FiredAction> Workflow::pending(const Case& c, ptime now) const {
  if (now.is_special() || !c.next_due || *c.next_due > now) return {};
  return due_by(*impl_, c, now).due;
}

Case Workflow::replay(const std::vector<EventRecord>& history, Flags flags,
                      ptime checked_until) const {
  if (history.empty() || history.front().kind() != EventKind::open) {
    throw argument_error("workflow replay: the history must start with open");
  }
  if (const auto repeated = find_repeated_event_id(history)) {
    throw argument_error(
        fmt::format("workflow replay: record {} has the event id '{}' of record {}",
                    repeated->index, history[repeated->index].id, repeated->earlier));
  }
  Case c = open(std::get<events::Open>(history.front().event), history.front().at, std::move(flags),
                history.front().id);
  for (std::size_t i = 1; i < history.size(); ++i) {
    // The ids are known to be unique: applied without one, the record takes its id after.
    const auto result = apply(c, history[i].event, history[i].at);
    if (!result) {
      throw argument_error(fmt::format("workflow replay: record {} ({}) refused: {}", i,
                                       history[i].name(), result.transition.reason));
    }
    c.ticket.history.back().id = history[i].id;
  }
  fire_due(c, checked_until);
  return c;
}

const Lifecycle& Workflow::lifecycle() const noexcept { return impl_->lifecycle; }
const sla::Policy& Workflow::policy() const noexcept { return impl_->policy; }
const BusinessCalendar& Workflow::calendar() const noexcept { return impl_->calendar; }
const escalation::Rules& Workflow::rules() const noexcept { return impl_->rules; }
const LadderLevels& Workflow::ladder_levels() const noexcept { return impl_->levels; }

Reevaluation reevaluate(const Case& c, const Workflow& new_workflow, ptime now) {
  Reevaluation result;
  result.updated = new_workflow.replay(c.ticket.history, c.flags, c.checked_until);
  // What fired before stays fired; what the new workflow adds up to the last check fires now.
  std::vector<FiredAction> fired = c.fired;
  for (const FiredAction& f : result.updated.fired) {
    if (!c.has_fired(f.rule, f.occasion)) {
      fired.push_back(f);
      result.actions.push_back(f);
    }
  }
  result.updated.fired = std::move(fired);
  result.updated.next_due = due_by(*new_workflow.impl_, result.updated, c.checked_until).next;
  for (auto& f : new_workflow.fire_due(result.updated, now)) result.actions.push_back(f);
  return result;
}

}  // namespace kefu
