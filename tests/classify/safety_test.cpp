// Safety detection beyond a word list (issue 18): a hazard is an object and what it does, in
// one clause; negated, hypothetical and past-and-fixed mentions are not present hazards. The
// messages are written by hand as customers write (no punctuation, typos, emoji, zh and en
// mixed); each expectation is worked out from the labelling guide of corpus.txt: a credible
// report of a present risk (abnormal heat, smoke, fire, sparks, burning smell, swelling,
// bursting, electric shock, gas leak, a swallowed part, food that made someone ill) is a safety
// risk and critical; a question about a risk, a negated one, a past one that was fixed, and
// the same words used for something else (烫发, hot deal) are not.

#include <kefu/classify/classifier.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>

namespace {

struct Case {
  const char* text;
  bool hazard;
  const char* why;  // what the expectation rests on
};

constexpr Case cases[] = {
    // Present hazards, Chinese.
    {"充电器插上没多久就巨烫 摸都不敢摸", true, "charger + 烫"},
    {"插座冒火花了啪的一声 吓死", true, "sparks"},
    {"我家插排烧黑了还有股焦味😱", true, "scorched, burning smell"},
    {"充电宝鼓包了 能寄回去换吗", true, "swollen; the question is about the exchange"},
    {"电动车电池充电的时候突然冒烟了", true, "smoke"},
    {"手机充着电后盖鼓起来了", true, "swelling"},
    {"热水器漏电 洗澡的时候手麻麻的", true, "electric leakage"},
    {"水龙头摸着麻麻的 好像有电", true, "tap + live"},
    {"孩子把纽扣电池吞了 怎么办啊 急", true, "swallowed battery"},
    {"吃了你们家的牛肉干 全家上吐下泻", true, "food + vomiting"},
    {"宝宝喝了这批奶粉一直拉肚子", true, "formula + diarrhoea"},
    {"燃气灶那边一股煤气味", true, "gas smell"},
    {"微波炉里面着火了", true, "fire"},
    {"吹风机插头冒出火 差点烧到头发", true, "plug + flames"},
    {"电热毯有一块烧焦了", true, "scorched"},
    {"充电器充电的时候发热严重", true, "charger + heat"},
    {"空调外机冒了烟 还有啪啪响", true, "outdoor unit + smoke"},
    {"插头都熔了", true, "plug + melted"},
    {"充电宝爆了 床单都烧了个洞", true, "power bank + burst"},
    {"上次修好了 今天又冒烟了", true, "fixed before, smoking again today"},
    {"usb线插上电脑就滋滋响 还冒火星", true, "sparks"},
    {"取暖器用了十分钟外壳烫得不敢碰", true, "casing too hot to touch"},
    {"笔记本电池胀了 键盘都顶起来了", true, "battery + swelling"},
    {"机器外壳带电 碰一下就被电", true, "casing + live, shock"},
    {"孩子把磁铁咽下去了", true, "child + swallowed magnet"},
    // Present hazards, English and mixed.
    {"my phone charger is super hot and smells like burning", true, "charger + hot"},
    {"the outlet sparked when i plugged in the kettle", true, "sparks"},
    {"theres smoke coming out of the back of the tv!!!", true, "smoke"},
    {"power bank is all puffed up and bulging", true, "swelling"},
    {"the battery in the scooter got really hot n started smoking", true, "battery + hot"},
    {"my toddler swallowed one of the magnets from the set", true, "swallowed magnet"},
    {"we ate the chicken we bought yesterday and now my whole family is throwing up", true,
     "food + vomiting"},
    {"i can smell gas from the stove since this morning", true, "gas smell"},
    {"Got zapped by the washing machine door, hand still tingling", true, "shock"},
    {"the heater caught fire omg", true, "fire"},
    {"plug melted into the socket wtf", true, "melted plug"},
    {"充电器 is very hot and has a burning smell", true, "burning smell"},
    {"the charger was fixed last month but today its sparking again", true,
     "fixed before, sparking again today"},
    {"my dog chewed the battery of the remote", true, "dog + chewed battery"},
    {"the extension cord gets really hot after 10 min", true, "cord + hot"},
    {"the hair dryer burst into flames 😭", true, "hair dryer + flames"},
    {"the kids all got sick after eating the chicken nuggets", true, "food + sick"},
    // Look-alikes, Chinese.
    {"这个价格太火了吧 抢不到", false, "火 as popular"},
    {"烫发用的卷发棒多少钱", false, "烫发 is a hairdo"},
    {"充电器没冒烟 就是充不进电", false, "smoke negated"},
    {"充电宝放车里会不会爆炸", false, "a question"},
    {"上次冒烟已经修好了 想问下保修还剩多久", false, "past and fixed"},
    {"插座一点都不烫 就是没电", false, "heat negated"},
    {"这款充电宝卖得很火爆 还有货吗", false, "火爆 as selling well"},
    {"这款充电宝卖得太火爆了 还有货吗", false, "火爆了 holds 爆了 without a burst"},
    {"电池续航太短了 一天要充三次", false, "battery without a hazard"},
    {"手机充电的时候有点烫正常吗", false, "a question whether it is normal"},
    {"冒烟的问题已经解决了 谢谢", false, "resolved"},
    {"如果电线破了会不会漏电", false, "hypothetical"},
    {"电热水壶烧水很快 水很烫 注意别烫到", false, "hot water from a kettle is its job"},
    {"燃气灶打不着火", false, "will not ignite: a fault"},
    {"我孩子发烧了 想问下退款进度", false, "a child's fever, not a product"},
    {"之前那个充电器鼓包换了新的 这个用着挺好", false, "past, replaced"},
    {"吃了你们家的蛋糕 味道很好 下次还买", false, "food without illness"},
    {"双十一的爆款什么时候发货", false, "爆款 is a best seller"},
    {"空调不制冷 热得不行", false, "the room is hot, not the device"},
    {"烤箱预热的时候会不会冒烟", false, "a question"},
    {"自动售货机吞了我的钱 孩子在旁边哭", false, "the machine kept the money"},
    {"电暖器不发热了 是坏了吗", false, "a heater that does not heat: a fault"},
    {"宝宝吃了饭就睡了 奶粉还有货吗", false, "food without illness"},
    // Look-alikes, English.
    {"hot deal!! is this still on sale", false, "hot deal"},
    {"battery life is short, only lasts 3 hours", false, "battery without a hazard"},
    {"the charger is not hot at all, it just wont charge", false, "heat negated"},
    {"is it safe to leave the power bank charging overnight?", false, "a question"},
    {"could it catch fire if i use a cheap charger", false, "hypothetical"},
    {"last time the heater caught fire but it was fixed, now i need a new filter", false,
     "past and fixed"},
    {"no smoke, no burning smell, it just makes a clicking noise", false, "negated"},
    {"the water heater gives no hot water", false, "hot water"},
    {"my kettle gets hot really fast, love it", false, "a kettle is meant to get hot"},
    {"the charger sparked once last year, it got replaced and has been fine since", false,
     "past, replaced"},
    {"fire stick remote won't pair with the tv", false, "Fire Stick is a product"},
    {"im sick of waiting for my food order", false, "sick of"},
    {"the phone case is hot pink not red like the photo", false, "hot pink"},
    {"what if the battery starts swelling", false, "hypothetical"},
    {"my son ate the whole cake lol", false, "cake is food, nobody is ill"},
    {"the charger gets hot is that normal", false, "a question whether it is normal"},
};

const kefu::Classifier& defaults() {
  static const kefu::Classifier classifier = kefu::Classifier::defaults();
  return classifier;
}

bool raises_safety(const kefu::Classification& c) {
  return c.flags.safety_risk && c.priority == kefu::Priority::critical;
}

bool has_evidence(const kefu::Classification& c, std::string_view keyword, std::string_view rule,
                  std::size_t begin, std::size_t end) {
  return std::any_of(c.evidence.begin(), c.evidence.end(), [&](const kefu::Evidence& e) {
    return e.keyword == keyword && e.rule == rule && e.begin == begin && e.end == end;
  });
}

}  // namespace

TEST_CASE("the safety set has at least 60 messages, about half of them present hazards") {
  const auto total = static_cast<int>(std::size(cases));
  const auto hazards = static_cast<int>(
      std::count_if(std::begin(cases), std::end(cases), [](const Case& c) { return c.hazard; }));
  CHECK(total >= 60);
  CHECK(hazards * 2 >= total - 4);
  CHECK(hazards * 2 <= total + 4);
}

TEST_CASE("every present hazard raises safety_risk and critical priority (recall 100%)") {
  int missed = 0;
  for (const Case& c : cases) {
    if (!c.hazard) continue;
    const auto got = defaults()(c.text);
    if (!raises_safety(got)) {
      ++missed;
      FAIL_CHECK("missed hazard (", std::string(c.why), "): ", std::string(c.text));
    }
  }
  CHECK(missed == 0);
}

TEST_CASE("no look-alike raises safety_risk or critical priority (no false alarm)") {
  int alarms = 0;
  for (const Case& c : cases) {
    if (c.hazard) continue;
    const auto got = defaults()(c.text);
    if (got.flags.safety_risk || got.priority == kefu::Priority::critical) {
      ++alarms;
      FAIL_CHECK("false alarm (", std::string(c.why), "): ", std::string(c.text));
    }
  }
  CHECK(alarms == 0);
}

TEST_CASE("a hazard's evidence holds the object and what it does") {
  // 充电器 is bytes [0, 9); 插上 没多久 就 巨 are 2 + 3 + 1 + 1 hanzi = 21 bytes, so 烫 is [30,
  // 33).
  const auto zh = defaults()("充电器插上没多久就巨烫 摸都不敢摸");
  CHECK(has_evidence(zh, "充电器", "zh hazard heat", 0, 9));
  CHECK(has_evidence(zh, "烫", "zh flag safety_risk", 30, 33));
  CHECK(zh.scenario == kefu::Scenario::emergency);
  // "my phone " is 9 bytes, "charger is super " 17 more: hot is [26, 29). charger (gap 10
  // characters) is nearer to hot than phone (gap 18), so charger is the object cited.
  const auto en = defaults()("my phone charger is super hot");
  CHECK(has_evidence(en, "charger", "en hazard heat", 9, 16));
  CHECK(has_evidence(en, "hot", "en flag safety_risk", 26, 29));
  CHECK_FALSE(has_evidence(en, "phone", "en hazard heat", 3, 8));
  // Food: 肉 (in 牛肉干) is [21, 24), the nearest food word before 上吐下泻 [34, 46).
  const auto food = defaults()("吃了你们家的牛肉干 全家上吐下泻");
  CHECK(has_evidence(food, "肉", "zh hazard food", 21, 24));
  CHECK(has_evidence(food, "上吐下泻", "zh flag safety_risk", 34, 46));
}

TEST_CASE("a behaviour needs its object in the same clause and within the window") {
  // The keyword rule's structure, so the keyword classifier alone: the combined one may also
  // raise the flag by the model's emergency vote (a charger that is too hot is a hazard by the
  // labelling guide, clause break or not).
  const auto keywords = kefu::Classifier::keyword_defaults();
  // Alone, 烫 is no hazard; across a clause break neither; the zh window is 10 characters.
  CHECK_FALSE(keywords("太烫了").flags.safety_risk);
  CHECK_FALSE(keywords("充电器买了，太烫了").flags.safety_risk);
  CHECK(keywords("充电器太烫了").flags.safety_risk);
  // 充电器 then 11 hanzi (一二三四五六七八九十百) then 烫: out of the window.
  CHECK_FALSE(keywords("充电器一二三四五六七八九十百烫").flags.safety_risk);
  CHECK(keywords("充电器一二三四五六七八九十烫").flags.safety_risk);
  // The object may come after the behaviour.
  CHECK(keywords("很烫的充电器").flags.safety_risk);
}

TEST_CASE("the nearest tense marker before a cue decides whether it is past") {
  const auto past = defaults()("上次冒烟已经修好了");
  CHECK_FALSE(past.flags.safety_risk);
  CHECK(has_evidence(past, "上次", "zh past", 0, 6));
  // 又 comes after 上次 and before 冒烟: present again.
  CHECK(defaults()("上次修好了又冒烟了").flags.safety_risk);
  // A negated resolution does not end the risk.
  CHECK(defaults()("it sparked and it hasn't been fixed").flags.safety_risk);
  CHECK_FALSE(defaults()("it sparked and it has been fixed").flags.safety_risk);
}

TEST_CASE("hazard objects, behaviours and markers are data a host pack supplies") {
  kefu::RulePack pack;
  pack.name = "host";
  kefu::ContextRules kettle;
  kettle.words = {"kettle"};
  kettle.flags = {{"boiling over", kefu::Flag::safety_risk}};
  kettle.window = 5;
  kettle.name = "hazard kettle";
  pack.in_context = {kettle};
  pack.resolved_markers = {"sorted"};
  const kefu::Classifier classifier(pack);
  const auto c = classifier("kettle boiling over");
  CHECK(c.flags.safety_risk);
  CHECK(c.priority == kefu::Priority::critical);
  // "kettle" is [0, 6), "boiling over" [7, 19).
  CHECK(has_evidence(c, "kettle", "host hazard kettle", 0, 6));
  CHECK(has_evidence(c, "boiling over", "host flag safety_risk", 7, 19));
  CHECK_FALSE(classifier("boiling over").flags.safety_risk);
  // " is ok now " puts 11 characters between: beyond the window of 5.
  CHECK_FALSE(classifier("kettle is ok now boiling over").flags.safety_risk);
  CHECK_FALSE(classifier("kettle boiling over, sorted").flags.safety_risk);
}
