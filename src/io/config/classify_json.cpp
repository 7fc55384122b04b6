#include "classify_json.hpp"

#include <kefu/classify/classifier.hpp>
#include <kefu/classify/learned_model.hpp>
#include <kefu/core/category.hpp>
#include <kefu/core/error.hpp>
#include <kefu/core/priority.hpp>
#include <kefu/core/scenario.hpp>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <fmt/core.h>

#include <cmath>
#include <string>
#include <string_view>

namespace kefu::io::detail {

namespace json = boost::json;

namespace {

// Longer than any clause or greeting a window is meant to cover (kefu's choice): a larger
// number is a slip, not a policy.
constexpr std::int64_t max_window = 1000;

// A pattern the matcher can use: a non-empty string (JSON text is valid UTF-8 already).
std::string read_pattern(const Node& node) {
  std::string text = node.string();
  if (text.empty()) node.fail("empty pattern");
  return text;
}

std::vector<std::string> read_patterns(const Node& node) {
  std::vector<std::string> out;
  for (const Node& item : node.items()) out.push_back(read_pattern(item));
  return out;
}

json::array strings_to_json(const std::vector<std::string>& list) {
  json::array out;
  out.reserve(list.size());
  for (const auto& text : list) out.emplace_back(json::string(text));
  return out;
}

// A weight as people write it: 5 rather than 5E0 when it is whole.
json::value weight_to_json(double weight) {
  if (std::floor(weight) == weight && std::fabs(weight) < 9.0e15) {
    return json::value(static_cast<std::int64_t>(weight));
  }
  return json::value(weight);
}

// The label checked against its dimension's enum and kept in its English spelling.
std::string read_label(const Node& node, Dimension dimension) {
  switch (dimension) {
    case Dimension::category:
      return std::string(to_string(node.enumeration<Category>("category")));
    case Dimension::scenario:
      return std::string(to_string(node.enumeration<Scenario>("scenario")));
    case Dimension::priority:
      return std::string(to_string(node.enumeration<Priority>("priority")));
  }
  node.fail("unknown dimension");
}

// {"dimension": "scenario", "label": "emergency", "weight": 5, "patterns": [...]}
void read_keyword_group(const Node& node, std::vector<KeywordRule>& out) {
  Object object = node.object();
  KeywordRule rule;
  if (auto n = object.optional("dimension"))
    rule.dimension = n->enumeration<Dimension>("dimension");
  rule.label = read_label(object.required("label"), rule.dimension);
  if (auto n = object.optional("weight")) {
    rule.weight = n->number();
    if (!(rule.weight > 0.0)) n->fail("weight must be positive");
  }
  const Node patterns = object.required("patterns");
  object.finish();
  for (const Node& item : patterns.items()) {
    rule.pattern = read_pattern(item);
    out.push_back(rule);
  }
}

// {"flag": "safety_risk", "patterns": [...]}
void read_flag_group(const Node& node, std::vector<FlagCue>& out) {
  Object object = node.object();
  const Flag flag = object.required("flag").enumeration<Flag>("flag");
  const Node patterns = object.required("patterns");
  object.finish();
  for (const Node& item : patterns.items()) out.push_back({read_pattern(item), flag});
}

void read_rules(Object& object, std::vector<KeywordRule>& keywords, std::vector<FlagCue>& flags) {
  if (auto n = object.optional("keywords")) {
    for (const Node& item : n->items()) read_keyword_group(item, keywords);
  }
  if (auto n = object.optional("flags")) {
    for (const Node& item : n->items()) read_flag_group(item, flags);
  }
}

// Consecutive rules that share dimension, label and weight become one group.
json::array keywords_to_json(const std::vector<KeywordRule>& keywords) {
  json::array out;
  for (std::size_t i = 0; i < keywords.size();) {
    const KeywordRule& first = keywords[i];
    json::object group;
    group["dimension"] = enum_to_json(first.dimension);
    group["label"] = json::string(first.label);
    group["weight"] = weight_to_json(first.weight);
    json::array patterns;
    for (; i < keywords.size() && keywords[i].dimension == first.dimension &&
           keywords[i].label == first.label && keywords[i].weight == first.weight;
         ++i) {
      patterns.emplace_back(json::string(keywords[i].pattern));
    }
    group["patterns"] = std::move(patterns);
    out.push_back(std::move(group));
  }
  return out;
}

json::array flags_to_json(const std::vector<FlagCue>& flags) {
  json::array out;
  for (std::size_t i = 0; i < flags.size();) {
    const Flag flag = flags[i].flag;
    json::object group;
    group["flag"] = enum_to_json(flag);
    json::array patterns;
    for (; i < flags.size() && flags[i].flag == flag; ++i) {
      patterns.emplace_back(json::string(flags[i].pattern));
    }
    group["patterns"] = std::move(patterns);
    out.push_back(std::move(group));
  }
  return out;
}

ContextRules read_context(const Node& node) {
  Object object = node.object();
  ContextRules group;
  const Node words = object.required("words");
  group.words = read_patterns(words);
  if (group.words.empty()) words.fail("no context words");
  read_rules(object, group.keywords, group.flags);
  if (auto n = object.optional("window")) {
    group.window = static_cast<std::size_t>(n->integer(0, max_window));
  }
  if (auto n = object.optional("name")) group.name = n->string();
  object.finish();
  return group;
}

constexpr std::string_view builtin_packs[] = {"zh", "en"};

RulePack read_pack(const Node& node) {
  if (node.json().is_string()) {
    const std::string name = node.string();
    if (name == "zh") return RulePack::default_zh();
    if (name == "en") return RulePack::default_en();
    node.fail_unknown("built-in pack", name, {std::begin(builtin_packs), std::end(builtin_packs)});
  }
  if (!node.json().is_object()) node.fail("expected a pack object or a built-in pack's name");
  Object object = node.object();
  RulePack pack;
  const Node name = object.required("name");
  pack.name = name.string();
  if (pack.name.empty()) name.fail("a pack needs a name (evidence shows it)");
  read_rules(object, pack.keywords, pack.flags);
  if (auto n = object.optional("in_context")) {
    for (const Node& item : n->items()) pack.in_context.push_back(read_context(item));
  }
  if (auto n = object.optional("negations")) pack.negations = read_patterns(*n);
  if (auto n = object.optional("negation_window")) {
    pack.negation_window = static_cast<std::size_t>(n->integer(0, max_window));
  }
  if (auto n = object.optional("neutral_phrases")) pack.neutral_phrases = read_patterns(*n);
  if (auto n = object.optional("questions_before")) pack.questions_before = read_patterns(*n);
  if (auto n = object.optional("questions_after")) pack.questions_after = read_patterns(*n);
  if (auto n = object.optional("past_markers")) pack.past_markers = read_patterns(*n);
  if (auto n = object.optional("present_markers")) pack.present_markers = read_patterns(*n);
  if (auto n = object.optional("resolved_markers")) pack.resolved_markers = read_patterns(*n);
  object.finish();
  return pack;
}

json::object pack_to_json(const RulePack& pack) {
  json::object out;
  out["name"] = json::string(pack.name);
  out["keywords"] = keywords_to_json(pack.keywords);
  out["flags"] = flags_to_json(pack.flags);
  json::array contexts;
  for (const ContextRules& group : pack.in_context) {
    json::object g;
    g["words"] = strings_to_json(group.words);
    g["keywords"] = keywords_to_json(group.keywords);
    g["flags"] = flags_to_json(group.flags);
    g["window"] = static_cast<std::uint64_t>(group.window);
    g["name"] = json::string(group.name);
    contexts.push_back(std::move(g));
  }
  out["in_context"] = std::move(contexts);
  out["negations"] = strings_to_json(pack.negations);
  out["negation_window"] = static_cast<std::uint64_t>(pack.negation_window);
  out["neutral_phrases"] = strings_to_json(pack.neutral_phrases);
  out["questions_before"] = strings_to_json(pack.questions_before);
  out["questions_after"] = strings_to_json(pack.questions_after);
  out["past_markers"] = strings_to_json(pack.past_markers);
  out["present_markers"] = strings_to_json(pack.present_markers);
  out["resolved_markers"] = strings_to_json(pack.resolved_markers);
  return out;
}

// {"kind": "scolding", "patterns": [...]}
void read_forbidden_group(const Node& node, std::vector<ForbiddenPhrase>& out) {
  Object object = node.object();
  const Node kind_node = object.required("kind");
  const std::string kind = kind_node.string();
  if (kind.empty()) kind_node.fail("a forbidden phrase needs a kind (findings show it)");
  const Node patterns = object.required("patterns");
  object.finish();
  for (const Node& item : patterns.items()) out.push_back({read_pattern(item), kind});
}

json::array forbidden_to_json(const std::vector<ForbiddenPhrase>& forbidden) {
  json::array out;
  for (std::size_t i = 0; i < forbidden.size();) {
    const std::string& kind = forbidden[i].kind;
    json::object group;
    group["kind"] = json::string(kind);
    json::array patterns;
    for (; i < forbidden.size() && forbidden[i].kind == kind; ++i) {
      patterns.emplace_back(json::string(forbidden[i].pattern));
    }
    group["patterns"] = std::move(patterns);
    out.push_back(std::move(group));
  }
  return out;
}

}  // namespace

namespace {

// The document's word for Config::classifier_model's empty value: the packs alone.
constexpr std::string_view no_model = "none";

// "bundled" or a file LearnedModel::load reads. A file that cannot be opened or is not a
// model is a config_error ("config: $.classifier.model: learned model: ..."): the document
// is well formed, what it points to is not usable.
void check_model(const Node& node, const std::string& model) {
  if (model.empty()) node.fail("an empty model path (\"none\" for the packs alone)");
  if (model == "bundled") return;
  try {
    (void)LearnedModel::load(model);
  } catch (const error& e) {
    throw config_error(fmt::format("{}: {}: {}", node.what(), node.path(), e.what()));
  }
}

std::vector<RulePack> read_classifier(const Node& node, std::string* model) {
  Object object = node.object();
  const auto packs_node = object.optional("packs");
  if (model != nullptr) {
    if (const auto model_node = object.optional("model")) {
      *model = model_node->string();
      if (*model == no_model) {
        model->clear();
      } else {
        check_model(*model_node, *model);
      }
    }
  }
  object.finish();
  if (!packs_node) return {RulePack::default_zh(), RulePack::default_en()};
  std::vector<RulePack> packs;
  for (const Node& item : packs_node->items()) packs.push_back(read_pack(item));
  // What the reader cannot see alone (too many distinct characters for the matcher) the
  // Classifier refuses; build it now so that the document is refused, not the first message.
  checked(*packs_node, [&] { return Classifier(packs); });
  return packs;
}

}  // namespace

std::vector<RulePack> classifier_from_json(const Node& node, std::string& model) {
  return read_classifier(node, &model);
}

std::vector<RulePack> rule_packs_from_json(const Node& node) {
  return read_classifier(node, nullptr);
}

json::value rule_packs_to_json(const std::vector<RulePack>& packs) {
  json::array list;
  for (const RulePack& pack : packs) list.push_back(pack_to_json(pack));
  json::object out;
  out["packs"] = std::move(list);
  return out;
}

json::value classifier_to_json(const std::vector<RulePack>& packs, const std::string& model) {
  json::value out = rule_packs_to_json(packs);
  out.as_object()["model"] = json::string(model.empty() ? no_model : model);
  return out;
}

ReplyRules reply_rules_from_json(const Node& node) {
  Object object = node.object();
  ReplyRules rules = ReplyRules::defaults();
  if (auto n = object.optional("forbidden")) {
    rules.forbidden.clear();
    for (const Node& item : n->items()) read_forbidden_group(item, rules.forbidden);
  }
  if (auto n = object.optional("greetings")) rules.greetings = read_patterns(*n);
  if (auto n = object.optional("closings")) rules.closings = read_patterns(*n);
  if (auto n = object.optional("greeting_window")) {
    rules.greeting_window = static_cast<std::size_t>(n->integer(0, max_window));
  }
  if (auto n = object.optional("closing_window")) {
    rules.closing_window = static_cast<std::size_t>(n->integer(0, max_window));
  }
  if (auto n = object.optional("requests")) {
    Object requests = n->object();
    if (auto r = requests.optional("cues")) rules.requests.cues = read_patterns(*r);
    if (auto r = requests.optional("openers")) rules.requests.openers = read_patterns(*r);
    if (auto r = requests.optional("endings")) rules.requests.endings = read_patterns(*r);
    requests.finish();
  }
  object.finish();
  checked(node, [&] { return ReplyChecker(rules); });
  return rules;
}

json::value to_json(const ReplyRules& rules) {
  json::object out;
  out["forbidden"] = forbidden_to_json(rules.forbidden);
  out["greetings"] = strings_to_json(rules.greetings);
  out["closings"] = strings_to_json(rules.closings);
  out["greeting_window"] = static_cast<std::uint64_t>(rules.greeting_window);
  out["closing_window"] = static_cast<std::uint64_t>(rules.closing_window);
  json::object requests;
  requests["cues"] = strings_to_json(rules.requests.cues);
  requests["openers"] = strings_to_json(rules.requests.openers);
  requests["endings"] = strings_to_json(rules.requests.endings);
  out["requests"] = std::move(requests);
  return out;
}

}  // namespace kefu::io::detail
