#pragma once
// kefu::EventRecord: one accepted event in a ticket's append-only history. It keeps the whole
// event with its payload, so replaying the history from scratch rebuilds the ticket, and the
// host's id for the event, so that an event delivered twice is recognised (Lifecycle::apply).

#include <kefu/lifecycle/events.hpp>

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <string>
#include <string_view>

namespace kefu {

struct EventRecord {
  Event event;
  boost::posix_time::ptime at;  // UTC instant the event happened
  // The host's id for this delivery of the event (a message id, a database key), unique within
  // the ticket's history; empty when the host gives none, and then nothing is deduplicated.
  std::string id = {};

  EventKind kind() const noexcept { return kind_of(event); }
  std::string_view name() const noexcept { return event_name(event); }
  const std::string& actor() const { return actor_of(event); }
  const std::string& note() const { return note_of(event); }
};

inline bool operator==(const EventRecord& a, const EventRecord& b) noexcept {
  return a.at == b.at && a.id == b.id && a.event == b.event;
}
inline bool operator!=(const EventRecord& a, const EventRecord& b) noexcept { return !(a == b); }

}  // namespace kefu
