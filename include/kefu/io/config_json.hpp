#pragma once
// The config document: every policy of kefu::Config as one versioned JSON document.
//
//   {
//     "kefu_config": 1,
//     // every part may be left out: it then keeps its default
//     "calendar": {...}, "sla": {...}, "lifecycle": {"reopen_window": "168 h"},
//     "escalation": {"rules": [...]}, "classifier": {...}, "reply": {...}, "kpi": {...},
//     "aftersales": {...},
//   }
//
// The shipped defaults are src/io/config/kefu-defaults.json (installed to share/kefu/), with a
// comment naming each default's source; src/io/config/kefu-config.schema.json is the JSON Schema.
//
// Comments and trailing commas are accepted, as editors write them. Names of enumerations may
// be written in English or with their Chinese labels ("complaint" or "投诉类"); they are written
// back in English. Every error is a kefu::parse_error naming the place: the line and column of a
// syntax error, the path of a bad value ("config: $.escalation.rules[3].trigger.event: unknown
// event 'opne' (did you mean 'open'?)"). A document is read whole or not at all.

#include <kefu/config.hpp>

#include <boost/json/value.hpp>

#include <string>
#include <string_view>

namespace kefu::io {

inline constexpr int config_format_version = 1;

Config config_from_json_text(std::string_view text);
Config config_from_json(const boost::json::value& json);

boost::json::value to_json(const Config& config);
// Pretty-printed, two spaces an indent, parts in a fixed order.
std::string to_json_text(const Config& config);

}  // namespace kefu::io
