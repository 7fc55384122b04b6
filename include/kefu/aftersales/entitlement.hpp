#pragma once
// kefu::Entitlement: what a customer is entitled to after a sale, and why (rules.md
// §aftersales), as
// decided by kefu::decide_entitlement from the request, the policy and, for the deadlines, the
// business calendar.

#include <kefu/aftersales/aftersales_policy.hpp>
#include <kefu/aftersales/aftersales_request.hpp>
#include <kefu/core/detail/enum_table.hpp>
#include <kefu/core/parse.hpp>

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <fmt/core.h>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kefu {

class BusinessCalendar;

enum class Remedy : std::uint8_t {
  refund,       // return the goods for a refund (退货退款)
  exchange,     // same model and specification (换货)
  repair,       // free repair (免费维修)
  paid_repair,  // repair against a quote (付费维修)
  reship,       // a new item sent at once, the damaged one kept by the customer (补发新品)
};

// The rule behind an option or a refusal.
enum class EntitlementRule : std::uint8_t {
  no_reason_return,           // 7 days from the day after signing
  statutory_exception,        // custom-made, perishable, opened digital content, periodicals
  shop_exclusion,             // announced by the shop at sale
  not_intact,                 // goods no longer complete and resaleable
  not_distance_sale,          // bought in a shop, where no-reason return does not apply
  three_guarantees_return,    // 三包: fault within 7 days of purchase
  three_guarantees_exchange,  // 三包: fault within 15 days of purchase
  warranty_repair,            // free repair within the warranty
  failed_repairs,             // after two failed repairs within warranty: exchange or return
  out_of_warranty,            // paid repair with a quote
  misuse,                     // damage the customer caused: not covered
  damaged_on_arrival,         // arrived damaged and the customer fears for safety: reship
  special_approval,           // asked for after its period: the special-approval route
};

enum class ProofKind : std::uint8_t {
  photos_or_video,    // of the fault or damage, asked for first
  proof_of_purchase,  // verified, not recorded
  repair_records,     // from the repairer, for exchange or return after failed repairs
};

enum class ShippingPayer : std::uint8_t {
  none,  // nothing is shipped back
  customer,
  shop,
};

template <>
struct EnumTraits<Remedy> {
  static constexpr std::array entries{
      EnumEntry<Remedy>{Remedy::refund, "refund", "退货退款", "退货|退款|return"},
      EnumEntry<Remedy>{Remedy::exchange, "exchange", "换货", ""},
      EnumEntry<Remedy>{Remedy::repair, "repair", "免费维修", "维修"},
      EnumEntry<Remedy>{Remedy::paid_repair, "paid_repair", "付费维修", "收费维修"},
      EnumEntry<Remedy>{Remedy::reship, "reship", "补发新品", "补发"},
  };
};

template <>
struct EnumTraits<EntitlementRule> {
  using R = EntitlementRule;
  static constexpr std::array entries{
      EnumEntry<R>{R::no_reason_return, "no_reason_return", "七天无理由退货", "无理由退货"},
      EnumEntry<R>{R::statutory_exception, "statutory_exception", "法定不适用无理由退货",
                   "法定例外"},
      EnumEntry<R>{R::shop_exclusion, "shop_exclusion", "商家声明不适用无理由退货", "商家例外"},
      EnumEntry<R>{R::not_intact, "not_intact", "商品不完好", "影响二次销售"},
      EnumEntry<R>{R::not_distance_sale, "not_distance_sale", "非网络、电话、邮购销售", "线下购买"},
      EnumEntry<R>{R::three_guarantees_return, "three_guarantees_return", "三包七日内退换修",
                   "三包退货"},
      EnumEntry<R>{R::three_guarantees_exchange, "three_guarantees_exchange", "三包十五日内换修",
                   "三包换货"},
      EnumEntry<R>{R::warranty_repair, "warranty_repair", "保修期内免费维修", "保修"},
      EnumEntry<R>{R::failed_repairs, "failed_repairs", "两次维修仍不能正常使用", "修不好"},
      EnumEntry<R>{R::out_of_warranty, "out_of_warranty", "超出保修期", "过保"},
      EnumEntry<R>{R::misuse, "misuse", "人为损坏", "人为"},
      EnumEntry<R>{R::damaged_on_arrival, "damaged_on_arrival", "到货破损，担心安全", "破损补发"},
      EnumEntry<R>{R::special_approval, "special_approval", "超期特殊审批", "特殊审批|超期"},
  };
};

template <>
struct EnumTraits<ProofKind> {
  static constexpr std::array entries{
      EnumEntry<ProofKind>{ProofKind::photos_or_video, "photos_or_video", "照片或视频",
                           "照片|视频"},
      EnumEntry<ProofKind>{ProofKind::proof_of_purchase, "proof_of_purchase", "购买凭证",
                           "发票|凭证"},
      EnumEntry<ProofKind>{ProofKind::repair_records, "repair_records", "维修记录", "维修凭证"},
  };
};

template <>
struct EnumTraits<ShippingPayer> {
  static constexpr std::array entries{
      EnumEntry<ShippingPayer>{ShippingPayer::none, "none", "无需寄回", "无"},
      EnumEntry<ShippingPayer>{ShippingPayer::customer, "customer", "买家承担", "客户|买家"},
      EnumEntry<ShippingPayer>{ShippingPayer::shop, "shop", "商家承担", "商家|卖家"},
  };
};

constexpr std::string_view to_string(Remedy value) noexcept { return detail::name_of(value); }
constexpr std::string_view chinese_label(Remedy value) noexcept { return detail::label_of(value); }
constexpr std::string_view to_string(EntitlementRule value) noexcept {
  return detail::name_of(value);
}
constexpr std::string_view chinese_label(EntitlementRule value) noexcept {
  return detail::label_of(value);
}
constexpr std::string_view to_string(ProofKind value) noexcept { return detail::name_of(value); }
constexpr std::string_view chinese_label(ProofKind value) noexcept {
  return detail::label_of(value);
}
constexpr std::string_view to_string(ShippingPayer value) noexcept {
  return detail::name_of(value);
}
constexpr std::string_view chinese_label(ShippingPayer value) noexcept {
  return detail::label_of(value);
}

// A rule that applied, with the dates it was applied to.
struct EntitlementReason {
  EntitlementRule rule;
  std::string text;
};

struct EntitlementOption {
  Remedy remedy;
  EntitlementReason reason;
};

// Return and exchange deadlines on the business calendar, counted from the day of the request
// (quick-response guide), and the refund deadline (SOP toolkit).
struct ReturnDeadlines {
  // Pickup arranged; not_a_date_time when nothing is to be sent back (a reship).
  boost::gregorian::date pickup_by;
  boost::gregorian::date completed_by;  // refund, exchange or reship completed
  // 24 h after the returned goods were received; not_a_date_time until they are.
  boost::posix_time::ptime refund_by;
};

// What the quote of a paid repair must carry besides its price (quick-response guide: a paid
// repair is quoted with the spare-part lead time, 备件更换周期).
struct RepairQuote {
  // From the policy's spare-part lead times; nothing when it lists none for the product type:
  // the agent asks the parts department before quoting.
  std::optional<int> spare_part_business_days;
  // With a calendar: that many business days after the request; else not_a_date_time.
  boost::gregorian::date spare_part_by;
};

struct Entitlement {
  // Set when the request makes no sense (signed before purchase, purchase in the future);
  // then nothing else is filled.
  std::optional<std::string> refusal;
  std::vector<EntitlementOption> options;   // what the customer may choose from
  std::vector<EntitlementReason> declined;  // rules that kept other remedies out
  // A refund or exchange kept out only because it was asked for too late: not refused flatly,
  // but offered the special-approval route (特殊审批, job description). Each reason says which
  // period ended when.
  std::vector<EntitlementOption> special_approval;
  std::vector<ProofKind> proofs;  // to ask the customer for
  ShippingPayer return_shipping = ShippingPayer::none;
  std::optional<ReturnDeadlines> deadlines;  // when a refund, exchange or reship is an option
  std::optional<RepairQuote> repair_quote;   // when a paid repair is an option

  bool refused() const noexcept { return refusal.has_value(); }
  bool allows(Remedy remedy) const noexcept {
    for (const auto& option : options) {
      if (option.remedy == remedy) return true;
    }
    return false;
  }
};

// The options, reasons, proofs to ask for and shipping, and, when a refund, exchange or reship is
// among the options, the deadlines on `calendar` (kefu/calendar/business_calendar.hpp) counted from
// the request day: pickup and completion the policy's business days after it (the request day
// itself not counted, so a request on a holiday counts from the next business day), the
// refund `refund_after_receipt` of wall time after the returned goods arrived; for a paid
// repair the day the spare part is in. Dates that make
// no sense give a refused Entitlement; the only exceptions are the calendar's own, such as
// kefu::uncovered_year_error for a year its holiday schedule does not cover.
Entitlement decide_entitlement(const AftersalesRequest& request, const AftersalesPolicy& policy,
                               const BusinessCalendar& calendar);

// The same without deadlines, for hosts that schedule on their own. Never throws.
Entitlement decide_entitlement(const AftersalesRequest& request, const AftersalesPolicy& policy);

}  // namespace kefu

// Print the English names; an Entitlement prints one line per option, declined rule, proof,
// shipping and deadline. Defined in src/aftersales/entitlement_format.cpp.
template <>
struct fmt::formatter<kefu::Remedy> : fmt::formatter<fmt::string_view> {
  format_context::iterator format(kefu::Remedy value, format_context& ctx) const;
};
template <>
struct fmt::formatter<kefu::EntitlementRule> : fmt::formatter<fmt::string_view> {
  format_context::iterator format(kefu::EntitlementRule value, format_context& ctx) const;
};
template <>
struct fmt::formatter<kefu::ProofKind> : fmt::formatter<fmt::string_view> {
  format_context::iterator format(kefu::ProofKind value, format_context& ctx) const;
};
template <>
struct fmt::formatter<kefu::ShippingPayer> : fmt::formatter<fmt::string_view> {
  format_context::iterator format(kefu::ShippingPayer value, format_context& ctx) const;
};
template <>
struct fmt::formatter<kefu::Entitlement> : fmt::formatter<fmt::string_view> {
  format_context::iterator format(const kefu::Entitlement& value, format_context& ctx) const;
};
