#include <kefu/workflow/open_case.hpp>

namespace kefu {

events::Open open_event(const Classification& classification, Intake intake) {
  const CaseFacts facts{intake.channel, classification.category, classification.scenario,
                        classification.priority, intake.tier};
  return events::Open{std::move(intake.owner), std::move(intake.id), facts,
                      std::move(intake.repeat_of), std::move(intake.note)};
}

Case open_case(const Workflow& workflow, const Classification& classification, Intake intake,
               boost::posix_time::ptime at) {
  return workflow.open(open_event(classification, std::move(intake)), at, classification.flags);
}

}  // namespace kefu
