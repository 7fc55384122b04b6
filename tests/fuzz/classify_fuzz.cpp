// The default classifier and reply checker on arbitrary bytes (invalid UTF-8 included): they
// never throw, every evidence and finding span lies inside the text, and passes() agrees with
// check().

#include "fuzz_check.hpp"
#include <kefu/classify/classifier.hpp>
#include <kefu/classify/reply_check.hpp>

#include <algorithm>

namespace {

const kefu::Classifier& classifier() {
  static const kefu::Classifier built = kefu::Classifier::defaults();
  return built;
}

const kefu::ReplyChecker& checker() {
  static const kefu::ReplyChecker built = kefu::ReplyChecker::defaults();
  return built;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = kefu::fuzz::as_text(data, size);

  const kefu::Classification c = classifier().classify(text);
  std::size_t previous_begin = 0;
  for (const kefu::Evidence& e : c.evidence) {
    KEFU_FUZZ_CHECK(e.begin < e.end && e.end <= size);
    KEFU_FUZZ_CHECK(e.begin >= previous_begin);  // in text order
    KEFU_FUZZ_CHECK(!e.keyword.empty() && !e.rule.empty());
    previous_begin = e.begin;
  }
  if (c.flags.test(kefu::Flag::safety_risk)) {
    KEFU_FUZZ_CHECK(c.priority == kefu::Priority::critical);
  }

  const std::vector<kefu::ReplyFinding> findings = checker().check(text);
  for (const kefu::ReplyFinding& f : findings) {
    KEFU_FUZZ_CHECK(f.begin <= f.end && f.end <= size);
  }
  const bool violation = std::any_of(
      findings.begin(), findings.end(),
      [](const kefu::ReplyFinding& f) { return f.severity == kefu::ReplySeverity::violation; });
  KEFU_FUZZ_CHECK(checker().passes(text) == !violation);
  for (const kefu::ReplyFinding& f : checker().forbidden_phrases(text)) {
    KEFU_FUZZ_CHECK(f.issue == kefu::ReplyIssue::forbidden_phrase);
    KEFU_FUZZ_CHECK(f.begin < f.end && f.end <= size);
  }
  return 0;
}
