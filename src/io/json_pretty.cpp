#include "json_pretty.hpp"

#include <boost/json/serialize.hpp>

namespace kefu::io::detail {

namespace json = boost::json;

namespace {

bool is_scalar(const json::value& v) { return !v.is_object() && !v.is_array(); }

// An array of scalars whose text fits on what is left of a line.
bool fits_on_one_line(const json::array& array) {
  std::size_t width = 0;
  for (const auto& item : array) {
    if (!is_scalar(item)) return false;
    width += json::serialize(item).size() + 2;
  }
  return width <= 72;
}

void write(std::string& out, const json::value& v, int indent) {
  const auto newline = [&](int level) {
    out += '\n';
    out.append(static_cast<std::size_t>(level) * 2, ' ');
  };
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
      out += json::serialize(json::string(field.key()));
      out += ": ";
      write(out, field.value(), indent + 1);
    }
    newline(indent);
    out += '}';
  } else if (v.is_array()) {
    const auto& array = v.get_array();
    if (array.empty() || fits_on_one_line(array)) {
      out += json::serialize(v);
      return;
    }
    out += '[';
    bool first = true;
    for (const auto& item : array) {
      if (!first) out += ',';
      first = false;
      newline(indent + 1);
      write(out, item, indent + 1);
    }
    newline(indent);
    out += ']';
  } else {
    out += json::serialize(v);
  }
}

}  // namespace

std::string pretty(const json::value& json) {
  std::string out;
  write(out, json, 0);
  out += '\n';
  return out;
}

}  // namespace kefu::io::detail
