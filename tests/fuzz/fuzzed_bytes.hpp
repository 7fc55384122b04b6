#pragma once
// Reads a fuzzer's input as a stream of choices: integers taken from the front, zero once the
// bytes run out, so every input, however short, is a complete test.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <type_traits>

namespace kefu::fuzz {

class FuzzedBytes {
 public:
  FuzzedBytes(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}

  bool empty() const noexcept { return size_ == 0; }

  template <class Int>
  Int take() noexcept {
    static_assert(std::is_integral_v<Int>);
    std::make_unsigned_t<Int> value = 0;
    const std::size_t n = size_ < sizeof(value) ? size_ : sizeof(value);
    if (n > 0) std::memcpy(&value, data_, n);
    data_ += n;
    size_ -= n;
    return static_cast<Int>(value);
  }

  // One of `count` choices (count > 0).
  unsigned choose(unsigned count) noexcept { return take<std::uint8_t>() % count; }

 private:
  const std::uint8_t* data_;
  std::size_t size_;
};

}  // namespace kefu::fuzz
