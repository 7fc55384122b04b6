#pragma once
// JSON text written straight into a buffer, for the lines `kefu run` and `kefu due` write.

#include <kefu/calendar/instant.hpp>
#include <kefu/core/detail/enum_table.hpp>

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <optional>
#include <string_view>

namespace kefu::tool {

// A line of JSON text; most case lines fit inline.
using JsonBuffer = fmt::basic_memory_buffer<char, 2048>;

// JSON text written straight into a buffer, byte for byte as boost::json::serialize writes the
// same document (its escapes: \" \\ \b \f \n \r \t, other control bytes as \u00xx, the rest as
// is), without building the document: writing the cases was a quarter of `kefu run`.
class JsonText {
 public:
  explicit JsonText(JsonBuffer& out) : out_(out) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  // A member's key, a name that needs no escape; its value follows.
  void key(std::string_view name) {
    value_start();
    const std::size_t at = out_.size();
    out_.resize(at + name.size() + 3);
    char* to = out_.data() + at;
    to[0] = '"';
    std::memcpy(to + 1, name.data(), name.size());
    to[name.size() + 1] = '"';
    to[name.size() + 2] = ':';
    after_key_ = true;
  }
  void string(std::string_view text) {
    value_start();
    quoted(text);
  }
  void null() { literal("null"); }
  void boolean(bool value) { literal(value ? "true" : "false"); }
  void number(std::uint64_t value) {
    value_start();
    fmt::format_to(std::back_inserter(out_), "{}", value);
  }
  // "...Z", or null for a special instant (io's instant_to_json).
  void instant(boost::posix_time::ptime at) {
    if (at.is_special()) return null();
    string(format_instant(at));
  }
  void instant(const std::optional<boost::posix_time::ptime>& at) {
    if (!at) return null();
    instant(*at);
  }
  template <class Enum>
  void name(Enum value) {
    string(kefu::detail::name_of(value));
  }

 private:
  void value_start() {
    if (!after_key_ && !first_) out_.push_back(',');
    after_key_ = false;
    first_ = false;
  }
  void open(char bracket) {
    value_start();
    out_.push_back(bracket);
    first_ = true;
  }
  void close(char bracket) {
    out_.push_back(bracket);
    first_ = false;
  }
  void literal(std::string_view text) {
    value_start();
    out_.append(text);
  }
  static bool plain(char c) {
    return static_cast<unsigned char>(c) >= 0x20 && c != '"' && c != '\\';
  }
  // Most strings need no escape and are copied whole.
  void quoted(std::string_view text) {
    if (std::all_of(text.begin(), text.end(), plain)) {
      const std::size_t at = out_.size();
      out_.resize(at + text.size() + 2);
      char* to = out_.data() + at;
      to[0] = '"';
      std::memcpy(to + 1, text.data(), text.size());
      to[text.size() + 1] = '"';
      return;
    }
    static constexpr char hex[] = "0123456789abcdef";
    out_.push_back('"');
    for (const char c : text) {
      const auto byte = static_cast<unsigned char>(c);
      if (plain(c)) {
        out_.push_back(c);
      } else if (c == '"' || c == '\\') {
        out_.push_back('\\');
        out_.push_back(c);
      } else if (const char* short_form = escape(c)) {
        out_.append(std::string_view(short_form, 2));
      } else {
        out_.append(std::string_view("\\u00", 4));
        out_.push_back(hex[byte >> 4]);
        out_.push_back(hex[byte & 15]);
      }
    }
    out_.push_back('"');
  }
  static const char* escape(char c) {
    switch (c) {
      case '\b':
        return "\\b";
      case '\f':
        return "\\f";
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      case '\t':
        return "\\t";
      default:
        return nullptr;
    }
  }

  JsonBuffer& out_;
  bool first_ = true;       // nothing written yet in the current object or array
  bool after_key_ = false;  // a key was written, its value comes next
};

}  // namespace kefu::tool
