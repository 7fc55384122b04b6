// Results outlive what produced them: a Classification's evidence and a ReplyChecker's findings
// are read after the classifier or checker and the input text are destroyed (the package
// consumer's own `Classifier::defaults()(text)` pattern). Under the asan preset a field that
// still pointed into either would be a heap-use-after-free. Spans are worked out by hand at 3
// bytes per CJK character or full-width mark.

#include <kefu/classify/classifier.hpp>
#include <kefu/classify/reply_check.hpp>

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {

using kefu::Category;
using kefu::Classification;
using kefu::Evidence;
using kefu::Priority;
using kefu::ReplyFinding;
using kefu::ReplyIssue;
using kefu::ReplySeverity;
using kefu::Scenario;

// A temporary classifier and a temporary text, both gone when this returns.
Classification classify_with_temporaries(const char* text) {
  // The keyword rules alone: the expectations below are theirs (steps 1-5 of classifier.hpp).
  return kefu::Classifier::keyword_defaults().classify(std::string(text));
}

std::vector<ReplyFinding> check_with_temporaries(const char* reply) {
  return kefu::ReplyChecker::defaults().check(std::string(reply));
}

void check_evidence(const Evidence& e, std::string_view keyword, std::string_view rule,
                    std::size_t begin, std::size_t end) {
  CHECK(e.keyword == keyword);
  CHECK(e.rule == rule);
  CHECK(e.begin == begin);
  CHECK(e.end == end);
}

}  // namespace

TEST_CASE("evidence of a keyword stays readable after the classifier and the text are gone") {
  // 我 要 投诉 [6,12): the zh pack's 投诉 votes complaint (weight 3) and service_complaint
  // (weight 1), in that order of the pack; nothing else in the message matches.
  const Classification c = classify_with_temporaries("我要投诉");
  CHECK(c.category == Category::complaint);
  CHECK(c.scenario == Scenario::service_complaint);
  CHECK(c.priority == Priority::high);  // a complaint is at least high
  REQUIRE(c.evidence.size() == 2);
  check_evidence(c.evidence[0], "投诉", "zh category complaint", 6, 12);
  check_evidence(c.evidence[1], "投诉", "zh scenario service_complaint", 6, 12);
}

TEST_CASE("a cancelling negation cue stays readable after the classifier and the text are gone") {
  // 没有 [0,6) ends 0 characters before 漏电 [6,12) (window 2), so it cancels the safety cue and
  // is the only evidence (没 inside 没有 is dropped as a shorter match). No vote: inquiry, low.
  const Classification c = classify_with_temporaries("没有漏电");
  CHECK_FALSE(c.flags.safety_risk);
  CHECK(c.category == Category::inquiry);
  CHECK(c.priority == Priority::low);
  REQUIRE(c.evidence.size() == 1);
  check_evidence(c.evidence[0], "没有", "zh negation", 0, 6);
}

TEST_CASE("a question cue stays readable after the classifier and the text are gone") {
  // 会不会 [0,9) before the safety cue 漏电 [9,15) in one clause: a usage question, not a report;
  // 不会 and 不 inside 会不会 are dropped as shorter matches.
  const Classification c = classify_with_temporaries("会不会漏电");
  CHECK_FALSE(c.flags.safety_risk);
  CHECK(c.scenario == Scenario::usage_inquiry);
  REQUIRE(c.evidence.size() == 1);
  check_evidence(c.evidence[0], "会不会", "zh question", 0, 9);
}

// A host pack with a name and pattern longer than any small-string buffer, so they live on the
// heap; built, used and destroyed in `use`.
template <class Use>
void with_host_classifier(Use use) {
  kefu::RulePack pack;
  pack.name = std::string("host pack loaded from the config file");
  pack.keywords.push_back(
      {std::string("Self-Service Kiosk Feedback"), kefu::Dimension::category, "suggestion", 1.0});
  std::string text = "some self-service kiosk feedback for you";
  const kefu::Classifier classifier(std::move(pack));
  use(classifier.classify(text));
  text.assign(text.size(), 'x');
}

// "some " is 5 bytes, the pattern 27; the evidence keeps the pattern as written (upper case),
// not as the text spells it.
constexpr std::string_view host_keyword = "Self-Service Kiosk Feedback";
constexpr std::string_view host_rule = "host pack loaded from the config file category suggestion";

TEST_CASE(
    "an evidence list of a host pack built at run time outlives the pack and the classifier") {
  kefu::EvidenceList kept;
  with_host_classifier([&kept](Classification c) { kept = std::move(c.evidence); });
  REQUIRE(kept.size() == 1);
  check_evidence(kept[0], host_keyword, host_rule, 5, 32);
  const kefu::EvidenceList copy = kept;
  kept = {};
  REQUIRE(copy.size() == 1);
  check_evidence(*copy.begin(), host_keyword, host_rule, 5, 32);
}

TEST_CASE("one piece of evidence outlives its list, the pack and the classifier") {
  std::vector<Evidence> kept;
  with_host_classifier(
      [&kept](const Classification& c) { kept.assign(c.evidence.begin(), c.evidence.end()); });
  REQUIRE(kept.size() == 1);
  check_evidence(kept[0], host_keyword, host_rule, 5, 32);
}

TEST_CASE("reply findings stay readable after the checker and the reply are gone") {
  // 不是告诉你了 [0,18) ， [18,21) 怎么还不明白 [21,39) ？ [39,42): no greeting, two rhetorical
  // phrases, no closing.
  const std::vector<ReplyFinding> findings = check_with_temporaries("不是告诉你了，怎么还不明白？");
  REQUIRE(findings.size() == 4);
  CHECK(findings[0].issue == ReplyIssue::missing_greeting);
  CHECK(findings[0].phrase.empty());
  CHECK(findings[0].kind == "greeting");
  CHECK(findings[1].issue == ReplyIssue::forbidden_phrase);
  CHECK(findings[1].phrase == "不是告诉你了");
  CHECK(findings[1].kind == "rhetorical");
  CHECK(findings[1].begin == 0);
  CHECK(findings[1].end == 18);
  CHECK(findings[2].phrase == "怎么还不明白");
  CHECK(findings[2].kind == "rhetorical");
  CHECK(findings[2].begin == 21);
  CHECK(findings[2].end == 39);
  CHECK(findings[3].issue == ReplyIssue::missing_closing);
  CHECK(findings[3].phrase.empty());
  CHECK(findings[3].kind == "closing");
  CHECK(findings[3].begin == 42);
  CHECK(findings[3].end == 42);
}

TEST_CASE("a request hint stays readable after the checker and the reply are gone") {
  // 您好 greets; 提供 [6,12) asks without 请 or a closing 好 in the sentence 麻烦提供订单号 [0,21)
  // up to 。[21,24); 再见 [24,30) closes. One hint: the cue as written, kind "request".
  const std::vector<ReplyFinding> findings = check_with_temporaries("麻烦提供订单号。您好再见");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].issue == ReplyIssue::request_phrasing);
  CHECK(findings[0].severity == ReplySeverity::hint);
  CHECK(findings[0].phrase == "提供");
  CHECK(findings[0].kind == "request");
  CHECK(findings[0].begin == 0);
  CHECK(findings[0].end == 21);
}

TEST_CASE("findings of host reply rules built at run time outlive the rules and the checker") {
  std::vector<ReplyFinding> kept;
  {
    kefu::ReplyRules rules;
    rules.forbidden.push_back({std::string("That Is Simply Not Our Responsibility"),
                               std::string("blame_shifting_in_the_host_style")});
    std::string reply = "well, that is simply not our responsibility.";
    kept = kefu::ReplyChecker(std::move(rules)).forbidden_phrases(reply);
    reply.assign(reply.size(), 'x');
  }
  // "well, " is 6 bytes, the phrase 37.
  REQUIRE(kept.size() == 1);
  CHECK(kept[0].phrase == "That Is Simply Not Our Responsibility");
  CHECK(kept[0].kind == "blame_shifting_in_the_host_style");
  CHECK(kept[0].begin == 6);
  CHECK(kept[0].end == 43);
}
