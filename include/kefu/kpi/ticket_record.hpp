#pragma once
// kefu::kpi::to_case_record: a ticket as the KPI accumulators count it.

#include <kefu/kpi/case_record.hpp>
#include <kefu/lifecycle/ticket.hpp>

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <optional>
#include <string>

namespace kefu::kpi {

// What a CaseRecord needs that a ticket does not carry.
struct CaseContext {
  std::optional<boost::posix_time::ptime> reply_due;  // the reply deadline the SLA set
  bool cross_province = false;
  // The agent the case counts under; empty: the ticket's first-contact owner (Ticket::owner).
  std::string agent;

  friend bool operator==(const CaseContext& a, const CaseContext& b) noexcept {
    return a.reply_due == b.reply_due && a.cross_province == b.cross_province && a.agent == b.agent;
  }
  friend bool operator!=(const CaseContext& a, const CaseContext& b) noexcept { return !(a == b); }
};

// Field by field from the ticket: opened, first response as the reply, the last resolution,
// the rating of the last follow-up, opened as a repeat (a complaint with repeat_of set), and
// the instant of every reopen event in its history, and the first-contact owner (owner, the
// same string id the ticket gives people) as the agent unless the context names one. Resolved
// at first contact means resolved without a reopen, a transfer or a wait for the customer.
CaseRecord to_case_record(const Ticket& ticket, const CaseContext& context = {});

}  // namespace kefu::kpi
