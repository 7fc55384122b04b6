#include "case_output.hpp"

#include "json_text.hpp"
#include <kefu/calendar/duration_text.hpp>
#include <kefu/calendar/instant.hpp>
#include <kefu/workflow/case_summary.hpp>

#include <fmt/format.h>

#include <optional>
#include <string>

namespace kefu::tool {

namespace pt = boost::posix_time;

namespace {

void write_action_fields(JsonText& out, const FiredAction& fired) {
  out.key("at");
  out.string(format_instant(fired.at));
  out.key("rule");
  out.string(fired.rule);
  out.key("occasion");
  out.number(fired.occasion);
  const escalation::Action& action = fired.action;
  out.key("action");
  out.string(escalation::to_string(action.kind));
  switch (action.kind) {
    case escalation::ActionKind::notify:
    case escalation::ActionKind::reassign:
    case escalation::ActionKind::escalate:
      out.key("role");
      out.string(action.role);
      break;
    case escalation::ActionKind::raise_priority:
      out.key("priority");
      out.name(action.priority);
      break;
    case escalation::ActionKind::schedule_follow_up:
      out.key("after");
      out.string(fmt::format("{}", human_duration(action.after)));
      break;
  }
}

// The case summary as io::to_json(CaseSummary) writes it (kefu/io/case_json.hpp), same order.
void write_summary_fields(JsonText& out, const CaseSummary& s) {
  out.key("id");
  out.string(s.id);
  out.key("state");
  out.name(s.state);
  out.key("priority");
  out.name(s.priority);
  out.key("category");
  out.name(s.category);
  out.key("channel");
  out.name(s.channel);
  out.key("scenario");
  out.name(s.scenario);
  out.key("tier");
  out.name(s.tier);
  out.key("handler");
  out.string(s.handler);
  out.key("escalation");
  out.name(s.escalation);
  out.key("flags");
  out.begin_array();
  for (const Flag flag : all_flags) {
    if (s.flags.test(flag)) out.name(flag);
  }
  out.end_array();
  out.key("updated_at");
  out.instant(s.updated_at);
  out.key("checked_until");
  out.instant(s.checked_until);
  out.key("next_check");
  out.instant(s.next_check);
  out.key("as_of");
  out.instant(s.as_of);
  out.key("clocks");
  out.begin_array();
  for (const ClockSummary& clock : s.clocks) {
    out.begin_object();
    out.key("clock");
    out.string(clock.clock.name());
    out.key("deadline");
    out.instant(clock.deadline);
    out.key("status");
    out.name(clock.status);
    out.key("provisional");
    out.boolean(clock.provisional);
    out.end_object();
  }
  out.end_array();
}

void write_line(std::ostream& out, JsonBuffer& text) {
  text.push_back('\n');
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

std::string when(const std::optional<pt::ptime>& at, const TimeZonePtr& zone) {
  return at ? format_instant(*at, zone) : "-";
}

std::string fired_line(const FiredAction& fired, const TimeZonePtr& zone) {
  return fmt::format("{}  {}  (rule {})", format_instant(fired.at, zone), fired.action, fired.rule);
}

}  // namespace

void write_case_jsonl(std::ostream& out, const Case& c, pt::ptime as_of) {
  JsonBuffer text;
  JsonText json(text);
  json.begin_object();
  write_summary_fields(json, summarize(c, as_of));
  json.key("fired");
  json.begin_array();
  for (const FiredAction& action : c.fired) {
    json.begin_object();
    write_action_fields(json, action);
    json.end_object();
  }
  json.end_array();
  json.end_object();
  write_line(out, text);
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
  JsonBuffer text;
  JsonText json(text);
  json.begin_object();
  json.key("ticket");
  json.string(due.c->ticket.id);
  write_action_fields(json, due.action);
  json.end_object();
  write_line(out, text);
}

void write_due_table(std::ostream& out, const DueAction& due, const TimeZonePtr& zone) {
  const FiredAction& a = due.action;
  out << fmt::format("{}  {}  {}  (rule {})\n", format_instant(a.at, zone), due.c->ticket.id,
                     a.action, a.rule);
}

}  // namespace kefu::tool
