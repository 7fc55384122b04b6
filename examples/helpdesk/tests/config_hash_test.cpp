// The store keeps the hash of the config it was built under: its outbox is what that config
// fired, so opening it under another one is refused rather than mixing the two.
#include "helpdesk.hpp"
#include <kefu/io/config_json.hpp>

#include <doctest/doctest.h>

#include <sstream>

TEST_CASE("a store built under one config refuses to open under another") {
  const std::string path = "helpdesk_config_hash_test.db";
  helpdesk::remove_database(path);
  { helpdesk::Helpdesk desk(path, kefu::Config::defaults()); }
  // The same rules written out and read back: the same document, so the same hash.
  const kefu::Config same =
      kefu::io::config_from_json_text(kefu::io::to_json_text(kefu::Config::defaults()));
  CHECK_NOTHROW(helpdesk::Helpdesk(path, same));
  // One number changed (the reopen window, 168 h by default): another config.
  const kefu::Config changed = kefu::io::config_from_json_text(
      R"({"kefu_config": 1, "lifecycle": {"reopen_window": "24 h"}})");
  CHECK_THROWS_AS(helpdesk::Helpdesk(path, changed), helpdesk::db_error);
}
