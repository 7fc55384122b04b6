#include "options.hpp"

#include "commands.hpp"

#include <doctest/doctest.h>

namespace pt = boost::posix_time;
using namespace kefu::tool;

TEST_CASE("a duration option reads as the config document's limits, or is a usage error") {
  CHECK(duration_option("DURATION", "1 h 30 min") == pt::minutes(90));
  CHECK_THROWS_AS(duration_option("DURATION", "soon"), usage_error);
}

TEST_CASE("instants need an offset and days must exist: usage errors otherwise") {
  // 10:00 in Beijing (UTC+8) is 02:00 UTC.
  CHECK(instant_option("--at", "2026-11-02T10:00:00+08:00") ==
        pt::ptime(boost::gregorian::date(2026, 11, 2), pt::hours(2)));
  CHECK_THROWS_AS(instant_option("--at", "2026-11-02T10:00:00"), usage_error);
  CHECK(day_option("--today", "2026-12-01") == boost::gregorian::date(2026, 12, 1));
  CHECK_THROWS_AS(day_option("--today", "2026-02-30"), usage_error);
  CHECK_THROWS_AS(day_option("--today", "1 Dec"), usage_error);
}

TEST_CASE("a config document that does not load names its file") {
  CHECK_THROWS_WITH_AS(load_config(KEFU_TEST_DATA_DIR "/data/policy_typo.json"),
                       doctest::Contains("policy_typo.json: config: "
                                         "$.sla.rules[0].targets[0].clock: unknown clock"),
                       kefu::parse_error);
  CHECK_THROWS_AS(load_config("/no/such/policy.json"), kefu::argument_error);
  CHECK(load_config("") == kefu::Config::defaults());
}

TEST_CASE("a month is YYYY-MM of a year the KPI accumulators count, or a usage error") {
  const kefu::kpi::Month october{2026, 10};
  CHECK(month_option("--month", "2026-10") == october);
  CHECK_THROWS_AS(month_option("--month", "2026-13"), usage_error);
  CHECK_THROWS_AS(month_option("--month", "2026-00"), usage_error);
  CHECK_THROWS_AS(month_option("--month", "2026-1"), usage_error);
  CHECK_THROWS_AS(month_option("--month", "Oct 2026"), usage_error);
  // The accumulators take years 1401..9998 (accumulator.hpp).
  CHECK_THROWS_AS(month_option("--month", "1400-12"), usage_error);
}
