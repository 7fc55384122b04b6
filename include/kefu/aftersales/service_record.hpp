#pragma once
// kefu::ServiceRecord: the service record of domain.md §6. Formatting it with fmt masks the
// customer's name and contact and scrubs the free text (kefu/aftersales/masking.hpp), so that
// a record can go to a log or a screen as it is; fmt::format("{}", kefu::unmasked(record))
// prints everything, for the places allowed to see it. Purchase proof numbers are verified,
// not recorded, so the record has no field for them.

#include <kefu/aftersales/service_number.hpp>
#include <kefu/core/rating.hpp>
#include <kefu/core/scenario.hpp>

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <fmt/core.h>

#include <optional>
#include <string>
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
  std::string handler;  // the agent's name or id
  // UTC instants; not_a_date_time while still pending.
  boost::posix_time::ptime received_at;
  boost::posix_time::ptime responded_at;
  boost::posix_time::ptime resolved_at;
  std::optional<Rating> rating;
};

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
