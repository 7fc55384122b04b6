#pragma once
// Files named on the command line, with "-" for standard input or output. A large file read
// while stderr is a terminal shows a progress bar there (progress_bar.hpp).

#include "progress_bar.hpp"

#include <fstream>
#include <iosfwd>
#include <istream>
#include <memory>
#include <string>

namespace kefu::tool {

class Input {
 public:
  // Throws kefu::argument_error when the file cannot be opened ("cannot read 'x.jsonl'").
  explicit Input(const std::string& path);
  std::istream& stream() { return *stream_; }
  // The path, or "<stdin>": what error messages name.
  const std::string& name() const { return name_; }
  // Standard input from a terminal: someone may be typing it.
  bool interactive() const;
  // The rest of the input as one string.
  std::string read_all();

 private:
  std::ifstream file_;
  std::unique_ptr<ProgressReader> progress_;  // between file_ and wrapped_, when shown
  std::istream wrapped_{nullptr};
  std::istream* stream_;
  std::string name_;
};

class Output {
 public:
  // Throws kefu::argument_error when the file cannot be created.
  explicit Output(const std::string& path);
  std::ostream& stream() { return *stream_; }

 private:
  std::ofstream file_;
  std::ostream* stream_;
};

}  // namespace kefu::tool
