#include <kefu/kpi/accumulator.hpp>
#include <kefu/kpi/ticket_record.hpp>
#include <kefu/lifecycle/lifecycle.hpp>

#include <boost/date_time/posix_time/posix_time.hpp>

#include <doctest/doctest.h>

#include <vector>

using namespace kefu;
using boost::posix_time::time_from_string;

namespace {

Ticket complaint() {
  return Ticket::open("K1",
                      {Channel::phone, Category::complaint, Scenario::service_complaint,
                       Priority::normal, CustomerTier::key_account},
                      "agent_li", time_from_string("2025-10-31 15:30:00"));
}

}  // namespace

TEST_CASE("a handled complaint becomes the record the KPIs count") {
  const Lifecycle lifecycle;
  Ticket t = complaint();
  REQUIRE(lifecycle.apply(t, events::FirstResponse{"agent_li"},
                          time_from_string("2025-10-31 15:30:10")));
  REQUIRE(lifecycle.apply(t, events::Triage{"agent_li"}, time_from_string("2025-10-31 15:40:00")));
  REQUIRE(lifecycle.apply(t, events::Start{"agent_li"}, time_from_string("2025-10-31 15:41:00")));
  REQUIRE(lifecycle.apply(t, events::Resolve{"agent_li"}, time_from_string("2025-11-01 09:00:00")));
  events::FollowUp visit{"agent_li"};
  visit.rating = Rating::basically_satisfied;
  REQUIRE(lifecycle.apply(t, visit, time_from_string("2025-11-01 12:00:00")));

  kpi::CaseContext context;
  context.reply_due = time_from_string("2025-10-31 15:30:15");
  context.cross_province = true;
  context.agent = "wang.fang";  // the host counts it under another agent than the owner
  const kpi::CaseRecord r = kpi::to_case_record(t, context);
  CHECK(r.opened_at == time_from_string("2025-10-31 15:30:00"));
  CHECK(r.category == Category::complaint);
  CHECK(r.channel == Channel::phone);
  CHECK(r.tier == CustomerTier::key_account);
  CHECK(r.cross_province);
  CHECK(r.replied_at == time_from_string("2025-10-31 15:30:10"));
  CHECK(r.reply_due == time_from_string("2025-10-31 15:30:15"));
  CHECK(r.resolved_at == time_from_string("2025-11-01 09:00:00"));
  CHECK(r.rating == Rating::basically_satisfied);
  CHECK_FALSE(r.opened_as_repeat);
  CHECK(r.reopened_at.empty());
  CHECK(r.resolved_at_first_contact);
  CHECK(r.agent == "wang.fang");
}

TEST_CASE("a transferred or reopened case is not resolved at first contact") {
  const Lifecycle lifecycle;
  Ticket t = complaint();
  REQUIRE(lifecycle.apply(t, events::FirstResponse{"agent_li"},
                          time_from_string("2025-10-31 15:30:10")));
  REQUIRE(lifecycle.apply(t, events::Transfer{"agent_li", "expert_qian"},
                          time_from_string("2025-10-31 15:31:00")));
  REQUIRE(
      lifecycle.apply(t, events::Triage{"expert_qian"}, time_from_string("2025-10-31 15:40:00")));
  REQUIRE(
      lifecycle.apply(t, events::Start{"expert_qian"}, time_from_string("2025-10-31 15:41:00")));
  REQUIRE(
      lifecycle.apply(t, events::Resolve{"expert_qian"}, time_from_string("2025-10-31 18:00:00")));
  CHECK_FALSE(kpi::to_case_record(t).resolved_at_first_contact);

  Ticket u = complaint();
  REQUIRE(lifecycle.apply(u, events::FirstResponse{"agent_li"},
                          time_from_string("2025-10-31 15:30:10")));
  REQUIRE(lifecycle.apply(u, events::Triage{"agent_li"}, time_from_string("2025-10-31 15:40:00")));
  REQUIRE(lifecycle.apply(u, events::Start{"agent_li"}, time_from_string("2025-10-31 15:41:00")));
  REQUIRE(lifecycle.apply(u, events::Resolve{"agent_li"}, time_from_string("2025-10-31 18:00:00")));
  REQUIRE(lifecycle.apply(u, events::Reopen{"customer"}, time_from_string("2025-11-02 10:00:00")));
  const auto r = kpi::to_case_record(u);
  // The reopen is a re-complaint at its own instant; the complaint was not opened as one.
  CHECK(r.reopened_at ==
        std::vector<boost::posix_time::ptime>{time_from_string("2025-11-02 10:00:00")});
  CHECK_FALSE(r.opened_as_repeat);
  CHECK_FALSE(r.resolved_at);  // back in handling: the resolution no longer stands
  CHECK_FALSE(r.resolved_at_first_contact);
  CHECK_FALSE(r.replied_at == std::nullopt);
  CHECK_FALSE(r.reply_due);
}

TEST_CASE("a case counts under its first-contact owner's id, also after a transfer") {
  // 首问负责: the owner who took the case first stays answerable for it; a transfer changes the
  // handler, not the owner. So li.na's case handled by expert_qian counts under "li.na".
  const Lifecycle lifecycle;
  Ticket t = Ticket::open("K3",
                          {Channel::phone, Category::complaint, Scenario::service_complaint,
                           Priority::normal, CustomerTier::regular},
                          "li.na", time_from_string("2025-10-20 02:00:00"));
  REQUIRE(lifecycle.apply(t, events::Transfer{"li.na", "expert_qian"},
                          time_from_string("2025-10-20 02:05:00")));
  REQUIRE(t.handler == "expert_qian");
  const kpi::CaseRecord r = kpi::to_case_record(t);
  CHECK(r.agent == "li.na");

  kpi::AccumulatorOptions by_agent;
  by_agent.group_by = kpi::GroupBy::agent;
  kpi::Accumulator acc(by_agent);
  REQUIRE(acc.add(r));
  REQUIRE(acc.groups().size() == 1);
  const auto& [key, tally] = *acc.groups().begin();
  CHECK(acc.agent(key) == "li.na");
  CHECK(key.month == kpi::Month{2025, 10});
  CHECK(tally.cases.complaints() == 1);
}

TEST_CASE("a complaint opened about an earlier one, reopened twice, carries each reopen") {
  const Lifecycle lifecycle;
  events::Open open{"agent_li", "K2", Channel::phone, Category::complaint};
  open.repeat_of = "K1";
  Ticket t = Ticket::open(open, time_from_string("2025-10-30 02:00:00"));
  const char* const resolves[] = {"2025-10-30 05:00:00", "2025-11-01 05:00:00"};
  const char* const reopens[] = {"2025-10-31 03:00:00", "2025-11-03 03:00:00"};
  REQUIRE(lifecycle.apply(t, events::FirstResponse{"agent_li"},
                          time_from_string("2025-10-30 02:00:10")));
  REQUIRE(lifecycle.apply(t, events::Triage{"agent_li"}, time_from_string("2025-10-30 02:10:00")));
  REQUIRE(lifecycle.apply(t, events::Start{"agent_li"}, time_from_string("2025-10-30 02:11:00")));
  for (int i = 0; i < 2; ++i) {
    REQUIRE(lifecycle.apply(t, events::Resolve{"agent_li"}, time_from_string(resolves[i])));
    REQUIRE(lifecycle.apply(t, events::Reopen{"customer"}, time_from_string(reopens[i])));
  }
  const auto r = kpi::to_case_record(t);
  CHECK(r.opened_as_repeat);
  CHECK(r.reopened_at == std::vector<boost::posix_time::ptime>{time_from_string(reopens[0]),
                                                               time_from_string(reopens[1])});
  // Counted: 3 repeat events, in October (opened as a repeat, the first reopen at 11:00 on
  // 31 October in Beijing) and November (the second reopen).
  kpi::Accumulator acc;
  REQUIRE(acc.add(r));
  CHECK(acc.month_total({2025, 10}).cases.repeat_complaint_events() == 2);
  CHECK(acc.month_total({2025, 11}).cases.repeat_complaint_events() == 1);
}
