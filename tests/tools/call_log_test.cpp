#include "call_log.hpp"

#include <kefu/core/error.hpp>

#include <doctest/doctest.h>

#include <sstream>

namespace pt = boost::posix_time;
using kefu::tool::CallLog;

namespace {
// 2026-10-12 10:00:00 in Beijing (UTC+8) is 02:00 UTC.
const pt::ptime dialled(boost::gregorian::date(2026, 10, 12), pt::hours(2));
}  // namespace

TEST_CASE("a call line: the waits are counted from dialling, then from asking for a human") {
  std::istringstream in(
      "agent,dialled_at,connected,to_human_s,answered_s,handle_s\n"
      "li.na,2026-10-12T10:00:00+08:00,1,20,5,300\n"
      "\n"
      ",2026-10-12T10:00:00+08:00,0,,,\n");
  CallLog log(in);
  const auto answered = log.next();
  REQUIRE(answered);
  CHECK(answered->error.empty());
  CHECK(answered->line == 2);
  CHECK(answered->call.dialled_at == dialled);
  CHECK(answered->call.connected);
  // Asked for a human 20 s after dialling, answered 5 s later: 02:00:20 and 02:00:25 UTC.
  CHECK(answered->call.human_requested_at == dialled + pt::seconds(20));
  CHECK(answered->call.answered_at == dialled + pt::seconds(25));
  CHECK(!answered->call.abandoned_at);
  CHECK(answered->call.handle_time == pt::seconds(300));
  CHECK(answered->call.agent == "li.na");
  const auto busy = log.next();  // the blank line is skipped
  REQUIRE(busy);
  CHECK(busy->line == 4);
  CHECK(!busy->call.connected);
  CHECK(!busy->call.human_requested_at);
  CHECK(!log.next());
}

TEST_CASE("a call line that contradicts itself is malformed, and reading goes on") {
  std::istringstream in(
      "dialled_at,connected,to_human_s,abandoned_s,handle_s\n"
      "2026-10-12T10:00:00+08:00,0,12,,\n"
      "2026-10-12T10:00:00+08:00,1,12,30,200\n"
      "2026-10-12T10:00:00+08:00,1,12,99999,\n"
      "2026-10-12T10:00:00+08:00,1,12,30,\n");
  CallLog log(in);
  CHECK(log.next()->error == "to_human_s: the call was not connected");
  CHECK(log.next()->error == "handle_s: the call was not answered");
  CHECK(log.next()->error == "abandoned_s: 99999 s is more than a day");
  const auto abandoned = log.next();
  CHECK(abandoned->error.empty());
  CHECK(abandoned->call.abandoned_at == dialled + pt::seconds(42));
}

TEST_CASE("a call log's header must name known columns, each once, with the required ones") {
  const auto header_error = [](const char* text) {
    std::istringstream in(text);
    try {
      CallLog log(in);
    } catch (const kefu::parse_error& e) {
      return std::string(e.what());
    }
    return std::string();
  };
  CHECK(header_error("") == "csv: line 1: no header");
  CHECK(header_error("dialled_at,connected,wait\n") == "csv: line 1: unknown column 'wait'");
  CHECK(header_error("dialled_at,connected,agent,agent\n") ==
        "csv: line 1: column 'agent' given twice");
  CHECK(header_error("dialled_at,agent\n") == "csv: line 1: no column 'connected'");
}
