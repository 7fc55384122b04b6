#pragma once
// The calendar of the hand-worked cases: Mon-Fri 09:00-18:00 Beijing time with the State
// Council's holidays, so National Day 2025 (Oct 1-8) is closed and Sat Oct 11 is worked. Its
// schedules cover 2024-2026; the default workflow counts later years on the weekly hours, the
// refusing one throws kefu::uncovered_year_error for them.

#include "../beijing_time.hpp"
#include <kefu/calendar/calendars/china_mainland.hpp>
#include <kefu/workflow/workflow.hpp>

#include <boost/date_time/posix_time/posix_time.hpp>

#include <string>

namespace kefu::test {

inline BusinessCalendar office_calendar() {
  return calendars::china_mainland(WeeklyHours::monday_to_friday({open_hours(9, 0, 18, 0)}));
}

inline const Workflow& default_workflow() {
  static const Workflow workflow = Workflow::defaults(office_calendar());
  return workflow;
}

inline const Workflow& refusing_workflow() {
  static const Workflow workflow = Workflow::defaults(office_calendar(), UncoveredYears::refuse);
  return workflow;
}

// A UTC instant from Beijing wall-clock text (UTC+8, no daylight saving).
inline boost::posix_time::ptime beijing(const std::string& local) { return beijing_time(local); }

inline events::Open open_event(std::string id, Category category, Scenario scenario,
                               Priority priority, Channel channel,
                               CustomerTier tier = CustomerTier::regular) {
  events::Open e{"agent_li"};
  e.id = std::move(id);
  e.facts.category = category;
  e.facts.scenario = scenario;
  e.facts.priority = priority;
  e.facts.channel = channel;
  e.facts.tier = tier;
  return e;
}

}  // namespace kefu::test
