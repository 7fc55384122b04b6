#include "json_pretty.hpp"

#include <boost/json/serialize.hpp>

#include <fmt/format.h>

namespace kefu::io::detail {

namespace json = boost::json;

namespace {

bool is_scalar(const json::value& v) { return !v.is_object() && !v.is_array(); }

bool all_scalars(const json::array& array) {
  for (const auto& item : array) {
    if (!is_scalar(item)) return false;
  }
  return true;
}

constexpr std::size_t line_width = 100;

// Numbers as people write them: 0.75, not Boost.JSON's 7.5E-1. fmt gives the shortest text that
// reads back as the same double; a whole one keeps its ".0", so it reads back as a double too.
std::string scalar(const json::value& v) {
  if (!v.is_double()) return json::serialize(v);
  std::string text = fmt::format("{}", v.get_double());
  if (text.find_first_of(".eEn") == std::string::npos) text += ".0";  // n: inf, nan
  return text;
}

// One line with a space after each comma and colon: {"id": "agent", "label": "客服"}.
std::string compact(const json::value& v) {
  std::string out;
  if (v.is_object()) {
    out += '{';
    for (const auto& field : v.get_object()) {
      if (out.size() > 1) out += ", ";
      out += json::serialize(json::string(field.key()));
      out += ": ";
      out += compact(field.value());
    }
    out += '}';
  } else if (v.is_array()) {
    out += '[';
    for (const auto& item : v.get_array()) {
      if (out.size() > 1) out += ", ";
      out += compact(item);
    }
    out += ']';
  } else {
    out += scalar(v);
  }
  return out;
}

// `column` is where the value starts on its line.
void write(std::string& out, const json::value& v, int indent, std::size_t column) {
  const auto newline = [&](int level) {
    out += '\n';
    out.append(static_cast<std::size_t>(level) * 2, ' ');
  };
  if (indent > 0 && (v.is_object() || v.is_array())) {
    const std::string one_line = compact(v);
    if (column + one_line.size() + 1 <= line_width) {
      out += one_line;
      return;
    }
  }
  if (v.is_object()) {
    const auto& object = v.get_object();
    if (object.empty()) {
      out += "{}";
      return;
    }
    out += '{';
    bool first = true;
    for (const auto& field : object) {
      if (!first) out += ',';
      first = false;
      newline(indent + 1);
      const std::string key = json::serialize(json::string(field.key()));
      out += key;
      out += ": ";
      write(out, field.value(), indent + 1,
            static_cast<std::size_t>(indent + 1) * 2 + key.size() + 2);
    }
    newline(indent);
    out += '}';
  } else if (v.is_array()) {
    const auto& array = v.get_array();
    if (array.empty()) {
      out += "[]";
      return;
    }
    if (all_scalars(array)) {  // filled lines, as a person would write a list of words
      out += '[';
      std::size_t column = line_width;  // forces the first line break
      for (std::size_t i = 0; i < array.size(); ++i) {
        std::string item = scalar(array[i]);
        if (i + 1 < array.size()) item += ',';
        if (column + 1 + item.size() > line_width) {
          newline(indent + 1);
          column = static_cast<std::size_t>(indent + 1) * 2;
        } else {
          out += ' ';
          ++column;
        }
        out += item;
        column += item.size();
      }
      newline(indent);
      out += ']';
      return;
    }
    out += '[';
    bool first = true;
    for (const auto& item : array) {
      if (!first) out += ',';
      first = false;
      newline(indent + 1);
      write(out, item, indent + 1, static_cast<std::size_t>(indent + 1) * 2);
    }
    newline(indent);
    out += ']';
  } else {
    out += scalar(v);
  }
}

}  // namespace

std::string pretty(const json::value& json) {
  std::string out;
  write(out, json, 0, 0);
  out += '\n';
  return out;
}

}  // namespace kefu::io::detail
