#pragma once
// CSV records as CRMs export them (RFC 4180): fields separated by commas, a field in double
// quotes may hold commas, line breaks and doubled quotes (""), lines end in LF or CRLF.

#include <cstddef>
#include <istream>
#include <optional>
#include <string>
#include <vector>

namespace kefu::tool {

class CsvReader {
 public:
  explicit CsvReader(std::istream& in) : in_(in) {}

  struct Record {
    std::size_t line = 0;  // the line the record starts on, from 1
    std::vector<std::string> fields;
    std::string error;  // a quote left open or text after a closing quote; fields unusable
  };

  // The next record; none at the end of the input.
  std::optional<Record> next();

 private:
  std::istream& in_;
  std::size_t line_ = 0;  // lines read so far
};

}  // namespace kefu::tool
