// helpdesk kpi: the month's scorecard from the stored events, every case replayed into the kpi
// module's accumulator.
#include "helpdesk.hpp"
#include <kefu/kpi/scorecard.hpp>
#include <kefu/workflow/kpi_record.hpp>

#include <algorithm>

namespace helpdesk {

std::string Helpdesk::kpi(kefu::kpi::Month month, kefu::report::Format format,
                          kefu::report::Language language) {
  kefu::kpi::Accumulator accumulator = config_.accumulator();
  for (const std::string& ticket : tickets()) {
    if (const kefu::Case* c = find_case(ticket)) accumulator.add(kefu::kpi_record(*c));
  }
  kefu::kpi::Scorecard card = kefu::kpi::scorecard(accumulator, config_.kpi_targets);
  auto& sections = card.sections;
  sections.erase(std::remove_if(sections.begin(), sections.end(),
                                [&](const auto& section) { return section.key.month != month; }),
                 sections.end());
  return kefu::report::render(card, format, language);
}

}  // namespace helpdesk
