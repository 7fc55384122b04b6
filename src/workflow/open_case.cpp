#include <kefu/workflow/open_case.hpp>

namespace kefu {

events::Open open_event(const Classification& classification, Intake intake) {
  events::Open open{std::move(intake.owner)};
  open.id = std::move(intake.id);
  open.channel = intake.channel;
  open.category = classification.category;
  open.scenario = classification.scenario;
  open.priority = classification.priority;
  open.tier = intake.tier;
  open.repeat_of = std::move(intake.repeat_of);
  open.note = std::move(intake.note);
  return open;
}

Case open_case(const Workflow& workflow, const Classification& classification, Intake intake,
               boost::posix_time::ptime at) {
  return workflow.open(open_event(classification, std::move(intake)), at, classification.flags);
}

}  // namespace kefu
