// kefu::AftersalesPolicy: validation, lookups and the defaults (sources in docs/defaults.md).

#include <kefu/aftersales/aftersales_policy.hpp>
#include <kefu/core/error.hpp>

#include <fmt/format.h>

#include <string>
#include <string_view>
#include <utility>

namespace kefu {
namespace {

constexpr int max_days = 3650;
constexpr int max_months = 600;

void check(bool ok, std::string_view what) {
  if (!ok) throw config_error(fmt::format("aftersales policy: {}", what));
}

}  // namespace

AftersalesPolicy::AftersalesPolicy(Terms terms) : terms_(std::move(terms)) {
  const auto& t = terms_;
  check(t.no_reason_return_days >= 0 && t.no_reason_return_days <= max_days,
        "no_reason_return_days must be 0 to 3650");
  check(t.return_days >= 0 && t.return_days <= max_days, "return_days must be 0 to 3650");
  check(t.exchange_days >= t.return_days && t.exchange_days <= max_days,
        "exchange_days must be return_days to 3650");
  check(t.failed_repairs_for_replacement >= 1, "failed_repairs_for_replacement must be at least 1");
  check(t.default_warranty_months >= 0 && t.default_warranty_months <= max_months,
        "default_warranty_months must be 0 to 600");
  for (std::size_t i = 0; i < t.warranties.size(); ++i) {
    const auto& w = t.warranties[i];
    check(!w.product_type.empty(), fmt::format("warranties[{}]: product type is empty", i));
    check(w.months >= 0 && w.months <= max_months,
          fmt::format("warranties[{}]: months must be 0 to 600", i));
    for (std::size_t j = 0; j < i; ++j) {
      check(t.warranties[j].product_type != w.product_type,
            fmt::format("warranties[{}]: product type '{}' is listed twice", i, w.product_type));
    }
  }
  for (std::size_t i = 0; i < t.no_reason_exclusions.size(); ++i) {
    check(!t.no_reason_exclusions[i].empty(),
          fmt::format("no_reason_exclusions[{}]: product type is empty", i));
  }
  check(t.pickup_business_days >= 1 && t.pickup_business_days <= max_days,
        "pickup_business_days must be 1 to 3650");
  check(t.completion_business_days >= 1 && t.completion_business_days <= max_days,
        "completion_business_days must be 1 to 3650");
  check(!t.refund_after_receipt.is_special() && t.refund_after_receipt.is_positive(),
        "refund_after_receipt must be positive");
  for (std::size_t i = 0; i < t.spare_part_lead_times.size(); ++i) {
    const auto& lead = t.spare_part_lead_times[i];
    check(!lead.product_type.empty(),
          fmt::format("spare_part_lead_times[{}]: product type is empty", i));
    check(lead.business_days >= 0 && lead.business_days <= max_days,
          fmt::format("spare_part_lead_times[{}]: business_days must be 0 to 3650", i));
    for (std::size_t j = 0; j < i; ++j) {
      check(t.spare_part_lead_times[j].product_type != lead.product_type,
            fmt::format("spare_part_lead_times[{}]: product type '{}' is listed twice", i,
                        lead.product_type));
    }
  }
}

AftersalesPolicy AftersalesPolicy::defaults() {
  Terms terms;
  terms.warranties = {
      {"mobile_phone", 12},    {"television", 12}, {"refrigerator", 12}, {"washing_machine", 12},
      {"air_conditioner", 12}, {"computer", 12},   {"range_hood", 12},
  };
  return AftersalesPolicy(std::move(terms));
}

int AftersalesPolicy::warranty_months(std::string_view product_type) const noexcept {
  for (const auto& w : terms_.warranties) {
    if (w.product_type == product_type) return w.months;
  }
  return terms_.default_warranty_months;
}

std::optional<int> AftersalesPolicy::spare_part_lead_business_days(
    std::string_view product_type) const noexcept {
  for (const auto& lead : terms_.spare_part_lead_times) {
    if (lead.product_type == product_type) return lead.business_days;
  }
  return std::nullopt;
}

bool AftersalesPolicy::excluded_from_no_reason_return(
    std::string_view product_type) const noexcept {
  for (const auto& excluded : terms_.no_reason_exclusions) {
    if (excluded == product_type) return true;
  }
  return false;
}

}  // namespace kefu
