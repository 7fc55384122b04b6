#include "case_output.hpp"

#include <kefu/calendar/duration_text.hpp>
#include <kefu/calendar/instant.hpp>
#include <kefu/io/case_json.hpp>
#include <kefu/workflow/case_summary.hpp>

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <fmt/core.h>

#include <string>

namespace kefu::tool {

namespace json = boost::json;
namespace pt = boost::posix_time;

namespace {

void add_action_fields(json::object& out, const FiredAction& fired) {
  out["at"] = format_instant(fired.at);
  out["rule"] = fired.rule;
  out["occasion"] = fired.occasion;
  const escalation::Action& action = fired.action;
  const std::string_view kind = escalation::to_string(action.kind);
  out["action"] = json::string_view(kind.data(), kind.size());
  switch (action.kind) {
    case escalation::ActionKind::notify:
    case escalation::ActionKind::reassign:
    case escalation::ActionKind::escalate:
      out["role"] = action.role;
      break;
    case escalation::ActionKind::raise_priority: {
      const std::string_view priority = to_string(action.priority);
      out["priority"] = json::string_view(priority.data(), priority.size());
      break;
    }
    case escalation::ActionKind::schedule_follow_up:
      out["after"] = fmt::format("{}", human_duration(action.after));
      break;
  }
}

std::string when(const std::optional<pt::ptime>& at, const TimeZonePtr& zone) {
  return at ? format_instant(*at, zone) : "-";
}

std::string fired_line(const FiredAction& fired, const TimeZonePtr& zone) {
  return fmt::format("{}  {}  (rule {})", format_instant(fired.at, zone), fired.action, fired.rule);
}

}  // namespace

void write_case_jsonl(std::ostream& out, const Case& c, pt::ptime as_of) {
  json::object line = io::to_json(summarize(c, as_of)).as_object();
  json::array fired;
  for (const FiredAction& action : c.fired) {
    json::object f;
    add_action_fields(f, action);
    fired.push_back(std::move(f));
  }
  line["fired"] = std::move(fired);
  out << json::serialize(line) << '\n';
}

void write_case_table(std::ostream& out, const Case& c, pt::ptime as_of, const TimeZonePtr& zone) {
  const CaseSummary s = summarize(c, as_of);
  out << fmt::format("{}  {}  {} {} via {}  handler {}  escalation {}  next check {}\n", s.id,
                     s.state, s.priority, s.category, s.channel, s.handler, s.escalation,
                     when(s.next_check, zone));
  for (const ClockSummary& clock : s.clocks) {
    out << fmt::format("  {:<20} {:<26} {}{}\n", clock.clock.name(), when(clock.deadline, zone),
                       clock.status, clock.provisional ? " (provisional)" : "");
  }
  for (const FiredAction& fired : c.fired) out << "  fired " << fired_line(fired, zone) << '\n';
}

void write_due_jsonl(std::ostream& out, const DueAction& due) {
  json::object line;
  line["ticket"] = due.c->ticket.id;
  add_action_fields(line, due.action);
  out << json::serialize(line) << '\n';
}

void write_due_table(std::ostream& out, const DueAction& due, const TimeZonePtr& zone) {
  const FiredAction& a = due.action;
  out << fmt::format("{}  {}  {}  (rule {})\n", format_instant(a.at, zone), due.c->ticket.id,
                     a.action, a.rule);
}

}  // namespace kefu::tool
