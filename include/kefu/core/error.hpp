#pragma once
// kefu's exceptions. They are thrown only when something is built from bad data or a call
// gets an argument it cannot accept; expected runtime outcomes are returned values.
// Messages are short, lowercase and name the place: "sla policy rule 3: unknown clock 'x'".

#include <stdexcept>
#include <string>

namespace kefu {

class error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A policy, rule pack, calendar or rule set built from data that cannot work.
class config_error : public error {
 public:
  using error::error;
};

// A call whose argument is outside what the operation accepts (a negative duration).
class argument_error : public error {
 public:
  using error::error;
};

// Text that should hold kefu data (JSON, a service number) and does not; the message
// gives the path of the bad field.
class parse_error : public error {
 public:
  using error::error;
};

}  // namespace kefu
