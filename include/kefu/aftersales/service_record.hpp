#pragma once
// kefu::ServiceRecord: the service record of the quick-response guide's template, with the
// return and exchange details the Tmall role registers (rules.md §aftersales). Formatting it
// with fmt masks the customer's and the handler's names and the contact and scrubs the free
// text (kefu/aftersales/masking.hpp), so that a record can go to a log or a screen as it is;
// fmt::format("{}", kefu::unmasked(record)) prints everything, for the places allowed to see
// it. Order and invoice numbers are verified, not recorded: the record has no field for them,
// and scrubbing hides them in free text.

#include <kefu/aftersales/service_number.hpp>
#include <kefu/core/rating.hpp>
#include <kefu/core/scenario.hpp>

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <fmt/core.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kefu {

struct ServiceRecord {
  explicit ServiceRecord(ServiceNumber service_number) : number(std::move(service_number)) {}

  ServiceNumber number;
  std::string customer_name;
  std::string contact;  // a phone number or an e-mail address
  std::string product_model;
  std::string serial_number;
  boost::gregorian::date purchase_date;  // not_a_date_time when unknown
  Scenario scenario = Scenario::none;
  std::string problem;                      // the customer's description
  std::vector<std::string> handling_steps;  // in the order they were taken
  std::string result;
  std::string handler_role;  // 工程师, 客服, 主管: printed as it is, before the name
  std::string handler;       // the handler's name, masked as a name: 工程师李*
  // A return registers the goods returned and the refund amount; an exchange its reason, the
  // goods returned and the goods sent out (Tmall role).
  std::optional<std::int64_t> refund_fen;  // the refund in fen (分): ¥1999.00 is 199900
  std::vector<std::string> returned_items;
  std::vector<std::string> replacement_items;
  std::string exchange_reason;
  // UTC instants; not_a_date_time while still pending.
  boost::posix_time::ptime received_at;
  boost::posix_time::ptime responded_at;
  boost::posix_time::ptime resolved_at;
  std::optional<Rating> rating;
};

// What a return or exchange in `record` still lacks, by field name ("refund amount", "returned
// items", "exchange reason", "replacement items"). An exchange is a record with replacement
// items or an exchange reason, a return one with a refund or returned items and neither of
// those; a record with none of them is neither and lacks nothing.
std::vector<std::string_view> missing_return_details(const ServiceRecord& record);

// A view of a record that fmt prints without masking. Holds a reference: keep the record alive.
struct UnmaskedServiceRecord {
  const ServiceRecord& record;
};

// The explicit way to print customer data in clear.
inline UnmaskedServiceRecord unmasked(const ServiceRecord& record) noexcept { return {record}; }

}  // namespace kefu

// Both print one "field: value" line per filled field, the service number first; defined in
// src/aftersales/service_record.cpp.
template <>
struct fmt::formatter<kefu::ServiceRecord> : fmt::formatter<fmt::string_view> {
  format_context::iterator format(const kefu::ServiceRecord& record, format_context& ctx) const;
};

template <>
struct fmt::formatter<kefu::UnmaskedServiceRecord> : fmt::formatter<fmt::string_view> {
  format_context::iterator format(const kefu::UnmaskedServiceRecord& view,
                                  format_context& ctx) const;
};
