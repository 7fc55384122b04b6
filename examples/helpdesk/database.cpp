#include "database.hpp"

#include <fmt/core.h>

#include <csignal>
#include <filesystem>
#include <sqlite3.h>

namespace helpdesk {

namespace {

std::int64_t steps_before_kill = -1;
std::int64_t steps_so_far = 0;

void count_step() {
  ++steps_so_far;
  if (steps_before_kill < 0) return;
  if (steps_before_kill == 0) std::raise(SIGKILL);
  --steps_before_kill;
}

[[noreturn]] void fail(sqlite3* db, std::string_view what) {
  throw db_error(fmt::format("sqlite: {}: {}", what, sqlite3_errmsg(db)));
}

}  // namespace

void kill_after_steps(std::int64_t steps) { steps_before_kill = steps; }

std::int64_t steps_taken() { return steps_so_far; }

Statement::Statement(sqlite3* db, std::string_view sql) : db_(db) {
  if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &statement_, nullptr) !=
      SQLITE_OK) {
    fail(db, fmt::format("prepare '{}'", sql));
  }
}

Statement::~Statement() { sqlite3_finalize(statement_); }

Statement& Statement::bind(int index, std::string_view text) {
  if (sqlite3_bind_text(statement_, index, text.data(), static_cast<int>(text.size()),
                        SQLITE_TRANSIENT) != SQLITE_OK) {
    fail(db_, "bind");
  }
  return *this;
}

Statement& Statement::bind(int index, std::int64_t number) {
  if (sqlite3_bind_int64(statement_, index, number) != SQLITE_OK) fail(db_, "bind");
  return *this;
}

Statement& Statement::bind(int index, std::optional<std::int64_t> number) {
  if (number) return bind(index, *number);
  if (sqlite3_bind_null(statement_, index) != SQLITE_OK) fail(db_, "bind");
  return *this;
}

bool Statement::step() {
  count_step();
  const int rc = sqlite3_step(statement_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  const std::string sql = sqlite3_sql(statement_);
  sqlite3_reset(statement_);
  fail(db_, sql);
}

void Statement::run() {
  while (step()) {
  }
  reset();
}

void Statement::reset() {
  sqlite3_reset(statement_);
  sqlite3_clear_bindings(statement_);
}

std::string Statement::text(int column) const {
  const auto* text = sqlite3_column_text(statement_, column);
  return text == nullptr
             ? std::string()
             : std::string(reinterpret_cast<const char*>(text),
                           static_cast<std::size_t>(sqlite3_column_bytes(statement_, column)));
}

std::int64_t Statement::integer(int column) const {
  return sqlite3_column_int64(statement_, column);
}

bool Statement::is_null(int column) const {
  return sqlite3_column_type(statement_, column) == SQLITE_NULL;
}

Database::Database(const std::string& path) {
  if (sqlite3_open(path.c_str(), &db_) != SQLITE_OK) {
    const std::string message = db_ != nullptr ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    throw db_error(fmt::format("sqlite: open '{}': {}", path, message));
  }
  sqlite3_busy_timeout(db_, 5000);
}

Database::~Database() {
  statements_.clear();  // finalized before the connection closes
  sqlite3_close_v2(db_);
}

Statement& Database::statement(const std::string& sql) {
  auto& slot = statements_[sql];
  if (!slot) slot = std::make_unique<Statement>(db_, sql);
  slot->reset();
  return *slot;
}

void Database::exec(std::string_view sql) {
  const char* rest = sql.data();
  const char* end = sql.data() + sql.size();
  while (rest < end) {
    sqlite3_stmt* statement = nullptr;
    const char* tail = nullptr;
    if (sqlite3_prepare_v2(db_, rest, static_cast<int>(end - rest), &statement, &tail) !=
        SQLITE_OK) {
      fail(db_, "prepare");
    }
    rest = tail;
    if (statement == nullptr) continue;  // whitespace or a comment
    count_step();
    int rc;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
    }
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE) fail(db_, "exec");
  }
}

Transaction::Transaction(Database& db) : db_(db) { db_.exec("BEGIN IMMEDIATE"); }

Transaction::~Transaction() {
  if (open_) sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
  db_.exec("COMMIT");
  open_ = false;
}

void remove_database(const std::string& path) {
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
}

}  // namespace helpdesk
