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
// policy runs no first-response clock has none, and the KPI counts it as the accumulator says
// for a record without a deadline.
kpi::CaseRecord kpi_record(const Case& c, kpi::CaseContext context = {});

}  // namespace kefu
