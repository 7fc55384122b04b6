// The shipped defaults document, src/io/config/kefu-defaults.json, is kefu::Config::defaults():
// read, it gives the defaults; and it spells out every field the writer writes, no more.

#include "json_reader.hpp"
#include <kefu/io/config_json.hpp>

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace {

std::string defaults_document() {
  std::ifstream in(KEFU_DEFAULTS_DOCUMENT, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("the shipped defaults document reads as Config::defaults()") {
  const std::string text = defaults_document();
  REQUIRE(!text.empty());
  CHECK(kefu::io::config_from_json_text(text) == kefu::Config::defaults());
}

TEST_CASE("Config::defaults() written is the shipped defaults document, comments aside") {
  const auto shipped = kefu::io::detail::parse_document(defaults_document(), "defaults");
  CHECK(shipped == kefu::io::to_json(kefu::Config::defaults()));
}

TEST_CASE("the shipped defaults document names a source for its defaults") {
  // One comment at least for each part and for each SLA and escalation rule.
  const std::string text = defaults_document();
  std::size_t comments = 0;
  for (auto at = text.find("//"); at != std::string::npos; at = text.find("//", at + 2)) {
    ++comments;
  }
  const auto defaults = kefu::Config::defaults();
  CHECK(comments >= 8 + defaults.sla.rules().size() + defaults.escalation.size());
}
