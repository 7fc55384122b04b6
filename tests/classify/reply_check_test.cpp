// kefu::ReplyChecker: forbidden phrases of the hotline standard with their variants, greeting,
// closing and the request hint, spans worked out by hand (3 bytes per CJK character or
// full-width mark).

#include <kefu/classify/reply_check.hpp>
#include <kefu/core/error.hpp>

#include <doctest/doctest.h>

#include <random>
#include <string>

namespace {

using kefu::ReplyIssue;

const kefu::ReplyChecker& checker() {
  static const kefu::ReplyChecker instance = kefu::ReplyChecker::defaults();
  return instance;
}

}  // namespace

TEST_CASE("a reply with greeting, standard phrases and closing passes") {
  CHECK(checker().check("您好，请稍等，我帮您查一下。感谢您的耐心，祝您生活愉快！").empty());
  CHECK(checker().check("亲，您好~ 已经为您登记退货。还有什么可以帮您的吗？").empty());
  CHECK(checker().check("Hello, your refund is on its way. Have a nice day!").empty());
}

TEST_CASE("rhetorical questions are found with their spans, the longest phrase once") {
  // 不是告诉你了 [0,18) ， [18,21) 怎么还不明白 [21,39) ？ [39,42)
  const auto findings = checker().check("不是告诉你了，怎么还不明白？");
  REQUIRE(findings.size() == 4);
  CHECK(findings[0].issue == ReplyIssue::missing_greeting);
  CHECK(findings[0].kind == "greeting");
  CHECK(findings[0].begin == 0);
  CHECK(findings[0].end == 0);
  CHECK(findings[1].issue == ReplyIssue::forbidden_phrase);
  CHECK(findings[1].phrase == "不是告诉你了");
  CHECK(findings[1].kind == "rhetorical");
  CHECK(findings[1].begin == 0);
  CHECK(findings[1].end == 18);
  CHECK(findings[2].phrase == "怎么还不明白");
  CHECK(findings[2].begin == 21);
  CHECK(findings[2].end == 39);
  CHECK(findings[3].issue == ReplyIssue::missing_closing);
  CHECK(findings[3].begin == 42);
  CHECK(findings[3].end == 42);
}

TEST_CASE("blame-shifting phrases and their variants are forbidden") {
  // 这是规定，我有什么办法: 10 characters [0,30) plus the comma's 3 bytes = [0,33), found once as
  // the whole phrase (我有什么办法 inside it is not reported again).
  const auto rules = checker().forbidden_phrases("这是规定，我有什么办法");
  REQUIRE(rules.size() == 1);
  CHECK(rules[0].phrase == "这是规定,我有什么办法");
  CHECK(rules[0].kind == "blame_shifting");
  CHECK(rules[0].severity == kefu::ReplySeverity::violation);
  CHECK(rules[0].begin == 0);
  CHECK(rules[0].end == 33);
  // "你到XX部门问问吧" with any department: 你到售后 [0,12) 部门问问 [12,24) 吧
  const auto department = checker().forbidden_phrases("你到售后部门问问吧");
  REQUIRE(department.size() == 1);
  CHECK(department[0].phrase == "部门问问");
  CHECK(department[0].begin == 12);
  CHECK(department[0].end == 24);
  CHECK(checker().forbidden_phrases("不知道，不清楚").size() == 1);
  CHECK(checker().forbidden_phrases("不知道,不清楚").size() == 1);
  CHECK(checker().forbidden_phrases("大点声，听不见！").size() == 2);
  CHECK(checker().forbidden_phrases("你怎么连这个也不懂")[0].kind == "discriminating");
}

TEST_CASE("english phrases match whole words, in any case or width") {
  // "Hello, " is 7 bytes, then "I already told you" [7,25)
  const auto findings = checker().check("Hello, I already told you. Have a nice day!");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].phrase == "i already told you");
  CHECK(findings[0].begin == 7);
  CHECK(findings[0].end == 25);
  CHECK(checker().forbidden_phrases("ＣＡＬＭ ＤＯＷＮ please").size() == 1);
  CHECK(checker().forbidden_phrases("that is obviously yours").empty());
  // "hi" inside "this" is no greeting.
  const auto no_greeting = checker().check("this is fixed, goodbye");
  REQUIRE(no_greeting.size() == 1);
  CHECK(no_greeting[0].issue == ReplyIssue::missing_greeting);
}

TEST_CASE("a greeting must open the reply and a closing must end it") {
  const auto late = checker().check("关于您的订单，我们已经处理好了，您好。感谢您的来电");
  REQUIRE(late.size() == 1);
  CHECK(late[0].issue == ReplyIssue::missing_greeting);
  const std::string text = "您好。感谢您的来电。还有一件事关于订单的地址";
  const auto early = checker().check(text);
  REQUIRE(early.size() == 1);
  CHECK(early[0].issue == ReplyIssue::missing_closing);
  CHECK(early[0].begin == text.size());
}

TEST_CASE("courteous uses of 不清楚, 没办法 and 听不见 are not forbidden") {
  CHECK(checker()
            .check("您好，这个型号的库存我不清楚，我帮您问一下仓库的同事，请稍等。感谢您的耐心")
            .empty());
  CHECK(
      checker().check("您好，非常抱歉，目前没办法为您加急，我们会尽快处理。感谢您的理解").empty());
  CHECK(checker().forbidden_phrases("对不起，听不见您的声音，请您再拨一次好吗？").empty());
  CHECK(checker().forbidden_phrases("I don't know the exact date yet, I will check").empty());
  // The blame-shifting forms still are.
  CHECK(checker().forbidden_phrases("这个我也不知道")[0].phrase == "我也不知道");
  CHECK(checker().forbidden_phrases("那我也没办法")[0].phrase == "我也没办法");
  CHECK(checker().forbidden_phrases("没办法，规定就是这样")[0].phrase == "没办法,规定就是这样");
}

TEST_CASE("a request with neither 请 nor a closing 好 gets a hint, and the reply still passes") {
  // 您好 [0,6) ， [6,9) 提供一下订单号 [9,30) 。[30,33) 感谢您的来电 [33,51)
  const std::string text = "您好，提供一下订单号。感谢您的来电";
  const auto findings = checker().check(text);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].issue == ReplyIssue::request_phrasing);
  CHECK(findings[0].severity == kefu::ReplySeverity::hint);
  CHECK(findings[0].phrase == "提供");
  CHECK(findings[0].kind == "request");
  CHECK(findings[0].begin == 0);
  CHECK(findings[0].end == 30);
  CHECK(checker().passes(text));
  // The second sentence [33,...) is the request: its span starts after the 。.
  const auto second = checker().check("您好。你等一下。感谢您的来电");
  REQUIRE(second.size() == 1);
  CHECK(second[0].begin == 9);
  CHECK(second[0].end == 21);
  // Either half of the rule is enough; without a request there is nothing to hint.
  CHECK(checker().check("您好，请提供一下订单号。感谢您的来电").empty());
  CHECK(checker().check("您好，麻烦提供一下您的订单号，好吗？感谢您的来电").empty());
  CHECK(checker().check("您好，对不起，请稍等。感谢您的来电").empty());
  CHECK(checker().forbidden_phrases("提供一下订单号").empty());
  // A forbidden phrase fails the reply.
  CHECK_FALSE(checker().passes("您好，我有什么办法。再见"));
}

TEST_CASE("reply rules compare by value") {
  const auto a = kefu::ReplyRules::defaults();
  auto b = a;
  CHECK(a == b);
  b.requests.endings.pop_back();
  CHECK(a != b);
  b = a;
  b.forbidden[0].kind = "other";
  CHECK(a != b);
  b = a;
  b.closing_window = 9;
  CHECK(a != b);
}

TEST_CASE("bad reply rules are refused with the place") {
  kefu::ReplyRules rules;
  rules.forbidden = {{"ok", "x"}, {"", "x"}};
  CHECK_THROWS_WITH_AS(kefu::ReplyChecker{rules}, "reply rules forbidden phrase 1: empty pattern",
                       kefu::config_error);
  rules.forbidden.clear();
  rules.closings = {"\xff"};
  CHECK_THROWS_WITH_AS(kefu::ReplyChecker{rules}, "reply rules closing 0: invalid utf-8",
                       kefu::config_error);
  rules.closings.clear();
  rules.requests.endings = {"好", ""};
  CHECK_THROWS_WITH_AS(kefu::ReplyChecker{rules}, "reply rules request ending 1: empty pattern",
                       kefu::config_error);
}

TEST_CASE("replies of random bytes never throw and keep spans in bounds") {
  std::mt19937 rng(11);
  const std::string pieces[] = {"您好", "不清楚", "这是规定", "\xe6\x88", "calm down",
                                "再见", "提供",   "。",       "好吗",     "请"};
  for (int round = 0; round < 500; ++round) {
    std::string text;
    for (int k = static_cast<int>(rng() % 16); k > 0; --k) {
      text += rng() % 2 == 0 ? std::string(1, static_cast<char>(rng() % 256))
                             : pieces[rng() % std::size(pieces)];
    }
    for (const auto& f : checker().check(text)) {
      REQUIRE(f.begin <= f.end);
      REQUIRE(f.end <= text.size());
    }
  }
  CHECK(kefu::to_string(ReplyIssue::missing_closing) == "missing_closing");
  CHECK(kefu::to_string(ReplyIssue::request_phrasing) == "request_phrasing");
  CHECK(kefu::to_string(kefu::ReplySeverity::hint) == "hint");
}
