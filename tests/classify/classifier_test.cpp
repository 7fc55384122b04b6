// kefu::Classifier: decisions and evidence worked out by hand from the SOP rules (rules.md
// §classify) and the rules documented in classifier.hpp.

#include <kefu/classify/classifier.hpp>
#include <kefu/core/error.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <string>
#include <thread>
#include <vector>

namespace {

using kefu::Category;
using kefu::Classification;
using kefu::Dimension;
using kefu::Priority;
using kefu::RulePack;
using kefu::Scenario;

bool has_evidence(const Classification& c, std::string_view keyword, std::string_view rule,
                  std::size_t begin, std::size_t end) {
  return std::any_of(c.evidence.begin(), c.evidence.end(), [&](const kefu::Evidence& e) {
    return e.keyword == keyword && e.rule == rule && e.begin == begin && e.end == end;
  });
}

const kefu::Classifier& defaults() {
  static const kefu::Classifier classifier = kefu::Classifier::defaults();
  return classifier;
}

}  // namespace

TEST_CASE("signed for but not received is after-sales logistics, priority high") {
  // SOP toolkit: "logistics says signed but not received" -> after_sales / logistics, high.
  // 物流 [0,6) 显示 已 签收 [15,21) 但是我 没有收到 [30,42) 货
  const auto c = defaults().classify("物流显示已签收但是我没有收到货");
  CHECK(c.category == Category::after_sales);
  CHECK(c.scenario == Scenario::logistics);
  CHECK(c.priority == Priority::high);
  CHECK_FALSE(c.flags.safety_risk);
  CHECK(has_evidence(c, "没有收到", "zh scenario logistics", 30, 42));
  CHECK(has_evidence(c, "没有收到", "zh priority high", 30, 42));
  CHECK(has_evidence(c, "物流", "zh scenario logistics", 0, 6));
}

TEST_CASE("a reported electric leakage is critical with safety_risk") {
  // 热水器 [0,9) 漏电 [9,15) 了
  const auto c = defaults()("热水器漏电了");
  CHECK(c.priority == Priority::critical);
  CHECK(c.flags.safety_risk);
  CHECK(c.scenario == Scenario::emergency);
  CHECK(c.category == Category::after_sales);
  CHECK(has_evidence(c, "漏电", "zh flag safety_risk", 9, 15));
}

TEST_CASE("safety cues are found in full-width, upper-case and english text") {
  CHECK(defaults()("ＵＳＢ充电器冒烟了").flags.safety_risk);
  CHECK(defaults()("THE KETTLE IS SMOKING").priority == Priority::critical);
  CHECK(defaults()("I smell gas in the kitchen").flags.safety_risk);
  // "no" inside "know" is not a negation cue: whole words only.
  CHECK(defaults()("I know the kettle is smoking").flags.safety_risk);
}

TEST_CASE("a negated risk is cancelled and the cue is cited") {
  // 热水器 [0,9) 没有 [9,15) 漏电 [15,21) ，就是水不热
  const auto c = defaults()("热水器没有漏电，就是水不热");
  CHECK_FALSE(c.flags.safety_risk);
  CHECK(c.priority == Priority::high);
  CHECK(c.scenario == Scenario::fault_repair);
  CHECK(has_evidence(c, "没有", "zh negation", 9, 15));
  CHECK(std::none_of(c.evidence.begin(), c.evidence.end(),
                     [](const kefu::Evidence& e) { return e.keyword == "漏电"; }));

  const auto en = defaults()("It's not leaking electricity, it just doesn't heat up");
  CHECK_FALSE(en.flags.safety_risk);
  CHECK(has_evidence(en, "not", "en negation", 5, 8));
}

TEST_CASE("a negation reaches only a few characters, and not past a clause break") {
  // 没 is followed by three characters before 冒烟: too far to negate it.
  CHECK(defaults()("没多久就冒烟了").flags.safety_risk);
  CHECK(defaults()("没用几天就冒烟了").flags.safety_risk);
  CHECK(defaults()("不是我的问题，冒烟了").flags.safety_risk);
  // 不停 and 不断 contain 不 but do not negate.
  CHECK(defaults()("插座不停冒火花").flags.safety_risk);
}

TEST_CASE("a question about a risk is a usage question, not a safety report") {
  // 这个电热水器 [0,18) 会不会 [18,27) 漏电 [27,33) 啊？
  const auto c = defaults()("这个电热水器会不会漏电啊？");
  CHECK_FALSE(c.flags.safety_risk);
  CHECK(c.category == Category::inquiry);
  CHECK(c.scenario == Scenario::usage_inquiry);
  CHECK(c.priority == Priority::normal);
  CHECK(has_evidence(c, "会不会", "zh question", 18, 27));
  CHECK_FALSE(defaults()("充电宝放在车里不会爆炸吧？").flags.safety_risk);
  CHECK_FALSE(defaults()("Could it catch fire if I leave it on overnight?").flags.safety_risk);
  // A question in another clause does not turn a report into a question.
  CHECK(defaults()("冰箱后面摸着麻手，是不是漏电了？").flags.safety_risk);
  CHECK(defaults()("冒烟了，怎么办？").flags.safety_risk);
}

TEST_CASE("repeat complaints and escalation demands raise their flags and priority high") {
  const auto c = defaults()("第三次打电话了，问题还是没解决，我要找你们经理");
  CHECK(c.category == Category::complaint);
  CHECK(c.flags.repeat_complaint);
  CHECK(c.flags.escalation_demand);
  CHECK(c.priority == Priority::high);
  const auto en = defaults()("If this isn't resolved today I'm calling my lawyer");
  CHECK(en.flags.escalation_demand);
  CHECK(en.category == Category::complaint);
}

TEST_CASE("spoiled perishable goods are an urgent return") {
  const auto c = defaults()("海鲜到了已经臭了");
  CHECK(c.flags.perishable);
  CHECK(c.category == Category::after_sales);
  CHECK(c.scenario == Scenario::return_exchange);
  CHECK(c.priority == Priority::high);
}

TEST_CASE("a message without any signal is a low-priority inquiry with no evidence") {
  for (const char* text : {"你好", "ok", "", "😊😊"}) {
    CAPTURE(text);
    const auto c = defaults()(text);
    CHECK(c.category == Category::inquiry);
    CHECK(c.scenario == Scenario::none);
    CHECK(c.priority == Priority::low);
    CHECK(c.evidence.empty());
  }
}

TEST_CASE("a suggestion has no scenario and low priority") {
  const auto c = defaults()("建议退货流程简单一点");
  CHECK(c.category == Category::suggestion);
  CHECK(c.scenario == Scenario::none);
  CHECK(c.priority == Priority::low);
}

TEST_CASE("scores are the summed weights of the rules that fired") {
  RulePack pack;
  pack.name = "t";
  pack.keywords = {{"x", Dimension::category, "after_sales", 1.5},
                   {"y", Dimension::category, "售后", 2.0},
                   {"z", Dimension::scenario, "install", 0.5}};
  const kefu::Classifier classifier(pack);
  const auto c = classifier("x y x z");
  CHECK(c.score(Category::after_sales) == doctest::Approx(5.0));
  CHECK(c.score(Category::inquiry) == 0.0);
  CHECK(c.score(Scenario::installation) == doctest::Approx(0.5));
  CHECK(c.category == Category::after_sales);
  CHECK(c.scenario == Scenario::installation);
  CHECK(c.evidence.size() == 4);
  CHECK(has_evidence(c, "y", "t category after_sales", 2, 3));
}

TEST_CASE("ties go to the documented precedence order") {
  RulePack pack;
  pack.name = "t";
  pack.keywords = {{"aa", Dimension::category, "inquiry", 1.0},
                   {"bb", Dimension::category, "complaint", 1.0},
                   {"cc", Dimension::category, "after_sales", 1.0},
                   {"dd", Dimension::scenario, "logistics", 1.0},
                   {"ee", Dimension::scenario, "fault_repair", 1.0}};
  const kefu::Classifier classifier(pack);
  CHECK(classifier("aa bb cc").category == Category::complaint);
  CHECK(classifier("cc aa").category == Category::after_sales);
  CHECK(classifier("dd ee").scenario == Scenario::fault_repair);
  // With no category vote the category follows the scenario.
  CHECK(classifier("dd").category == Category::inquiry);
  CHECK(classifier("ee").category == Category::after_sales);
}

TEST_CASE("a keyword inside a longer matched phrase does not vote") {
  RulePack pack;
  pack.name = "t";
  pack.keywords = {{"收到", Dimension::category, "inquiry", 1.0},
                   {"没收到", Dimension::category, "after_sales", 1.0}};
  const kefu::Classifier classifier(pack);
  const auto c = classifier("货没收到");
  CHECK(c.score(Category::inquiry) == 0.0);
  CHECK(c.score(Category::after_sales) == 1.0);
}

TEST_CASE("a classifier uses only the packs it was given") {
  const kefu::Classifier zh(RulePack::default_zh());
  CHECK_FALSE(zh("the kettle is smoking").flags.safety_risk);
  CHECK(zh("冒烟了").flags.safety_risk);
  const kefu::Classifier both(RulePack::default_zh(), RulePack::default_en());
  CHECK(both("the kettle is smoking").flags.safety_risk);
}

TEST_CASE("invalid utf-8 and random bytes never throw and keep evidence in bounds") {
  const auto c = defaults()("\xff\xfe漏电\xe6\xbc");
  CHECK(c.flags.safety_risk);
  CHECK(has_evidence(c, "漏电", "zh flag safety_risk", 2, 8));
  std::mt19937 rng(5);
  const std::string pieces[] = {"漏电", "没有", "吗", "，", "not ", "smoke", "退货", "\xe6"};
  for (int round = 0; round < 500; ++round) {
    std::string text;
    for (int k = static_cast<int>(rng() % 24); k > 0; --k) {
      if (rng() % 2 == 0) {
        text += static_cast<char>(rng() % 256);
      } else {
        text += pieces[rng() % std::size(pieces)];
      }
    }
    const auto r = defaults()(text);
    for (const auto& e : r.evidence) {
      REQUIRE(e.begin < e.end);
      REQUIRE(e.end <= text.size());
    }
    CHECK((r.priority == Priority::critical) == r.flags.safety_risk);
  }
}

TEST_CASE("one classifier gives the same answers from several threads") {
  const auto classifier = kefu::Classifier::defaults();
  const auto copy = classifier;  // copies share the compiled rules
  const std::vector<std::string> texts{"热水器漏电了", "我要退货", "快递到哪了", "Refund please"};
  std::vector<Category> first(texts.size());
  std::vector<Category> second(texts.size());
  std::thread a([&] {
    for (int i = 0; i < 200; ++i) {
      for (std::size_t k = 0; k < texts.size(); ++k) first[k] = classifier(texts[k]).category;
    }
  });
  std::thread b([&] {
    for (int i = 0; i < 200; ++i) {
      for (std::size_t k = 0; k < texts.size(); ++k) second[k] = copy(texts[k]).category;
    }
  });
  a.join();
  b.join();
  CHECK(first == second);
  CHECK(first[0] == Category::after_sales);
  CHECK(first[2] == Category::inquiry);
}

TEST_CASE("a long text is classified in about linear time with every cue honoured") {
  // 20 000 negated leaks, questions and clause breaks: a quadratic cue search would hang.
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "没有漏电，会不会冒烟吗 ";
  const auto c = defaults()(text);
  CHECK_FALSE(c.flags.safety_risk);
  CHECK(c.scenario == Scenario::usage_inquiry);
  CHECK(c.evidence.size() >= 20000);
  std::size_t previous = 0;
  bool in_text_order = true;
  for (const kefu::Evidence& e : c.evidence) {
    in_text_order = in_text_order && e.begin >= previous;
    previous = e.begin;
  }
  CHECK(in_text_order);
  text += "。热水器漏电了";  // a new clause, free of the questions before it
  CHECK(defaults()(text).flags.safety_risk);
}

TEST_CASE("rules in context count only beside one of their words, found inside longer matches") {
  RulePack pack;
  pack.name = "t";
  pack.keywords = {{"漏气", Dimension::scenario, "return_exchange", 1.0},
                   {"燃气味", Dimension::category, "after_sales", 1.0}};
  kefu::ContextRules gas;
  gas.words = {"燃气"};
  gas.flags = {{"漏气", kefu::Flag::safety_risk}};
  gas.keywords = {{"漏气", Dimension::scenario, "emergency", 3.0}};
  pack.in_context = {gas};
  pack.negations = {"没"};
  const kefu::Classifier classifier(pack);
  // Without 燃气 only the plain rule: return_exchange 1.0.
  const auto mattress = classifier("床垫漏气");
  CHECK_FALSE(mattress.flags.safety_risk);
  CHECK(mattress.score(Scenario::emergency) == 0.0);
  CHECK(mattress.score(Scenario::return_exchange) == 1.0);
  // 燃气 inside the longer match 燃气味 still counts as context: both rules fire.
  const auto stove = classifier("一股燃气味，灶也漏气");
  CHECK(stove.flags.safety_risk);
  CHECK(stove.score(Scenario::emergency) == 3.0);
  CHECK(stove.scenario == Scenario::emergency);
  CHECK(stove.priority == Priority::critical);
  // A negation cancels the rule, not the context.
  CHECK_FALSE(classifier("燃气灶没漏气").flags.safety_risk);
  // A context list needs words.
  pack.in_context[0].words.clear();
  CHECK_THROWS_WITH_AS(kefu::Classifier{pack}, "rule pack 't' context rules 0: no context words",
                       kefu::config_error);
}

TEST_CASE("a keyword voting critical makes the case critical without the safety flag") {
  RulePack pack;
  pack.name = "t";
  pack.keywords = {{"wrong", Dimension::scenario, "logistics", 2.0}};
  kefu::ContextRules medicine;
  medicine.words = {"pills"};
  medicine.keywords = {{"wrong", Dimension::priority, "critical", 1.0}};
  pack.in_context = {medicine};
  const kefu::Classifier classifier(pack);
  const auto c = classifier("wrong pills");
  CHECK(c.priority == Priority::critical);
  CHECK(c.scenario == Scenario::logistics);
  CHECK_FALSE(c.flags.safety_risk);
  CHECK(classifier("wrong colour").priority == Priority::normal);
}

TEST_CASE("a non-essential defect beside a fault or a safety risk is not one") {
  RulePack pack;
  pack.name = "t";
  pack.flags = {{"掉漆", kefu::Flag::non_essential_defect}, {"冒烟", kefu::Flag::safety_risk}};
  pack.keywords = {{"开不了机", Dimension::scenario, "fault_repair", 1.0}};
  const kefu::Classifier classifier(pack);
  CHECK(classifier("有点掉漆").flags.non_essential_defect);
  CHECK_FALSE(classifier("掉漆了，还开不了机").flags.non_essential_defect);
  CHECK_FALSE(classifier("掉漆的地方在冒烟").flags.non_essential_defect);
}

TEST_CASE("the default packs: wrong medicine, gas, 漏气 and 异响") {
  const auto c = kefu::Classifier::defaults();
  // Wrong medicine is 特急 and a logistics case, so the escalation rule critical_goods
  // (critical + logistics or order_change) reaches the warehouse supervisor.
  const auto medicine = c("药品类产品错发");
  CHECK(medicine.priority == Priority::critical);
  CHECK(medicine.scenario == Scenario::logistics);
  CHECK(c("You shipped the wrong medicine").scenario == Scenario::logistics);
  // 发错 without medicine is an ordinary exchange.
  CHECK(c("衣服发错颜色了").priority == Priority::normal);
  // 漏气: non-essential alone, a gas leak beside gas.
  const auto pool = c("充气泳池有一点漏气");
  CHECK(pool.flags.non_essential_defect);
  CHECK(pool.priority == Priority::normal);
  const auto heater = c("燃气热水器漏气了");
  CHECK(heater.flags.safety_risk);
  CHECK_FALSE(heater.flags.non_essential_defect);
  CHECK(heater.scenario == Scenario::emergency);
  CHECK(c("运行时有异响").priority == Priority::critical);
  CHECK(c("空调没有异响，就是不制冷").priority == Priority::high);
}
