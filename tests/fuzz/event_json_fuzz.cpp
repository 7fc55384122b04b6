// Event JSON (kefu/io/event_json.hpp) on arbitrary bytes: a document is refused with a
// kefu::parse_error, or accepted, and then what is written reads back equal to what was read.

#include "fuzz_check.hpp"
#include <kefu/core/error.hpp>
#include <kefu/io/event_json.hpp>

#include <boost/json/serialize.hpp>

#include <optional>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::optional<kefu::EventRecord> record;
  try {
    record = kefu::io::event_record_from_json_text(kefu::fuzz::as_text(data, size));
  } catch (const kefu::error&) {
    return 0;  // the documented refusal
  }
  const std::string written = boost::json::serialize(kefu::io::to_json(*record));
  KEFU_FUZZ_CHECK(kefu::io::event_record_from_json_text(written) == *record);
  return 0;
}
