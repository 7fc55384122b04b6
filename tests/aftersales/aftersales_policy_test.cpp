// kefu::AftersalesPolicy: the defaults (docs/defaults.md), lookups, equality, and bad terms
// refused.

#include <kefu/aftersales/aftersales_policy.hpp>
#include <kefu/core/error.hpp>

#include <doctest/doctest.h>

TEST_CASE("the default policy carries the numbers of the statutes and the SOPs") {
  const auto policy = kefu::AftersalesPolicy::defaults();
  const auto& t = policy.terms();
  CHECK(t.no_reason_return_days == 7);
  CHECK(t.return_days == 7);
  CHECK(t.exchange_days == 15);
  CHECK(t.failed_repairs_for_replacement == 2);
  CHECK(t.pickup_business_days == 1);
  CHECK(t.completion_business_days == 3);
  CHECK(t.refund_after_receipt == boost::posix_time::hours(24));
  CHECK_FALSE(t.shop_pays_no_reason_shipping);
  CHECK(policy.warranty_months("mobile_phone") == 12);
  CHECK(policy.warranty_months("refrigerator") == 12);
  // A product type the three-guarantee rules do not list has no warranty by default.
  CHECK(policy.warranty_months("something else") == 0);
  CHECK(policy.warranty_months("headset") == 0);
  CHECK_FALSE(policy.excluded_from_no_reason_return("mobile_phone"));
  CHECK(t.spare_part_lead_times.empty());
  CHECK_FALSE(policy.spare_part_lead_business_days("mobile_phone"));
}

TEST_CASE("warranty periods and exclusions are data the host supplies") {
  kefu::AftersalesPolicy::Terms terms;
  terms.warranties = {{"computer", 24}, {"gift", 0}};
  terms.default_warranty_months = 6;
  terms.no_reason_exclusions = {"underwear"};
  const kefu::AftersalesPolicy policy(terms);
  CHECK(policy.warranty_months("computer") == 24);
  CHECK(policy.warranty_months("gift") == 0);
  CHECK(policy.warranty_months("lamp") == 6);
  CHECK(policy.excluded_from_no_reason_return("underwear"));
  CHECK_FALSE(policy.excluded_from_no_reason_return("Underwear"));
}

TEST_CASE("spare-part lead times are looked up by product type") {
  kefu::AftersalesPolicy::Terms terms;
  terms.spare_part_lead_times = {{"refrigerator", 5}, {"cable", 0}};
  const kefu::AftersalesPolicy policy(terms);
  CHECK(policy.spare_part_lead_business_days("refrigerator") == 5);
  CHECK(policy.spare_part_lead_business_days("cable") == 0);
  CHECK_FALSE(policy.spare_part_lead_business_days("Refrigerator"));
}

TEST_CASE("policies compare equal field by field") {
  CHECK(kefu::AftersalesPolicy::defaults() == kefu::AftersalesPolicy::defaults());
  CHECK(kefu::WarrantyPeriod{"tv", 12} == kefu::WarrantyPeriod{"tv", 12});
  CHECK(kefu::WarrantyPeriod{"tv", 12} != kefu::WarrantyPeriod{"tv", 24});
  CHECK(kefu::SparePartLeadTime{"tv", 5} != kefu::SparePartLeadTime{"phone", 5});
  const auto differs = [](auto change) {
    auto terms = kefu::AftersalesPolicy::defaults().terms();
    change(terms);
    CHECK(kefu::AftersalesPolicy(terms) != kefu::AftersalesPolicy::defaults());
    CHECK_FALSE(terms == kefu::AftersalesPolicy::defaults().terms());
  };
  using Terms = kefu::AftersalesPolicy::Terms;
  differs([](Terms& t) { t.no_reason_return_days = 8; });
  differs([](Terms& t) { t.return_days = 6; });
  differs([](Terms& t) { t.exchange_days = 16; });
  differs([](Terms& t) { t.failed_repairs_for_replacement = 3; });
  differs([](Terms& t) { t.warranties.back().months = 24; });
  differs([](Terms& t) { t.default_warranty_months = 12; });
  differs([](Terms& t) { t.no_reason_exclusions = {"underwear"}; });
  differs([](Terms& t) { t.shop_pays_no_reason_shipping = true; });
  differs([](Terms& t) { t.pickup_business_days = 2; });
  differs([](Terms& t) { t.completion_business_days = 4; });
  differs([](Terms& t) { t.refund_after_receipt = boost::posix_time::hours(48); });
  differs([](Terms& t) { t.spare_part_lead_times = {{"tv", 5}}; });
}

TEST_CASE("terms that cannot work are refused at construction, naming the field") {
  const auto refuses = [](kefu::AftersalesPolicy::Terms terms, const char* message) {
    CHECK_THROWS_WITH_AS(kefu::AftersalesPolicy{std::move(terms)}, message, kefu::config_error);
  };
  kefu::AftersalesPolicy::Terms t;
  t.no_reason_return_days = -1;
  refuses(t, "aftersales policy: no_reason_return_days must be 0 to 3650");
  t = {};
  t.exchange_days = 6;
  refuses(t, "aftersales policy: exchange_days must be return_days to 3650");
  t = {};
  t.failed_repairs_for_replacement = 0;
  refuses(t, "aftersales policy: failed_repairs_for_replacement must be at least 1");
  t = {};
  t.default_warranty_months = 601;
  refuses(t, "aftersales policy: default_warranty_months must be 0 to 600");
  t = {};
  t.warranties = {{"tv", 12}, {"", 12}};
  refuses(t, "aftersales policy: warranties[1]: product type is empty");
  t.warranties = {{"tv", -12}};
  refuses(t, "aftersales policy: warranties[0]: months must be 0 to 600");
  t.warranties = {{"tv", 12}, {"phone", 12}, {"tv", 24}};
  refuses(t, "aftersales policy: warranties[2]: product type 'tv' is listed twice");
  t = {};
  t.no_reason_exclusions = {"underwear", ""};
  refuses(t, "aftersales policy: no_reason_exclusions[1]: product type is empty");
  t = {};
  t.pickup_business_days = 0;
  refuses(t, "aftersales policy: pickup_business_days must be 1 to 3650");
  t = {};
  t.completion_business_days = 4000;
  refuses(t, "aftersales policy: completion_business_days must be 1 to 3650");
  t = {};
  t.spare_part_lead_times = {{"tv", 5}, {"", 3}};
  refuses(t, "aftersales policy: spare_part_lead_times[1]: product type is empty");
  t.spare_part_lead_times = {{"tv", -1}};
  refuses(t, "aftersales policy: spare_part_lead_times[0]: business_days must be 0 to 3650");
  t.spare_part_lead_times = {{"tv", 5}, {"tv", 3}};
  refuses(t, "aftersales policy: spare_part_lead_times[1]: product type 'tv' is listed twice");
  t = {};
  t.refund_after_receipt = boost::posix_time::hours(-1);
  refuses(t, "aftersales policy: refund_after_receipt must be positive");
  t.refund_after_receipt = boost::posix_time::time_duration(boost::posix_time::not_a_date_time);
  refuses(t, "aftersales policy: refund_after_receipt must be positive");
}
