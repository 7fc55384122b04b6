#include "streams.hpp"

#include <kefu/core/error.hpp>

#include <fmt/core.h>

#include <filesystem>
#include <iostream>
#include <iterator>
#include <system_error>
#include <unistd.h>

namespace kefu::tool {

Input::Input(const std::string& path) : stream_(&std::cin), name_("<stdin>") {
  if (path == "-") return;
  file_.open(path, std::ios::binary);
  if (!file_) throw argument_error(fmt::format("cannot read '{}'", path));
  stream_ = &file_;
  name_ = path;
  if (!stderr_is_terminal()) return;
  std::error_code error;
  const std::uintmax_t size = std::filesystem::file_size(path, error);
  if (error || size < progress_threshold) return;
  progress_ = std::make_unique<ProgressReader>(
      file_.rdbuf(), std::filesystem::path(path).filename().string(), size);
  wrapped_.rdbuf(progress_.get());
  stream_ = &wrapped_;
}

bool Input::interactive() const { return stream_ == &std::cin && isatty(STDIN_FILENO) == 1; }

std::string Input::read_all() {
  std::string text{std::istreambuf_iterator<char>(*stream_), std::istreambuf_iterator<char>()};
  if (stream_->bad()) throw argument_error(fmt::format("cannot read '{}'", name_));
  return text;
}

Output::Output(const std::string& path) : stream_(&std::cout) {
  if (path == "-") return;
  file_.open(path, std::ios::binary);
  if (!file_) throw argument_error(fmt::format("cannot write '{}'", path));
  stream_ = &file_;
}

}  // namespace kefu::tool
