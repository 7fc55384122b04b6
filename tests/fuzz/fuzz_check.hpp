#pragma once
// What every harness shares: the libFuzzer entry point's signature, and the check that aborts
// (so libFuzzer, or the corpus runner, reports the input) when an invariant does not hold.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace kefu::fuzz {

[[noreturn]] inline void violated(const char* invariant, const char* file, int line) {
  std::fprintf(stderr, "%s:%d: invariant violated: %s\n", file, line, invariant);
  std::abort();
}

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

}  // namespace kefu::fuzz

#define KEFU_FUZZ_CHECK(condition) \
  ((condition) ? void() : ::kefu::fuzz::violated(#condition, __FILE__, __LINE__))
