#include "config/classify_json.hpp"
#include <kefu/classify/classifier.hpp>
#include <kefu/classify/learned_model.hpp>
#include <kefu/core/error.hpp>
#include <kefu/io/config_json.hpp>

#include <boost/json/serialize.hpp>

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

using kefu::io::detail::Node;
using kefu::io::detail::parse_document;
using kefu::io::detail::reply_rules_from_json;
using kefu::io::detail::rule_packs_from_json;
using kefu::io::detail::rule_packs_to_json;

namespace {

std::vector<kefu::RulePack> packs_from(std::string_view text) {
  const auto json = parse_document(text, "config");
  return rule_packs_from_json(Node(json, "$.classifier", "config"));
}

kefu::ReplyRules reply_from(std::string_view text) {
  const auto json = parse_document(text, "config");
  return reply_rules_from_json(Node(json, "$.reply", "config"));
}

template <class Fn>
std::string error_of(Fn&& fn) {
  try {
    fn();
  } catch (const kefu::error& e) {
    return e.what();
  }
  return "no error";
}

std::string packs_error(std::string_view text) {
  return error_of([&] { packs_from(text); });
}

std::string reply_error(std::string_view text) {
  return error_of([&] { reply_from(text); });
}

// A keyword group of one pack, for the documents below that get one thing wrong.
std::string pack_with(std::string_view fields) {
  return std::string(R"({"packs": [{"name": "host", )") + std::string(fields) + "}]}";
}

// A UTF-8 string of `count` distinct code points from U+10000 on (planes 1 and 2).
std::string distinct_code_points(char32_t count) {
  std::string out;
  for (char32_t cp = 0x10000; cp < 0x10000 + count; ++cp) {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return out;
}

}  // namespace

TEST_CASE("the default rule packs survive a round trip through JSON") {
  const std::vector<kefu::RulePack> defaults{kefu::RulePack::default_zh(),
                                             kefu::RulePack::default_en()};
  const auto json = rule_packs_to_json(defaults);
  const auto back = rule_packs_from_json(Node(json, "$.classifier", "config"));
  CHECK(back == defaults);
  // Through text too, as a host stores it: weights such as 2.5 and 5 come back exactly.
  const auto text = boost::json::serialize(json);
  CHECK(packs_from(text) == defaults);
}

TEST_CASE("the written packs group consecutive rules that share dimension, label and weight") {
  kefu::RulePack pack;
  pack.name = "host";
  pack.keywords = {{"漏电", kefu::Dimension::scenario, "emergency", 5.0},
                   {"冒烟", kefu::Dimension::scenario, "emergency", 5.0},
                   {"漏电", kefu::Dimension::category, "after_sales", 2.0},
                   {"冒烟", kefu::Dimension::category, "after_sales", 2.0},
                   {"投诉", kefu::Dimension::category, "complaint", 2.5}};
  pack.flags = {{"漏电", kefu::Flag::safety_risk}, {"冒烟", kefu::Flag::safety_risk}};
  const auto json = rule_packs_to_json({pack});
  // Five rules in three runs; two cues of one flag in one group.
  CHECK(boost::json::serialize(json.at("packs").at(0).at("keywords")) ==
        R"([{"dimension":"scenario","label":"emergency","weight":5,"patterns":["漏电","冒烟"]},)"
        R"({"dimension":"category","label":"after_sales","weight":2,"patterns":["漏电","冒烟"]},)"
        R"({"dimension":"category","label":"complaint","weight":2.5E0,"patterns":["投诉"]}])");
  CHECK(boost::json::serialize(json.at("packs").at(0).at("flags")) ==
        R"([{"flag":"safety_risk","patterns":["漏电","冒烟"]}])");
  CHECK(packs_from(boost::json::serialize(json)) == std::vector<kefu::RulePack>{pack});
}

TEST_CASE("left-out packs are the built-in ones, and a built-in pack may be named") {
  const std::vector<kefu::RulePack> defaults{kefu::RulePack::default_zh(),
                                             kefu::RulePack::default_en()};
  CHECK(packs_from("{}") == defaults);
  CHECK(packs_from(R"({"packs": ["zh", "en"]})") == defaults);
  CHECK(packs_from(R"({"packs": []})").empty());
}

TEST_CASE("a pack object's left-out fields are empty, with the negation window of RulePack") {
  const auto packs = packs_from(R"({"packs": [{"name": "host"}]})");
  REQUIRE(packs.size() == 1);
  kefu::RulePack expected;
  expected.name = "host";
  CHECK(packs[0] == expected);
  CHECK(packs[0].negation_window == 2);
}

TEST_CASE("labels, dimensions and flags in Chinese are kept in their English names") {
  // 场景 is the scenario dimension, 退换货 the return_exchange scenario, 优先级 / 紧急 the
  // priority dimension and urgent priority, 生鲜易腐 the perishable flag.
  const auto packs = packs_from(R"({"packs": [{"name": "host",
    "keywords": [{"dimension": "场景", "label": "退换货", "weight": 2, "patterns": ["换个新的"]},
                 {"label": "售后", "patterns": ["保修"]}],
    "flags": [{"flag": "生鲜易腐", "patterns": ["榴莲"]}]}]})");
  REQUIRE(packs.size() == 1);
  const std::vector<kefu::KeywordRule> keywords{
      {"换个新的", kefu::Dimension::scenario, "return_exchange", 2.0},
      // No dimension: category; no weight: 1.
      {"保修", kefu::Dimension::category, "after_sales", 1.0}};
  CHECK(packs[0].keywords == keywords);
  CHECK(packs[0].flags == std::vector<kefu::FlagCue>{{"榴莲", kefu::Flag::perishable}});
}

TEST_CASE("a host's own keyword changes what a message is") {
  // 发票开错了 holds none of the default packs' patterns, so by classifier.hpp steps 4 and 5
  // it has no vote: scenario none, category inquiry (follows none), priority low.
  const auto before = kefu::Classifier::keyword_defaults().classify("发票开错了");
  CHECK(before.category == kefu::Category::inquiry);
  CHECK(before.priority == kefu::Priority::low);
  // The built-in packs plus one of the host's: 发票 votes after_sales, the only vote, so the
  // category is after_sales and the priority normal (a vote, not a complaint, no fault).
  const kefu::Classifier classifier(packs_from(R"({"packs": ["zh", "en",
    {"name": "host", "keywords": [{"label": "after_sales", "patterns": ["发票"]}]}]})"));
  const auto after = classifier.classify("发票开错了");
  CHECK(after.category == kefu::Category::after_sales);
  CHECK(after.scenario == kefu::Scenario::none);
  CHECK(after.priority == kefu::Priority::normal);
  REQUIRE(after.evidence.size() == 1);
  CHECK(after.evidence[0].rule == "host category after_sales");
}

TEST_CASE("the default reply rules survive a round trip through JSON") {
  const auto defaults = kefu::ReplyRules::defaults();
  const auto json = kefu::io::detail::to_json(defaults);
  CHECK(reply_rules_from_json(Node(json, "$.reply", "config")) == defaults);
  CHECK(reply_from(boost::json::serialize(json)) == defaults);
  CHECK(reply_from("{}") == defaults);
}

TEST_CASE("a new forbidden phrase is flagged, and the left-out reply rules keep their defaults") {
  // 您好 opens the reply and 再见 closes it (default greeting and closing); no request cue.
  const std::string reply = "您好，发票的事你自己查去吧，再见";
  CHECK(kefu::ReplyChecker::defaults().check(reply).empty());
  const auto rules = reply_from(R"({"forbidden": [{"kind": "blame_shifting",
                                                   "patterns": ["你自己查"]}]})");
  CHECK(rules.greetings == kefu::ReplyRules::defaults().greetings);
  CHECK(rules.requests == kefu::ReplyRules::defaults().requests);
  // A finding's phrase and kind view into the checker (issue 14 makes them owning): keep it.
  const kefu::ReplyChecker checker(rules);
  const auto findings = checker.check(reply);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].issue == kefu::ReplyIssue::forbidden_phrase);
  CHECK(findings[0].phrase == "你自己查");
  CHECK(findings[0].kind == "blame_shifting");
  // 您好 (2 x 3 bytes), the full-width comma (3), 发票的事 (4 x 3): the phrase starts at byte
  // 21 and is 4 x 3 bytes long.
  CHECK(findings[0].begin == 21);
  CHECK(findings[0].end == 33);
}

TEST_CASE("the request rule and the windows are read from the document") {
  const auto rules =
      reply_from(R"({"greeting_window": 0, "closing_window": 20, "requests": {"cues": ["等会"]}})");
  CHECK(rules.greeting_window == 0);
  CHECK(rules.closing_window == 20);
  CHECK(rules.requests.cues == std::vector<std::string>{"等会"});
  CHECK(rules.requests.openers == std::vector<std::string>{"请"});  // left out: default
}

TEST_CASE("the classifier's and the reply checker's enums parse their names, labels, aliases") {
  CHECK(kefu::parse<kefu::Dimension>("场景") == kefu::Dimension::scenario);
  CHECK(kefu::parse<kefu::Dimension>("Priority") == kefu::Dimension::priority);
  CHECK(kefu::to_string(kefu::Dimension::category) == "category");
  CHECK(kefu::parse<kefu::ReplyIssue>("服务忌语") == kefu::ReplyIssue::forbidden_phrase);
  CHECK(kefu::to_string(kefu::ReplyIssue::missing_closing) == "missing_closing");
  CHECK(kefu::chinese_label(kefu::ReplyIssue::missing_greeting) == "缺少问候语");
  CHECK(kefu::parse<kefu::ReplySeverity>("提示") == kefu::ReplySeverity::hint);
  CHECK(kefu::to_string(kefu::ReplySeverity::violation) == "violation");
}

TEST_CASE("bad rule packs are refused with their path and a suggestion") {
  CHECK(packs_error(pack_with(R"("keywords": [{"dimension": "scenario", "label": "fualt_repair",
                                               "patterns": ["坏了"]}])")) ==
        "config: $.classifier.packs[0].keywords[0].label: unknown scenario 'fualt_repair' (did "
        "you mean 'fault_repair'?)");
  // high is a priority, not a category; no category is spelt close to it.
  CHECK(packs_error(pack_with(R"("keywords": [{"label": "high", "patterns": ["急"]}])")) ==
        "config: $.classifier.packs[0].keywords[0].label: unknown category 'high'");
  CHECK(packs_error(pack_with(R"("keywords": [{"dimension": "scenaro", "label": "logistics",
                                               "patterns": ["快递"]}])")) ==
        "config: $.classifier.packs[0].keywords[0].dimension: unknown dimension 'scenaro' (did "
        "you mean 'scenario'?)");
  CHECK(packs_error(pack_with(R"("flags": [{"flag": "safty_risk", "patterns": ["漏电"]}])")) ==
        "config: $.classifier.packs[0].flags[0].flag: unknown flag 'safty_risk' (did you mean "
        "'safety_risk'?)");
  CHECK(packs_error(pack_with(R"("keywords": [{"label": "complaint", "weight": 0,
                                               "patterns": ["差评"]}])")) ==
        "config: $.classifier.packs[0].keywords[0].weight: weight must be positive");
  CHECK(packs_error(pack_with(R"("keywords": [{"label": "complaint", "weight": "2",
                                               "patterns": ["差评"]}])")) ==
        "config: $.classifier.packs[0].keywords[0].weight: expected a number");
  CHECK(
      packs_error(pack_with(R"("keywords": [{"label": "complaint", "patterns": ["差评", ""]}])")) ==
      "config: $.classifier.packs[0].keywords[0].patterns[1]: empty pattern");
  CHECK(packs_error(pack_with(R"("keyword": [])")) ==
        "config: $.classifier.packs[0]: unknown field 'keyword' (did you mean 'keywords'?)");
  CHECK(packs_error(pack_with(R"("in_context": [{"words": [], "keywords": []}])")) ==
        "config: $.classifier.packs[0].in_context[0].words: no context words");
  CHECK(packs_error(pack_with(R"("in_context": [{"keywords": []}])")) ==
        "config: $.classifier.packs[0].in_context[0]: missing field 'words'");
  CHECK(packs_error(pack_with(R"("negation_window": -1)")) ==
        "config: $.classifier.packs[0].negation_window: -1 is outside 0 to 1000");
  CHECK(packs_error(pack_with(R"("negations": "不")")) ==
        "config: $.classifier.packs[0].negations: expected an array");
  CHECK(packs_error(R"({"packs": ["zhh"]})") ==
        "config: $.classifier.packs[0]: unknown built-in pack 'zhh' (did you mean 'zh'?)");
  CHECK(packs_error(R"({"packs": [42]})") ==
        "config: $.classifier.packs[0]: expected a pack object or a built-in pack's name");
  CHECK(packs_error(R"({"packs": [{"keywords": []}]})") ==
        "config: $.classifier.packs[0]: missing field 'name'");
  CHECK(packs_error(R"({"pack": []})") ==
        "config: $.classifier: unknown field 'pack' (did you mean 'packs'?)");
}

TEST_CASE("a pack the classifier cannot build is refused when the document is read") {
  // The matcher holds at most 65 535 distinct characters; one pattern of 70 000 is too many,
  // which only building the Classifier finds.
  const std::string doc = pack_with(R"("keywords": [{"label": "inquiry", "patterns": [")" +
                                    distinct_code_points(70'000) + R"("]}])");
  CHECK(packs_error(doc) ==
        "config: $.classifier.packs: matcher: more than 65535 distinct characters");
}

TEST_CASE("bad reply rules are refused with their path") {
  CHECK(reply_error(R"({"forbidden": [{"patterns": ["烦不烦"]}]})") ==
        "config: $.reply.forbidden[0]: missing field 'kind'");
  CHECK(reply_error(R"({"forbidden": [{"kind": "", "patterns": ["烦不烦"]}]})") ==
        "config: $.reply.forbidden[0].kind: a forbidden phrase needs a kind (findings show it)");
  CHECK(reply_error(R"({"greeting": ["您好"]})") ==
        "config: $.reply: unknown field 'greeting' (did you mean 'greetings'?)");
  CHECK(reply_error(R"({"closings": ["再见", ""]})") ==
        "config: $.reply.closings[1]: empty pattern");
  CHECK(reply_error(R"({"requests": {"cue": ["稍等"]}})") ==
        "config: $.reply.requests: unknown field 'cue' (did you mean 'cues'?)");
  CHECK(reply_error(R"({"greeting_window": 2.5})") ==
        "config: $.reply.greeting_window: expected a whole number from 0 to 1000");
}

// A file in the system's temporary directory, not wherever the test runs.
std::string scratch(const char* name) {
  return (std::filesystem::temp_directory_path() / name).string();
}

TEST_CASE("config: the classifier's model is the bundled one or a model file") {
  // Left out: the bundled model, as Classifier::defaults() combines it with the packs.
  const auto left_out = kefu::io::config_from_json_text(R"({"kefu_config": 1})");
  CHECK(left_out.classifier_model == "bundled");
  REQUIRE(left_out.classifier().model() != nullptr);
  CHECK(*left_out.classifier().model() == kefu::LearnedModel::defaults());
  // Also when the document gives packs of its own.
  CHECK(kefu::io::config_from_json_text(R"({"kefu_config": 1, "classifier": {"packs": ["zh"]}})")
            .classifier_model == "bundled");
  // "none": the packs alone, also after a round trip.
  const auto none =
      kefu::io::config_from_json_text(R"({"kefu_config": 1, "classifier": {"model": "none"}})");
  CHECK(none.classifier_model.empty());
  CHECK(none.classifier().model() == nullptr);
  CHECK(kefu::io::config_from_json(kefu::io::to_json(none)) == none);
  const auto bundled =
      kefu::io::config_from_json_text(R"({"kefu_config": 1, "classifier": {"model": "bundled"}})");
  CHECK(bundled.classifier_model == "bundled");
  REQUIRE(bundled.classifier().model() != nullptr);
  CHECK(*bundled.classifier().model() == kefu::LearnedModel::defaults());
  // The model survives a round trip through the document.
  CHECK(kefu::io::config_from_json(kefu::io::to_json(bundled)) == bundled);
  // A file saved by LearnedModel::save is read back.
  const std::string path = scratch("config_test.kefu-model");
  kefu::LearnedModel::defaults().save(path);
  const auto file = kefu::io::config_from_json_text(
      R"({"kefu_config": 1, "classifier": {"model": ")" + path + "\"}}");
  CHECK(*file.classifier().model() == kefu::LearnedModel::defaults());
}

TEST_CASE("config: a missing or corrupt model file is a config_error naming it") {
  CHECK_THROWS_WITH_AS(kefu::io::config_from_json_text(
                           R"({"kefu_config": 1, "classifier": {"model": "no/such.kefu-model"}})"),
                       "config: $.classifier.model: learned model: cannot open "
                       "'no/such.kefu-model'",
                       kefu::config_error);
  const std::string corrupt = scratch("corrupt.kefu-model");
  {
    std::ofstream out(corrupt, std::ios::binary);
    out << "not a model";
  }
  CHECK_THROWS_WITH_AS(kefu::io::config_from_json_text(
                           R"({"kefu_config": 1, "classifier": {"model": ")" + corrupt + "\"}}"),
                       "config: $.classifier.model: learned model file: not a kefu learned "
                       "model (no KEFU-LM magic)",
                       kefu::config_error);
  CHECK_THROWS_AS(
      kefu::io::config_from_json_text(R"({"kefu_config": 1, "classifier": {"model": ""}})"),
      kefu::parse_error);
}
