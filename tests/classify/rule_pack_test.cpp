// kefu::RulePack: bad rule data is refused when a Classifier is built; the default packs
// are usable data.

#include <kefu/classify/classifier.hpp>
#include <kefu/classify/rule_pack.hpp>
#include <kefu/core/error.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

kefu::RulePack one_rule(kefu::KeywordRule rule) {
  kefu::RulePack pack;
  pack.name = "t";
  pack.keywords.push_back(std::move(rule));
  return pack;
}

}  // namespace

TEST_CASE("unknown labels, bad weights and bad patterns are refused with the place") {
  using kefu::config_error;
  using kefu::Dimension;
  CHECK_THROWS_WITH_AS(kefu::Classifier(one_rule({"x", Dimension::scenario, "bogus", 1.0})),
                       "rule pack 't' keyword 0: unknown scenario 'bogus'", config_error);
  CHECK_THROWS_WITH_AS(kefu::Classifier(one_rule({"x", Dimension::priority, "asap", 1.0})),
                       "rule pack 't' keyword 0: unknown priority 'asap'", config_error);
  CHECK_THROWS_WITH_AS(kefu::Classifier(one_rule({"x", Dimension::category, "inquiry", 0.0})),
                       "rule pack 't' keyword 0: weight must be positive and finite", config_error);
  CHECK_THROWS_WITH_AS(kefu::Classifier(one_rule({"x", Dimension::category, "inquiry",
                                                  std::numeric_limits<double>::quiet_NaN()})),
                       "rule pack 't' keyword 0: weight must be positive and finite", config_error);
  CHECK_THROWS_WITH_AS(kefu::Classifier(one_rule({"", Dimension::category, "inquiry", 1.0})),
                       "rule pack 't' keyword 0: empty pattern", config_error);
  kefu::RulePack pack = one_rule({"x", Dimension::category, "inquiry", 1.0});
  pack.negations = {"\xe6\xbc"};
  CHECK_THROWS_WITH_AS(kefu::Classifier{pack}, "rule pack 't' negation 0: invalid utf-8",
                       config_error);
  pack.negations.clear();
  pack.flags = {{"ok", kefu::Flag::perishable}, {"", kefu::Flag::perishable}};
  CHECK_THROWS_WITH_AS(kefu::Classifier{pack}, "rule pack 't' flag 1: empty pattern", config_error);
}

TEST_CASE("labels may be written as any spelling kefu::parse accepts") {
  const kefu::Classifier c(one_rule({"换", kefu::Dimension::scenario, "退换货", 1.0}));
  CHECK(c("换一个").scenario == kefu::Scenario::return_exchange);
}

TEST_CASE("the default packs cover every flag and build") {
  for (const auto& pack : {kefu::RulePack::default_zh(), kefu::RulePack::default_en()}) {
    CAPTURE(pack.name);
    CHECK_FALSE(pack.keywords.empty());
    CHECK_FALSE(pack.negations.empty());
    CHECK_FALSE(pack.questions_before.empty());
    for (const kefu::Flag flag : kefu::all_flags) {
      CAPTURE(kefu::to_string(flag));
      CHECK(std::any_of(pack.flags.begin(), pack.flags.end(),
                        [flag](const kefu::FlagCue& cue) { return cue.flag == flag; }));
    }
    CHECK_NOTHROW(kefu::Classifier{pack});
  }
  CHECK(kefu::RulePack::default_zh().name == "zh");
  CHECK(kefu::RulePack::default_en().name == "en");
}

TEST_CASE("rule packs compare by value, rules in context included") {
  const auto a = kefu::RulePack::default_zh();
  auto b = a;
  CHECK(a == b);
  CHECK(a != kefu::RulePack::default_en());
  REQUIRE_FALSE(b.in_context.empty());
  b.in_context[0].words.push_back("瓦斯罐");
  CHECK(a != b);
  b = a;
  b.keywords[0].weight += 1.0;
  CHECK(a != b);
  b = a;
  b.flags[0].flag = kefu::Flag::perishable;
  CHECK(a != b);
  b = a;
  b.negation_window = 3;
  CHECK(a != b);
  CHECK(kefu::KeywordRule{"x", kefu::Dimension::scenario, "logistics", 1.0} ==
        kefu::KeywordRule{"x", kefu::Dimension::scenario, "logistics", 1.0});
  CHECK(kefu::FlagCue{"x", kefu::Flag::perishable} != kefu::FlagCue{"y", kefu::Flag::perishable});
}
