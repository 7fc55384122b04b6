// The service record of the quick-response guide's template, with the Tmall role's return and
// exchange details: fmt masks it by default; kefu::unmasked shows it in clear.

#include <kefu/aftersales/service_record.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>
#include <boost/date_time/posix_time/posix_time.hpp>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace {

kefu::ServiceRecord sample() {
  kefu::ServiceRecord record(kefu::ServiceNumber::from_string("SR20240501001"));
  record.customer_name = "欧阳娜娜";
  record.contact = "138-1234-5678";
  record.product_model = "KX-200 空气净化器";
  record.serial_number = "KX2024A00917";
  record.purchase_date = boost::gregorian::date(2024, 4, 26);
  record.scenario = kefu::Scenario::fault_repair;
  record.problem = "开机异响，客户留了备用电话 13987654321";
  record.handling_steps = {"请客户发视频", "安排上门检测，联系人邮箱 nana@example.com"};
  record.result = "更换风机，订单号 3542948821234567891 已关联";
  record.handler_role = "工程师";
  record.handler = "李四";
  record.refund_fen = 199900;
  record.returned_items = {"KX-200 风机 1 个"};
  record.received_at =
      boost::posix_time::ptime(boost::gregorian::date(2024, 5, 1), boost::posix_time::hours(1));
  record.responded_at =
      boost::posix_time::ptime(boost::gregorian::date(2024, 5, 1), boost::posix_time::minutes(61));
  record.rating = kefu::Rating::satisfied;
  return record;
}

}  // namespace

TEST_CASE("fmt prints a service record masked") {
  CHECK(fmt::format("{}", sample()) ==
        "service number: SR20240501001\n"
        "customer: 欧阳**\n"
        "contact: 138-****-5678\n"
        "product model: KX-200 空气净化器\n"
        "serial number: KX2024A00917\n"
        "purchase date: 2024-04-26\n"
        "scenario: fault_repair (产品故障报修)\n"
        "problem: 开机异响，客户留了备用电话 139****4321\n"
        "step 1: 请客户发视频\n"
        "step 2: 安排上门检测，联系人邮箱 n***@example.com\n"
        "result: 更换风机，订单号 ******************* 已关联\n"
        "handler: 工程师李*\n"
        "refund amount: ¥1999.00\n"
        "returned items: KX-200 风机 1 个\n"
        "received: 2024-05-01T01:00:00Z\n"
        "responded: 2024-05-01T01:01:00Z\n"
        "rating: satisfied (满意)\n");
}

TEST_CASE("only an explicit call prints the record in clear") {
  CHECK(fmt::format("{}", kefu::unmasked(sample())) ==
        "service number: SR20240501001\n"
        "customer: 欧阳娜娜\n"
        "contact: 138-1234-5678\n"
        "product model: KX-200 空气净化器\n"
        "serial number: KX2024A00917\n"
        "purchase date: 2024-04-26\n"
        "scenario: fault_repair (产品故障报修)\n"
        "problem: 开机异响，客户留了备用电话 13987654321\n"
        "step 1: 请客户发视频\n"
        "step 2: 安排上门检测，联系人邮箱 nana@example.com\n"
        "result: 更换风机，订单号 3542948821234567891 已关联\n"
        "handler: 工程师李四\n"
        "refund amount: ¥1999.00\n"
        "returned items: KX-200 风机 1 个\n"
        "received: 2024-05-01T01:00:00Z\n"
        "responded: 2024-05-01T01:01:00Z\n"
        "rating: satisfied (满意)\n");
}

TEST_CASE("a fresh record prints only its number and an e-mail contact is masked as one") {
  kefu::ServiceRecord record(kefu::ServiceNumber::from_string("SR20240501002"));
  CHECK(fmt::format("{}", record) == "service number: SR20240501002\n");
  record.contact = "zhangsan@example.com";
  record.customer_name = "John Smith";
  CHECK(fmt::format("{}", record) ==
        "service number: SR20240501002\n"
        "customer: J*** S****\n"
        "contact: z*******@example.com\n");
}

TEST_CASE("an exchange prints its reason and the goods both ways, scrubbed") {
  kefu::ServiceRecord record(kefu::ServiceNumber::from_string("SR20240501003"));
  record.exchange_reason = "尺码不符，客户电话 13812345678";
  record.returned_items = {"T恤 L 码", "袜子"};
  record.replacement_items = {"T恤 XL 码"};
  CHECK(fmt::format("{}", record) ==
        "service number: SR20240501003\n"
        "returned items: T恤 L 码; 袜子\n"
        "replacement items: T恤 XL 码\n"
        "exchange reason: 尺码不符，客户电话 138****5678\n");
  CHECK(kefu::missing_return_details(record).empty());
}

TEST_CASE("refund amounts print in yuan, negative and extreme ones too") {
  kefu::ServiceRecord record(kefu::ServiceNumber::from_string("SR20240501004"));
  record.refund_fen = 5;
  CHECK(fmt::format("{}", record).find("refund amount: ¥0.05\n") != std::string::npos);
  record.refund_fen = -150;
  CHECK(fmt::format("{}", record).find("refund amount: -¥1.50\n") != std::string::npos);
  // INT64_MIN is -9223372036854775808 fen.
  record.refund_fen = std::numeric_limits<std::int64_t>::min();
  CHECK(fmt::format("{}", record).find("refund amount: -¥92233720368547758.08\n") !=
        std::string::npos);
}

TEST_CASE("a return lacks its goods or its amount, an exchange its reason or goods") {
  using Missing = std::vector<std::string_view>;
  kefu::ServiceRecord record(kefu::ServiceNumber::from_string("SR20240501005"));
  CHECK(kefu::missing_return_details(record).empty());
  record.refund_fen = 1000;
  CHECK(kefu::missing_return_details(record) == Missing{"returned items"});
  record.refund_fen.reset();
  record.returned_items = {"耳机"};
  CHECK(kefu::missing_return_details(record) == Missing{"refund amount"});
  record.replacement_items = {"耳机"};
  CHECK(kefu::missing_return_details(record) == Missing{"exchange reason"});
  record.returned_items.clear();
  CHECK(kefu::missing_return_details(record) == Missing{"exchange reason", "returned items"});
  record.replacement_items.clear();
  record.exchange_reason = "颜色不符";
  CHECK(kefu::missing_return_details(record) == Missing{"returned items", "replacement items"});
}
