#include "call_log.hpp"

#include "csv_record.hpp"
#include <kefu/calendar/instant.hpp>
#include <kefu/core/error.hpp>

#include <fmt/core.h>

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

namespace kefu::tool {

namespace pt = boost::posix_time;

namespace {

enum Column { dialled_at, connected, to_human_s, answered_s, abandoned_s, handle_s, agent };
constexpr std::array<std::string_view, 7> columns{
    "dialled_at", "connected", "to_human_s", "answered_s", "abandoned_s", "handle_s", "agent"};

struct Malformed {
  std::string why;
};

// Whole seconds, at most a day: a wait or a handle time longer than that is a typo.
std::optional<int> seconds_cell(const std::string& cell, Column column) {
  if (cell.empty()) return std::nullopt;
  if (cell.size() > 5 ||
      !std::all_of(cell.begin(), cell.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    throw Malformed{
        fmt::format("{}: '{}' is not a whole number of seconds", columns[column], cell)};
  }
  const int n = std::stoi(cell);
  if (n > 86400) throw Malformed{fmt::format("{}: {} s is more than a day", columns[column], n)};
  return n;
}

bool blank(const std::vector<std::string>& fields) {
  return fields.size() == 1 && fields[0].find_first_not_of(" \t\r") == std::string::npos;
}

}  // namespace

struct CallLog::Impl {
  CsvReader csv;
  std::array<int, columns.size()> index;  // the column's place in the header; -1: not given
  std::size_t width = 0;

  explicit Impl(std::istream& in) : csv(in) { index.fill(-1); }

  void read_header() {
    const auto record = csv.next();
    if (!record) throw parse_error("csv: line 1: no header");
    if (!record->error.empty()) throw parse_error("csv: line 1: " + record->error);
    for (std::string name : record->fields) {
      if (!name.empty() && name.back() == '\r') name.pop_back();
      const auto found = std::find(columns.begin(), columns.end(), name);
      if (found == columns.end()) {
        throw parse_error(fmt::format("csv: line 1: unknown column '{}'", name));
      }
      int& at = index[static_cast<std::size_t>(found - columns.begin())];
      if (at >= 0) throw parse_error(fmt::format("csv: line 1: column '{}' given twice", name));
      at = static_cast<int>(width++);
    }
    for (const Column required : {dialled_at, connected}) {
      if (index[required] < 0) {
        throw parse_error(fmt::format("csv: line 1: no column '{}'", columns[required]));
      }
    }
  }

  const std::string& cell(const std::vector<std::string>& fields, Column column) const {
    static const std::string none;
    return index[column] < 0 ? none : fields[static_cast<std::size_t>(index[column])];
  }

  kpi::CallRecord call_of(const std::vector<std::string>& fields) const {
    kpi::CallRecord call;
    try {
      call.dialled_at = parse_instant(cell(fields, dialled_at));
    } catch (const kefu::error& e) {
      throw Malformed{fmt::format("dialled_at: {}", e.what())};
    }
    const std::string& on = cell(fields, connected);
    if (on != "1" && on != "0") throw Malformed{"connected: expected 1 or 0, not '" + on + "'"};
    call.connected = on == "1";
    const auto to_human = seconds_cell(cell(fields, to_human_s), to_human_s);
    const auto answered = seconds_cell(cell(fields, answered_s), answered_s);
    const auto abandoned = seconds_cell(cell(fields, abandoned_s), abandoned_s);
    const auto handle = seconds_cell(cell(fields, handle_s), handle_s);
    if (to_human && !call.connected) throw Malformed{"to_human_s: the call was not connected"};
    if ((answered || abandoned) && !to_human) {
      throw Malformed{"answered_s / abandoned_s: the caller never asked for a human (to_human_s)"};
    }
    if (answered && abandoned) throw Malformed{"answered_s and abandoned_s: both given"};
    if (handle && !answered) throw Malformed{"handle_s: the call was not answered"};
    if (to_human) {
      call.human_requested_at = call.dialled_at + pt::seconds(*to_human);
      if (answered) call.answered_at = *call.human_requested_at + pt::seconds(*answered);
      if (abandoned) call.abandoned_at = *call.human_requested_at + pt::seconds(*abandoned);
    }
    call.handle_time = pt::seconds(handle.value_or(0));
    call.agent = cell(fields, agent);
    return call;
  }
};

CallLog::CallLog(std::istream& in) : impl_(new Impl(in)) { impl_->read_header(); }

CallLog::~CallLog() = default;

std::optional<CallEntry> CallLog::next() {
  while (auto record = impl_->csv.next()) {
    CallEntry entry;
    entry.line = record->line;
    if (!record->error.empty()) {
      entry.error = "csv: " + record->error;
      return entry;
    }
    if (blank(record->fields)) continue;
    if (record->fields.size() != impl_->width) {
      entry.error =
          fmt::format("csv: {} fields, the header names {}", record->fields.size(), impl_->width);
      return entry;
    }
    try {
      entry.call = impl_->call_of(record->fields);
    } catch (const Malformed& m) {
      entry.error = m.why;
    }
    return entry;
  }
  return std::nullopt;
}

}  // namespace kefu::tool
