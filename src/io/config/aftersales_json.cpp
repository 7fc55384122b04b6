#include "aftersales_json.hpp"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <limits>
#include <string>
#include <utility>
#include <vector>

namespace kefu::io::detail {

namespace json = boost::json;

namespace {

// The ranges AftersalesPolicy's constructor allows, checked here too so that a bad number is
// named at its own path.
constexpr std::int64_t max_days = 3650;
constexpr std::int64_t max_months = 600;

void read_int(Object& object, std::string_view key, std::int64_t min, std::int64_t max, int& out) {
  if (auto n = object.optional(key)) out = static_cast<int>(n->integer(min, max));
}

std::vector<WarrantyPeriod> read_warranties(const Node& node) {
  std::vector<WarrantyPeriod> out;
  for (const Node& item : node.items()) {
    Object object = item.object();
    WarrantyPeriod w;
    w.product_type = object.required("product_type").string();
    w.months = static_cast<int>(object.required("months").integer(0, max_months));
    object.finish();
    out.push_back(std::move(w));
  }
  return out;
}

std::vector<SparePartLeadTime> read_lead_times(const Node& node) {
  std::vector<SparePartLeadTime> out;
  for (const Node& item : node.items()) {
    Object object = item.object();
    SparePartLeadTime lead;
    lead.product_type = object.required("product_type").string();
    lead.business_days = static_cast<int>(object.required("business_days").integer(0, max_days));
    object.finish();
    out.push_back(std::move(lead));
  }
  return out;
}

}  // namespace

AftersalesPolicy aftersales_policy_from_json(const Node& node) {
  Object object = node.object();
  AftersalesPolicy::Terms t = AftersalesPolicy::defaults().terms();
  read_int(object, "no_reason_return_days", 0, max_days, t.no_reason_return_days);
  read_int(object, "return_days", 0, max_days, t.return_days);
  read_int(object, "exchange_days", 0, max_days, t.exchange_days);
  read_int(object, "failed_repairs_for_replacement", 1, std::numeric_limits<int>::max(),
           t.failed_repairs_for_replacement);
  if (auto n = object.optional("warranties")) t.warranties = read_warranties(*n);
  read_int(object, "default_warranty_months", 0, max_months, t.default_warranty_months);
  if (auto n = object.optional("no_reason_exclusions")) {
    t.no_reason_exclusions.clear();
    for (const Node& item : n->items()) t.no_reason_exclusions.push_back(item.string());
  }
  if (auto n = object.optional("shop_pays_no_reason_shipping")) {
    t.shop_pays_no_reason_shipping = n->boolean();
  }
  read_int(object, "pickup_business_days", 1, max_days, t.pickup_business_days);
  read_int(object, "completion_business_days", 1, max_days, t.completion_business_days);
  if (auto n = object.optional("refund_after_receipt")) t.refund_after_receipt = n->duration();
  if (auto n = object.optional("spare_part_lead_times"))
    t.spare_part_lead_times = read_lead_times(*n);
  object.finish();
  return checked(node, [&] { return AftersalesPolicy(std::move(t)); });
}

json::value to_json(const AftersalesPolicy& policy) {
  const auto& t = policy.terms();
  json::object out;
  out["no_reason_return_days"] = t.no_reason_return_days;
  out["return_days"] = t.return_days;
  out["exchange_days"] = t.exchange_days;
  out["failed_repairs_for_replacement"] = t.failed_repairs_for_replacement;
  json::array warranties;
  for (const auto& w : t.warranties) {
    warranties.push_back(json::object{{"product_type", w.product_type}, {"months", w.months}});
  }
  out["warranties"] = std::move(warranties);
  out["default_warranty_months"] = t.default_warranty_months;
  json::array exclusions;
  for (const auto& excluded : t.no_reason_exclusions) exclusions.push_back(json::string(excluded));
  out["no_reason_exclusions"] = std::move(exclusions);
  out["shop_pays_no_reason_shipping"] = t.shop_pays_no_reason_shipping;
  out["pickup_business_days"] = t.pickup_business_days;
  out["completion_business_days"] = t.completion_business_days;
  out["refund_after_receipt"] = duration_to_json(t.refund_after_receipt);
  json::array leads;
  for (const auto& lead : t.spare_part_lead_times) {
    leads.push_back(
        json::object{{"product_type", lead.product_type}, {"business_days", lead.business_days}});
  }
  out["spare_part_lead_times"] = std::move(leads);
  return out;
}

}  // namespace kefu::io::detail
