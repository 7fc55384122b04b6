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
#include <cstdint>
#include <limits>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace kefu::io {

namespace json = boost::json;
using boost::posix_time::ptime;

namespace {

constexpr std::string_view ticket_what = "ticket json";

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

using detail::enum_to_json;
using detail::instant_to_json;

// A milestone may be null; the field itself is still required.
ptime nullable_time(detail::Object& object, std::string_view key) {
  const detail::Node node = object.nullable(key);
  return node.is_null() ? ptime() : node.instant();
}

}  // namespace

json::value to_json(const Ticket& t) {
  json::object out;
  out["version"] = lifecycle_json_version;
  out["id"] = t.id;
  out["channel"] = enum_to_json(t.channel);
  out["category"] = enum_to_json(t.category);
  out["scenario"] = enum_to_json(t.scenario);
  out["priority"] = enum_to_json(t.priority);
  out["tier"] = enum_to_json(t.tier);
  out["owner"] = t.owner;
  out["handler"] = t.handler;
  out["state"] = enum_to_json(t.state);
  out["escalation"] = enum_to_json(t.escalation);
  json::object milestones;
  for (const auto& [key, member] : milestone_fields()) {
    milestones[key] = instant_to_json(t.milestones.*member);
  }
  out["milestones"] = std::move(milestones);
  out["updated_at"] = instant_to_json(t.updated_at);
  out["rating"] = t.rating ? enum_to_json(*t.rating) : json::value(nullptr);
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
  if (history.empty()) fail_at(what, path, "empty: a history starts with the open event");
  const auto* open = std::get_if<events::Open>(&history.front().event);
  if (open == nullptr) fail_at(what, path + "[0].event", "expected 'open', the first event");
  if (const auto repeated = find_repeated_event_id(history)) {
    fail_at(what, fmt::format("{}[{}].event_id", path, repeated->index),
            fmt::format("'{}' is already the id of {}[{}]", history[repeated->index].id, path,
                        repeated->earlier));
  }
  Ticket ticket;
  try {
    ticket = Ticket::open(*open, history.front().at, history.front().id);
  } catch (const argument_error& e) {
    fail_at(what, path + "[0]", e.what());
  }
  for (std::size_t i = 1; i < history.size(); ++i) {
    // The ids are known to be unique: applied without one, the record takes its id after.
    const Transition t = lifecycle.apply(ticket, history[i].event, history[i].at);
    if (!t) {
      fail_at(
          what, fmt::format("{}[{}]", path, i),
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
      fail_at(what, at,
              fmt::format("{} contradicts the history, which ends in {}", shown(field.value()),
                          shown(expected)));
    }
  }
}

}  // namespace

Ticket read_ticket(const Node& node, const Lifecycle& lifecycle) {
  const std::string& path = node.path();
  const std::string_view what = node.what();
  Object fields(node);
  read_version(fields);
  Ticket t;
  t.id = fields.required("id").string();
  t.channel = fields.required("channel").stable_name<Channel>("channel");
  t.category = fields.required("category").stable_name<Category>("category");
  t.scenario = fields.required("scenario").stable_name<Scenario>("scenario");
  t.priority = fields.required("priority").stable_name<Priority>("priority");
  t.tier = fields.required("tier").stable_name<CustomerTier>("customer tier");
  t.owner = fields.required("owner").string();
  t.handler = fields.required("handler").string();
  t.state = fields.required("state").stable_name<State>("state");
  t.escalation = fields.required("escalation").stable_name<EscalationLevel>("escalation level");

  Object milestones(fields.required("milestones"));
  const auto fields_of_milestones = milestone_fields();
  std::vector<ptime Milestones::*> absent;  // taken from the history
  for (std::size_t i = 0; i < fields_of_milestones.size(); ++i) {
    const auto& [key, member] = fields_of_milestones[i];
    if (i < required_milestones || milestones.optional(key)) {
      t.milestones.*member = nullable_time(milestones, key);
    } else {
      absent.push_back(member);
    }
  }
  milestones.finish();

  t.updated_at = fields.nullable("updated_at").instant();  // null is refused as no instant
  if (const Node rating = fields.nullable("rating"); !rating.is_null()) {
    t.rating = rating.stable_name<Rating>("rating");
  }
  t.close_reason = fields.required("close_reason").string();
  const auto count = [&fields](std::string_view key) {
    return static_cast<std::uint32_t>(
        fields.required(key).integer(0, std::numeric_limits<std::uint32_t>::max()));
  };
  t.reopen_count = count("reopen_count");
  t.repeat_complaints = count("repeat_complaints");
  t.repeat_of = fields.required("repeat_of").string();

  const Node history = fields.required("history");
  const std::vector<Node> records = history.items();
  t.history.reserve(records.size());
  for (const Node& item : records) {
    Object record(item);
    t.history.push_back(record_from_json(record));
    record.finish();
  }
  fields.finish();

  // Everything but the history is derived from it: a snapshot edited by hand (a closed case
  // marked received) would let the lifecycle accept events the SOP forbids.
  Ticket replayed = replay_history(t.history, history.path(), what, lifecycle);
  for (const auto member : absent) t.milestones.*member = replayed.milestones.*member;
  check_against(to_json(t).as_object(), to_json(replayed).as_object(), path, what);
  return replayed;
}

}  // namespace detail

Ticket ticket_from_json(const json::value& value) { return ticket_from_json(value, Lifecycle{}); }

Ticket ticket_from_json(const json::value& value, const Lifecycle& lifecycle) {
  return detail::read_ticket(detail::Node(value, "$", ticket_what), lifecycle);
}

std::string to_json_text(const Ticket& ticket) { return json::serialize(to_json(ticket)); }

Ticket ticket_from_json_text(std::string_view text) {
  return ticket_from_json_text(text, Lifecycle{});
}

Ticket ticket_from_json_text(std::string_view text, const Lifecycle& lifecycle) {
  boost::system::error_code ec;
  const json::value value = json::parse(json::string_view(text.data(), text.size()), ec);
  if (ec) detail::fail_at(ticket_what, "$", "invalid json: " + ec.message());
  return ticket_from_json(value, lifecycle);
}

}  // namespace kefu::io
