#include "event_line.hpp"

#include <kefu/core/error.hpp>
#include <kefu/io/event_json.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <fmt/core.h>

#include <variant>

namespace helpdesk {

namespace json = boost::json;

namespace {

[[noreturn]] void fail(std::string_view path, std::string_view problem) {
  throw kefu::parse_error(fmt::format("event json: {}: {}", path, problem));
}

kefu::Flags read_flags(const json::value& value) {
  const json::array* names = value.if_array();
  if (names == nullptr) fail("$.flags", "expected an array of flag names");
  kefu::Flags flags;
  for (std::size_t i = 0; i < names->size(); ++i) {
    const json::string* name = (*names)[i].if_string();
    const auto flag =
        name != nullptr ? kefu::parse<kefu::Flag>(std::string_view(*name)) : std::nullopt;
    if (!flag) fail(fmt::format("$.flags[{}]", i), "expected a flag name such as \"perishable\"");
    flags.set(*flag);
  }
  return flags;
}

}  // namespace

EventLine read_event_line(std::string_view text) {
  boost::system::error_code ec;
  json::value value = json::parse(text, ec);
  if (ec) fail("$", "invalid json: " + ec.message());
  json::object* object = value.if_object();
  if (object == nullptr) fail("$", "expected an object");

  EventLine line;
  const json::value* ticket = object->if_contains("ticket");
  if (ticket == nullptr || !ticket->is_string() || ticket->get_string().empty()) {
    fail("$.ticket", "expected the ticket's id, a non-empty string");
  }
  line.ticket = std::string(ticket->get_string());
  object->erase("ticket");
  bool has_flags = false;
  if (const json::value* flags = object->if_contains("flags")) {
    line.flags = read_flags(*flags);
    has_flags = true;
    object->erase("flags");
  }
  if (!object->contains("version")) (*object)["version"] = kefu::io::lifecycle_json_version;
  line.record = kefu::io::event_record_from_json(*object);
  if (line.record.id.empty()) fail("$.event_id", "expected the event's id, a non-empty string");
  if (auto* open = std::get_if<kefu::events::Open>(&line.record.event)) {
    if (open->id.empty()) open->id = line.ticket;
    if (open->id != line.ticket) {
      fail("$.id",
           fmt::format("the open event's id '{}' is not the ticket '{}'", open->id, line.ticket));
    }
  } else if (has_flags) {
    fail("$.flags", "only the open event carries flags");
  }

  json::object canonical;
  canonical["ticket"] = line.ticket;
  const json::value record = kefu::io::to_json(line.record);
  for (const auto& field : record.as_object()) {
    canonical[field.key()] = field.value();
  }
  json::array flag_names;
  for (const kefu::Flag flag : kefu::all_flags) {
    if (line.flags.test(flag)) flag_names.emplace_back(kefu::to_string(flag));
  }
  if (!flag_names.empty()) canonical["flags"] = std::move(flag_names);
  line.body = json::serialize(canonical);
  return line;
}

}  // namespace helpdesk
