// JSON snapshots of tickets.

#include "lifecycle_json_detail.hpp"
#include <kefu/core/error.hpp>
#include <kefu/io/event_json.hpp>
#include <kefu/io/ticket_json.hpp>
#include <kefu/lifecycle/lifecycle.hpp>

#include <boost/json/array.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <fmt/core.h>

#include <array>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace kefu::io {

namespace json = boost::json;
using boost::posix_time::ptime;

namespace {

constexpr std::string_view ticket_what = "ticket";

// The milestones under their stable names, in the order they are written.
// The last four came with lifecycle events added later: a document without them is read as
// one whose case never reached them.
constexpr std::size_t required_milestones = 11;
std::array<std::pair<std::string_view, ptime Milestones::*>, 15> milestone_fields() {
  return {{{"opened", &Milestones::opened},
           {"first_response", &Milestones::first_response},
           {"triaged", &Milestones::triaged},
           {"proposed", &Milestones::proposed},
           {"accepted", &Milestones::accepted},
           {"resolved", &Milestones::resolved},
           {"confirmed", &Milestones::confirmed},
           {"followed_up", &Milestones::followed_up},
           {"closed", &Milestones::closed},
           {"reopened", &Milestones::reopened},
           {"cancelled", &Milestones::cancelled},
           {"verified", &Milestones::verified},
           {"apologized", &Milestones::apologized},
           {"site_visit_needed", &Milestones::site_visit_needed},
           {"on_site", &Milestones::on_site}}};
}

template <class Enum>
json::string name_of(Enum value) {
  return json::string(to_string(value));
}

std::string text(detail::Fields& fields, std::string_view key) {
  return detail::read_string(fields.required(key), fields.what(), fields.path_of(key));
}

template <class Enum>
Enum name(detail::Fields& fields, std::string_view key, std::string_view kind) {
  return detail::read_enum<Enum>(fields.required(key), fields.what(), fields.path_of(key), kind);
}

// A milestone or the rating may be null; the field itself is still required.
ptime nullable_time(detail::Fields& fields, std::string_view key) {
  const auto& value = fields.required(key);
  return value.is_null() ? ptime() : detail::read_time(value, fields.what(), fields.path_of(key));
}

}  // namespace

json::value to_json(const Ticket& t) {
  json::object out;
  out["version"] = lifecycle_json_version;
  out["id"] = t.id;
  out["channel"] = name_of(t.channel);
  out["category"] = name_of(t.category);
  out["scenario"] = name_of(t.scenario);
  out["priority"] = name_of(t.priority);
  out["tier"] = name_of(t.tier);
  out["owner"] = t.owner;
  out["handler"] = t.handler;
  out["state"] = name_of(t.state);
  out["escalation"] = name_of(t.escalation);
  json::object milestones;
  for (const auto& [key, member] : milestone_fields()) {
    milestones[key] = detail::time_to_json(t.milestones.*member);
  }
  out["milestones"] = std::move(milestones);
  out["updated_at"] = detail::time_to_json(t.updated_at);
  out["rating"] = t.rating ? json::value(name_of(*t.rating)) : json::value(nullptr);
  out["close_reason"] = t.close_reason;
  out["reopen_count"] = t.reopen_count;
  out["repeat_complaints"] = t.repeat_complaints;
  out["repeat_of"] = t.repeat_of;
  json::array history;
  history.reserve(t.history.size());
  for (const auto& record : t.history) history.push_back(detail::record_to_json(record));
  out["history"] = std::move(history);
  return out;
}

namespace detail {

namespace {

// The ticket its history gives: every record replayed by `lifecycle` from the open event.
Ticket replay_history(const std::vector<EventRecord>& history, const std::string& path,
                      std::string_view what, const Lifecycle& lifecycle) {
  if (history.empty()) fail(what, path, "empty: a history starts with the open event");
  const auto* open = std::get_if<events::Open>(&history.front().event);
  if (open == nullptr) fail(what, path + "[0].event", "expected 'open', the first event");
  if (const auto repeated = find_repeated_event_id(history)) {
    fail(what, fmt::format("{}[{}].event_id", path, repeated->index),
         fmt::format("'{}' is already the id of {}[{}]", history[repeated->index].id, path,
                     repeated->earlier));
  }
  Ticket ticket;
  try {
    ticket = Ticket::open(*open, history.front().at, history.front().id);
  } catch (const argument_error& e) {
    fail(what, path + "[0]", e.what());
  }
  for (std::size_t i = 1; i < history.size(); ++i) {
    // The ids are known to be unique: applied without one, the record takes its id after.
    const Transition t = lifecycle.apply(ticket, history[i].event, history[i].at);
    if (!t) {
      fail(what, fmt::format("{}[{}]", path, i),
           fmt::format("'{}' refused in {}: {}", history[i].name(), to_string(t.from), t.reason));
    }
    ticket.history.back().id = history[i].id;
  }
  return ticket;
}

// 'text' for a string, the JSON text otherwise (null, a number).
std::string shown(const json::value& value) {
  if (const auto* text = value.if_string()) return fmt::format("'{}'", std::string_view(*text));
  return json::serialize(value);
}

// Refuses the first field of the snapshot that differs from the replayed ticket, both written
// by to_json so that equal fields have equal text.
void check_against(const json::object& snapshot, const json::object& replayed,
                   const std::string& path, std::string_view what) {
  for (const auto& field : snapshot) {
    if (field.key() == "history" || field.key() == "version") continue;
    const std::string at = fmt::format("{}.{}", path, std::string_view(field.key()));
    const json::value& expected = replayed.at(field.key());
    if (field.value().is_object()) {
      check_against(field.value().as_object(), expected.as_object(), at, what);
    } else if (field.value() != expected) {
      fail(what, at,
           fmt::format("{} contradicts the history, which ends in {}", shown(field.value()),
                       shown(expected)));
    }
  }
}

}  // namespace

Ticket read_ticket(const json::value& value, const std::string& path, std::string_view what,
                   const Lifecycle& lifecycle) {
  Fields fields(value, path, what);
  read_version(fields);
  Ticket t;
  t.id = text(fields, "id");
  t.channel = name<Channel>(fields, "channel", "channel");
  t.category = name<Category>(fields, "category", "category");
  t.scenario = name<Scenario>(fields, "scenario", "scenario");
  t.priority = name<Priority>(fields, "priority", "priority");
  t.tier = name<CustomerTier>(fields, "tier", "customer tier");
  t.owner = text(fields, "owner");
  t.handler = text(fields, "handler");
  t.state = name<State>(fields, "state", "state");
  t.escalation = name<EscalationLevel>(fields, "escalation", "escalation level");

  Fields milestones(fields.required("milestones"), fields.path_of("milestones"), what);
  const auto fields_of_milestones = milestone_fields();
  std::vector<ptime Milestones::*> absent;  // taken from the history
  for (std::size_t i = 0; i < fields_of_milestones.size(); ++i) {
    const auto& [key, member] = fields_of_milestones[i];
    if (i < required_milestones || milestones.optional(key) != nullptr) {
      t.milestones.*member = nullable_time(milestones, key);
    } else {
      absent.push_back(member);
    }
  }
  milestones.finish();

  t.updated_at = read_time(fields.required("updated_at"), what, fields.path_of("updated_at"));
  if (const auto& rating = fields.required("rating"); !rating.is_null()) {
    t.rating = read_enum<Rating>(rating, what, fields.path_of("rating"), "rating");
  }
  t.close_reason = text(fields, "close_reason");
  t.reopen_count =
      read_count(fields.required("reopen_count"), what, fields.path_of("reopen_count"));
  t.repeat_complaints =
      read_count(fields.required("repeat_complaints"), what, fields.path_of("repeat_complaints"));
  t.repeat_of = text(fields, "repeat_of");

  const std::string history_path = fields.path_of("history");
  const auto* history = fields.required("history").if_array();
  if (history == nullptr) fail(what, history_path, "expected an array");
  t.history.reserve(history->size());
  for (std::size_t i = 0; i < history->size(); ++i) {
    Fields record((*history)[i], fmt::format("{}[{}]", history_path, i), what);
    t.history.push_back(record_from_json(record));
    record.finish();
  }
  fields.finish();

  // Everything but the history is derived from it: a snapshot edited by hand (a closed case
  // marked received) would let the lifecycle accept events the SOP forbids.
  Ticket replayed = replay_history(t.history, history_path, what, lifecycle);
  for (const auto member : absent) t.milestones.*member = replayed.milestones.*member;
  check_against(to_json(t).as_object(), to_json(replayed).as_object(), path, what);
  return replayed;
}

}  // namespace detail

Ticket ticket_from_json(const json::value& value) { return ticket_from_json(value, Lifecycle{}); }

Ticket ticket_from_json(const json::value& value, const Lifecycle& lifecycle) {
  return detail::read_ticket(value, "$", ticket_what, lifecycle);
}

std::string to_json_text(const Ticket& ticket) { return json::serialize(to_json(ticket)); }

Ticket ticket_from_json_text(std::string_view text) {
  return ticket_from_json_text(text, Lifecycle{});
}

Ticket ticket_from_json_text(std::string_view text, const Lifecycle& lifecycle) {
  boost::system::error_code ec;
  const json::value value = json::parse(json::string_view(text.data(), text.size()), ec);
  if (ec) detail::fail(ticket_what, "$", "invalid json: " + ec.message());
  return ticket_from_json(value, lifecycle);
}

}  // namespace kefu::io
