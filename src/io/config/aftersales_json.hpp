#pragma once
// Private: the after-sales part of the config document, every field of
// kefu::AftersalesPolicy::Terms (rules.md §aftersales). Any field may be left out and keeps the
// default of AftersalesPolicy::defaults(); a list given replaces the default list whole.
//
//   "aftersales": {
//     "no_reason_return_days": 7, "return_days": 7, "exchange_days": 15,
//     "failed_repairs_for_replacement": 2,
//     "warranties": [{"product_type": "mobile_phone", "months": 12}, ...],
//     "default_warranty_months": 0,
//     "no_reason_exclusions": ["custom_sofa"],
//     "shop_pays_no_reason_shipping": false,
//     "pickup_business_days": 1, "completion_business_days": 3,
//     "refund_after_receipt": "24 h",
//     "spare_part_lead_times": [{"product_type": "mobile_phone", "business_days": 5}]}
//
// Each number is checked at its own path against the ranges the policy allows; what spans
// fields (exchange_days below return_days, a product type listed twice, a zero refund time) is
// refused by the policy's constructor, at the path of the whole part.

#include "../json_reader.hpp"
#include <kefu/aftersales/aftersales_policy.hpp>

#include <boost/json/value.hpp>

namespace kefu::io::detail {

AftersalesPolicy aftersales_policy_from_json(const Node& node);
boost::json::value to_json(const AftersalesPolicy& policy);

}  // namespace kefu::io::detail
