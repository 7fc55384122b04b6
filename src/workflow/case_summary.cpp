// kefu::CaseSummary: a case flattened for indexed columns.

#include <kefu/workflow/case_summary.hpp>

#include <tuple>

namespace kefu {

CaseSummary summarize(const Case& c) { return summarize(c, c.checked_until); }

CaseSummary summarize(const Case& c, boost::posix_time::ptime now) {
  const Ticket& t = c.ticket;
  CaseSummary s;
  static_cast<CaseFacts&>(s) = t;
  s.id = t.id;
  s.state = t.state;
  s.handler = t.handler;
  s.escalation = t.escalation;
  s.flags = c.flags;
  s.updated_at = t.updated_at;
  s.checked_until = c.checked_until;
  s.next_check = c.next_due;
  s.as_of = now;
  s.clocks.reserve(c.clocks.size());
  for (const sla::Clock& clock : c.clocks) {
    s.clocks.push_back(
        {clock.target().clock, clock.deadline(), clock.status(now), clock.provisional()});
  }
  return s;
}

bool operator==(const ClockSummary& a, const ClockSummary& b) {
  return std::tie(a.clock, a.deadline, a.status, a.provisional) ==
         std::tie(b.clock, b.deadline, b.status, b.provisional);
}

bool operator==(const CaseSummary& a, const CaseSummary& b) {
  const auto tie = [](const CaseSummary& s) {
    return std::tie(static_cast<const CaseFacts&>(s), s.id, s.state, s.handler, s.escalation,
                    s.flags, s.updated_at, s.checked_until, s.next_check, s.as_of, s.clocks);
  };
  return tie(a) == tie(b);
}

}  // namespace kefu
