// The vocabulary enums: names, Chinese labels (re-typed from the SOPs, rules.md §vocabulary), round
// trips, fmt.

#include <kefu/core.hpp>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <string>

namespace {

template <class Enum>
void check_round_trips() {
  for (const Enum value : kefu::enum_values<Enum>()) {
    CAPTURE(kefu::to_string(value));
    CHECK(kefu::parse<Enum>(kefu::to_string(value)) == value);
    CHECK(kefu::parse<Enum>(kefu::chinese_label(value)) == value);
    CHECK(fmt::format("{}", value) == kefu::to_string(value));
  }
}

}  // namespace

TEST_CASE_TEMPLATE("every value round-trips through its name and its Chinese label", Enum,
                   kefu::Channel, kefu::Category, kefu::Scenario, kefu::Priority,
                   kefu::CustomerTier, kefu::Rating) {
  check_round_trips<Enum>();
}

TEST_CASE("categories carry the names and labels of the SOPs' needs classification") {
  CHECK(kefu::to_string(kefu::Category::inquiry) == "inquiry");
  CHECK(kefu::to_string(kefu::Category::after_sales) == "after_sales");
  CHECK(kefu::chinese_label(kefu::Category::inquiry) == "咨询类");
  CHECK(kefu::chinese_label(kefu::Category::complaint) == "投诉类");
  CHECK(kefu::chinese_label(kefu::Category::after_sales) == "售后类");
  CHECK(kefu::chinese_label(kefu::Category::suggestion) == "建议类");
  CHECK(kefu::enum_values<kefu::Category>().size() == 4);
}

TEST_CASE("scenarios carry the names and labels of the quick-response guide's service scenarios") {
  CHECK(kefu::enum_values<kefu::Scenario>().size() == 11);
  CHECK(kefu::to_string(kefu::Scenario::fault_repair) == "fault_repair");
  CHECK(kefu::chinese_label(kefu::Scenario::fault_repair) == "产品故障报修");
  CHECK(kefu::chinese_label(kefu::Scenario::usage_inquiry) == "使用操作咨询");
  CHECK(kefu::chinese_label(kefu::Scenario::service_complaint) == "服务体验投诉");
  CHECK(kefu::chinese_label(kefu::Scenario::return_exchange) == "退换货申请");
  CHECK(kefu::chinese_label(kefu::Scenario::installation) == "安装调试需求");
  CHECK(kefu::chinese_label(kefu::Scenario::value_added) == "增值服务预约");
  CHECK(kefu::chinese_label(kefu::Scenario::emergency) == "紧急情况处理");
  CHECK(kefu::chinese_label(kefu::Scenario::remote_assist) == "远程协助请求");
}

TEST_CASE("priorities use the response grades of the quick-response guide and are ordered") {
  CHECK(kefu::chinese_label(kefu::Priority::low) == "低");
  CHECK(kefu::chinese_label(kefu::Priority::normal) == "一般");
  CHECK(kefu::chinese_label(kefu::Priority::high) == "紧急");
  CHECK(kefu::chinese_label(kefu::Priority::critical) == "特急");
  CHECK(kefu::Priority::low < kefu::Priority::normal);
  CHECK(kefu::Priority::normal < kefu::Priority::high);
  CHECK(kefu::Priority::high < kefu::Priority::critical);
}

TEST_CASE("ratings use the three answers of the service record") {
  CHECK(kefu::chinese_label(kefu::Rating::satisfied) == "满意");
  CHECK(kefu::chinese_label(kefu::Rating::basically_satisfied) == "基本满意");
  CHECK(kefu::chinese_label(kefu::Rating::unsatisfied) == "不满意");
  CHECK(kefu::chinese_label(kefu::CustomerTier::key_account) == "大客户");
}

TEST_CASE("fmt honours the string format spec") {
  CHECK(fmt::format("[{:>10}]", kefu::Category::complaint) == "[ complaint]");
  CHECK(fmt::format("{:.3}", kefu::Rating::satisfied) == "sat");
}

TEST_CASE("an out-of-range value prints as invalid instead of reading past the table") {
  const auto bogus = static_cast<kefu::Category>(200);
  CHECK(kefu::to_string(bogus) == "invalid");
  CHECK(kefu::chinese_label(bogus) == "invalid");
  CHECK(fmt::format("{}", bogus) == "invalid");
}
