#pragma once
// The fast way to read a line of a JSON Lines event log: Boost.JSON's event parser
// (boost::json::basic_parser) fills the fields of the record as it goes, with no document and
// no field path, and its buffers are kept from line to line.
//
// It takes only what the strict reader (event_log.cpp, on kefu/io/event_json.hpp) takes, and
// gives up on anything else: invalid JSON, a field unknown or given twice, a wrong type or
// name, a bad instant. The line then goes to the strict reader, which names the error with its
// path (or reads it, if this reader was too cautious): an error costs its message only when
// there is one.

#include "event_log.hpp"

#include <memory>
#include <string_view>

namespace kefu::tool {

class EventLineReader {
 public:
  EventLineReader();
  ~EventLineReader();
  EventLineReader(const EventLineReader&) = delete;
  EventLineReader& operator=(const EventLineReader&) = delete;

  // Fills entry's ticket, record and flags from `line` and returns true, or returns false and
  // leaves the line to the strict reader (entry is then in no particular state).
  bool read(std::string_view line, LogEntry& entry);

 private:
  struct Parser;
  std::unique_ptr<Parser> parser_;
};

}  // namespace kefu::tool
