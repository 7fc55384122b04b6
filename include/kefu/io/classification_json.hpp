#pragma once
// One classified message as one JSON line, as `kefu classify` and examples/classify.cpp write
// it: {"text", "category", "scenario", "priority", "flags", "evidence": [{"keyword", "rule",
// "begin", "end"}]}, the stable English names; with a learned model also "needs_person" (the
// fields the model abstained on) and "model": {"category": {"label", "best", "probability",
// "evidence": [{"feature", "weight", "begin", "end"}]}, "scenario": ..., "priority": ...}.

#include <kefu/classify/classification.hpp>

#include <string>
#include <string_view>

namespace kefu::io {

// A JSON string literal of `text`; bytes that are not valid UTF-8 become U+FFFD, so that the
// line stays valid JSON whatever the input.
[[nodiscard]] std::string json_string(std::string_view text);

// `model`: whether the classification came from a classifier with a learned model.
[[nodiscard]] std::string classification_json(std::string_view text, const Classification& c,
                                              bool model = false);

}  // namespace kefu::io
