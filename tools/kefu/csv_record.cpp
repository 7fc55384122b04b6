#include "csv_record.hpp"

namespace kefu::tool {

std::optional<CsvReader::Record> CsvReader::next() {
  std::string text;
  if (!std::getline(in_, text)) return std::nullopt;
  Record record;
  record.line = ++line_;
  std::string field;
  bool quoted = false;      // inside a quoted field
  bool was_quoted = false;  // the current field was quoted (only a comma may follow)
  std::size_t i = 0;
  while (true) {
    if (i == text.size()) {
      if (!quoted) break;
      // A line break inside quotes belongs to the field.
      std::string more;
      if (!std::getline(in_, more)) {
        record.error = "a quoted field is not closed";
        return record;
      }
      ++line_;
      if (!field.empty() && field.back() == '\r') field.pop_back();  // CRLF inside quotes
      field += '\n';
      text = std::move(more);
      i = 0;
      continue;
    }
    const char c = text[i++];
    if (quoted) {
      if (c != '"') {
        field += c;
      } else if (i < text.size() && text[i] == '"') {
        field += '"';
        ++i;
      } else {
        quoted = false;
        was_quoted = true;
      }
    } else if (c == ',') {
      record.fields.push_back(std::move(field));
      field.clear();
      was_quoted = false;
    } else if (c == '\r' && i == text.size()) {
      // CRLF
    } else if (was_quoted) {
      record.error = "text after a closing quote";
      return record;
    } else if (c == '"' && field.empty()) {
      quoted = true;
    } else {
      field += c;
    }
  }
  record.fields.push_back(std::move(field));
  return record;
}

}  // namespace kefu::tool
