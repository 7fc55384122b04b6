// JSON for a case's host data, and for its flat summary.

#include "lifecycle_json_detail.hpp"
#include <kefu/calendar/instant.hpp>
#include <kefu/core/error.hpp>
#include <kefu/io/case_json.hpp>
#include <kefu/io/ticket_json.hpp>

#include <boost/json/array.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <fmt/core.h>

#include <optional>
#include <string>
#include <utility>

namespace kefu::io {

namespace json = boost::json;
using boost::posix_time::ptime;

namespace {

// The prefix of every error: "case json: <path>: <problem>".
constexpr std::string_view what = "case json";

json::array flags_to_json(const Flags& flags) {
  json::array out;
  for (const Flag flag : all_flags) {
    if (flags.test(flag)) out.push_back(detail::enum_to_json(flag));
  }
  return out;
}

Flags read_flags(const detail::Node& node) {
  Flags flags;
  for (const detail::Node& item : node.items()) {
    const Flag flag = item.enumeration<Flag>("flag");
    if (flags.test(flag)) item.fail(fmt::format("'{}' is listed twice", to_string(flag)));
    flags.set(flag);
  }
  return flags;
}

using detail::instant_to_json;

}  // namespace

json::value case_to_json(const Case& c) {
  json::object out;
  out["version"] = lifecycle_json_version;
  out["ticket"] = to_json(c.ticket);
  out["flags"] = flags_to_json(c.flags);
  out["checked_until"] = instant_to_json(c.checked_until);
  return out;
}

Case case_from_json(const json::value& value, const Workflow& workflow) {
  detail::Object object(detail::Node(value, "$", what));
  detail::read_version(object);
  const detail::Node ticket_node = object.required("ticket");
  Ticket ticket = detail::read_ticket(ticket_node, workflow.lifecycle());
  const Flags flags = read_flags(object.required("flags"));
  const detail::Node checked_node = object.nullable("checked_until");
  const ptime checked_until = checked_node.instant();  // null is refused as no instant
  object.finish();

  Case c;
  try {
    c = workflow.replay(ticket.history, flags, checked_until);
  } catch (const argument_error& e) {
    // The lifecycle accepted the history, so this is the workflow's own check.
    detail::fail_at(what, ticket_node.path() + ".history", e.what());
  }
  // checked_until moves only with an event or a timer check that fired something, and a
  // replay up to it stops at the same place.
  if (c.checked_until != checked_until) {
    checked_node.fail(fmt::format("'{}' is not where this history's events and checks end ('{}')",
                                  format_instant(checked_until), format_instant(c.checked_until)));
  }
  return c;
}

std::string case_to_json_text(const Case& c) { return json::serialize(case_to_json(c)); }

Case case_from_json_text(std::string_view text, const Workflow& workflow) {
  boost::system::error_code ec;
  const json::value value = json::parse(json::string_view(text.data(), text.size()), ec);
  if (ec) detail::fail_at(what, "$", "invalid json: " + ec.message());
  return case_from_json(value, workflow);
}

json::value to_json(const CaseSummary& s) {
  const auto optional_time = [](const std::optional<ptime>& at) {
    return at ? instant_to_json(*at) : json::value(nullptr);
  };
  json::object out;
  out["id"] = s.id;
  out["state"] = detail::enum_to_json(s.state);
  out["priority"] = detail::enum_to_json(s.priority);
  out["category"] = detail::enum_to_json(s.category);
  out["channel"] = detail::enum_to_json(s.channel);
  out["scenario"] = detail::enum_to_json(s.scenario);
  out["tier"] = detail::enum_to_json(s.tier);
  out["handler"] = s.handler;
  out["escalation"] = detail::enum_to_json(s.escalation);
  out["flags"] = flags_to_json(s.flags);
  out["updated_at"] = instant_to_json(s.updated_at);
  out["checked_until"] = instant_to_json(s.checked_until);
  out["next_check"] = optional_time(s.next_check);
  out["as_of"] = instant_to_json(s.as_of);
  json::array clocks;
  for (const ClockSummary& clock : s.clocks) {
    json::object k;
    const std::string_view name = clock.clock.name();
    k["clock"] = json::string_view(name.data(), name.size());
    k["deadline"] = optional_time(clock.deadline);
    k["status"] = detail::enum_to_json(clock.status);
    k["provisional"] = clock.provisional;
    clocks.push_back(std::move(k));
  }
  out["clocks"] = std::move(clocks);
  return out;
}

}  // namespace kefu::io
