#pragma once
// The shipped defaults document (src/io/config/kefu-defaults.json), comments included, as it
// was when the tool was built.

#include <string_view>

namespace kefu::tool {

std::string_view defaults_document();

}  // namespace kefu::tool
