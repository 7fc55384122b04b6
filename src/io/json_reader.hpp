#pragma once
// Private: reading JSON documents that people write (policies, holiday schedules). Every value
// carries its path ("$.sla.rules[3].targets[0].clock") so that each error names the place; an
// object refuses the fields nobody asked for; names that are misspelt get a suggestion.
//
//   config: $.sla.rules[3].targets[0].clock: unknown clock 'frist_response' (did you mean
//   'first_response'?)

#include <kefu/core/error.hpp>
#include <kefu/core/parse.hpp>

#include <boost/container/small_vector.hpp>
#include <boost/date_time/posix_time/posix_time_types.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kefu::io::detail {

// Parses a document, accepting comments and trailing commas as editors write them. A syntax
// error throws kefu::parse_error "<what>: line 3, column 14: <problem>".
boost::json::value parse_document(std::string_view text, std::string_view what);

// The candidate closest to `text` by edit distance, when it is close enough to be a typo.
std::optional<std::string_view> closest(std::string_view text,
                                        const std::vector<std::string_view>& candidates);
// " (did you mean 'x'?)" or empty.
std::string did_you_mean(std::string_view text, const std::vector<std::string_view>& candidates);

class Object;

// Throws kefu::parse_error "<what>: <path>: <problem>", the form of every error of a document.
[[noreturn]] void fail_at(std::string_view what, std::string_view path, std::string_view problem);

// One JSON value and where it is in the document.
class Node {
 public:
  Node(const boost::json::value& json, std::string path, std::string_view what)
      : json_(&json), path_(std::move(path)), what_(what) {}

  const boost::json::value& json() const noexcept { return *json_; }
  const std::string& path() const noexcept { return path_; }
  std::string_view what() const noexcept { return what_; }
  bool is_null() const noexcept { return json_->is_null(); }

  // Throws kefu::parse_error "<what>: <path>: <problem>".
  [[noreturn]] void fail(std::string_view problem) const;

  Object object() const;
  std::vector<Node> items() const;  // the elements of an array
  std::string string() const;
  bool boolean() const;
  std::int64_t integer(std::int64_t min, std::int64_t max) const;
  // Finite; kept to 15 significant digits, as people write them.
  double number() const;
  // "48 h", "1 h 30 min", "30 s", "15min", "2h", "500 ms"; non-negative.
  boost::posix_time::time_duration duration() const;
  // A UTC instant: "2026-10-01T09:00:00Z" or with an offset "+08:00" (kefu::parse_instant).
  boost::posix_time::ptime instant() const;
  // A calendar day "2026-10-01".
  boost::gregorian::date day() const;

  // Any spelling kefu::parse<E> accepts (English name, Chinese label, aliases); an unknown
  // one is refused with the closest English name: "unknown <kind> 'x' (did you mean 'y'?)".
  template <class Enum>
  Enum enumeration(std::string_view kind) const {
    const std::string text = string();
    if (const auto value = kefu::parse<Enum>(text)) return *value;
    std::vector<std::string_view> names;
    for (const auto& entry : EnumTraits<Enum>::entries) names.push_back(entry.name);
    fail_unknown(kind, text, names);
  }

  // The exact stable English name only, for documents that programs write (event logs, ticket
  // snapshots): a label that reads differently in another kefu is not accepted there.
  template <class Enum>
  Enum stable_name(std::string_view kind) const {
    const std::string text = string();
    std::vector<std::string_view> names;
    for (const auto& entry : EnumTraits<Enum>::entries) {
      if (entry.name == text) return entry.value;
      names.push_back(entry.name);
    }
    fail_unknown(kind, text, names);
  }

  [[noreturn]] void fail_unknown(std::string_view kind, std::string_view text,
                                 const std::vector<std::string_view>& names) const;

 private:
  const boost::json::value* json_;
  std::string path_;
  std::string_view what_;
};

// The fields of one JSON object. Each field looked up is remembered, so that `finish` can
// refuse the ones nobody asked for ("unknown field 'tragets' (did you mean 'targets'?)").
class Object {
 public:
  explicit Object(const Node& node);

  // Keys are string literals: the object remembers them until finish().
  std::optional<Node> optional(std::string_view key);  // absent or null: empty
  Node required(std::string_view key);
  // Present, but null allowed: a field every document writes, null when it has no value (a
  // milestone not reached).
  Node nullable(std::string_view key);
  const Node& node() const noexcept { return node_; }
  // Throws on a field that was never looked up. Call after reading every field.
  void finish() const;

 private:
  Node node_;
  const boost::json::object* object_;
  // Inline: an event record has a dozen fields, and a heap vector per object read cost 7% of
  // reading an event log (bench/tool_bench, BM_EventLogRead).
  boost::container::small_vector<std::string_view, 16> known_;
};

// Runs a constructor that checks its own data (a policy, a rule set): its kefu::config_error
// becomes a parse_error at `node`, "config: $.escalation.rules: escalation rule 'x': ...".
template <class Fn>
auto checked(const Node& node, Fn&& build) -> decltype(build()) {
  try {
    return build();
  } catch (const config_error& e) {
    node.fail(e.what());
  }
}

// Writing, in the forms the readers accept.
boost::json::value duration_to_json(boost::posix_time::time_duration d);  // "1 h 30 min"
boost::json::value instant_to_json(boost::posix_time::ptime at);          // "...Z" or null
boost::json::value day_to_json(boost::gregorian::date day);               // "2026-10-01"

template <class Enum>
boost::json::value enum_to_json(Enum value) {
  const std::string_view name = kefu::detail::name_of(value);
  return boost::json::value(boost::json::string_view(name.data(), name.size()));
}

}  // namespace kefu::io::detail
