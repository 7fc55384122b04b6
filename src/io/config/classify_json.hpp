#pragma once
// Private: the classifier and reply-checker parts of the config document.
//
//   "classifier": {"packs": [
//     "en",                                    // a built-in pack by name: "zh" or "en"
//     {"name": "zh",
//      "keywords": [{"dimension": "scenario", "label": "emergency", "weight": 5,
//                    "patterns": ["漏电", "冒烟"]}, ...],
//      "flags": [{"flag": "safety_risk", "patterns": ["漏电", "冒烟"]}, ...],
//      "in_context": [{"words": ["燃气", "煤气"], "keywords": [...], "flags": [...]}],
//      "negations": ["没有", "不"], "negation_window": 2, "neutral_phrases": ["不小心"],
//      "questions_before": ["会不会"], "questions_after": ["吗"]}],
//    "model": "models/tickets.kefu-model"}      // or "bundled"; left out: the packs alone
//   "reply": {"forbidden": [{"kind": "scolding", "patterns": ["大点声", "烦不烦"]}, ...],
//             "greetings": ["您好"], "closings": ["再见"], "greeting_window": 8,
//             "closing_window": 8,
//             "requests": {"cues": ["稍等"], "openers": ["请"], "endings": ["好吗"]}}
//
// A keyword group gives every pattern in it one rule of the same dimension, label and weight,
// so a pack reads as lists of phrases; the writer groups consecutive rules that share them,
// which keeps the rules in their order. Labels and flags are read in any spelling kefu::parse
// accepts and kept in their stable English form. A pack object's left-out fields are empty
// (negation_window 2, as RulePack); left-out "packs" are the built-in zh and en packs; a
// left-out field of "reply" keeps ReplyRules::defaults(). Both parts are compiled (Classifier,
// ReplyChecker) while they are read, so a pack that cannot be built is refused at load time.

#include "../json_reader.hpp"
#include <kefu/classify/reply_check.hpp>
#include <kefu/classify/rule_pack.hpp>

#include <boost/json/value.hpp>

#include <string>
#include <vector>

namespace kefu::io::detail {

// `node` is the "classifier" object; returns the packs a Classifier is built from, and sets
// `model` to its "model" (Config::classifier_model: "none" is empty; left out: unchanged). The
// model is loaded once, so that a missing or corrupt file is a config_error at load time.
std::vector<RulePack> classifier_from_json(const Node& node, std::string& model);
// The same without a model: a "model" member is refused.
std::vector<RulePack> rule_packs_from_json(const Node& node);
// {"packs": [...]}, every pack written in full.
boost::json::value rule_packs_to_json(const std::vector<RulePack>& packs);
// {"packs": [...], "model": ...}: the model "none" when `model` is empty.
boost::json::value classifier_to_json(const std::vector<RulePack>& packs, const std::string& model);

// `node` is the "reply" object.
ReplyRules reply_rules_from_json(const Node& node);
boost::json::value to_json(const ReplyRules& rules);

}  // namespace kefu::io::detail
