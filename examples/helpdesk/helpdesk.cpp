#include "helpdesk.hpp"

#include "case_store.hpp"
#include <kefu/io/config_json.hpp>

#include <fmt/core.h>

#include <cstdint>
#include <utility>

namespace helpdesk {

// FNV-1a 64 of the config document as kefu writes it (kefu's choice: not a cryptographic
// hash, only a check that the store and the program apply the same rules).
std::string config_hash_of(const kefu::Config& config) {
  std::uint64_t hash = 14695981039346656037ull;
  for (const char c : kefu::io::to_json_text(config)) {
    hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  }
  return fmt::format("fnv1a64:{:016x}", hash);
}

Rules::Rules(kefu::Config rules_config)
    : config(std::move(rules_config)), hash(config_hash_of(config)), workflow(config.workflow()) {}

Helpdesk::Helpdesk(const std::string& path, kefu::Config config, Durability durability)
    : Helpdesk(path, Rules(std::move(config)), durability) {}

Helpdesk::Helpdesk(const std::string& path, const Rules& rules, Durability durability)
    : db_(path), config_(rules.config), config_hash_(rules.hash), workflow_(rules.workflow) {
  db_.exec("PRAGMA journal_mode = WAL");
  db_.exec("PRAGMA foreign_keys = ON");
  db_.exec(durability == Durability::full ? "PRAGMA synchronous = FULL"
                                          : "PRAGMA synchronous = NORMAL");
  Transaction transaction(db_);
  db_.exec(schema_sql());
  const std::string& hash = config_hash_;
  Statement& stored = db_.statement("SELECT value FROM meta WHERE key = 'config_hash'");
  if (stored.step()) {
    const std::string was = stored.text(0);
    stored.reset();
    if (was != hash) {
      throw db_error(fmt::format(
          "{}: the store was built under config {}, this one is {}: its cases and outbox are "
          "that config's",
          path, was, hash));
    }
  } else {
    db_.statement("INSERT INTO meta (key, value) VALUES ('config_hash', ?)").bind(1, hash).run();
  }
  transaction.commit();
}

kefu::Case* Helpdesk::find_case(const std::string& ticket) {
  if (const auto found = cache_.find(ticket); found != cache_.end()) return &found->second;
  auto loaded = load_case(db_, workflow_, config_hash_, ticket);
  if (!loaded) return nullptr;
  return &cache_.emplace(ticket, std::move(*loaded)).first->second;
}

std::vector<std::string> Helpdesk::tickets() {
  std::vector<std::string> out;
  Statement& select = db_.statement("SELECT ticket FROM tickets ORDER BY ticket");
  while (select.step()) out.push_back(select.text(0));
  return out;
}

void Helpdesk::reject(const std::string& text, const std::string& source, std::size_t line,
                      const std::string& reason) {
  db_.statement(
         "INSERT INTO rejected (source, line, text, reason) VALUES (?, ?, ?, ?) "
         "ON CONFLICT (text) DO NOTHING")
      .bind(1, source)
      .bind(2, static_cast<std::int64_t>(line))
      .bind(3, text)
      .bind(4, reason)
      .run();
}

}  // namespace helpdesk
