#include "streams.hpp"

#include <kefu/core/error.hpp>

#include <fmt/core.h>

#include <iostream>
#include <iterator>

namespace kefu::tool {

Input::Input(const std::string& path) : stream_(&std::cin), name_("<stdin>") {
  if (path == "-") return;
  file_.open(path, std::ios::binary);
  if (!file_) throw argument_error(fmt::format("cannot read '{}'", path));
  stream_ = &file_;
  name_ = path;
}

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
