#pragma once
// kefu::kpi::CaseRecord: one customer case (ticket) as it stands when the month is counted.
// All instants are UTC. The fields are the ones a kefu::Ticket carries, so a closed ticket
// converts field by field.

#include <kefu/core/category.hpp>
#include <kefu/core/channel.hpp>
#include <kefu/core/customer_tier.hpp>
#include <kefu/core/rating.hpp>

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <cstdint>
#include <optional>

namespace kefu::kpi {

struct CaseRecord {
  // When the case was accepted (受理); its month in the team's time zone is the month the
  // case counts in, and answer times run from here.
  boost::posix_time::ptime opened_at;
  Category category = Category::inquiry;
  Channel channel = Channel::phone;
  CustomerTier tier = CustomerTier::regular;  // key_account: key-account satisfaction
  bool cross_province = false;                // 跨省: cross-province complaint satisfaction
  // First reply to the customer, and the reply deadline the SLA set for it. Inquiries and
  // complaints need a deadline: without one, timeliness cannot be judged.
  std::optional<boost::posix_time::ptime> replied_at;
  std::optional<boost::posix_time::ptime> reply_due;
  // When the case was solved and the result answered to the customer (the last time, if it
  // was reopened); complaint answer time is resolved_at - opened_at.
  std::optional<boost::posix_time::ptime> resolved_at;
  std::optional<Rating> rating;
  bool repeat_complaint = false;  // 重复投诉: a complaint about an accepted or answered one
  bool resolved_at_first_contact = false;
  bool reopened = false;    // reopened at least once after being resolved
  std::uint32_t agent = 0;  // the first-contact owner (首问负责); 0 = none
};

}  // namespace kefu::kpi
