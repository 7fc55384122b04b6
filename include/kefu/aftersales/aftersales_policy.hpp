#pragma once
// kefu::AftersalesPolicy: the numbers behind return, exchange and repair decisions (domain.md §3,
// §5), every one replaceable by the host. Immutable once built; safe to share across threads.

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace kefu {

// The warranty of one product type, in months from the day of sale.
struct WarrantyPeriod {
  std::string product_type;
  int months = 12;
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
    int default_warranty_months = 12;
    // Product types the shop announced at sale as not returnable without reason.
    std::vector<std::string> no_reason_exclusions;
    // The customer pays return shipping of a no-reason return unless the shop offers it.
    bool shop_pays_no_reason_shipping = false;
    // domain.md §3: pickup arranged within 1 business day, refund or exchange completed
    // within 3, refund within 24 h (wall-clock) of receiving the returned goods.
    int pickup_business_days = 1;
    int completion_business_days = 3;
    boost::posix_time::time_duration refund_after_receipt = boost::posix_time::hours(24);
  };

  // Throws kefu::config_error naming the bad field.
  explicit AftersalesPolicy(Terms terms);

  // domain.md §5 with whole-unit warranties of the three-guarantee rules (部分商品修理更换退货
  // 责任规定, 2001): one year for mobile phones, televisions, refrigerators, washing machines,
  // air conditioners, computers and range hoods.
  static AftersalesPolicy defaults();

  const Terms& terms() const noexcept { return terms_; }
  int warranty_months(std::string_view product_type) const noexcept;
  bool excluded_from_no_reason_return(std::string_view product_type) const noexcept;

 private:
  Terms terms_;
};

}  // namespace kefu
