#include "event_log.hpp"

#include "csv_record.hpp"
#include "event_line_reader.hpp"
#include <kefu/core/error.hpp>
#include <kefu/io/event_json.hpp>

#include <boost/json/monotonic_resource.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <fmt/core.h>

#include <algorithm>
#include <array>
#include <string_view>
#include <variant>
#include <vector>

namespace kefu::tool {

namespace json = boost::json;

namespace {

constexpr std::array<std::string_view, 20> csv_columns{
    "ticket",   "event_id",   "at",      "event",     "actor", "channel", "category",
    "scenario", "priority",   "tier",    "repeat_of", "to",    "level",   "rating",
    "reason",   "department", "finding", "by",        "flags", "note"};
constexpr std::array<std::string_view, 4> required_csv_columns{"ticket", "at", "event", "actor"};

void fail(std::string_view path, std::string_view problem) {
  throw parse_error(fmt::format("event json: {}: {}", path, problem));
}

Flags read_flags(const json::value& value) {
  const json::array* names = value.if_array();
  if (names == nullptr) fail("$.flags", "expected an array of flag names");
  Flags flags;
  for (std::size_t i = 0; i < names->size(); ++i) {
    const json::string* name = (*names)[i].if_string();
    const auto flag = name != nullptr ? parse<Flag>(std::string_view(*name)) : std::nullopt;
    if (!flag) fail(fmt::format("$.flags[{}]", i), "expected a flag name such as \"perishable\"");
    flags.set(*flag);
  }
  return flags;
}

// The ticket and flags are the log's; the rest is an event record for the library's reader.
LogEntry entry_from_object(json::object object, std::size_t line) {
  LogEntry entry;
  entry.line = line;
  try {
    const json::value* ticket = object.if_contains("ticket");
    if (ticket == nullptr || !ticket->is_string() || ticket->get_string().empty()) {
      fail("$.ticket", "expected the ticket's id, a non-empty string");
    }
    entry.ticket = std::string(ticket->get_string());
    object.erase("ticket");
    bool has_flags = false;
    if (const json::value* flags = object.if_contains("flags")) {
      entry.flags = read_flags(*flags);
      has_flags = true;
      object.erase("flags");
    }
    if (!object.contains("version")) object["version"] = io::lifecycle_json_version;
    entry.record = io::event_record_from_json(object);
    if (auto* open = std::get_if<events::Open>(&entry.record.event)) {
      if (open->id.empty()) open->id = entry.ticket;
      if (open->id != entry.ticket) {
        fail("$.id", fmt::format("the open event's id '{}' is not the ticket '{}'", open->id,
                                 entry.ticket));
      }
    } else if (has_flags) {
      fail("$.flags", "only the open event carries flags");
    }
  } catch (const kefu::error& e) {
    entry.error = e.what();
  }
  return entry;
}

bool blank(std::string_view line) {
  return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

}  // namespace

LogFormat log_format_for(const std::string& path) {
  const std::string_view csv = ".csv";
  return path.size() > csv.size() && path.compare(path.size() - csv.size(), csv.size(), csv) == 0
             ? LogFormat::csv
             : LogFormat::jsonl;
}

struct EventLog::Impl {
  std::istream& in;
  LogFormat format;
  std::size_t line = 0;             // JSON Lines
  std::optional<CsvReader> csv;     // CSV
  std::vector<std::string> header;  // CSV column names

  std::string text;      // JSON Lines: the current line, its buffer kept from line to line
  EventLineReader fast;  // JSON Lines: the lines it takes skip the document below
  // A line the fast reader gives up on is read again through a document, built in a buffer on
  // the stack (heap beyond it) and dropped with it, for the strict reader's error or record.
  std::optional<LogEntry> next_json_line() {
    while (std::getline(in, text)) {
      ++line;
      if (!text.empty() && text.back() == '\r') text.pop_back();
      if (blank(text)) continue;
      LogEntry entry;
      entry.line = line;
      if (fast.read(text, entry)) return entry;
      unsigned char buffer[4096];
      json::monotonic_resource resource(buffer, sizeof buffer);
      boost::system::error_code ec;
      json::value value = json::parse(text, ec, &resource);
      if (ec) return malformed(line, "event json: invalid json: " + ec.message());
      if (!value.is_object()) return malformed(line, "event json: $: expected an object");
      return entry_from_object(std::move(value.get_object()), line);
    }
    return std::nullopt;
  }

  std::optional<LogEntry> next_csv_record() {
    while (auto record = csv->next()) {
      if (!record->error.empty()) return malformed(record->line, "csv: " + record->error);
      if (record->fields.size() == 1 && blank(record->fields[0])) continue;
      if (record->fields.size() != header.size()) {
        return malformed(record->line, fmt::format("csv: {} fields, the header names {}",
                                                   record->fields.size(), header.size()));
      }
      json::object object;
      for (std::size_t i = 0; i < header.size(); ++i) {
        const std::string& cell = record->fields[i];
        if (cell.empty()) continue;
        if (header[i] == "flags") {
          json::array names;
          std::size_t from = 0;
          while (from <= cell.size()) {
            const std::size_t bar = std::min(cell.find('|', from), cell.size());
            names.emplace_back(cell.substr(from, bar - from));
            from = bar + 1;
          }
          object["flags"] = std::move(names);
        } else {
          object[header[i]] = cell;
        }
      }
      return entry_from_object(std::move(object), record->line);
    }
    return std::nullopt;
  }

  static LogEntry malformed(std::size_t at_line, std::string why) {
    LogEntry entry;
    entry.line = at_line;
    entry.error = std::move(why);
    return entry;
  }

  void read_header() {
    const auto record = csv->next();
    if (!record) throw parse_error("csv: line 1: no header");
    if (!record->error.empty()) throw parse_error("csv: line 1: " + record->error);
    for (std::string name : record->fields) {
      if (!name.empty() && name.back() == '\r') name.pop_back();
      if (std::find(csv_columns.begin(), csv_columns.end(), name) == csv_columns.end()) {
        throw parse_error(fmt::format("csv: line 1: unknown column '{}'", name));
      }
      if (std::find(header.begin(), header.end(), name) != header.end()) {
        throw parse_error(fmt::format("csv: line 1: column '{}' given twice", name));
      }
      header.push_back(name);
    }
    for (const std::string_view name : required_csv_columns) {
      if (std::find(header.begin(), header.end(), name) == header.end()) {
        throw parse_error(fmt::format("csv: line 1: no column '{}'", name));
      }
    }
  }
};

EventLog::EventLog(std::istream& in, LogFormat format)
    : impl_(new Impl{in, format, 0, {}, {}, {}, {}}) {
  if (format == LogFormat::csv) {
    impl_->csv.emplace(in);
    impl_->read_header();
  }
}

EventLog::~EventLog() = default;

std::optional<LogEntry> EventLog::next() {
  return impl_->format == LogFormat::csv ? impl_->next_csv_record() : impl_->next_json_line();
}

}  // namespace kefu::tool
