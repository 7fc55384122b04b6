#include "case_output.hpp"

#include "case_runner.hpp"
#include <kefu/config.hpp>

#include <doctest/doctest.h>

#include <sstream>

using namespace kefu::tool;

TEST_CASE("case lines: strings escaped as JSON requires, the rest of the bytes as they are") {
  // The actor, as JSON in the log: li"na, a tab, the control byte 01, a backslash, then é.
  std::istringstream log(
      R"({"ticket":"T-1","event":"open","at":"2026-11-02T10:00:00+08:00","actor":"li\"na\t\u0001\\é","channel":"phone"})"
      "\n");
  CaseRunner runner(kefu::Config::defaults().workflow(), std::nullopt);
  EventLog events(log, LogFormat::jsonl);
  while (const auto entry = events.next()) runner.take(*entry);
  REQUIRE(runner.cases().size() == 1);
  std::ostringstream out;
  write_case_jsonl(out, *runner.cases().front(), runner.as_of());
  const std::string line = out.str();
  CHECK(line.rfind(R"({"id":"T-1","state":")", 0) == 0);
  // The opener is the handler; its name written back with the short escapes where JSON has
  // them (\" \t \\), \u00xx for the other control bytes, and UTF-8 unescaped.
  CHECK(line.find(R"("handler":"li\"na\t\u0001\\é",)") != std::string::npos);
  CHECK(line.find(R"(,"fired":[)") != std::string::npos);
  CHECK(line.substr(line.size() - 3) == "]}\n");
}
