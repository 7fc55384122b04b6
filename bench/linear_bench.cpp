// Linear time on long input: scrub, the masking functions, classify and the reply check on a
// 1 KB, 100 KB and 1 MB text, against a plain byte loop over the same text in the same
// process. Each benchmark reports bytes/s; ns per byte is 1e9 / that, and a function runs in
// linear time when its ns per byte stays flat from 1 KB to 1 MB (as the baseline's does).
//
// The text repeats a customer's message holding what each function looks for: mobile and ID
// numbers, a card number, an e-mail address, an order number, amounts, complaint and refund
// keywords, and forbidden phrases for the reply check.

#include <kefu/aftersales/masking.hpp>
#include <kefu/classify/classifier.hpp>
#include <kefu/classify/reply_check.hpp>

#include <benchmark/benchmark.h>

#include <cstddef>
#include <cstdint>
#include <string>

namespace {

constexpr const char* message =
    "您好，我是张伟，电话13812345678，身份证11010519491231002X，订单号 20261201-8877，"
    "退款599元还没到账，卡号6222021234567890128，邮箱zhangwei@example.com。"
    "这不归我们管，你自己去问快递！我要投诉，再不处理就找12315。 ";

const std::string& text_of(std::size_t size) {
  static std::string texts[3];
  std::string& t = texts[size == 1024 ? 0 : size == 100 * 1024 ? 1 : 2];
  if (t.empty()) {
    while (t.size() < size) t += message;
    t.resize(size);  // may cut a character in two at the end: the functions take any bytes
  }
  return t;
}

template <class Fn>
void run(benchmark::State& state, Fn&& fn) {
  const std::string& text = text_of(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(fn(text));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(text.size()));
}

// The baseline: one pass over the bytes, as any scanner must make.
void baseline_byte_loop(benchmark::State& state) {
  run(state, [](const std::string& text) {
    std::uint64_t digits = 0;
    for (const char c : text) {
      benchmark::DoNotOptimize(digits += static_cast<std::uint64_t>(c >= '0' && c <= '9'));
    }
    return digits;
  });
}

void mask_personal_data(benchmark::State& state) {
  run(state, [](const auto& t) { return kefu::mask_personal_data(t); });
}
void mask_name(benchmark::State& state) {
  run(state, [](const auto& t) { return kefu::mask_name(t); });
}
void mask_phone(benchmark::State& state) {
  run(state, [](const auto& t) { return kefu::mask_phone(t); });
}
void mask_email(benchmark::State& state) {
  run(state, [](const auto& t) { return kefu::mask_email(t); });
}
void classify(benchmark::State& state) {
  static const kefu::Classifier classifier = kefu::Classifier::keyword_defaults();
  run(state, [](const auto& t) { return classifier.classify(t).evidence.size(); });
}
void reply_check(benchmark::State& state) {
  static const kefu::ReplyChecker checker = kefu::ReplyChecker::defaults();
  run(state, [](const auto& t) { return checker.check(t).size(); });
}

}  // namespace

#define KEFU_LINEAR(fn) BENCHMARK(fn)->Arg(1024)->Arg(100 * 1024)->Arg(1024 * 1024)
KEFU_LINEAR(baseline_byte_loop);
KEFU_LINEAR(mask_personal_data);
KEFU_LINEAR(mask_name);
KEFU_LINEAR(mask_phone);
KEFU_LINEAR(mask_email);
KEFU_LINEAR(classify);
KEFU_LINEAR(reply_check);

BENCHMARK_MAIN();
