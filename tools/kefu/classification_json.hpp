#pragma once
// One classified message as one JSON line: {"text", "category", "scenario", "priority",
// "flags", "evidence": [{"keyword", "rule", "begin", "end"}]}, the stable English names.

#include <kefu/classify/classification.hpp>

#include <string>
#include <string_view>

namespace kefu::tool {

// A JSON string literal of `text`; bytes that are not valid UTF-8 become U+FFFD, so that the
// line stays valid JSON whatever the input.
std::string json_string(std::string_view text);

std::string classification_json(std::string_view text, const Classification& c);

}  // namespace kefu::tool
