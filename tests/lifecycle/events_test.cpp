// kefu::events and kefu::Event: kinds, names, actor and note, equality; EventRecord.

#include "fixtures.hpp"
#include <kefu/lifecycle/event_record.hpp>
#include <kefu/lifecycle/events.hpp>

#include <doctest/doctest.h>

namespace events = kefu::events;

TEST_CASE("an event knows its kind, name, actor and note") {
  const kefu::Event e = events::Transfer{"agent-a", "tech-b", "needs a technician"};
  CHECK(kefu::kind_of(e) == kefu::EventKind::transfer);
  CHECK(kefu::event_name(e) == "transfer");
  CHECK(kefu::actor_of(e) == "agent-a");
  CHECK(kefu::note_of(e) == "needs a technician");
  CHECK(kefu::event_name(events::FirstResponse{"agent-a"}) == "first_response");
  CHECK(kefu::event_name(events::Cancel{"agent-a", "spam"}) == "cancel");
}

TEST_CASE("events compare by kind and every payload field") {
  CHECK(kefu::Event{events::Close{"a", "r"}} == kefu::Event{events::Close{"a", "r"}});
  CHECK(kefu::Event{events::Close{"a", "r"}} != kefu::Event{events::Close{"a", "other"}});
  CHECK(kefu::Event{events::Resolve{"a"}} != kefu::Event{events::Confirm{"a"}});
  CHECK(events::Triage{"a", kefu::Category::complaint} != events::Triage{"a"});
  CHECK(events::FollowUp{"a", kefu::Rating::unsatisfied} != events::FollowUp{"a"});
}

TEST_CASE("an event record exposes the event's name, actor and note") {
  const kefu::EventRecord r{events::FollowUp{"agent-a", kefu::Rating::satisfied, "happy"},
                            kefu::test::at_minute(7)};
  CHECK(r.kind() == kefu::EventKind::follow_up);
  CHECK(r.name() == "follow_up");
  CHECK(r.actor() == "agent-a");
  CHECK(r.note() == "happy");
  CHECK(r.at == kefu::test::at_minute(7));
  kefu::EventRecord later = r;
  later.at = kefu::test::at_minute(8);
  CHECK(r != later);
}
