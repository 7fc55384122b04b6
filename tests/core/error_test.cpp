// kefu's exception hierarchy: one base to catch, subclasses to tell causes apart.

#include <kefu/core/error.hpp>

#include <doctest/doctest.h>

TEST_CASE("every kefu exception is a kefu::error and a std::runtime_error") {
  CHECK_THROWS_WITH_AS(throw kefu::config_error("sla policy rule 3: unknown clock 'x'"),
                       "sla policy rule 3: unknown clock 'x'", kefu::error);
  CHECK_THROWS_AS(throw kefu::argument_error("negative duration"), kefu::error);
  CHECK_THROWS_AS(throw kefu::parse_error("$.events[2].at: not a time"), std::runtime_error);
  CHECK_THROWS_AS(throw kefu::config_error("x"), kefu::config_error);
}
