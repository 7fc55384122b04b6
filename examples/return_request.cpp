// What a customer is entitled to after a sale, and the record kept of it.
//
// Six requests decided on the mainland China business calendar (Mon-Fri 09:00-18:00 with the
// State Council's holidays) just before the National Day holiday of 2025, when Oct 1-8 are
// closed and Sat Oct 11 is worked: a no-reason return on day 7 and on day 8 after signing (late:
// the special-approval route), a fault on day 5 after purchase, a fault after a second failed
// repair under warranty, a lotion that arrived leaking (a new one reshipped, nothing sent back)
// and an out-of-warranty fault (a paid repair quoted with the spare-part lead time). Then the
// service record of the exchange, masked as it would go to a log.

#include <kefu/aftersales/entitlement.hpp>
#include <kefu/aftersales/service_number.hpp>
#include <kefu/aftersales/service_record.hpp>
#include <kefu/calendar/calendars/china_mainland.hpp>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <fmt/core.h>

#include <string>

int main() {
  using boost::gregorian::date;
  const auto calendar = kefu::calendars::china_mainland(
      kefu::WeeklyHours::monday_to_friday({kefu::open_hours(9, 0, 18, 0)}));
  // The defaults, plus the shop's spare-part lead time for refrigerators.
  auto terms = kefu::AftersalesPolicy::defaults().terms();
  terms.spare_part_lead_times = {{"refrigerator", 5}};
  const kefu::AftersalesPolicy policy(terms);

  kefu::AftersalesRequest headset;
  headset.claim = kefu::Claim::no_reason_return;
  headset.product_type = "headset";
  headset.purchased = date(2025, 9, 21);
  headset.signed_for = date(2025, 9, 23);
  headset.requested = date(2025, 9, 30);  // day 7 after signing

  kefu::AftersalesRequest headset_late = headset;
  headset_late.requested = date(2025, 10, 1);  // day 8

  kefu::AftersalesRequest phone;
  phone.claim = kefu::Claim::fault;
  phone.product_type = "mobile_phone";
  phone.purchased = date(2025, 9, 25);
  phone.signed_for = date(2025, 9, 26);
  phone.requested = date(2025, 9, 30);  // day 5 after purchase

  kefu::AftersalesRequest fridge;
  fridge.claim = kefu::Claim::fault;
  fridge.product_type = "refrigerator";
  fridge.purchased = date(2025, 3, 15);
  fridge.signed_for = date(2025, 3, 17);
  fridge.requested = date(2025, 9, 30);
  fridge.failed_repairs = 2;

  kefu::AftersalesRequest lotion;
  lotion.claim = kefu::Claim::fault;
  lotion.product_type = "skin_care";
  lotion.purchased = date(2025, 9, 27);
  lotion.signed_for = date(2025, 9, 29);
  lotion.requested = date(2025, 9, 30);
  lotion.arrived_damaged = true;  // 包装破损，液体漏出
  lotion.safety_concern = true;   // the customer fears it was contaminated

  kefu::AftersalesRequest old_fridge = fridge;
  old_fridge.purchased = date(2024, 3, 15);  // the one-year warranty ended 2025-03-15
  old_fridge.signed_for = date(2024, 3, 17);
  old_fridge.failed_repairs = 0;

  const struct {
    const char* title;
    const kefu::AftersalesRequest& request;
  } requests[] = {
      {"no-reason return of a headset, day 7 after signing", headset},
      {"no-reason return of a headset, day 8 after signing", headset_late},
      {"mobile phone fault, day 5 after purchase", phone},
      {"refrigerator fault after a second failed repair", fridge},
      {"lotion arrived leaking, the customer fears contamination", lotion},
      {"refrigerator fault out of warranty", old_fridge},
  };
  for (const auto& [title, request] : requests) {
    fmt::print("== {}\n{}\n", title, kefu::decide_entitlement(request, policy, calendar));
  }

  // The host stored SR20250930041 before a restart; numbering goes on from there.
  kefu::ServiceNumberGenerator numbers(kefu::ServiceNumber::from_string("SR20250930041"));
  kefu::ServiceRecord record(numbers.next(fridge.requested));
  record.customer_name = "欧阳娜娜";
  record.contact = "13812345678";
  record.product_model = "BCD-452 冰箱";
  record.serial_number = "BCD452A2503150017";
  record.purchase_date = fridge.purchased;
  record.scenario = kefu::Scenario::fault_repair;
  record.problem = "冷藏室不制冷，第二次维修后仍未修好；客户备用电话 139 8765 4321";
  record.handling_steps = {"核实两次维修记录", "客户选择换货，已约上门取件"};
  record.result = "换货，订单号 3542948821234567891";
  record.handler_role = "工程师";
  record.handler = "李明";
  record.returned_items = {"BCD-452 冰箱 SN BCD452A2503150017"};
  record.replacement_items = {"BCD-452 冰箱（新机）"};
  record.exchange_reason = "两次维修后仍不制冷";
  record.rating = kefu::Rating::basically_satisfied;
  fmt::print("== service record (masked)\n{}", record);
}
