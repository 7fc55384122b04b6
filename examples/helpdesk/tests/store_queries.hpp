#pragma once
// The helpdesk tests' one-value queries on a store.

#include "helpdesk.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <string>

namespace helpdesk::test {

// The first column of the query's first row, which must exist.
inline std::int64_t count(Helpdesk& desk, const std::string& sql) {
  Statement select = desk.database().prepare(sql);
  REQUIRE(select.step());
  return select.integer(0);
}

inline std::string text(Helpdesk& desk, const std::string& sql) {
  Statement select = desk.database().prepare(sql);
  REQUIRE(select.step());
  return select.text(0);
}

}  // namespace helpdesk::test
