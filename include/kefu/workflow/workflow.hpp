#pragma once
// kefu::Workflow: one object that applies an event to a case: the lifecycle transition, the SLA
// clocks it implies, and the escalation rules that fire. Built once, immutable, safe to share
// across threads (each case is used by one thread at a time).
//
// Time-triggered rules (a clock at 75% of its limit, a breach, a stay in a state too long) need
// no polling: next_check(c) says when something can next become due, fire_due(c, now) returns
// what is due then and marks it fired, and pending(c, now) only looks. A rule fires once per case
// and occasion, when its trigger has been reached and its condition holds; a rule never fires for a
// closed or cancelled case unless it says so. Actions are instructions for the host: the workflow
// never changes the ticket on its own, so the event history stays the one source of truth.
//
// SLA clocks follow the policy's clock semantics (sla::Policy::semantics()), row by row; the
// targets come from the ticket's facts and the case's flags. A clock's target is chosen from the
// ticket when the clock starts; when an event (triage) changes what the policy selects for a
// running or paused clock, its count is rebuilt from the history under the new target.

#include <kefu/calendar/business_calendar.hpp>
#include <kefu/escalation/rules.hpp>
#include <kefu/lifecycle/lifecycle.hpp>
#include <kefu/sla/policy.hpp>
#include <kefu/workflow/case.hpp>
#include <kefu/workflow/ladder_levels.hpp>

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kefu {

struct WorkflowResult {
  Transition transition;
  std::vector<FiredAction> actions;  // empty when the event was refused

  explicit operator bool() const noexcept { return transition.accepted; }
};

// What reevaluate returns: the case as the new workflow sees it, and what that makes due.
struct Reevaluation {
  Case updated;
  std::vector<FiredAction> actions;
};

class Workflow {
 public:
  // Throws kefu::config_error when an escalation rule names an event, a state or an SLA clock
  // that the lifecycle or the policy does not know ("workflow: escalation rule 'x': unknown
  // event 'opne'"), when the rules' ladder cannot be joined with EscalationLevel (see
  // LadderLevels), or when the lifecycle's follow-up escalation is not one of its rungs.
  Workflow(Lifecycle lifecycle, sla::Policy policy, BusinessCalendar calendar,
           escalation::Rules rules);

  // The default lifecycle, SLA policy and escalation rules on the given calendar, rebuilt to
  // treat the years its holiday schedule does not cover as `uncovered` says. The default falls
  // back to the weekly hours (kefu's choice: a case open across the end of the published
  // schedules keeps running, and every clock counted over such a year is provisional, see
  // sla::Clock::provisional); UncoveredYears::refuse makes apply throw instead. The constructor
  // above keeps the calendar as given.
  static Workflow defaults(BusinessCalendar calendar,
                           UncoveredYears uncovered = UncoveredYears::weekly_hours);

  // Opens a case: the ticket's `open` event starts its clocks and fires its rules (they are
  // the case's `fired` list). Throws kefu::argument_error for an empty id or owner or a
  // missing instant, like Ticket::open.
  // `event_id`: the host's id of the open event (Lifecycle::apply).
  Case open(const events::Open& event, boost::posix_time::ptime at, Flags flags = {},
            std::string event_id = {}) const;

  // An Escalate to a level that is not a rung of the ladder is refused ("escalation level not
  // on the ladder"): escalation rules count rungs, so a ticket must stand on one.
  // Time-triggered actions due up to `at`, the transition, then the clocks and the event- and
  // condition-triggered actions. All or nothing: a refused event leaves the case exactly as it
  // was, and so does an exception (a calendar that refuses a year it has no schedule for throws
  // kefu::uncovered_year_error), which propagates. On a calendar that falls back to the weekly
  // hours nothing throws; the clocks counted over such a year are provisional.
  // An event id already in the history is a re-delivery (transition.duplicate, no actions, the
  // case untouched) or, with another event or instant, refused; see Lifecycle::apply.
  WorkflowResult apply(Case& c, const Event& event, boost::posix_time::ptime at,
                       std::string_view event_id = {}) const;
  WorkflowResult apply(Case& c, const EventRecord& record) const {
    return apply(c, record.event, record.at, record.id);
  }

  // Fires the time-triggered actions due at `now`: returns those that have not fired, now
  // marked as fired (and c.checked_until moved to `now`). Call it once per due instant and act
  // on what it returns: a second call returns nothing. When nothing is due the case is not
  // touched.
  std::vector<FiredAction> fire_due(Case& c, boost::posix_time::ptime now) const;

  // A look without side effects: what fire_due(c, now) would return now, in the same order.
  std::vector<FiredAction> pending(const Case& c, boost::posix_time::ptime now) const;

  // The earliest instant after c.checked_until at which an action can become due; none when
  // nothing is pending (until the next event).
  std::optional<boost::posix_time::ptime> next_check(const Case& c) const { return c.next_due; }

  // Rebuilds a case from its history, flags and checked_until: equal to the case that was
  // stored. Throws kefu::argument_error when the history does not replay.
  Case replay(const std::vector<EventRecord>& history, Flags flags,
              boost::posix_time::ptime checked_until) const;

  const Lifecycle& lifecycle() const noexcept;
  const sla::Policy& policy() const noexcept;
  const BusinessCalendar& calendar() const noexcept;
  const escalation::Rules& rules() const noexcept;
  // The rules' ladder joined with the ticket's EscalationLevel.
  const LadderLevels& ladder_levels() const noexcept;

  struct Impl;

 private:
  friend Reevaluation reevaluate(const Case& c, const Workflow& new_workflow,
                                 boost::posix_time::ptime now);
  std::shared_ptr<const Impl> impl_;
};

// The case recomputed under another workflow (a changed policy, calendar or rule set), as of
// `now`: clocks are rebuilt from the history, what already fired stays fired, and actions that
// the new workflow makes due at or before `now` are returned. Never a side effect of apply.
// Throws kefu::argument_error when the new lifecycle refuses the case's history.
Reevaluation reevaluate(const Case& c, const Workflow& new_workflow, boost::posix_time::ptime now);

}  // namespace kefu
