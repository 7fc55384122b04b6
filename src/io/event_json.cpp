// JSON for lifecycle events and event records, and the record helpers the ticket JSON shares
// (lifecycle_json_detail.hpp).

#include "lifecycle_json_detail.hpp"
#include <kefu/core/error.hpp>
#include <kefu/io/event_json.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <fmt/core.h>

#include <cstddef>
#include <optional>
#include <utility>
#include <variant>

namespace kefu::io {
namespace detail {

namespace json = boost::json;
using boost::posix_time::ptime;

void read_version(Object& object) {
  const Node version = object.required("version");
  if (!version.json().is_int64() || version.json().get_int64() != lifecycle_json_version) {
    version.fail(fmt::format("unsupported version {} (this kefu reads {})",
                             json::serialize(version.json()), lifecycle_json_version));
  }
}

namespace {

template <class Enum>
json::value optional_to_json(const std::optional<Enum>& value) {
  if (!value) return nullptr;
  return enum_to_json(*value);
}

// Payload fields beyond actor and note, one overload per event.
void write_payload(json::object& out, const events::Open& e) {
  out["id"] = e.id;
  out["channel"] = enum_to_json(e.facts.channel);
  out["category"] = enum_to_json(e.facts.category);
  out["scenario"] = enum_to_json(e.facts.scenario);
  out["priority"] = enum_to_json(e.facts.priority);
  out["tier"] = enum_to_json(e.facts.tier);
  out["repeat_of"] = e.repeat_of;
}
void write_payload(json::object& out, const events::Triage& e) {
  out["category"] = optional_to_json(e.category);
  out["scenario"] = optional_to_json(e.scenario);
  out["priority"] = optional_to_json(e.priority);
}
void write_payload(json::object& out, const events::FollowUp& e) {
  out["rating"] = enum_to_json(e.rating);
}
void write_payload(json::object& out, const events::Close& e) { out["reason"] = e.reason; }
void write_payload(json::object& out, const events::Cancel& e) { out["reason"] = e.reason; }
void write_payload(json::object& out, const events::Transfer& e) { out["to"] = e.to; }
void write_payload(json::object& out, const events::Escalate& e) {
  out["level"] = enum_to_json(e.level);
}
void write_payload(json::object& out, const events::VerifyFacts& e) {
  out["department"] = e.department;
  out["finding"] = e.finding;
}
void write_payload(json::object& out, const events::PromiseAnswer& e) {
  out["by"] = instant_to_json(e.by);
}
template <class E>
void write_payload(json::object&, const E&) {}

void write_event(json::object& out, const Event& event) {
  out["event"] = json::string(event_name(event));
  std::visit(
      [&out](const auto& e) {
        out["actor"] = e.actor;
        write_payload(out, e);
        out["note"] = e.note;
      },
      event);
}

// Reads an optional field into `target`, leaving the default when it is absent or null.
struct PayloadReader {
  Object& object;

  void string(std::string_view key, std::string& target) {
    if (const auto node = object.optional(key)) target = node->string();
  }
  template <class Enum>
  void name(std::string_view key, Enum& target, std::string_view kind) {
    if (const auto node = object.optional(key)) target = node->stable_name<Enum>(kind);
  }
  template <class Enum>
  void name(std::string_view key, std::optional<Enum>& target, std::string_view kind) {
    if (const auto node = object.optional(key)) target = node->stable_name<Enum>(kind);
  }

  void operator()(events::Open& e) {
    string("id", e.id);
    name("channel", e.facts.channel, "channel");
    name("category", e.facts.category, "category");
    name("scenario", e.facts.scenario, "scenario");
    name("priority", e.facts.priority, "priority");
    name("tier", e.facts.tier, "customer tier");
    string("repeat_of", e.repeat_of);
  }
  void operator()(events::Triage& e) {
    name("category", e.category, "category");
    name("scenario", e.scenario, "scenario");
    name("priority", e.priority, "priority");
  }
  void operator()(events::FollowUp& e) { name("rating", e.rating, "rating"); }
  void operator()(events::Close& e) { string("reason", e.reason); }
  void operator()(events::Cancel& e) { string("reason", e.reason); }
  void operator()(events::Transfer& e) { string("to", e.to); }
  void operator()(events::Escalate& e) { name("level", e.level, "escalation level"); }
  void operator()(events::VerifyFacts& e) {
    string("department", e.department);
    string("finding", e.finding);
  }
  void operator()(events::PromiseAnswer& e) {
    if (const auto node = object.optional("by")) e.by = node->instant();
  }
  template <class E>
  void operator()(E&) {}
};

template <std::size_t... I>
Event make_event(std::size_t index, std::index_sequence<I...>) {
  Event event;
  // The fold stops at the matching alternative; its value, whether one matched, is not needed.
  static_cast<void>(((index == I ? (event.emplace<I>(), true) : false) || ...));
  return event;
}

Event read_event(Object& object) {
  const auto kind = object.required("event").stable_name<EventKind>("event");
  Event event = make_event(static_cast<std::size_t>(kind),
                           std::make_index_sequence<std::variant_size_v<Event>>{});
  std::visit(
      [&object](auto& e) {
        e.actor = object.required("actor").string();
        PayloadReader{object}(e);
        PayloadReader{object}.string("note", e.note);
      },
      event);
  return event;
}

}  // namespace

void write_record(json::object& out, const EventRecord& record) {
  if (!record.id.empty()) out["event_id"] = record.id;  // left out when the host gave none
  out["event"] = nullptr;  // keeps "event" before "at" in the written text
  out["at"] = instant_to_json(record.at);
  write_event(out, record.event);
}

json::object record_to_json(const EventRecord& record) {
  json::object out;
  write_record(out, record);
  return out;
}

EventRecord record_from_json(Object& object) {
  std::string id;
  if (const auto node = object.optional("event_id")) id = node->string();
  const ptime at = object.nullable("at").instant();  // null is refused as no instant
  Event event = read_event(object);
  return EventRecord{std::move(event), at, std::move(id)};
}

}  // namespace detail

namespace json = boost::json;

json::value to_json(const Event& event) {
  json::object out;
  out["version"] = lifecycle_json_version;
  detail::write_event(out, event);
  return out;
}

json::value to_json(const EventRecord& record) {
  json::object out;
  out["version"] = lifecycle_json_version;
  detail::write_record(out, record);
  return out;
}

namespace {

constexpr std::string_view event_what = "event json";

}  // namespace

Event event_from_json(const json::value& value) {
  detail::Object object(detail::Node(value, "$", event_what));
  detail::read_version(object);
  Event event = detail::read_event(object);
  object.finish();
  return event;
}

EventRecord event_record_from_json(const json::value& value) {
  detail::Object object(detail::Node(value, "$", event_what));
  detail::read_version(object);
  EventRecord record = detail::record_from_json(object);
  object.finish();
  return record;
}

EventRecord event_record_from_json_text(std::string_view text) {
  boost::system::error_code ec;
  const json::value value = json::parse(json::string_view(text.data(), text.size()), ec);
  if (ec) detail::fail_at(event_what, "$", "invalid json: " + ec.message());
  return event_record_from_json(value);
}

}  // namespace kefu::io
