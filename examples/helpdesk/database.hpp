#pragma once
// A thin RAII layer over SQLite's C API: a connection, prepared statements and transactions.
// Every failure throws helpdesk::db_error with SQLite's message.

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace helpdesk {

struct db_error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// The crash tests' hook: after this many more statement steps the process sends itself
// SIGKILL, in the middle of whatever it was doing. Negative (the default): never.
void kill_after_steps(std::int64_t steps);
// Statement steps taken by this process so far (to choose where to kill).
std::int64_t steps_taken();

class Statement {
 public:
  Statement(sqlite3* db, std::string_view sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // Binds from 1; an empty optional binds NULL.
  Statement& bind(int index, std::string_view text);
  Statement& bind(int index, std::int64_t number);
  Statement& bind(int index, std::optional<std::int64_t> number);
  // True while a row is available; false when done.
  bool step();
  // Steps to the end (a statement that returns no rows) and resets for the next use.
  void run();
  void reset();

  std::string text(int column) const;
  std::int64_t integer(int column) const;
  bool is_null(int column) const;

 private:
  sqlite3* db_;
  sqlite3_stmt* statement_ = nullptr;
};

class Database {
 public:
  // Opens (creating) the file; ":memory:" is an in-memory database.
  explicit Database(const std::string& path);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // Runs statements that return no rows (several, separated by ';').
  void exec(std::string_view sql);
  Statement prepare(std::string_view sql) { return Statement(db_, sql); }
  // The same, prepared once per connection and reset for each use (not re-entrant: one use
  // of a given text at a time).
  Statement& statement(const std::string& sql);
  sqlite3* handle() const { return db_; }

 private:
  sqlite3* db_ = nullptr;
  std::unordered_map<std::string, std::unique_ptr<Statement>> statements_;
};

// Deletes the database file at `path` and its WAL and shared-memory files, where they exist.
void remove_database(const std::string& path);

// BEGIN IMMEDIATE ... COMMIT; rolled back when destroyed without commit (an exception).
class Transaction {
 public:
  explicit Transaction(Database& db);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit();

 private:
  Database& db_;
  bool open_ = true;
};

}  // namespace helpdesk
