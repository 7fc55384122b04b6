#pragma once
// kefu::kpi::CaseRecord: one customer case (ticket) as it stands when the month is counted.
// All instants are UTC. The fields are the ones a kefu::Ticket carries, so a ticket converts
// field by field (kefu/kpi/ticket_record.hpp). Add each case once, with its whole history:
// its re-complaints count in the months they happened (docs/rules.md §kpi).

#include <kefu/core/category.hpp>
#include <kefu/core/channel.hpp>
#include <kefu/core/customer_tier.hpp>
#include <kefu/core/rating.hpp>

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <optional>
#include <string>
#include <vector>

namespace kefu::kpi {

struct CaseRecord {
  // When the case was accepted (受理); its month in the team's time zone is the month the
  // case counts in, and answer times run from here.
  boost::posix_time::ptime opened_at;
  Category category = Category::inquiry;
  Channel channel = Channel::phone;
  CustomerTier tier = CustomerTier::regular;  // key_account: key-account satisfaction
  bool cross_province = false;                // 跨省: cross-province complaint satisfaction
  // First reply to the customer, and the reply deadline the SLA set for it. Inquiries need a
  // deadline: without one, 咨询回复及时率 cannot be judged.
  std::optional<boost::posix_time::ptime> replied_at;
  std::optional<boost::posix_time::ptime> reply_due;
  // When the case was solved and the result answered to the customer (the last time, if it
  // was reopened); complaint answer time is resolved_at - opened_at.
  std::optional<boost::posix_time::ptime> resolved_at;
  std::optional<Rating> rating;
  // A complaint opened about an earlier complaint already accepted or answered (重复投诉,
  // events::Open::repeat_of): a repeat event in the month of opened_at.
  bool opened_as_repeat = false;
  bool resolved_at_first_contact = false;  // here, not after reopened_at: no padding
  // Every reopen after a resolution, in any order. For a complaint each one is a re-complaint
  // (重复投诉事件) in its own month.
  std::vector<boost::posix_time::ptime> reopened_at;
  // The first-contact owner (首问负责), by the id the tickets use (Ticket::owner, "li.na");
  // empty = none.
  std::string agent;

  // Reopened at least once after being resolved.
  bool reopened() const noexcept { return !reopened_at.empty(); }
};

}  // namespace kefu::kpi
