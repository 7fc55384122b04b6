// The scrubber and the masking functions (kefu/aftersales/masking.hpp) on arbitrary bytes: none
// throws or hangs, and a second scrub changes nothing.

#include "fuzz_check.hpp"
#include <kefu/aftersales/masking.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = kefu::fuzz::as_text(data, size);

  const std::string once = kefu::mask_personal_data(text);
  KEFU_FUZZ_CHECK(kefu::mask_personal_data(once) == once);

  // Whatever these return, they return it without throwing or hanging.
  static_cast<void>(kefu::mask_name(text));
  static_cast<void>(kefu::mask_phone(text));
  static_cast<void>(kefu::mask_email(text));
  static_cast<void>(kefu::is_mainland_mobile(text));
  static_cast<void>(kefu::is_resident_id_number(text));
  static_cast<void>(kefu::passes_luhn(text));
  return 0;
}
