#include "json_reader.hpp"

#include <kefu/core/priority.hpp>

#include <doctest/doctest.h>

#include <string>

namespace pt = boost::posix_time;
using kefu::io::detail::Node;
using kefu::io::detail::parse_document;

namespace {

template <class Fn>
std::string error_of(Fn&& fn) {
  try {
    fn();
  } catch (const kefu::parse_error& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("a document may carry comments and trailing commas") {
  const auto json = parse_document("{\n  // the answer limit\n  \"a\": [1, 2,],\n}\n", "config");
  CHECK(json.at("a").as_array().size() == 2);
}

TEST_CASE("a syntax error names its line and column") {
  // Line 3 is `  "b" 2`: the colon is missing where the 2 stands, column 7.
  const auto message = error_of([] { parse_document("{\n  \"a\": 1,\n  \"b\" 2\n}", "config"); });
  CHECK(message.rfind("config: line 3, column 7: ", 0) == 0);
}

TEST_CASE("an unknown field is refused with the nearest known one") {
  const auto json = parse_document(R"({"targets": [], "tragets": []})", "config");
  Node root(json, "$", "config");
  auto object = root.object();
  (void)object.optional("targets");
  CHECK(error_of([&] { object.finish(); }) ==
        "config: $: unknown field 'tragets' (did you mean 'targets'?)");
}

TEST_CASE("a field's path is written the JSONPath way") {
  const auto json = parse_document(R"({"rules": [{}, {"limit": 5}]})", "config");
  Node root(json, "$", "config");
  auto rules = root.object().required("rules").items();
  auto second = rules[1].object();
  CHECK(error_of([&] { (void)second.required("limit").duration(); }) ==
        "config: $.rules[1].limit: expected a duration such as \"48 h\" or \"30 s\"");
  CHECK(error_of([&] { (void)rules[0].object().required("limit"); }) ==
        "config: $.rules[0]: missing field 'limit'");
}

TEST_CASE("enumerations accept English names and Chinese labels and suggest on a typo") {
  const auto json = parse_document(R"(["critical", "特急", "critcal", "zzz"])", "config");
  Node root(json, "$", "config");
  const auto items = root.items();
  CHECK(items[0].enumeration<kefu::Priority>("priority") == kefu::Priority::critical);
  CHECK(items[1].enumeration<kefu::Priority>("priority") == kefu::Priority::critical);
  CHECK(error_of([&] { (void)items[2].enumeration<kefu::Priority>("priority"); }) ==
        "config: $[2]: unknown priority 'critcal' (did you mean 'critical'?)");
  CHECK(error_of([&] { (void)items[3].enumeration<kefu::Priority>("priority"); }) ==
        "config: $[3]: unknown priority 'zzz'");
}

TEST_CASE("durations are written the way people read them and read back") {
  const auto json =
      parse_document(R"(["48 h", "1 h 30 min", "30s", "15min", "2 d", "-1 h", "4 x"])", "config");
  Node root(json, "$", "config");
  const auto items = root.items();
  CHECK(items[0].duration() == pt::hours(48));
  CHECK(items[1].duration() == pt::minutes(90));
  CHECK(items[2].duration() == pt::seconds(30));
  CHECK(items[3].duration() == pt::minutes(15));
  CHECK(items[4].duration() == pt::hours(48));
  CHECK(error_of([&] { (void)items[5].duration(); }) == "config: $[5]: negative duration '-1 h'");
  CHECK(error_of([&] { (void)items[6].duration(); }) ==
        "config: $[6]: '4 x' is not a duration such as \"48 h\", \"1 h 30 min\" or \"30 s\"");
  using kefu::io::detail::duration_to_json;
  CHECK(duration_to_json(pt::minutes(90)).as_string() == "1 h 30 min");
  CHECK(duration_to_json(pt::hours(48)).as_string() == "48 h");
  CHECK(duration_to_json(pt::seconds(0)).as_string() == "0 s");
}

TEST_CASE("instants carry their offset and are kept in UTC") {
  const auto json = parse_document(
      R"(["2025-09-30T17:00:00+08:00", "2025-09-30T09:00:00Z", "2025-02-30T00:00:00Z"])", "config");
  Node root(json, "$", "config");
  const auto items = root.items();
  const pt::ptime nine_utc(boost::gregorian::date(2025, 9, 30), pt::hours(9));
  CHECK(items[0].instant() == nine_utc);  // 17:00 in Beijing is 09:00 UTC
  CHECK(items[1].instant() == nine_utc);
  CHECK(error_of([&] { (void)items[2].instant(); }) ==
        "config: $[2]: instant '2025-02-30T00:00:00Z': no day 30 in 2025-02");
}

TEST_CASE("whole numbers are checked against their range") {
  const auto json = parse_document(R"([3, -1, 2.5, "3"])", "config");
  Node root(json, "$", "config");
  const auto items = root.items();
  CHECK(items[0].integer(0, 10) == 3);
  CHECK(error_of([&] { (void)items[1].integer(0, 10); }) == "config: $[1]: -1 is outside 0 to 10");
  CHECK(error_of([&] { (void)items[2].integer(0, 10); }) ==
        "config: $[2]: expected a whole number from 0 to 10");
  CHECK(error_of([&] { (void)items[3].integer(0, 10); }) ==
        "config: $[3]: expected a whole number from 0 to 10");
}

TEST_CASE("decimals read as the double nearest to what was written") {
  // Boost.JSON 1.81 alone reads 0.42 as 0.42000000000000004.
  const auto json = parse_document(R"([0.42, 0.43, 0.9, 1e-3, 12.5])", "config");
  Node root(json, "$", "config");
  const auto items = root.items();
  CHECK(items[0].number() == 0.42);
  CHECK(items[1].number() == 0.43);
  CHECK(items[2].number() == 0.9);
  CHECK(items[3].number() == 0.001);
  CHECK(items[4].number() == 12.5);
}
