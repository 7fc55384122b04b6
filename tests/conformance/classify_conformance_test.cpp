// Conformance of the classifier and the reply checker to the SOPs (docs/rules.md §classify and
// §service-language): one test case per rule, with the SOPs' own example messages. Every
// expected label is the one the SOP gives or implies, read by hand from its text.

#include <kefu/classify/classifier.hpp>
#include <kefu/classify/reply_check.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <string_view>

namespace {

using kefu::Category;
using kefu::Priority;
using kefu::Scenario;

kefu::Classification classify(std::string_view text) {
  static const kefu::Classifier classifier = kefu::Classifier::defaults();
  return classifier.classify(text);
}

const kefu::ReplyChecker& checker() {
  static const kefu::ReplyChecker instance = kefu::ReplyChecker::defaults();
  return instance;
}

bool has_issue(const std::vector<kefu::ReplyFinding>& findings, kefu::ReplyIssue issue) {
  return std::any_of(findings.begin(), findings.end(),
                     [issue](const kefu::ReplyFinding& f) { return f.issue == issue; });
}

}  // namespace

TEST_CASE(
    "job description: a product that will not start is an after-sales fault, not an inquiry") {
  // "购买的智能电饭煲无法启动": check the warranty, troubleshoot, collect photos of the fault.
  // A fault that stops use is 紧急 (quick-response guide): priority high.
  const auto c = classify("购买的智能电饭煲无法启动");
  CHECK(c.category == Category::after_sales);
  CHECK(c.scenario == Scenario::fault_repair);
  CHECK(c.priority == Priority::high);
}

TEST_CASE("quick-response guide: 开机无显示 is a fault symptom of a repair case") {
  const auto c = classify("开机无显示");
  CHECK(c.category == Category::after_sales);
  CHECK(c.scenario == Scenario::fault_repair);
  CHECK(c.priority == Priority::high);
  // The service record's 产品故障报修 example.
  CHECK(classify("洗衣机脱水时噪音过大，机身晃动").scenario == Scenario::fault_repair);
}

TEST_CASE(
    "quick-response guide: failing again after a repair with no follow-up is a service "
    "complaint") {
  // The service record labels "上次维修后3天再次故障，客服未及时跟进" 服务体验投诉.
  const auto c = classify("上次维修后3天再次故障，客服未及时跟进");
  CHECK(c.category == Category::complaint);
  CHECK(c.scenario == Scenario::service_complaint);
  CHECK(c.priority == Priority::high);
  CHECK(c.flags.repeat_complaint);
}

TEST_CASE("SOP toolkit: an installer out of uniform and rude is a complaint about the service") {
  // The toolkit's complaint record: 安装时师傅未穿工服且态度恶劣，要求更换安装师傅并道歉.
  const auto c = classify("安装时师傅未穿工服且态度恶劣，要求更换安装师傅并道歉");
  CHECK(c.category == Category::complaint);
  CHECK(c.scenario == Scenario::service_complaint);
  CHECK(c.priority == Priority::high);
}

TEST_CASE("job description: an empty parcel is a complaint about the delivery") {
  // The complaint section restates the customer's demand: 收到空包裹, reship today, 50 元 coupon;
  // the departments to verify with are the warehouse (漏发) and the carrier (丢件).
  const auto c = classify("收到空包裹，希望今天内收到补发商品并补偿50元优惠券");
  CHECK(c.category == Category::complaint);
  CHECK(c.scenario == Scenario::logistics);
  CHECK(c.priority == Priority::high);
}

TEST_CASE(
    "SOP toolkit: signed for but not received is an after-sales logistics case, priority "
    "high") {
  const auto c = classify("物流显示已签收但未收到货");
  CHECK(c.category == Category::after_sales);
  CHECK(c.scenario == Scenario::logistics);
  CHECK(c.priority == Priority::high);
}

TEST_CASE("job description: wrong medicine shipped is 特急 and the warehouse's case") {
  // 药品类产品错发 is marked urgent and goes straight to the warehouse supervisor: critical, and a
  // logistics case, which is what the default escalation rule critical_goods matches (critical
  // with scenario logistics or order_change). It is not a product-safety (QC) case.
  for (const std::string_view text :
       {"药品类产品错发", "你们发错药了", "You shipped the wrong medicine"}) {
    CAPTURE(text);
    const auto c = classify(text);
    CHECK(c.priority == Priority::critical);
    CHECK(c.scenario == Scenario::logistics);
    CHECK_FALSE(c.flags.safety_risk);
  }
}

TEST_CASE("job description: electric leakage of an appliance is 紧急, a safety risk") {
  // 电器类产品漏电 goes to the QC manager: critical, emergency, safety_risk.
  const auto c = classify("电器类产品漏电");
  CHECK(c.priority == Priority::critical);
  CHECK(c.scenario == Scenario::emergency);
  CHECK(c.flags.safety_risk);
}

TEST_CASE("quick-response guide: 特急 covers risks to safety such as smoke and abnormal heat") {
  CHECK(classify("产品冒烟了").priority == Priority::critical);
  CHECK(classify("机器异常发热").priority == Priority::critical);
}

TEST_CASE("quick-response guide: 异响 is a product-safety fault") {
  // 紧急情况处理 lists 漏电 and 异响 as product-safety faults; safety is 特急.
  const auto c = classify("运行时有异响");
  CHECK(c.priority == Priority::critical);
  CHECK(c.scenario == Scenario::emergency);
  CHECK(c.flags.safety_risk);
  // Denied, it is not.
  CHECK(classify("没有异响").priority != Priority::critical);
}

TEST_CASE("Tmall role: 胶水, 掉漆 and 漏气 that do not affect use are non-essential defects") {
  for (const std::string_view text :
       {"鞋子上有点胶水，不影响穿", "收到的杯子有点掉漆", "充气泳池有一点漏气，不影响使用"}) {
    CAPTURE(text);
    const auto c = classify(text);
    CHECK(c.flags.non_essential_defect);
    CHECK_FALSE(c.flags.safety_risk);
    CHECK(c.category == Category::after_sales);
    CHECK(c.scenario == Scenario::return_exchange);
    CHECK(c.priority == Priority::normal);
  }
}

TEST_CASE("job description: 漏气 is a safety risk only with gas") {
  for (const std::string_view text : {"燃气热水器漏气了", "煤气灶漏气", "天然气管道漏气"}) {
    CAPTURE(text);
    const auto c = classify(text);
    CHECK(c.priority == Priority::critical);
    CHECK(c.flags.safety_risk);
    CHECK_FALSE(c.flags.non_essential_defect);
  }
}

TEST_CASE("job description: spoiling fresh produce must be handled within 2 h") {
  // 生鲜产品变质: the perishable flag, which the SLA policy turns into a 2 h handling clock.
  const auto c = classify("生鲜产品变质");
  CHECK(c.flags.perishable);
  CHECK(c.priority == Priority::high);
}

TEST_CASE(
    "job description: a general problem such as a wrong size or a late parcel is normal "
    "priority") {
  // 一般问题 (衣物尺码不符, 快递延迟): an initial plan within 1 h, not an urgent case.
  const auto size = classify("衣物尺码不符");
  CHECK(size.scenario == Scenario::return_exchange);
  CHECK(size.priority == Priority::normal);
  const auto late = classify("快递延迟");
  CHECK(late.category == Category::after_sales);
  CHECK(late.scenario == Scenario::logistics);
  CHECK(late.priority == Priority::normal);
}

TEST_CASE("SOP toolkit: a common question is answered from the knowledge base") {
  const auto c = classify("如何激活会员权益");
  CHECK(c.category == Category::inquiry);
  CHECK(c.scenario == Scenario::usage_inquiry);
  CHECK(c.priority == Priority::normal);
}

TEST_CASE(
    "job description: a complaint's demands, an apology from the person in charge or "
    "triple compensation") {
  const auto apology = classify("希望负责人道歉");
  CHECK(apology.category == Category::complaint);
  CHECK(apology.flags.escalation_demand);
  CHECK(classify("要求三倍赔偿").category == Category::complaint);
}

TEST_CASE("hotline standard: the closing 请问您还有什么需要帮助 passes") {
  CHECK(checker().check("您好，退款已经到账了。请问您还有什么需要帮助？").empty());
  // Written 什麽 in the standard itself.
  CHECK(checker().check("您好，请问您还有什麽需要帮助？").empty());
  CHECK(checker().check("您好，已为您登记。感谢您的来电，欢迎再次拨打，再见。").empty());
}

TEST_CASE("hotline standard: the forbidden phrases are flagged") {
  // The seven 服务忌语 the standard lists, with XX filled in.
  for (const std::string_view text :
       {"你不是说已经收到了吗？", "不是告诉你了，怎么还不明白？", "大点声，听不见！",
        "是我办的，不知道，不清楚。", "你到售后部门问问吧。", "你怎么连这个也不懂。",
        "这是规定，我有什么办法。"}) {
    CAPTURE(text);
    const auto found = checker().forbidden_phrases(text);
    REQUIRE_FALSE(found.empty());
    CHECK(found[0].severity == kefu::ReplySeverity::violation);
    CHECK_FALSE(checker().passes(text));
  }
}

TEST_CASE("hotline standard: courteous uses of 不清楚 and 没办法 are not forbidden") {
  // The standard's own phrases for a bad line and for a request that cannot be met at once.
  CHECK(checker().forbidden_phrases("对不起，我没听清楚您的问题，请您再复述一遍好吗？").empty());
  CHECK(checker().forbidden_phrases("对不起，听不到您的声音，请您再拨一次好吗？").empty());
  CHECK(checker().forbidden_phrases("这个问题我不清楚，我询问相关人员后再给您答复。").empty());
  CHECK(checker().forbidden_phrases("非常抱歉，目前没办法立即答复，我们会尽快给您答复。").empty());
}

TEST_CASE("hotline standard: speak starting with 请 and ending with 好, as a hint") {
  // The standard's scripts have no hint: 请您别着急; 请您稍等片刻，好吗; 麻烦您稍等片刻，好吗.
  for (const std::string_view text :
       {"您好，请您别着急，慢慢讲。再见", "您好，请您稍等片刻，好吗？再见",
        "您好，对不起，麻烦您稍等片刻，好吗？再见"}) {
    CAPTURE(text);
    CHECK(checker().check(text).empty());
  }
  // A request with neither half gets a hint, and the reply still passes.
  const auto findings = checker().check("您好，你等一下。再见");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].issue == kefu::ReplyIssue::request_phrasing);
  CHECK(findings[0].severity == kefu::ReplySeverity::hint);
  CHECK(checker().passes("您好，你等一下。再见"));
}

TEST_CASE("SOP toolkit: the standard greetings and identity-check phrase pass") {
  const auto online =
      checker().check("您好，这里是企业客服中心，我是客服，很高兴为您服务，请问有什么可以帮您？");
  CHECK_FALSE(has_issue(online, kefu::ReplyIssue::missing_greeting));
  CHECK_FALSE(has_issue(online, kefu::ReplyIssue::forbidden_phrase));
  CHECK_FALSE(has_issue(online, kefu::ReplyIssue::request_phrasing));
  const auto identity =
      checker().check("为了更好地为您服务，麻烦提供一下您的订单号或注册手机号，好吗？");
  CHECK_FALSE(has_issue(identity, kefu::ReplyIssue::forbidden_phrase));
  CHECK_FALSE(has_issue(identity, kefu::ReplyIssue::request_phrasing));
}
