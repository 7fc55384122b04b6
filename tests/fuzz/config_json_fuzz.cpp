// The config document (kefu/io/config_json.hpp) on arbitrary bytes: it is refused with a
// kefu::parse_error, or accepted, and then what is written reads back equal to what was read.

#include "fuzz_check.hpp"
#include <kefu/core/error.hpp>
#include <kefu/io/config_json.hpp>

#include <optional>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::optional<kefu::Config> config;
  try {
    config = kefu::io::config_from_json_text(kefu::fuzz::as_text(data, size));
  } catch (const kefu::error&) {
    return 0;  // the documented refusal
  }
  KEFU_FUZZ_CHECK(kefu::io::config_from_json_text(kefu::io::to_json_text(*config)) == *config);
  return 0;
}
