#include "csv_record.hpp"

#include <doctest/doctest.h>

#include <sstream>

using kefu::tool::CsvReader;

TEST_CASE("csv: fields, quotes, doubled quotes, commas and line breaks inside quotes, CRLF") {
  std::istringstream in("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\n\"two\nlines\",2,3\n");
  CsvReader csv(in);
  auto r = csv.next();
  REQUIRE(r);
  CHECK(r->line == 1);
  CHECK(r->fields == std::vector<std::string>{"a", "b", "c"});
  r = csv.next();
  REQUIRE(r);
  CHECK(r->line == 2);
  CHECK(r->error.empty());
  CHECK(r->fields == std::vector<std::string>{"x, y", "say \"hi\"", ""});
  r = csv.next();
  REQUIRE(r);
  CHECK(r->line == 3);  // where the record starts; it ends on line 4
  CHECK(r->fields == std::vector<std::string>{"two\nlines", "2", "3"});
  CHECK_FALSE(csv.next());
}

TEST_CASE("csv: an unclosed quote and text after a closing quote are errors with their line") {
  std::istringstream bad_after("ok\n\"a\"b,c\n");
  CsvReader after(bad_after);
  CHECK(after.next()->error.empty());
  const auto r = after.next();
  CHECK(r->line == 2);
  CHECK(r->error == "text after a closing quote");

  std::istringstream open("\"never closed\n");
  CHECK(CsvReader(open).next()->error == "a quoted field is not closed");
}
