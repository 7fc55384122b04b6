#include <kefu/workflow/kpi_record.hpp>

namespace kefu {

kpi::CaseRecord kpi_record(const Case& c, kpi::CaseContext context) {
  if (!context.reply_due) {
    if (const sla::Clock* clock = c.clock(sla::clocks::first_response)) {
      context.reply_due = clock->deadline();
    }
  }
  return kpi::to_case_record(c.ticket, context);
}

}  // namespace kefu
