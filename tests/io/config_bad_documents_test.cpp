// Every bad document in tests/io/config_bad/ is refused with the error listed for it in
// expected.txt (name, which check catches it, the message). The same list tells the schema test
// which documents the JSON Schema alone must refuse.

#include <kefu/io/config_json.hpp>

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("each bad config document is refused with its path and reason") {
  const std::string dir = std::string(KEFU_TEST_DATA_DIR) + "/config_bad/";
  std::istringstream expected(read_file(dir + "expected.txt"));
  std::string line;
  int documents = 0;
  while (std::getline(expected, line)) {
    const auto first_tab = line.find('\t');
    const auto second_tab = line.find('\t', first_tab + 1);
    REQUIRE(second_tab != std::string::npos);
    const std::string name = line.substr(0, first_tab);
    const std::string message = line.substr(second_tab + 1);
    const std::string text = read_file(dir + name + ".json");
    REQUIRE_MESSAGE(!text.empty(), name);
    CAPTURE(name);
    CHECK_THROWS_WITH_AS((void)kefu::io::config_from_json_text(text), message.c_str(),
                         kefu::parse_error);
    ++documents;
  }
  CHECK(documents >= 30);
}
