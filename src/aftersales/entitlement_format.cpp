// fmt output of the after-sales vocabulary and of an Entitlement.

#include <kefu/aftersales/entitlement.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>
#include <boost/date_time/posix_time/posix_time.hpp>

#include <fmt/format.h>

#include <string>

#define KEFU_DEFINE_NAME_FORMATTER(Type)                                                           \
  fmt::format_context::iterator fmt::formatter<Type>::format(Type value, fmt::format_context& ctx) \
      const {                                                                                      \
    return fmt::formatter<fmt::string_view>::format(kefu::to_string(value), ctx);                  \
  }

KEFU_DEFINE_NAME_FORMATTER(kefu::Claim)
KEFU_DEFINE_NAME_FORMATTER(kefu::GoodsNature)
KEFU_DEFINE_NAME_FORMATTER(kefu::Remedy)
KEFU_DEFINE_NAME_FORMATTER(kefu::EntitlementRule)
KEFU_DEFINE_NAME_FORMATTER(kefu::ProofKind)
KEFU_DEFINE_NAME_FORMATTER(kefu::ShippingPayer)

fmt::format_context::iterator fmt::formatter<kefu::Entitlement>::format(
    const kefu::Entitlement& e, fmt::format_context& ctx) const {
  std::string out;
  if (e.refused()) {
    out = fmt::format("refused: {}\n", *e.refusal);
    return fmt::formatter<fmt::string_view>::format(out, ctx);
  }
  if (e.options.empty()) out += "options: none\n";
  for (const auto& option : e.options) {
    out += fmt::format("option {} ({}): {}\n", option.remedy, kefu::chinese_label(option.remedy),
                       option.reason.text);
  }
  for (const auto& reason : e.declined) {
    out += fmt::format("declined by {}: {}\n", reason.rule, reason.text);
  }
  for (const auto& late : e.special_approval) {
    out += fmt::format("special approval for {} ({}): {}\n", late.remedy,
                       kefu::chinese_label(late.remedy), late.reason.text);
  }
  if (!e.proofs.empty()) {
    out += "proofs:";
    for (const auto proof : e.proofs) {
      out += fmt::format(" {} ({})", proof, kefu::chinese_label(proof));
    }
    out += '\n';
  }
  out += fmt::format("return shipping: {} ({})\n", e.return_shipping,
                     kefu::chinese_label(e.return_shipping));
  if (e.deadlines) {
    if (!e.deadlines->pickup_by.is_special()) {
      out += fmt::format("pickup by: {}\n",
                         boost::gregorian::to_iso_extended_string(e.deadlines->pickup_by));
    }
    out += fmt::format("completed by: {}\n",
                       boost::gregorian::to_iso_extended_string(e.deadlines->completed_by));
    if (!e.deadlines->refund_by.is_special()) {
      out += fmt::format("refund by: {}Z\n",
                         boost::posix_time::to_iso_extended_string(e.deadlines->refund_by));
    }
  }
  if (e.repair_quote) {
    const auto& quote = *e.repair_quote;
    const auto plural = [](int n) { return n == 1 ? "" : "s"; };
    if (!quote.spare_part_business_days) {
      out += "quote: spare-part lead time unknown, ask the parts department\n";
    } else if (quote.spare_part_by.is_special()) {
      out +=
          fmt::format("quote: spare part in {} business days\n", *quote.spare_part_business_days);
    } else {
      out += fmt::format("quote: spare part in {} business day{}, by {}\n",
                         *quote.spare_part_business_days, plural(*quote.spare_part_business_days),
                         boost::gregorian::to_iso_extended_string(quote.spare_part_by));
    }
  }
  return fmt::formatter<fmt::string_view>::format(out, ctx);
}
