#pragma once
// Private: JSON text for people to read and edit: two spaces an indent, one field a line, lists
// of words filled to 100 columns.

#include <boost/json/value.hpp>

#include <string>

namespace kefu::io::detail {

std::string pretty(const boost::json::value& json);

}  // namespace kefu::io::detail
