#include <kefu/kpi/ticket_record.hpp>

#include <algorithm>

namespace kefu::kpi {

namespace {

std::optional<boost::posix_time::ptime> if_reached(boost::posix_time::ptime milestone) {
  if (!reached(milestone)) return std::nullopt;
  return milestone;
}

bool handled_in_one_contact(const Ticket& ticket) {
  return std::none_of(ticket.history.begin(), ticket.history.end(), [](const EventRecord& r) {
    return r.kind() == EventKind::transfer || r.kind() == EventKind::request_info;
  });
}

}  // namespace

CaseRecord to_case_record(const Ticket& ticket, const CaseContext& context) {
  CaseRecord record;
  record.opened_at = ticket.milestones.opened;
  record.category = ticket.category;
  record.channel = ticket.channel;
  record.tier = ticket.tier;
  record.cross_province = context.cross_province;
  record.replied_at = if_reached(ticket.milestones.first_response);
  record.reply_due = context.reply_due;
  record.resolved_at = if_reached(ticket.milestones.resolved);
  record.rating = ticket.rating;
  record.opened_as_repeat = ticket.category == Category::complaint && !ticket.repeat_of.empty();
  for (const EventRecord& r : ticket.history) {
    if (r.kind() == EventKind::reopen) record.reopened_at.push_back(r.at);
  }
  record.resolved_at_first_contact =
      record.resolved_at && !record.reopened() && handled_in_one_contact(ticket);
  record.agent = context.agent.empty() ? ticket.owner : context.agent;
  return record;
}

}  // namespace kefu::kpi
