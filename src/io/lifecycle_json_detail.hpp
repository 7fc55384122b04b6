#pragma once
// Private helpers shared by event_json.cpp, ticket_json.cpp and case_json.cpp: strict reading with
// the path of every field, UTC instants as text, and event records without their own version.

#include <kefu/core/detail/enum_table.hpp>
#include <kefu/lifecycle/event_record.hpp>
#include <kefu/lifecycle/lifecycle.hpp>
#include <kefu/lifecycle/ticket.hpp>

#include <boost/date_time/posix_time/posix_time_types.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kefu::io::detail {

// Throws kefu::parse_error "<what> json: <path>: <problem>".
[[noreturn]] void fail(std::string_view what, const std::string& path, std::string_view problem);

// The fields of one JSON object. Each field read is remembered, so that `finish` can refuse the
// fields nobody asked for.
class Fields {
 public:
  Fields(const boost::json::value& json, std::string path, std::string_view what);

  const boost::json::value& required(std::string_view key);
  const boost::json::value* optional(std::string_view key);  // also null for a JSON null
  std::string path_of(std::string_view key) const;
  std::string_view what() const noexcept { return what_; }
  void finish() const;  // throws on a field that was never read

 private:
  const boost::json::object* object_;
  std::string path_;
  std::string_view what_;
  std::vector<std::string_view> read_;
};

std::string read_string(const boost::json::value& json, std::string_view what,
                        const std::string& path);
std::uint32_t read_count(const boost::json::value& json, std::string_view what,
                         const std::string& path);
boost::posix_time::ptime read_time(const boost::json::value& json, std::string_view what,
                                   const std::string& path);
// Requires "version" to be lifecycle_json_version.
void read_version(Fields& fields);

// Exact stable English name only: files are written by programs, not typed by people.
template <class Enum>
Enum read_enum(const boost::json::value& json, std::string_view what, const std::string& path,
               std::string_view kind) {
  const std::string text = read_string(json, what, path);
  for (const auto& entry : EnumTraits<Enum>::entries) {
    if (entry.name == text) return entry.value;
  }
  fail(what, path, "unknown " + std::string(kind) + " '" + text + "'");
}

// "2026-11-24T09:30:00Z", with six fractional digits when the instant has any; null for
// not_a_date_time.
boost::json::value time_to_json(boost::posix_time::ptime at);

// A record as it appears inside a ticket's history: no version of its own.
void write_record(boost::json::object& out, const EventRecord& record);
boost::json::object record_to_json(const EventRecord& record);
EventRecord record_from_json(Fields& fields);

// A ticket snapshot at `path` ("$", "$.ticket"), checked against its history replayed on
// `lifecycle` (ticket_json.hpp); errors are "<what> json: <path>...: ...". `what` outlives the
// call (a literal).
Ticket read_ticket(const boost::json::value& json, const std::string& path, std::string_view what,
                   const Lifecycle& lifecycle);

}  // namespace kefu::io::detail
