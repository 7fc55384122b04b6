// KPI accumulator JSON (kefu/io/kpi_json.hpp) on arbitrary bytes: a shard is refused with a
// kefu::parse_error, or accepted, and then what is written reads back equal to what was read
// (same options, zone included, and the same tallies), and merges with its own copy.

#include "fuzz_check.hpp"
#include <kefu/core/error.hpp>
#include <kefu/io/kpi_json.hpp>

#include <optional>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::optional<kefu::kpi::Accumulator> shard;
  try {
    shard = kefu::io::accumulator_from_json(kefu::fuzz::as_text(data, size));
  } catch (const kefu::error&) {
    return 0;  // the documented refusal
  }
  const kefu::kpi::Accumulator back =
      kefu::io::accumulator_from_json(kefu::io::to_json_string(*shard));
  KEFU_FUZZ_CHECK(back == *shard);
  kefu::kpi::Accumulator empty(shard->options());
  empty.merge(back);  // options read back equal: merging cannot refuse
  KEFU_FUZZ_CHECK(empty == *shard);
  return 0;
}
