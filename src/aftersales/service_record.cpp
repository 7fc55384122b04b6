// fmt output of service records (masked by default, in clear through kefu::unmasked) and the
// check of their return and exchange details.

#include <kefu/aftersales/masking.hpp>
#include <kefu/aftersales/service_record.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>
#include <boost/date_time/posix_time/posix_time.hpp>

#include <fmt/format.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace {

// ¥1999.00 from 199900 fen; the magnitude is taken unsigned so that INT64_MIN prints too.
std::string yuan(std::int64_t fen) {
  const std::uint64_t magnitude =
      fen < 0 ? 0 - static_cast<std::uint64_t>(fen) : static_cast<std::uint64_t>(fen);
  return fmt::format("{}¥{}.{:02}", fen < 0 ? "-" : "", magnitude / 100, magnitude % 100);
}

std::string joined(const std::vector<std::string>& items, bool masked) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += "; ";
    out += masked ? kefu::mask_personal_data(item) : item;
  }
  return out;
}

std::string render(const kefu::ServiceRecord& r, bool masked) {
  const auto text = [&](const std::string& value) {
    return masked ? kefu::mask_personal_data(value) : value;
  };
  std::string out = fmt::format("service number: {}\n", r.number);
  const auto line = [&out](std::string_view field, const std::string& value) {
    if (!value.empty()) out += fmt::format("{}: {}\n", field, value);
  };
  const auto instant = [&](std::string_view field, boost::posix_time::ptime at) {
    if (!at.is_special()) {
      out += fmt::format("{}: {}Z\n", field, boost::posix_time::to_iso_extended_string(at));
    }
  };
  line("customer", masked ? kefu::mask_name(r.customer_name) : r.customer_name);
  const bool email = r.contact.find('@') != std::string::npos;
  line("contact", !masked ? r.contact
                  : email ? kefu::mask_email(r.contact)
                          : kefu::mask_phone(r.contact));
  line("product model", r.product_model);
  line("serial number", r.serial_number);
  if (!r.purchase_date.is_special()) {
    line("purchase date", boost::gregorian::to_iso_extended_string(r.purchase_date));
  }
  if (r.scenario != kefu::Scenario::none) {
    line("scenario", fmt::format("{} ({})", r.scenario, kefu::chinese_label(r.scenario)));
  }
  line("problem", text(r.problem));
  for (std::size_t i = 0; i < r.handling_steps.size(); ++i) {
    line(fmt::format("step {}", i + 1), text(r.handling_steps[i]));
  }
  line("result", text(r.result));
  line("handler", r.handler_role + (masked ? kefu::mask_name(r.handler) : r.handler));
  if (r.refund_fen) line("refund amount", yuan(*r.refund_fen));
  line("returned items", joined(r.returned_items, masked));
  line("replacement items", joined(r.replacement_items, masked));
  line("exchange reason", text(r.exchange_reason));
  instant("received", r.received_at);
  instant("responded", r.responded_at);
  instant("resolved", r.resolved_at);
  if (r.rating) line("rating", fmt::format("{} ({})", *r.rating, kefu::chinese_label(*r.rating)));
  return out;
}

}  // namespace

std::vector<std::string_view> kefu::missing_return_details(const ServiceRecord& record) {
  std::vector<std::string_view> missing;
  const bool exchange = !record.replacement_items.empty() || !record.exchange_reason.empty();
  const bool refund = record.refund_fen || !record.returned_items.empty();
  if (exchange) {
    if (record.exchange_reason.empty()) missing.push_back("exchange reason");
    if (record.returned_items.empty()) missing.push_back("returned items");
    if (record.replacement_items.empty()) missing.push_back("replacement items");
  } else if (refund) {
    if (record.returned_items.empty()) missing.push_back("returned items");
    if (!record.refund_fen) missing.push_back("refund amount");
  }
  return missing;
}

fmt::format_context::iterator fmt::formatter<kefu::ServiceRecord>::format(
    const kefu::ServiceRecord& record, fmt::format_context& ctx) const {
  return fmt::formatter<fmt::string_view>::format(render(record, true), ctx);
}

fmt::format_context::iterator fmt::formatter<kefu::UnmaskedServiceRecord>::format(
    const kefu::UnmaskedServiceRecord& view, fmt::format_context& ctx) const {
  return fmt::formatter<fmt::string_view>::format(render(view.record, false), ctx);
}
