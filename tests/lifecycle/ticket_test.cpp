// kefu::Ticket: opening a case, equality, repeat complaints.

#include "fixtures.hpp"
#include <kefu/core/error.hpp>
#include <kefu/lifecycle/ticket.hpp>

#include <doctest/doctest.h>

using kefu::test::at_minute;

TEST_CASE("a new ticket is received, owned and handled by its first contact") {
  const kefu::Ticket t = kefu::Ticket::open(
      "SR20261124001",
      {kefu::Channel::phone, kefu::Category::after_sales, kefu::Scenario::fault_repair,
       kefu::Priority::high, kefu::CustomerTier::key_account},
      "agent-zhang", at_minute(3));
  CHECK(t.id == "SR20261124001");
  CHECK(t.channel == kefu::Channel::phone);
  CHECK(t.category == kefu::Category::after_sales);
  CHECK(t.scenario == kefu::Scenario::fault_repair);
  CHECK(t.priority == kefu::Priority::high);
  CHECK(t.tier == kefu::CustomerTier::key_account);
  CHECK(t.owner == "agent-zhang");
  CHECK(t.handler == "agent-zhang");
  CHECK(t.state == kefu::State::received);
  CHECK(t.escalation == kefu::EscalationLevel::none);
  CHECK(t.milestones.opened == at_minute(3));
  CHECK_FALSE(kefu::reached(t.milestones.first_response));
  CHECK(t.updated_at == at_minute(3));
  CHECK_FALSE(t.rating.has_value());
  CHECK(t.reopen_count == 0);
  CHECK(t.repeat_of.empty());
  REQUIRE(t.history.size() == 1);
  CHECK(t.history[0].kind() == kefu::EventKind::open);
  CHECK(t.history[0].at == at_minute(3));
  const auto& open = std::get<kefu::events::Open>(t.history[0].event);
  CHECK(open.id == "SR20261124001");
  CHECK(open.facts.tier == kefu::CustomerTier::key_account);
}

TEST_CASE("opening a ticket without an id, an owner or a time is refused") {
  const auto open = [](std::string id, std::string owner, boost::posix_time::ptime at) {
    return kefu::Ticket::open(std::move(id),
                              {kefu::Channel::email, kefu::Category::inquiry, kefu::Scenario::none,
                               kefu::Priority::low, kefu::CustomerTier::regular},
                              std::move(owner), at);
  };
  CHECK_THROWS_WITH_AS(open("", "agent-a", at_minute(0)), "ticket open: empty id",
                       kefu::argument_error);
  CHECK_THROWS_WITH_AS(open("T-1", "", at_minute(0)), "ticket open: empty owner",
                       kefu::argument_error);
  CHECK_THROWS_WITH_AS(open("T-1", "agent-a", boost::posix_time::ptime()),
                       "ticket open: time is not a date and time", kefu::argument_error);
}

TEST_CASE("tickets compare equal field by field, history included") {
  const kefu::Ticket a = kefu::test::new_ticket();
  kefu::Ticket b = a;
  CHECK(a == b);
  b.milestones.closed = at_minute(9);
  CHECK(a != b);
  b = a;
  b.history.push_back({kefu::events::Triage{"agent-a"}, at_minute(1)});
  CHECK(a != b);
  b = a;
  b.rating = kefu::Rating::satisfied;
  CHECK(a != b);
}

TEST_CASE("a complaint is a repeat complaint when it links an earlier one or was reopened") {
  kefu::Ticket t = kefu::test::new_ticket(kefu::Category::complaint);
  CHECK_FALSE(t.is_repeat_complaint());
  t.repeat_of = "C-0001";
  CHECK(t.is_repeat_complaint());
  t.repeat_of.clear();
  t.repeat_complaints = 1;
  CHECK(t.is_repeat_complaint());
  t.category = kefu::Category::inquiry;
  CHECK_FALSE(t.is_repeat_complaint());
}
