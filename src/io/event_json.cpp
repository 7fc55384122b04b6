// JSON for lifecycle events and event records, and the strict reading helpers the ticket JSON
// shares (lifecycle_json_detail.hpp).

#include "lifecycle_json_detail.hpp"
#include <kefu/calendar/instant.hpp>
#include <kefu/core/error.hpp>
#include <kefu/io/event_json.hpp>

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <fmt/core.h>

#include <algorithm>
#include <cstddef>
#include <limits>
#include <optional>
#include <utility>
#include <variant>

namespace kefu::io {
namespace detail {

namespace json = boost::json;
using boost::posix_time::ptime;

void fail(std::string_view what, const std::string& path, std::string_view problem) {
  throw parse_error(fmt::format("{} json: {}: {}", what, path, problem));
}

Fields::Fields(const json::value& value, std::string path, std::string_view what)
    : object_(value.if_object()), path_(std::move(path)), what_(what) {
  if (object_ == nullptr) fail(what_, path_, "expected an object");
}

std::string Fields::path_of(std::string_view key) const { return fmt::format("{}.{}", path_, key); }

const json::value* Fields::optional(std::string_view key) {
  read_.push_back(key);
  const json::value* value = object_->if_contains(key);
  return value != nullptr && !value->is_null() ? value : nullptr;
}

const json::value& Fields::required(std::string_view key) {
  read_.push_back(key);
  const json::value* value = object_->if_contains(key);
  if (value == nullptr) fail(what_, path_of(key), "missing");
  return *value;
}

void Fields::finish() const {
  for (const auto& field : *object_) {
    if (std::find(read_.begin(), read_.end(), field.key()) == read_.end()) {
      fail(what_, path_of(field.key()), "unknown field");
    }
  }
}

std::string read_string(const json::value& value, std::string_view what, const std::string& path) {
  const json::string* text = value.if_string();
  if (text == nullptr) fail(what, path, "expected a string");
  return std::string(*text);
}

std::uint32_t read_count(const json::value& value, std::string_view what, const std::string& path) {
  constexpr auto max = std::numeric_limits<std::uint32_t>::max();
  if (const auto* i = value.if_int64(); i != nullptr && *i >= 0 && *i <= max) {
    return static_cast<std::uint32_t>(*i);
  }
  if (const auto* u = value.if_uint64(); u != nullptr && *u <= max) {
    return static_cast<std::uint32_t>(*u);
  }
  fail(what, path, "expected a whole number from 0 to 4294967295");
}

namespace {

constexpr std::string_view time_problem = "expected a utc time like 2026-11-24T09:30:00Z";

}  // namespace

ptime read_time(const json::value& value, std::string_view what, const std::string& path) {
  const json::string* string = value.if_string();
  if (string == nullptr) fail(what, path, time_problem);
  try {
    return kefu::parse_instant(std::string_view(string->data(), string->size()));
  } catch (const parse_error&) {
    fail(what, path, time_problem);
  }
}

json::value time_to_json(ptime at) {
  if (at.is_special()) return nullptr;
  const auto date = at.date();
  const auto time = at.time_of_day();
  std::string text =
      fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}", int(date.year()), int(date.month()),
                  int(date.day()), time.hours(), time.minutes(), time.seconds());
  if (time.fractional_seconds() != 0) {
    text += fmt::format(".{:0{}}", time.fractional_seconds(),
                        boost::posix_time::time_duration::num_fractional_digits());
  }
  text += 'Z';
  return json::string(text);
}

void read_version(Fields& fields) {
  const auto& version = fields.required("version");
  const auto* number = version.if_int64();
  if (number == nullptr || *number != lifecycle_json_version) {
    fail(fields.what(), fields.path_of("version"),
         fmt::format("unsupported version {} (this kefu reads {})", json::serialize(version),
                     lifecycle_json_version));
  }
}

namespace {

template <class Enum>
json::value enum_to_json(Enum value) {
  return json::string(to_string(value));
}

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
  out["by"] = time_to_json(e.by);
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
  Fields& fields;

  void string(std::string_view key, std::string& target) {
    if (const auto* v = fields.optional(key)) {
      target = read_string(*v, fields.what(), fields.path_of(key));
    }
  }
  template <class Enum>
  void name(std::string_view key, Enum& target, std::string_view kind) {
    if (const auto* v = fields.optional(key)) {
      target = read_enum<Enum>(*v, fields.what(), fields.path_of(key), kind);
    }
  }
  template <class Enum>
  void name(std::string_view key, std::optional<Enum>& target, std::string_view kind) {
    if (const auto* v = fields.optional(key)) {
      target = read_enum<Enum>(*v, fields.what(), fields.path_of(key), kind);
    }
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
    if (const auto* v = fields.optional("by"))
      e.by = read_time(*v, fields.what(), fields.path_of("by"));
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

Event read_event(Fields& fields) {
  const auto kind = read_enum<EventKind>(fields.required("event"), fields.what(),
                                         fields.path_of("event"), "event");
  Event event = make_event(static_cast<std::size_t>(kind),
                           std::make_index_sequence<std::variant_size_v<Event>>{});
  std::visit(
      [&fields](auto& e) {
        e.actor = read_string(fields.required("actor"), fields.what(), fields.path_of("actor"));
        PayloadReader{fields}(e);
        PayloadReader{fields}.string("note", e.note);
      },
      event);
  return event;
}

}  // namespace

void write_record(json::object& out, const EventRecord& record) {
  if (!record.id.empty()) out["event_id"] = record.id;  // left out when the host gave none
  out["event"] = nullptr;  // keeps "event" before "at" in the written text
  out["at"] = time_to_json(record.at);
  write_event(out, record.event);
}

json::object record_to_json(const EventRecord& record) {
  json::object out;
  write_record(out, record);
  return out;
}

EventRecord record_from_json(Fields& fields) {
  std::string id;
  if (const auto* v = fields.optional("event_id")) {
    id = read_string(*v, fields.what(), fields.path_of("event_id"));
  }
  const ptime at = read_time(fields.required("at"), fields.what(), fields.path_of("at"));
  Event event = read_event(fields);
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

Event event_from_json(const json::value& value) {
  detail::Fields fields(value, "$", "event");
  detail::read_version(fields);
  Event event = detail::read_event(fields);
  fields.finish();
  return event;
}

EventRecord event_record_from_json(const json::value& value) {
  detail::Fields fields(value, "$", "event");
  detail::read_version(fields);
  EventRecord record = detail::record_from_json(fields);
  fields.finish();
  return record;
}

EventRecord event_record_from_json_text(std::string_view text) {
  boost::system::error_code ec;
  const json::value value = json::parse(json::string_view(text.data(), text.size()), ec);
  if (ec) detail::fail("event", "$", "invalid json: " + ec.message());
  return event_record_from_json(value);
}

}  // namespace kefu::io
