#pragma once
// Case -> KPI record: a workflow case as the KPI accumulators count it, with the reply deadline
// taken from the case's own SLA clocks instead of being worked out again by the host.

#include <kefu/kpi/case_record.hpp>
#include <kefu/kpi/ticket_record.hpp>
#include <kefu/workflow/case.hpp>

namespace kefu {

// kpi::to_case_record(c.ticket, context), where the reply deadline (reply_due) is the deadline
// of the case's first-response clock (sla::clocks::first_response, the first answer to the
// customer, which is what replied_at records) unless the context gives one. A case whose
// policy runs no first-response clock gets none; an inquiry without one is refused by
// kpi::Accumulator::add ("case record: inquiry without a reply deadline"). The agent is the
// ticket's first-contact owner (Ticket::owner, "li.na") unless the context names another.
kpi::CaseRecord kpi_record(const Case& c, kpi::CaseContext context = {});

}  // namespace kefu
