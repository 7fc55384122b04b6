#include "event_line_reader.hpp"

#include <kefu/calendar/instant.hpp>
#include <kefu/core/error.hpp>
#include <kefu/core/parse.hpp>
#include <kefu/io/event_json.hpp>

#include <boost/json/array.hpp>
#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/object.hpp>
#include <boost/json/string.hpp>
#include <boost/system/errc.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <variant>

namespace kefu::tool {

namespace json = boost::json;

namespace {

// Every field a line may hold: the log's own two, then those of kefu/io/event_json.hpp.
enum class Field : std::uint8_t {
  ticket,
  flags,
  version,
  event_id,
  at,
  event,
  actor,
  note,
  id,
  channel,
  category,
  scenario,
  priority,
  tier,
  repeat_of,
  to,
  level,
  rating,
  reason,
  department,
  finding,
  by,
};
constexpr std::size_t field_count = 22;
constexpr std::array<std::string_view, field_count> field_names{
    "ticket", "flags",   "version",  "event_id",   "at",       "event", "actor",     "note",
    "id",     "channel", "category", "scenario",   "priority", "tier",  "repeat_of", "to",
    "level",  "rating",  "reason",   "department", "finding",  "by"};

constexpr std::size_t index(Field f) { return static_cast<std::size_t>(f); }

// What a field was given: a string, null, the version 1, or the array of flags.
enum class Given : std::uint8_t { absent, null, text, one, list };

// Boost.JSON's events for one line, kept field by field. Anything the strict reader would not
// take as it is stops the parse (the handler returns false with an error code set).
struct Handler {
  // The limits of Boost.JSON's own documents, so that the same lines are too large.
  static constexpr std::size_t max_object_size = json::object::max_size();
  static constexpr std::size_t max_array_size = json::array::max_size();
  static constexpr std::size_t max_key_size = json::string::max_size();
  static constexpr std::size_t max_string_size = json::string::max_size();

  std::array<Given, field_count> given{};
  // A string field's value: in the line itself when it has no escapes, else in `copies`.
  std::array<std::string_view, field_count> text;
  std::array<std::string, field_count> copies;  // their capacity kept from line to line
  std::string_view input;                       // the line
  Flags flags;
  int depth = 0;  // 1 in the record, 2 in its array of flags
  Field field = Field::ticket;
  std::string part;  // a key or string that came in parts

  void clear(std::string_view line) {
    input = line;
    given.fill(Given::absent);
    flags = Flags();
    depth = 0;
    part.clear();
  }

  static bool give_up(json::error_code& ec) {
    ec = boost::system::errc::make_error_code(boost::system::errc::operation_canceled);
    return false;
  }

  // The whole of a key or string, `last` being its last part.
  std::string_view whole(json::string_view last) {
    if (part.empty()) return std::string_view(last.data(), last.size());
    part.append(last.data(), last.size());
    return part;
  }

  bool on_document_begin(json::error_code&) { return true; }
  bool on_document_end(json::error_code&) { return true; }
  bool on_object_begin(json::error_code& ec) {
    if (depth != 0) return give_up(ec);
    depth = 1;
    return true;
  }
  bool on_object_end(std::size_t, json::error_code&) {
    depth = 0;
    return true;
  }
  bool on_array_begin(json::error_code& ec) {
    if (depth != 1 || field != Field::flags) return give_up(ec);
    given[index(field)] = Given::list;
    depth = 2;
    return true;
  }
  bool on_array_end(std::size_t, json::error_code&) {
    depth = 1;
    return true;
  }
  bool on_key_part(json::string_view s, std::size_t, json::error_code&) {
    part.append(s.data(), s.size());
    return true;
  }
  bool on_key(json::string_view s, std::size_t, json::error_code& ec) {
    const std::string_view key = whole(s);
    std::size_t i = 0;
    while (i < field_count && field_names[i] != key) ++i;
    part.clear();
    if (i == field_count || given[i] != Given::absent) return give_up(ec);
    field = static_cast<Field>(i);
    return true;
  }
  bool on_string_part(json::string_view s, std::size_t, json::error_code&) {
    part.append(s.data(), s.size());
    return true;
  }
  bool on_string(json::string_view s, std::size_t, json::error_code& ec) {
    const std::string_view value = whole(s);
    bool taken = true;
    if (depth == 1) {
      // std::less_equal: a total order even for pointers into different arrays.
      const std::less_equal<const char*> before;
      const bool in_line = before(input.data(), value.data()) &&
                           before(value.data() + value.size(), input.data() + input.size());
      text[index(field)] = in_line ? value : copies[index(field)].assign(value);
      given[index(field)] = Given::text;
    } else if (const auto flag = depth == 2 ? parse<Flag>(value) : std::nullopt) {
      flags.set(*flag);
    } else {
      taken = false;
    }
    part.clear();
    return taken || give_up(ec);
  }
  bool on_number_part(json::string_view, json::error_code&) { return true; }
  bool on_int64(std::int64_t i, json::string_view, json::error_code& ec) {
    if (depth != 1 || field != Field::version || i != io::lifecycle_json_version) {
      return give_up(ec);
    }
    given[index(field)] = Given::one;
    return true;
  }
  bool on_uint64(std::uint64_t, json::string_view, json::error_code& ec) { return give_up(ec); }
  bool on_double(double, json::string_view, json::error_code& ec) { return give_up(ec); }
  bool on_bool(bool, json::error_code& ec) { return give_up(ec); }
  bool on_null(json::error_code& ec) {
    if (depth != 1) return give_up(ec);
    given[index(field)] = Given::null;
    return true;
  }
  bool on_comment_part(json::string_view, json::error_code&) { return true; }
  bool on_comment(json::string_view, json::error_code&) { return true; }
};

// The exact stable English name, as the strict reader requires of logs.
template <class Enum>
std::optional<Enum> stable_name(std::string_view text) {
  for (const auto& entry : EnumTraits<Enum>::entries) {
    if (entry.name == text) return entry.value;
  }
  return std::nullopt;
}

// The fields of a parsed line as the strict reader takes them: each one looked up is marked,
// and a field nobody looked up refuses the line (io::event_record_from_json's Object::finish).
struct Fields {
  const Handler& line;
  std::array<bool, field_count> used{};

  Given take(Field f) {
    used[index(f)] = true;
    return line.given[index(f)];
  }
  std::string_view text(Field f) const { return line.text[index(f)]; }

  // Absent or null: the default stays.
  bool string(Field f, std::string& target) {
    const Given given = take(f);
    if (given == Given::text) target = text(f);
    return given == Given::absent || given == Given::null || given == Given::text;
  }
  bool required_string(Field f, std::string& target) {
    return take(f) == Given::text && (target = text(f), true);
  }
  template <class Enum>
  bool name(Field f, Enum& target) {
    const Given given = take(f);
    if (given != Given::text) return given == Given::absent || given == Given::null;
    const auto value = stable_name<Enum>(text(f));
    if (value) target = *value;
    return value.has_value();
  }
  template <class Enum>
  bool name(Field f, std::optional<Enum>& target) {
    Enum value{};
    const Given given = line.given[index(f)];
    if (!name(f, value)) return false;
    if (given == Given::text) target = value;
    return true;
  }
  bool instant(Field f, boost::posix_time::ptime& target) {
    if (take(f) != Given::text) return false;
    try {
      target = parse_instant(text(f));
    } catch (const parse_error&) {
      return false;
    }
    return true;
  }
  bool optional_instant(Field f, boost::posix_time::ptime& target) {
    const Given given = line.given[index(f)];
    if (given == Given::absent || given == Given::null) return take(f), true;
    return instant(f, target);
  }

  // Payload fields beyond actor and note, as io::event_record_from_json reads them.
  bool payload(events::Open& e) {
    return string(Field::id, e.id) && name(Field::channel, e.facts.channel) &&
           name(Field::category, e.facts.category) && name(Field::scenario, e.facts.scenario) &&
           name(Field::priority, e.facts.priority) && name(Field::tier, e.facts.tier) &&
           string(Field::repeat_of, e.repeat_of);
  }
  bool payload(events::Triage& e) {
    return name(Field::category, e.category) && name(Field::scenario, e.scenario) &&
           name(Field::priority, e.priority);
  }
  bool payload(events::FollowUp& e) { return name(Field::rating, e.rating); }
  bool payload(events::Close& e) { return string(Field::reason, e.reason); }
  bool payload(events::Cancel& e) { return string(Field::reason, e.reason); }
  bool payload(events::Transfer& e) { return string(Field::to, e.to); }
  bool payload(events::Escalate& e) { return name(Field::level, e.level); }
  bool payload(events::VerifyFacts& e) {
    return string(Field::department, e.department) && string(Field::finding, e.finding);
  }
  bool payload(events::PromiseAnswer& e) { return optional_instant(Field::by, e.by); }
  template <class E>
  bool payload(E&) {
    return true;
  }

  bool all_used() const {
    for (std::size_t i = 0; i < field_count; ++i) {
      if (line.given[i] != Given::absent && !used[i]) return false;
    }
    return true;
  }
};

template <std::size_t... I>
void make_event(Event& event, std::size_t kind, std::index_sequence<I...>) {
  // The fold stops at the matching alternative; its value, whether one matched, is not needed.
  static_cast<void>(((kind == I ? (event.template emplace<I>(), true) : false) || ...));
}

// The entry from a line parsed without error, or false where the strict reader may disagree.
bool fill(const Handler& line, LogEntry& entry) {
  Fields fields{line};
  if (!fields.required_string(Field::ticket, entry.ticket) || entry.ticket.empty()) return false;
  const Given flags = fields.take(Field::flags);
  if (flags != Given::absent && flags != Given::list) return false;
  const Given version = fields.take(Field::version);
  if (version != Given::absent && version != Given::one) return false;
  entry.flags = line.flags;
  EventRecord& record = entry.record;
  record.id.clear();
  if (!fields.string(Field::event_id, record.id) || !fields.instant(Field::at, record.at)) {
    return false;
  }
  if (fields.take(Field::event) != Given::text) return false;
  const auto kind = stable_name<EventKind>(fields.text(Field::event));
  if (!kind) return false;
  make_event(record.event, static_cast<std::size_t>(*kind),
             std::make_index_sequence<std::variant_size_v<Event>>{});
  const bool read = std::visit(
      [&fields](auto& e) {
        return fields.required_string(Field::actor, e.actor) && fields.payload(e) &&
               fields.string(Field::note, e.note);
      },
      record.event);
  if (!read || !fields.all_used()) return false;
  if (auto* open = std::get_if<events::Open>(&record.event)) {
    if (open->id.empty()) open->id = entry.ticket;
    return open->id == entry.ticket;
  }
  return flags == Given::absent;  // only the open event carries flags
}

}  // namespace

struct EventLineReader::Parser {
  json::basic_parser<Handler> json{json::parse_options()};
};

EventLineReader::EventLineReader() : parser_(new Parser) {}

EventLineReader::~EventLineReader() = default;

bool EventLineReader::read(std::string_view line, LogEntry& entry) {
  auto& json = parser_->json;
  json.reset();
  json.handler().clear(line);
  json::error_code ec;
  const std::size_t used = json.write_some(false, line.data(), line.size(), ec);
  return !ec && json.done() && used == line.size() && fill(json.handler(), entry);
}

}  // namespace kefu::tool
