// kefu::AftersalesPolicy: the defaults of domain.md §3 and §5, lookups, and bad terms refused.

#include <kefu/aftersales/aftersales_policy.hpp>
#include <kefu/core/error.hpp>

#include <doctest/doctest.h>

TEST_CASE("the default policy carries the numbers of domain.md") {
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
  CHECK(policy.warranty_months("something else") == 12);
  CHECK_FALSE(policy.excluded_from_no_reason_return("mobile_phone"));
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
  t.refund_after_receipt = boost::posix_time::hours(-1);
  refuses(t, "aftersales policy: refund_after_receipt must be positive");
  t.refund_after_receipt = boost::posix_time::time_duration(boost::posix_time::not_a_date_time);
  refuses(t, "aftersales policy: refund_after_receipt must be positive");
}
