#pragma once
// kefu::EventRecord: one accepted event in a ticket's append-only history. It keeps the whole
// event with its payload, so replaying the history from scratch rebuilds the ticket.

#include <kefu/lifecycle/events.hpp>

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <string>
#include <string_view>

namespace kefu {

struct EventRecord {
  Event event;
  boost::posix_time::ptime at;  // UTC instant the event happened

  EventKind kind() const noexcept { return kind_of(event); }
  std::string_view name() const noexcept { return event_name(event); }
  const std::string& actor() const { return actor_of(event); }
  const std::string& note() const { return note_of(event); }
};

inline bool operator==(const EventRecord& a, const EventRecord& b) noexcept {
  return a.at == b.at && a.event == b.event;
}
inline bool operator!=(const EventRecord& a, const EventRecord& b) noexcept { return !(a == b); }

}  // namespace kefu
