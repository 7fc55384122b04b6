#include "json_reader.hpp"

#include <kefu/calendar/duration_text.hpp>
#include <kefu/calendar/instant.hpp>

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <boost/json/stream_parser.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace kefu::io::detail {

namespace json = boost::json;
namespace pt = boost::posix_time;

namespace {

// Line and column (both from 1, columns in bytes) of a byte offset.
std::pair<std::size_t, std::size_t> line_and_column(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  std::size_t line = 1;
  std::size_t column = 1;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return {line, column};
}

// Edits (insert, delete, substitute, swap two neighbours) between two names, ASCII case folded:
// "opne" is one edit from "open".
std::size_t edit_distance(std::string_view a, std::string_view b) {
  const std::size_t width = b.size() + 1;
  std::vector<std::size_t> d((a.size() + 1) * width);
  const auto at = [&](std::size_t i, std::size_t j) -> std::size_t& { return d[i * width + j]; };
  const auto same = [&](std::size_t i, std::size_t j) {
    return kefu::detail::fold_ascii(a[i]) == kefu::detail::fold_ascii(b[j]);
  };
  for (std::size_t i = 0; i <= a.size(); ++i) at(i, 0) = i;
  for (std::size_t j = 0; j <= b.size(); ++j) at(0, j) = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      at(i, j) = std::min(
          {at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (same(i - 1, j - 1) ? 0 : 1)});
      if (i > 1 && j > 1 && same(i - 1, j - 2) && same(i - 2, j - 1)) {
        at(i, j) = std::min(at(i, j), at(i - 2, j - 2) + 1);
      }
    }
  }
  return at(a.size(), b.size());
}

bool digits(std::string_view text, std::size_t at, std::size_t count, int& out) {
  if (at + count > text.size()) return false;
  out = 0;
  for (std::size_t i = at; i < at + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    out = out * 10 + (text[i] - '0');
  }
  return true;
}

// "2026-10-01" at the start of text.
std::optional<boost::gregorian::date> parse_day(std::string_view text) {
  int year = 0;
  int month = 0;
  int day = 0;
  if (text.size() < 10 || !digits(text, 0, 4, year) || text[4] != '-' ||
      !digits(text, 5, 2, month) || text[7] != '-' || !digits(text, 8, 2, day)) {
    return std::nullopt;
  }
  if (year < 1400 || year > 9999 || month < 1 || month > 12 || day < 1) return std::nullopt;
  const auto days_in_month = boost::gregorian::gregorian_calendar::end_of_month_day(
      static_cast<unsigned short>(year), static_cast<unsigned short>(month));
  if (day > days_in_month) return std::nullopt;
  return boost::gregorian::date(static_cast<unsigned short>(year),
                                static_cast<unsigned short>(month),
                                static_cast<unsigned short>(day));
}

}  // namespace

json::value parse_document(std::string_view text, std::string_view what) {
  json::parse_options options;
  options.allow_comments = true;
  options.allow_trailing_commas = true;
  options.max_depth = 64;
  json::error_code ec;
  json::stream_parser parser(json::storage_ptr(), options);
  const std::size_t used = parser.write_some(text.data(), text.size(), ec);
  if (!ec) parser.finish(ec);
  if (ec) {
    const auto [line, column] = line_and_column(text, used);
    throw parse_error(fmt::format("{}: line {}, column {}: {}", what, line, column, ec.message()));
  }
  return parser.release();
}

std::optional<std::string_view> closest(std::string_view text,
                                        const std::vector<std::string_view>& candidates) {
  std::optional<std::string_view> best;
  if (text.size() > 64) return best;  // no name is that long: not a typo, and costly to compare
  std::size_t best_distance = std::numeric_limits<std::size_t>::max();
  for (const std::string_view candidate : candidates) {
    const std::size_t d = edit_distance(text, candidate);
    if (d < best_distance) {
      best_distance = d;
      best = candidate;
    }
  }
  // A typo changes a few characters: at most a third of the longer name, and at least one.
  if (!best || best_distance == 0 ||
      best_distance > std::max<std::size_t>(1, std::max(text.size(), best->size()) / 3)) {
    return std::nullopt;
  }
  return best;
}

std::string did_you_mean(std::string_view text, const std::vector<std::string_view>& candidates) {
  const auto best = closest(text, candidates);
  return best ? fmt::format(" (did you mean '{}'?)", *best) : std::string();
}

void fail_at(std::string_view what, std::string_view path, std::string_view problem) {
  throw parse_error(fmt::format("{}: {}: {}", what, path, problem));
}

void Node::fail(std::string_view problem) const { fail_at(what_, path_, problem); }

void Node::fail_unknown(std::string_view kind, std::string_view text,
                        const std::vector<std::string_view>& names) const {
  fail(fmt::format("unknown {} '{}'{}", kind, text, did_you_mean(text, names)));
}

Object Node::object() const { return Object(*this); }

namespace {
// "$.a" + "b": every field a reader looks up gets its path, and most fit in the string's
// small buffer, so no allocation (fmt::format cost a tenth of reading an event log).
std::string child_path(const std::string& parent, char separator, std::string_view key,
                       std::string_view close = {}) {
  std::string path;
  path.reserve(parent.size() + 1 + key.size() + close.size());
  path.append(parent).append(1, separator).append(key).append(close);
  return path;
}
}  // namespace

std::vector<Node> Node::items() const {
  if (!json_->is_array()) fail("expected an array");
  std::vector<Node> out;
  const auto& array = json_->get_array();
  out.reserve(array.size());
  for (std::size_t i = 0; i < array.size(); ++i) {
    out.emplace_back(array[i], child_path(path_, '[', std::to_string(i), "]"), what_);
  }
  return out;
}

std::string Node::string() const {
  if (!json_->is_string()) fail("expected a string");
  const auto& s = json_->get_string();
  return std::string(s.data(), s.size());
}

bool Node::boolean() const {
  if (!json_->is_bool()) fail("expected true or false");
  return json_->get_bool();
}

std::int64_t Node::integer(std::int64_t min, std::int64_t max) const {
  std::int64_t value = 0;
  if (json_->is_int64()) {
    value = json_->get_int64();
  } else if (json_->is_uint64() && json_->get_uint64() <= std::uint64_t{INT64_MAX}) {
    value = static_cast<std::int64_t>(json_->get_uint64());
  } else if (json_->is_double() && std::isfinite(json_->get_double()) &&
             std::floor(json_->get_double()) == json_->get_double() &&
             std::fabs(json_->get_double()) < 9.0e15) {
    value = static_cast<std::int64_t>(json_->get_double());
  } else {
    fail(fmt::format("expected a whole number from {} to {}", min, max));
  }
  if (value < min || value > max) {
    fail(fmt::format("{} is outside {} to {}", value, min, max));
  }
  return value;
}

double Node::number() const {
  if (!json_->is_number()) fail("expected a number");
  double value = json_->to_number<double>();
  if (!std::isfinite(value)) fail("expected a finite number");
  if (json_->is_double()) {
    // Boost.JSON 1.81 may read a decimal one unit in the last place off ("0.42" as
    // 0.42000000000000004). Policies hold numbers people type, of at most 15 significant
    // digits: the nearest double to the decimal of 15 digits is the one meant.
    char text[32];
    const auto written = fmt::format_to_n(text, sizeof text - 1, "{:.15g}", value);
    std::from_chars(text, written.out, value);
  }
  return value;
}

pt::time_duration Node::duration() const {
  if (!json_->is_string()) fail("expected a duration such as \"48 h\" or \"30 s\"");
  const std::string text = string();
  if (!text.empty() && text.front() == '-') fail(fmt::format("negative duration '{}'", text));
  const auto d = parse_duration(text);
  if (!d)
    fail(fmt::format("'{}' is not a duration such as \"48 h\", \"1 h 30 min\" or \"30 s\"", text));
  return *d;
}

pt::ptime Node::instant() const {
  if (!json_->is_string()) fail("expected an instant such as \"2026-11-24T09:30:00Z\"");
  const std::string text = string();
  try {
    return kefu::parse_instant(text);
  } catch (const parse_error& e) {
    fail(e.what());  // "instant '2026-10-01T09:00:00': no offset: ..."
  }
}

boost::gregorian::date Node::day() const {
  const std::string text = string();
  const auto d = text.size() == 10 ? parse_day(text) : std::nullopt;
  if (!d) fail(fmt::format("'{}' is not a day such as \"2026-10-01\"", text));
  return *d;
}

Object::Object(const Node& node) : node_(node) {
  if (!node.json().is_object()) node.fail("expected an object");
  object_ = &node.json().get_object();
}

std::optional<Node> Object::optional(std::string_view key) {
  known_.push_back(key);
  const auto* value = object_->if_contains(json::string_view(key.data(), key.size()));
  if (value == nullptr || value->is_null()) return std::nullopt;
  return Node(*value, child_path(node_.path(), '.', key), node_.what());
}

Node Object::required(std::string_view key) {
  auto node = optional(key);
  if (!node) node_.fail(fmt::format("missing field '{}'", key));
  return *node;
}

Node Object::nullable(std::string_view key) {
  known_.push_back(key);
  const auto* value = object_->if_contains(json::string_view(key.data(), key.size()));
  if (value == nullptr) node_.fail(fmt::format("missing field '{}'", key));
  return Node(*value, child_path(node_.path(), '.', key), node_.what());
}

void Object::finish() const {
  for (const auto& field : *object_) {
    const std::string_view key(field.key().data(), field.key().size());
    if (std::find(known_.begin(), known_.end(), key) == known_.end()) {
      node_.fail(fmt::format("unknown field '{}'{}", key,
                             did_you_mean(key, {known_.begin(), known_.end()})));
    }
  }
}

// Whole seconds as kefu::human_duration prints them ("1 h 30 min", "0 s"), then any milliseconds.
json::value duration_to_json(pt::time_duration d) {
  const pt::time_duration whole = pt::seconds(d.total_seconds());
  const std::int64_t ms = (d - whole).total_milliseconds();
  std::string out = fmt::format("{}", human_duration(whole));
  if (ms != 0)
    out = whole.total_seconds() == 0 ? fmt::format("{} ms", ms) : out + fmt::format(" {} ms", ms);
  return json::value(json::string(out));
}

json::value instant_to_json(pt::ptime at) {
  if (at.is_special()) return nullptr;
  return json::value(json::string(kefu::format_instant(at)));
}

json::value day_to_json(boost::gregorian::date day) {
  const auto ymd = day.year_month_day();
  return json::value(
      json::string(fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year),
                               static_cast<int>(ymd.month), static_cast<int>(ymd.day))));
}

}  // namespace kefu::io::detail
