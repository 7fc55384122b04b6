#pragma once
// kefu::AftersalesPolicy: the numbers behind return, exchange and repair decisions (rules.md
// §aftersales), every one replaceable by the host; docs/defaults.md gives each default's source.
// Plain data, compared field by field; immutable once built and safe to share across threads.

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kefu {

// The warranty of one product type, in months from the day of sale.
struct WarrantyPeriod {
  std::string product_type;
  int months = 12;

  friend bool operator==(const WarrantyPeriod& a, const WarrantyPeriod& b) noexcept {
    return a.product_type == b.product_type && a.months == b.months;
  }
  friend bool operator!=(const WarrantyPeriod& a, const WarrantyPeriod& b) noexcept {
    return !(a == b);
  }
};

// How many business days a spare part of one product type takes to arrive, for the quote of
// an out-of-warranty repair (备件更换周期).
struct SparePartLeadTime {
  std::string product_type;
  int business_days = 0;

  friend bool operator==(const SparePartLeadTime& a, const SparePartLeadTime& b) noexcept {
    return a.product_type == b.product_type && a.business_days == b.business_days;
  }
  friend bool operator!=(const SparePartLeadTime& a, const SparePartLeadTime& b) noexcept {
    return !(a == b);
  }
};

class AftersalesPolicy {
 public:
  struct Terms {
    // 7-day no-reason return, counted from the day after signing.
    int no_reason_return_days = 7;
    // Three guarantees (三包), counted from the day after purchase: a fault within
    // `return_days` may be returned, exchanged or repaired, within `exchange_days` exchanged or
    // repaired.
    int return_days = 7;
    int exchange_days = 15;
    // Within warranty, this many repairs that did not fix the fault allow exchange or return.
    int failed_repairs_for_replacement = 2;
    std::vector<WarrantyPeriod> warranties;
    // For product types not listed in `warranties`; 0 means no warranty beyond the 三包 days.
    int default_warranty_months = 0;
    // Product types the shop announced at sale as not returnable without reason.
    std::vector<std::string> no_reason_exclusions;
    // The customer pays return shipping of a no-reason return unless the shop offers it.
    bool shop_pays_no_reason_shipping = false;
    // Pickup arranged within 1 business day, refund or exchange completed within 3, refund
    // within 24 h (wall-clock) of receiving the returned goods.
    int pickup_business_days = 1;
    int completion_business_days = 3;
    boost::posix_time::time_duration refund_after_receipt = boost::posix_time::hours(24);
    // The host's parts data; a product type not listed has no known lead time, and the quote
    // then says to ask the parts department.
    std::vector<SparePartLeadTime> spare_part_lead_times;

    friend bool operator==(const Terms& a, const Terms& b) noexcept {
      return a.no_reason_return_days == b.no_reason_return_days && a.return_days == b.return_days &&
             a.exchange_days == b.exchange_days &&
             a.failed_repairs_for_replacement == b.failed_repairs_for_replacement &&
             a.warranties == b.warranties &&
             a.default_warranty_months == b.default_warranty_months &&
             a.no_reason_exclusions == b.no_reason_exclusions &&
             a.shop_pays_no_reason_shipping == b.shop_pays_no_reason_shipping &&
             a.pickup_business_days == b.pickup_business_days &&
             a.completion_business_days == b.completion_business_days &&
             a.refund_after_receipt == b.refund_after_receipt &&
             a.spare_part_lead_times == b.spare_part_lead_times;
    }
    friend bool operator!=(const Terms& a, const Terms& b) noexcept { return !(a == b); }
  };

  // Throws kefu::config_error naming the bad field.
  explicit AftersalesPolicy(Terms terms);

  // The statutory periods, the SOPs' deadlines and the whole-unit warranties of the
  // three-guarantee rules (部分商品修理更换退货责任规定 2001, and those for mobile phones 2001 and
  // microcomputers 2002): one year for mobile phones, televisions, refrigerators, washing
  // machines, air conditioners, computers and range hoods. Other product types have no
  // warranty beyond the 三包 days unless the host lists them.
  static AftersalesPolicy defaults();

  const Terms& terms() const noexcept { return terms_; }
  int warranty_months(std::string_view product_type) const noexcept;
  bool excluded_from_no_reason_return(std::string_view product_type) const noexcept;
  // Nothing when the policy lists no lead time for the product type.
  std::optional<int> spare_part_lead_business_days(std::string_view product_type) const noexcept;

  friend bool operator==(const AftersalesPolicy& a, const AftersalesPolicy& b) noexcept {
    return a.terms_ == b.terms_;
  }
  friend bool operator!=(const AftersalesPolicy& a, const AftersalesPolicy& b) noexcept {
    return !(a == b);
  }

 private:
  Terms terms_;
};

}  // namespace kefu
