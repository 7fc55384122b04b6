#pragma once
// kefu::kpi::CallRecord: one call as the host's telephony system saw it. All instants are UTC.

#include <kefu/core/channel.hpp>

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <optional>
#include <string>

namespace kefu::kpi {

struct CallRecord {
  // When the customer dialled the hotline (a call offered to the system); its month in the
  // team's time zone is the month the call counts in.
  boost::posix_time::ptime dialled_at;
  // The system took the call (not busy, not failed): system connection rate.
  bool connected = false;
  Channel channel = Channel::phone;  // next to connected: no padding between them
  // The caller asked for a human (left the IVR for the agent queue), and when.
  std::optional<boost::posix_time::ptime> human_requested_at;
  // A human answered, and when; waits are measured from human_requested_at.
  std::optional<boost::posix_time::ptime> answered_at;
  // The caller hung up while waiting for a human, and when.
  std::optional<boost::posix_time::ptime> abandoned_at;
  // Talk + hold + after-call work of an answered call.
  boost::posix_time::time_duration handle_time{};
  // The agent who took the call, by the id the tickets give people ("li.na"); empty = none.
  std::string agent;
};

}  // namespace kefu::kpi
