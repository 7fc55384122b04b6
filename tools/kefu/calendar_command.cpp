// kefu calendar add|between|explain|is-open: business-time questions on the configured
// calendar (the config document's, default the shipped China calendar). Instants in and out
// are ISO 8601 with offsets; answers are written in the calendar's zone.

#include "commands.hpp"
#include "options.hpp"
#include <kefu/calendar/calendar_trace.hpp>
#include <kefu/calendar/duration_text.hpp>
#include <kefu/calendar/instant.hpp>

#include <fmt/core.h>

#include <memory>
#include <string>
#include <tuple>

namespace kefu::tool {

namespace {

struct CalendarOptions {
  std::string config;
  std::string from;
  std::string to;        // between, explain
  std::string duration;  // add
};

// A deadline counted over a year without a schedule may move once that year is loaded.
void note_uncovered(const BusinessCalendar& calendar, boost::posix_time::ptime from,
                    boost::posix_time::ptime to) {
  if (calendar.covers(from, to)) return;
  fmt::print(stderr,
             "kefu calendar: provisional: a year in {}/{} has no holiday schedule; counted on "
             "the weekly hours\n",
             format_instant(from, calendar.zone()), format_instant(to, calendar.zone()));
}

int add(const CalendarOptions& o) {
  const auto start = instant_option("START", o.from);
  const auto duration = duration_option("DURATION", o.duration);
  const BusinessCalendar calendar = load_config(o.config).business_calendar();
  const auto end = calendar.add(start, duration);
  fmt::print("{}\n", format_instant(end, calendar.zone()));
  note_uncovered(calendar, start, end);
  return exit_ok;
}

int between(const CalendarOptions& o) {
  const auto from = instant_option("FROM", o.from);
  const auto to = instant_option("TO", o.to);
  const BusinessCalendar calendar = load_config(o.config).business_calendar();
  fmt::print("{}\n", human_duration(calendar.between(from, to)));
  note_uncovered(calendar, from, to);
  return exit_ok;
}

int explain(const CalendarOptions& o) {
  const auto from = instant_option("FROM", o.from);
  const auto to = instant_option("TO", o.to);
  const BusinessCalendar calendar = load_config(o.config).business_calendar();
  const std::string trace = fmt::format("{}", calendar.explain(from, to));
  fmt::print(trace.empty() || trace.back() != '\n' ? "{}\n" : "{}", trace);
  return exit_ok;
}

int is_open(const CalendarOptions& o) {
  const auto at = instant_option("TIME", o.from);
  const BusinessCalendar calendar = load_config(o.config).business_calendar();
  if (calendar.is_open(at)) {
    fmt::print("open\n");
  } else {
    fmt::print("closed; opens {}\n", format_instant(calendar.next_open(at), calendar.zone()));
  }
  return exit_ok;
}

using Handler = int (*)(const CalendarOptions&);

CLI::App* add_question(CLI::App& calendar, Action& action, const char* name,
                       const char* description, Handler handler,
                       const std::shared_ptr<CalendarOptions>& options) {
  CLI::App* sub = calendar.add_subcommand(name, description);
  sub->add_option("--config", options->config,
                  "config document whose calendar to use (default: the shipped China calendar, "
                  "Mon-Fri 09:00-18:00 UTC+8 with the State Council's holidays)");
  sub->callback(
      [options, handler, &action] { action = [options, handler] { return handler(*options); }; });
  return sub;
}

}  // namespace

void add_calendar_command(CLI::App& app, Action& action) {
  CLI::App* calendar = app.add_subcommand("calendar", "Business-time questions on the calendar");
  calendar->require_subcommand(1);
  auto o = std::make_shared<CalendarOptions>();

  CLI::App* add_sub = add_question(*calendar, action, "add",
                                   "The instant by which DURATION of open time has passed since "
                                   "START",
                                   add, o);
  add_sub->add_option("START", o->from, "ISO 8601 with an offset: 2026-09-30T17:00:00+08:00")
      ->required();
  add_sub->add_option("DURATION", o->duration, "open time: \"4 h\", \"1 h 30 min\", \"30 s\"")
      ->required();

  for (auto [name, description, handler] :
       {std::tuple{"between", "Open time from FROM to TO", &between},
        std::tuple{"explain",
                   "The open stretches and holidays behind the open time from FROM to TO",
                   &explain}}) {
    CLI::App* sub = add_question(*calendar, action, name, description, handler, o);
    sub->add_option("FROM", o->from, "ISO 8601 with an offset")->required();
    sub->add_option("TO", o->to, "ISO 8601 with an offset")->required();
  }

  CLI::App* open_sub = add_question(*calendar, action, "is-open",
                                    "Whether the calendar is open at TIME, and when it opens "
                                    "next if not",
                                    is_open, o);
  open_sub->add_option("TIME", o->from, "ISO 8601 with an offset")->required();
}

}  // namespace kefu::tool
