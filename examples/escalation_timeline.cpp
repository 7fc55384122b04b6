// Two cases over three days on the China mainland calendar (Mon-Fri 09:00-18:00, Beijing
// time), driven the way a host drives kefu: apply events as they happen, and keep one timer
// per case at Workflow::next_check instead of polling. Every escalation action is printed at
// the instant it fires.
//
//   T-1001  a customer smells burning and feels a tingle from a washing machine (漏电): critical
//   T-1002  a complaint about a rude installer that goes badly: late answers, an unhappy visit

#include <kefu/calendar/calendars/china_mainland.hpp>
#include <kefu/calendar/instant.hpp>
#include <kefu/workflow/workflow.hpp>

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <fmt/format.h>

#include <map>
#include <string>
#include <vector>

namespace {

using boost::posix_time::ptime;

struct Scheduled {
  ptime at;
  std::string ticket;
  kefu::Event event;
};

}  // namespace

int main() {
  const auto calendar = kefu::calendars::china_mainland(
      kefu::WeeklyHours::monday_to_friday({kefu::open_hours(9, 0, 18, 0)}));
  const auto workflow = kefu::Workflow::defaults(calendar);
  const auto local = [&](ptime utc) { return kefu::format_instant(utc, calendar.zone()); };
  const auto print_actions = [&](const std::string& id,
                                 const std::vector<kefu::FiredAction>& actions) {
    for (const auto& a : actions) {
      fmt::print("{}  {}  {:<34} rule {}\n", local(a.at), id, fmt::format("{}", a.action), a.rule);
    }
  };

  std::map<std::string, kefu::Case> cases;
  kefu::events::Open leak{"agent_li"};
  leak.id = "T-1001";
  leak.facts.channel = kefu::Channel::phone;
  leak.facts.category = kefu::Category::after_sales;
  leak.facts.scenario = kefu::Scenario::emergency;
  leak.facts.priority = kefu::Priority::critical;
  leak.note = "洗衣机漏电, 有焦糊味";
  kefu::events::Open rude{"agent_zhou"};
  rude.id = "T-1002";
  rude.facts.channel = kefu::Channel::online_chat;
  rude.facts.category = kefu::Category::complaint;
  rude.facts.scenario = kefu::Scenario::service_complaint;
  rude.note = "安装师傅未穿工服, 态度恶劣";

  kefu::events::FollowUp unhappy{"agent_zhou"};
  unhappy.rating = kefu::Rating::unsatisfied;
  std::vector<Scheduled> events = {
      {kefu::parse_instant("2025-10-09T16:38:00+08:00"), "T-1001", leak},
      {kefu::parse_instant("2025-10-09T16:38:10+08:00"), "T-1001",
       kefu::events::FirstResponse{"agent_li"}},
      {kefu::parse_instant("2025-10-09T16:45:00+08:00"), "T-1001",
       kefu::events::Triage{"agent_li"}},
      {kefu::parse_instant("2025-10-09T16:45:30+08:00"), "T-1001",
       kefu::events::Transfer{"agent_li", "engineer_qian"}},
      {kefu::parse_instant("2025-10-09T17:00:00+08:00"), "T-1001",
       kefu::events::Start{"engineer_qian"}},
      {kefu::parse_instant("2025-10-09T18:20:00+08:00"), "T-1001",
       kefu::events::Resolve{"engineer_qian", "断电检修, 更换电源板"}},
      {kefu::parse_instant("2025-10-09T18:25:00+08:00"), "T-1001",
       kefu::events::Confirm{"customer"}},
      {kefu::parse_instant("2025-10-09T18:30:00+08:00"), "T-1001", kefu::events::Close{"agent_li"}},
      {kefu::parse_instant("2025-10-09T17:00:00+08:00"), "T-1002", rude},
      {kefu::parse_instant("2025-10-09T17:02:00+08:00"), "T-1002",
       kefu::events::FirstResponse{"agent_zhou"}},
      {kefu::parse_instant("2025-10-10T09:30:00+08:00"), "T-1002",
       kefu::events::Triage{"agent_zhou"}},
      {kefu::parse_instant("2025-10-10T09:30:40+08:00"), "T-1002",
       kefu::events::Start{"agent_zhou"}},
      {kefu::parse_instant("2025-10-11T10:00:00+08:00"), "T-1002",
       kefu::events::ProposeSolution{"agent_zhou", "道歉, 更换安装师傅, 50元券"}},
      {kefu::parse_instant("2025-10-11T10:30:00+08:00"), "T-1002",
       kefu::events::AcceptSolution{"customer"}},
      {kefu::parse_instant("2025-10-11T15:00:00+08:00"), "T-1002",
       kefu::events::Resolve{"agent_zhou"}},
      {kefu::parse_instant("2025-10-12T11:00:00+08:00"), "T-1002", unhappy},
  };
  std::stable_sort(events.begin(), events.end(),
                   [](const Scheduled& a, const Scheduled& b) { return a.at < b.at; });

  fmt::print("{:<25}  ticket  action                             why\n", "local time");

  const ptime end = kefu::parse_instant("2025-10-12T17:00:00+08:00");
  std::size_t next_event = 0;
  for (;;) {
    // The earliest timer among the cases, against the next scheduled event.
    std::optional<ptime> timer;
    std::string timer_case;
    for (const auto& [id, c] : cases) {
      if (const auto t = workflow.next_check(c); t && (!timer || *t < *timer)) {
        timer = t;
        timer_case = id;
      }
    }
    const bool event_first =
        next_event < events.size() && (!timer || events[next_event].at <= *timer);
    const ptime at = event_first ? events[next_event].at : timer.value_or(end);
    if (at > end) break;
    if (event_first) {
      const auto& s = events[next_event++];
      if (const auto* open = std::get_if<kefu::events::Open>(&s.event)) {
        const auto& c = cases.emplace(s.ticket, workflow.open(*open, s.at)).first->second;
        fmt::print("{}  {}  -- opened: {} {}, {}\n", local(s.at), s.ticket, open->facts.category,
                   open->facts.priority, open->note);
        print_actions(s.ticket, c.fired);
        continue;
      }
      const auto result = workflow.apply(cases.at(s.ticket), s.event, s.at);
      fmt::print("{}  {}  -- {}\n", local(s.at), s.ticket, result.transition);
      print_actions(s.ticket, result.actions);
    } else {
      print_actions(timer_case, workflow.fire_due(cases.at(timer_case), at));
    }
  }
}
