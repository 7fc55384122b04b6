#pragma once
// Classification -> a new case: what the classifier decided about the first message (category,
// scenario, priority, flags) joined with what only the host knows (its case id, the channel,
// the first-contact owner, the customer's tier), so that no field is copied by hand.

#include <kefu/classify/classification.hpp>
#include <kefu/core/channel.hpp>
#include <kefu/core/customer_tier.hpp>
#include <kefu/lifecycle/events.hpp>
#include <kefu/workflow/case.hpp>
#include <kefu/workflow/workflow.hpp>

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <string>

namespace kefu {

// What the host knows about a new contact that the classifier cannot.
struct Intake {
  std::string id;     // the host's case id
  std::string owner;  // the agent who took the contact: first-contact owner (首问负责人)
  Channel channel = Channel::phone;
  CustomerTier tier = CustomerTier::regular;
  std::string repeat_of{};  // id of the earlier complaint this one repeats (重复投诉), or empty
  std::string note{};
};

// The Open event: actor, id, channel, tier, repeat_of and note from the intake; category,
// scenario and priority from the classification.
events::Open open_event(const Classification& classification, Intake intake);

// The new case: workflow.open(open_event(classification, intake), at, classification.flags).
// Throws kefu::argument_error for an empty id or owner or a missing instant, like
// Workflow::open.
Case open_case(const Workflow& workflow, const Classification& classification, Intake intake,
               boost::posix_time::ptime at);

}  // namespace kefu
