#include "read_ahead.hpp"

#include <doctest/doctest.h>
#include <fmt/core.h>

#include <sstream>
#include <string>

using namespace kefu::tool;

namespace {

// Line n (from 1) is the record with event id "e<n>", except where `malformed` says "[1]".
std::string log_of(int lines, int malformed = 0) {
  std::string text;
  for (int n = 1; n <= lines; ++n) {
    if (n == malformed) {
      text += "[1]\n";
      continue;
    }
    text += fmt::format(
        R"({{"ticket":"T-{}","event_id":"e{}","event":"start","at":"2026-11-02T10:00:00Z","actor":"x"}})"
        "\n",
        n % 7, n);
  }
  return text;
}

}  // namespace

TEST_CASE("read ahead: every record in the log's order, across batches, the bad one included") {
  // 1 300 lines are two full batches of 512 and one of 276; line 600 is in the second.
  std::istringstream in(log_of(1300, 600));
  EventLog log(in, LogFormat::jsonl);
  ReadAhead ahead(log);
  int n = 0;
  while (const LogEntry* entry = ahead.next()) {
    ++n;
    CHECK(entry->line == static_cast<std::size_t>(n));
    if (n == 600) {
      CHECK_FALSE(entry->error.empty());
    } else {
      CHECK(entry->error.empty());
      CHECK(entry->record.id == fmt::format("e{}", n));
      CHECK(entry->ticket == fmt::format("T-{}", n % 7));
    }
  }
  CHECK(n == 1300);
  CHECK(ahead.next() == nullptr);  // the end stays the end
}

TEST_CASE("read ahead: a log of exactly two batches ends after its last record") {
  std::istringstream in(log_of(1024));
  EventLog log(in, LogFormat::jsonl);
  ReadAhead ahead(log);
  int n = 0;
  const LogEntry* last = nullptr;
  while (const LogEntry* entry = ahead.next()) {
    ++n;
    last = entry;
    if (n == 1024) CHECK(last->record.id == "e1024");
  }
  CHECK(n == 1024);
}

TEST_CASE("read ahead: an empty log has no record") {
  std::istringstream in("");
  EventLog log(in, LogFormat::jsonl);
  ReadAhead ahead(log);
  CHECK(ahead.next() == nullptr);
}

TEST_CASE("read ahead: a caller that stops early is not kept waiting") {
  // 5 000 lines are more than the reading may hold: four batches of 512 waiting, one taken by
  // the caller and one being filled, 3 072 lines. Done after three records, the caller goes
  // while the reading waits for room (or is still filling): it stops there.
  std::istringstream in(log_of(5000));
  EventLog log(in, LogFormat::jsonl);
  {
    ReadAhead ahead(log);
    for (int n = 1; n <= 3; ++n) {
      const LogEntry* entry = ahead.next();
      REQUIRE(entry != nullptr);
      CHECK(entry->record.id == fmt::format("e{}", n));
    }
  }
  const auto rest = log.next();
  REQUIRE(rest);
  CHECK(rest->line > 3);
  CHECK(rest->line <= 3073);
}
