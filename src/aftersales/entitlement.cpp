// kefu::decide_entitlement: the 7-day no-reason return, the three guarantees (三包) and the
// warranty.
//
// Periods follow the Civil Code (民法典 arts. 201-202): the day of signing or of sale is not
// counted, so "within 7 days" of a sale on 05-01 ends with 05-08; a period of months ends on
// the same day of the last month, or on that month's last day when it has no such day.

#include <kefu/aftersales/entitlement.hpp>
#include <kefu/calendar/business_calendar.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <fmt/format.h>

#include <optional>
#include <string>
#include <string_view>

namespace kefu {
namespace {

using boost::gregorian::date;
using boost::gregorian::days;

// Later dates would let a period's end leave Boost's range (year 9999).
constexpr int last_supported_year = 9900;

std::string iso(date day) { return boost::gregorian::to_iso_extended_string(day); }

date last_day_of_months(date start, int months) {
  const int index = static_cast<int>(start.year()) * 12 + (start.month() - 1) + months;
  const auto year = static_cast<unsigned short>(index / 12);
  const auto month = static_cast<unsigned short>(index % 12 + 1);
  const auto month_end = boost::gregorian::gregorian_calendar::end_of_month_day(year, month);
  const unsigned short start_day = start.day();
  const unsigned short day = start_day < month_end ? start_day : month_end;
  return {year, month, day};
}

std::optional<std::string> date_problem(const AftersalesRequest& r) {
  if (r.requested.is_special()) return "the request day is missing";
  if (r.purchased.is_special()) return "the purchase day is missing";
  for (const date day : {r.requested, r.purchased, r.signed_for}) {
    if (!day.is_special() && day.year() > last_supported_year) {
      return fmt::format("dates after {} are not supported", last_supported_year);
    }
  }
  if (r.purchased > r.requested) {
    return fmt::format("purchased {}, after the request on {}", iso(r.purchased), iso(r.requested));
  }
  if (!r.signed_for.is_special() && r.signed_for < r.purchased) {
    return fmt::format("signed for {}, before the purchase on {}", iso(r.signed_for),
                       iso(r.purchased));
  }
  if (!r.signed_for.is_special() && r.signed_for > r.requested) {
    return fmt::format("signed for {}, after the request on {}", iso(r.signed_for),
                       iso(r.requested));
  }
  if (r.failed_repairs < 0) return std::string("failed repairs cannot be negative");
  return std::nullopt;
}

std::string_view goods_noun(GoodsNature nature) {
  switch (nature) {
    case GoodsNature::custom_made:
      return "custom-made goods";
    case GoodsNature::perishable:
      return "fresh, live or perishable goods";
    case GoodsNature::digital_content_opened:
      return "digital content downloaded or unsealed";
    case GoodsNature::newspapers_periodicals:
      return "newspapers and periodicals";
    case GoodsNature::ordinary:
      break;
  }
  return "ordinary goods";
}

class Decision {
 public:
  Decision(const AftersalesRequest& request, const AftersalesPolicy& policy)
      : r_(request), t_(policy.terms()), policy_(policy) {}

  Entitlement no_reason_return() {
    const int limit = t_.no_reason_return_days;
    bool blocked = false;
    const auto block = [&](EntitlementRule rule, std::string text) {
      decline(rule, std::move(text));
      blocked = true;
    };
    if (!r_.bought_at_distance) {
      block(EntitlementRule::not_distance_sale,
            "the no-reason return applies only to goods bought online, by phone or by mail");
    }
    if (r_.nature != GoodsNature::ordinary) {
      block(EntitlementRule::statutory_exception,
            fmt::format("{} are excluded from the no-reason return by law", goods_noun(r_.nature)));
    }
    if (policy_.excluded_from_no_reason_return(r_.product_type)) {
      block(EntitlementRule::shop_exclusion,
            fmt::format("'{}' was announced at sale as excluded from the no-reason return",
                        r_.product_type));
    }
    if (!r_.intact) {
      block(EntitlementRule::not_intact,
            "goods returned without reason must be complete and resaleable");
    }
    if (r_.signed_for.is_special()) {
      block(EntitlementRule::no_reason_return, "the goods have not been signed for yet");
    } else {
      const auto day = (r_.requested - r_.signed_for).days();
      std::string text = fmt::format(
          "{}-day no-reason return: signed for {}, days 1-{} run {} to {}, requested {} (day {})",
          limit, iso(r_.signed_for), limit, iso(r_.signed_for + days(1)),
          iso(r_.signed_for + days(limit)), iso(r_.requested), day);
      if (day > limit) {
        if (!blocked) {
          late(Remedy::refund, fmt::format("{}-day no-reason return ended {}", limit,
                                           iso(r_.signed_for + days(limit))));
        }
        block(EntitlementRule::no_reason_return, text + ": too late");
      } else if (!blocked) {
        offer(Remedy::refund, EntitlementRule::no_reason_return, std::move(text));
      }
    }
    if (!e_.options.empty()) {
      e_.return_shipping =
          t_.shop_pays_no_reason_shipping ? ShippingPayer::shop : ShippingPayer::customer;
    }
    return std::move(e_);
  }

  Entitlement fault() {
    e_.proofs = {ProofKind::photos_or_video, ProofKind::proof_of_purchase};
    if (r_.damaged_by_misuse) {
      offer(Remedy::paid_repair, EntitlementRule::misuse,
            "damage from misuse is covered neither by the three guarantees nor by the warranty: "
            "paid repair with a quote");
      e_.return_shipping = ShippingPayer::customer;
      quote();
      return std::move(e_);
    }
    if (r_.arrived_damaged && r_.safety_concern) {
      const std::string text =
          "arrived damaged and the customer fears it is not safe to use: a new item is reshipped "
          "first and the damaged one need not be sent back; a refund if the customer asks";
      offer(Remedy::reship, EntitlementRule::damaged_on_arrival, text);
      offer(Remedy::refund, EntitlementRule::damaged_on_arrival, text);
      return std::move(e_);
    }
    const auto day = (r_.requested - r_.purchased).days();
    const int months = policy_.warranty_months(r_.product_type);
    const date last_day = last_day_of_months(r_.purchased, months);
    const bool in_warranty = months > 0 && r_.requested <= last_day;
    const std::string goods =
        r_.product_type.empty() ? std::string("unnamed goods") : "'" + r_.product_type + "'";
    const std::string warranty =
        fmt::format("warranty of {} months for {} from {}", months, goods, iso(r_.purchased));
    const int needed = t_.failed_repairs_for_replacement;

    if (day <= t_.exchange_days && !(in_warranty && r_.failed_repairs >= needed)) {
      const bool may_return = day <= t_.return_days;
      const auto rule = may_return ? EntitlementRule::three_guarantees_return
                                   : EntitlementRule::three_guarantees_exchange;
      const std::string text = fmt::format(
          "three guarantees (三包): fault reported {} on day {} after the purchase on {}, within "
          "{} days: {}",
          iso(r_.requested), day, iso(r_.purchased), may_return ? t_.return_days : t_.exchange_days,
          may_return ? "return, exchange or repair" : "exchange or repair");
      if (may_return) {
        offer(Remedy::refund, rule, text);
      } else {
        decline(EntitlementRule::three_guarantees_return,
                fmt::format("three guarantees (三包): return only within {} days, until {}",
                            t_.return_days, iso(r_.purchased + days(t_.return_days))));
        late_three_guarantees(Remedy::refund, t_.return_days);
      }
      offer(Remedy::exchange, rule, text);
      offer(Remedy::repair, rule, text);
    } else if (in_warranty && r_.failed_repairs >= needed) {
      const std::string text = fmt::format(
          "three guarantees (三包): {} repairs within the {} (through {}) did not fix the fault: "
          "exchange or return",
          r_.failed_repairs, warranty, iso(last_day));
      offer(Remedy::refund, EntitlementRule::failed_repairs, text);
      offer(Remedy::exchange, EntitlementRule::failed_repairs, text);
      e_.proofs.push_back(ProofKind::repair_records);
    } else if (in_warranty) {
      std::string text = fmt::format("{} runs through {}, requested {}: free repair", warranty,
                                     iso(last_day), iso(r_.requested));
      if (r_.failed_repairs > 0) {
        text += fmt::format("; {} failed repair(s) so far, exchange or return after {}",
                            r_.failed_repairs, needed);
        e_.proofs.push_back(ProofKind::repair_records);
      }
      offer(Remedy::repair, EntitlementRule::warranty_repair, std::move(text));
      decline(EntitlementRule::three_guarantees_exchange,
              fmt::format("three guarantees (三包): exchange only within {} days, until {}",
                          t_.exchange_days, iso(r_.purchased + days(t_.exchange_days))));
      late_three_guarantees(Remedy::refund, t_.return_days);
      late_three_guarantees(Remedy::exchange, t_.exchange_days);
    } else {
      const std::string text =
          months == 0 ? fmt::format(
                            "no warranty for {} beyond {} days, requested {}: paid repair with a "
                            "quote",
                            goods, t_.exchange_days, iso(r_.requested))
                      : fmt::format("{} ended {}, requested {}: paid repair with a quote", warranty,
                                    iso(last_day), iso(r_.requested));
      offer(Remedy::paid_repair, EntitlementRule::out_of_warranty, text);
      late_three_guarantees(Remedy::refund, t_.return_days);
      late_three_guarantees(Remedy::exchange, t_.exchange_days);
      quote();
    }
    e_.return_shipping =
        e_.allows(Remedy::paid_repair) ? ShippingPayer::customer : ShippingPayer::shop;
    return std::move(e_);
  }

 private:
  // A remedy whose period ended: the special-approval route instead of a flat refusal.
  void late(Remedy remedy, const std::string& period) {
    e_.special_approval.push_back(
        {remedy,
         {EntitlementRule::special_approval,
          fmt::format("{}, requested {}: may be submitted for special approval (特殊审批) instead "
                      "of being refused",
                      period, iso(r_.requested))}});
  }
  void late_three_guarantees(Remedy remedy, int period_days) {
    late(remedy, fmt::format("three guarantees (三包): {} within {} days ended {}",
                             remedy == Remedy::refund ? "return" : "exchange", period_days,
                             iso(r_.purchased + days(period_days))));
  }
  void quote() {
    e_.repair_quote = RepairQuote{policy_.spare_part_lead_business_days(r_.product_type), {}};
  }
  void offer(Remedy remedy, EntitlementRule rule, std::string text) {
    e_.options.push_back({remedy, {rule, std::move(text)}});
  }
  void decline(EntitlementRule rule, std::string text) {
    e_.declined.push_back({rule, std::move(text)});
  }

  const AftersalesRequest& r_;
  const AftersalesPolicy::Terms& t_;
  const AftersalesPolicy& policy_;
  Entitlement e_;
};

}  // namespace

Entitlement decide_entitlement(const AftersalesRequest& request, const AftersalesPolicy& policy) {
  if (auto problem = date_problem(request)) {
    Entitlement refused;
    refused.refusal = std::move(problem);
    return refused;
  }
  Decision decision(request, policy);
  return request.claim == Claim::fault ? decision.fault() : decision.no_reason_return();
}

Entitlement decide_entitlement(const AftersalesRequest& request, const AftersalesPolicy& policy,
                               const BusinessCalendar& calendar) {
  Entitlement entitlement = decide_entitlement(request, policy);
  if (entitlement.repair_quote && entitlement.repair_quote->spare_part_business_days) {
    entitlement.repair_quote->spare_part_by = calendar.add_business_days(
        request.requested, *entitlement.repair_quote->spare_part_business_days);
  }
  if (!entitlement.allows(Remedy::refund) && !entitlement.allows(Remedy::exchange) &&
      !entitlement.allows(Remedy::reship)) {
    return entitlement;
  }
  const auto& terms = policy.terms();
  ReturnDeadlines deadlines;
  if (entitlement.return_shipping != ShippingPayer::none) {
    deadlines.pickup_by = calendar.add_business_days(request.requested, terms.pickup_business_days);
  }
  deadlines.completed_by =
      calendar.add_business_days(request.requested, terms.completion_business_days);
  if (entitlement.allows(Remedy::refund) && !request.returned_goods_received_at.is_special()) {
    deadlines.refund_by = request.returned_goods_received_at + terms.refund_after_receipt;
  }
  entitlement.deadlines = deadlines;
  return entitlement;
}

}  // namespace kefu
