#pragma once
// UTF-8 decoding shared by the modules that read customer text (classify, aftersales). A byte
// that does not start a complete, shortest, non-surrogate sequence decodes as one invalid
// character, so nothing is skipped and nothing is read past the end.

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace kefu::detail {

struct Decoded {
  char32_t code_point;
  std::uint8_t length;  // bytes consumed: the sequence, or 1 for an invalid byte
  bool valid;
};

inline bool is_continuation(unsigned char byte) noexcept { return (byte & 0xC0U) == 0x80U; }

// Decodes the code point at `p` (p < end). A byte that does not start a complete, shortest,
// non-surrogate sequence decodes as invalid with length 1, so decoding never reads past end.
inline Decoded decode_utf8(const unsigned char* p, const unsigned char* end) noexcept {
  const unsigned b = p[0];
  const auto left = end - p;
  if (b < 0x80U) return {b, 1, true};
  if (b >= 0xC2U && b <= 0xDFU && left >= 2 && is_continuation(p[1])) {
    return {((b & 0x1FU) << 6) | (p[1] & 0x3FU), 2, true};
  }
  if (b >= 0xE0U && b <= 0xEFU && left >= 3 && is_continuation(p[1]) && is_continuation(p[2])) {
    const char32_t cp = ((b & 0x0FU) << 12) | ((p[1] & 0x3FU) << 6) | (p[2] & 0x3FU);
    if (cp >= 0x800U && (cp < 0xD800U || cp > 0xDFFFU)) return {cp, 3, true};
  } else if (b >= 0xF0U && b <= 0xF4U && left >= 4 && is_continuation(p[1]) &&
             is_continuation(p[2]) && is_continuation(p[3])) {
    const char32_t cp =
        ((b & 0x07U) << 18) | ((p[1] & 0x3FU) << 12) | ((p[2] & 0x3FU) << 6) | (p[3] & 0x3FU);
    if (cp >= 0x10000U && cp <= 0x10FFFFU) return {cp, 4, true};
  }
  return {0xFFFDU, 1, false};
}

// The code point at byte `at` of `text` (at < text.size()).
inline Decoded decode_utf8(std::string_view text, std::size_t at) noexcept {
  const auto* begin = reinterpret_cast<const unsigned char*>(text.data());
  return decode_utf8(begin + at, begin + text.size());
}

inline bool is_valid_utf8(std::string_view text) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto* end = p + text.size();
  while (p < end) {
    const Decoded d = decode_utf8(p, end);
    if (!d.valid) return false;
    p += d.length;
  }
  return true;
}

}  // namespace kefu::detail
