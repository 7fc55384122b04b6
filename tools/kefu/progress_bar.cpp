#include "progress_bar.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <unistd.h>
#include <utility>

namespace kefu::tool {

std::string progress_line(std::string_view label, std::uint64_t done, std::uint64_t total,
                          int bar) {
  done = std::min(done, total);
  // Integer arithmetic: 100% and a full bar only once everything is read.
  const std::uint64_t percent = total == 0 ? 100 : done * 100 / total;
  const auto filled =
      static_cast<int>(total == 0 ? bar : static_cast<std::uint64_t>(bar) * done / total);
  const auto mb = [](std::uint64_t bytes) {
    return fmt::format("{}.{}", bytes / 1'000'000, bytes % 1'000'000 / 100'000);
  };
  return fmt::format("{} [{}{}] {:>3}%  {}/{} MB", label, std::string(filled, '#'),
                     std::string(bar - filled, '-'), percent, mb(done), mb(total));
}

ProgressThrottle::ProgressThrottle(Clock::time_point start, Clock::duration interval)
    : next_(start + interval), interval_(interval) {}

bool ProgressThrottle::due(Clock::time_point now) {
  if (now < next_) return false;
  next_ = now + interval_;
  return true;
}

bool stderr_is_terminal() { return isatty(STDERR_FILENO) == 1; }

ProgressReader::ProgressReader(std::streambuf* source, std::string label, std::uint64_t total,
                               std::FILE* out)
    : source_(source),
      label_(std::move(label)),
      total_(total),
      out_(out),
      throttle_(ProgressThrottle::Clock::now(), std::chrono::milliseconds(100)),
      buffer_(1u << 16) {}

ProgressReader::~ProgressReader() { clear(); }

void ProgressReader::clear() {
  if (!drawn_) return;
  // Back to the line's start, erase to its end: what follows writes on a clean line.
  std::fputs("\r\x1b[K", out_);
  std::fflush(out_);
  drawn_ = false;
}

ProgressReader::int_type ProgressReader::underflow() {
  if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
  const std::streamsize n =
      source_->sgetn(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
  if (n <= 0) {
    clear();
    return traits_type::eof();
  }
  done_ += static_cast<std::uint64_t>(n);
  if (throttle_.due(ProgressThrottle::Clock::now())) {
    // Drawn, then the cursor back to the line's start, so that a message about a bad record
    // printed meanwhile writes over the bar rather than after it.
    std::fputs(("\r\x1b[K" + progress_line(label_, done_, total_) + "\r").c_str(), out_);
    std::fflush(out_);
    drawn_ = true;
  }
  setg(buffer_.data(), buffer_.data(), buffer_.data() + n);
  return traits_type::to_int_type(*gptr());
}

}  // namespace kefu::tool
