// Conformance of the SLA defaults (Workflow::defaults on the China calendar, Mon-Fri 09:00-18:00
// Beijing time) to the SOP rules of docs/rules.md §sla and §escalation. Every expected instant
// is worked out by hand from the SOP's number and the State Council's 2025 schedule: National
// Day Oct 1-8 closed, Sun Sep 28 and Sat Oct 11 worked (调休).

#include "../beijing_time.hpp"
#include <kefu/calendar/calendars/china_mainland.hpp>
#include <kefu/workflow/workflow.hpp>

#include <boost/date_time/posix_time/posix_time.hpp>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace kefu;
namespace clocks = kefu::sla::clocks;
using boost::posix_time::ptime;

namespace {

const Workflow& workflow() {
  static const Workflow wf = Workflow::defaults(
      calendars::china_mainland(WeeklyHours::monday_to_friday({open_hours(9, 0, 18, 0)})));
  return wf;
}

ptime bj(const std::string& local) { return kefu::test::beijing_time(local); }

Case open(Category category, Priority priority, const std::string& at,
          Channel channel = Channel::email, Flags flags = {}) {
  events::Open e{"agent_li"};
  e.id = "C-1";
  e.facts.category = category;
  e.facts.priority = priority;
  e.facts.channel = channel;
  return workflow().open(e, bj(at), flags);
}

void step(Case& c, const Event& event, const std::string& at) {
  const auto result = workflow().apply(c, event, bj(at));
  INFO(std::string(event_name(event)), ": ", std::string(result.transition.reason));
  REQUIRE(result);
}

// Triaged, answered and in handling one minute after `at`.
void start(Case& c, const std::string& minute_after) {
  const ptime t = bj(minute_after);
  REQUIRE(workflow().apply(c, events::Triage{"agent_li"}, t));
  REQUIRE(workflow().apply(c, events::FirstResponse{"agent_li"}, t));
  REQUIRE(workflow().apply(c, events::Start{"agent_li"}, t));
}

std::optional<ptime> due(const Case& c, sla::ClockId clock) {
  const sla::Clock* k = c.clock(clock);
  return k == nullptr ? std::nullopt : k->deadline();
}

bool fired(const Case& c, const std::string& text) {
  return std::any_of(c.fired.begin(), c.fired.end(), [&](const FiredAction& f) {
    return fmt::format("{} {}", f.rule, f.action) == text;
  });
}

}  // namespace

TEST_CASE("hotline standard: complaint answer within 48 h whatever the priority") {
  // 投诉答复时间不超过48小时, from acceptance to solved and answered: opened Fri 2025-09-26
  // 17:00, due 48 wall hours later, Sun Sep 28 17:00, at every grade; not paused while the
  // customer is asked for more.
  for (const Priority p : {Priority::low, Priority::normal, Priority::high, Priority::critical}) {
    CAPTURE(to_string(p));
    Case c = open(Category::complaint, p, "2025-09-26 17:00:00");
    CHECK(due(c, clocks::complaint_answer) == bj("2025-09-28 17:00:00"));
    start(c, "2025-09-26 17:00:30");
    step(c, events::RequestInfo{"agent_li"}, "2025-09-26 18:00:00");
    CHECK(c.clock(clocks::complaint_answer)->status(bj("2025-09-28 17:00:00")) ==
          sla::ClockStatus::breached);
  }
}

TEST_CASE("SOP toolkit: a complaint's facts are verified within 1 h, not by triage") {
  // Opened on the make-up workday Sun 2025-09-28 at 17:30: 30 min that day, 30 min on Monday.
  Case c = open(Category::complaint, Priority::high, "2025-09-28 17:30:00");
  CHECK(due(c, clocks::verification) == bj("2025-09-29 09:30:00"));
  start(c, "2025-09-28 17:31:00");
  CHECK(c.clock(clocks::verification)->state() == sla::Clock::State::running);
  step(c, events::VerifyFacts{"agent_li", "安装部", "师傅未穿工服"}, "2025-09-29 09:20:00");
  CHECK(c.clock(clocks::verification)->status(bj("2025-09-29 09:20:00")) == sla::ClockStatus::met);
}

TEST_CASE("SOP toolkit: feedback to the customer within 2 h of the verification") {
  // Verified Tue 2025-09-30 17:00: 1 h that day, then National Day, 1 h on Thu Oct 9.
  Case c = open(Category::complaint, Priority::high, "2025-09-30 16:30:00");
  start(c, "2025-09-30 16:31:00");
  step(c, events::VerifyFacts{"agent_li", "仓库", "漏发"}, "2025-09-30 17:00:00");
  CHECK(due(c, clocks::feedback) == bj("2025-10-09 10:00:00"));
  step(c, events::ProposeSolution{"agent_li", "补发并赠券"}, "2025-10-09 09:40:00");
  CHECK(c.clock(clocks::feedback)->status(bj("2025-10-09 09:40:00")) == sla::ClockStatus::met);
}

TEST_CASE("SOP toolkit: complaint follow-up visit within 24 h of the resolution") {
  Case c = open(Category::complaint, Priority::high, "2025-09-30 09:00:00");
  start(c, "2025-09-30 09:01:00");
  step(c, events::Resolve{"agent_li"}, "2025-09-30 11:00:00");
  CHECK(due(c, clocks::follow_up) == bj("2025-10-01 11:00:00"));  // 24 wall hours, holiday or not
}

TEST_CASE("quick-response guide: a complaint's service supervisor calls to apologise within 1 h") {
  Case c = open(Category::complaint, Priority::high, "2025-09-29 10:00:00");
  CHECK(due(c, clocks::apology) == bj("2025-09-29 11:00:00"));
  step(c, events::Apologize{"supervisor_zhao"}, "2025-09-29 10:40:00");
  CHECK(c.clock(clocks::apology)->status(bj("2025-09-29 10:40:00")) == sla::ClockStatus::met);
  CHECK(fired(c, "complaint_supervisor notify supervisor"));
}

TEST_CASE("job description: perishable goods spoiling are handled within 2 h") {
  Flags perishable;
  perishable.perishable = true;
  // Wed Oct 1, a holiday: wall time counts.
  Case c = open(Category::after_sales, Priority::normal, "2025-10-01 10:00:00", Channel::app,
                perishable);
  CHECK(due(c, clocks::perishable_handling) == bj("2025-10-01 12:00:00"));
  Case plain = open(Category::after_sales, Priority::normal, "2025-10-01 10:00:00");
  CHECK(plain.clock(clocks::perishable_handling) == nullptr);
}

TEST_CASE("job description: a general problem gets an initial plan within 1 h") {
  // Mon 2025-09-29 17:30: 30 min that day, 30 min on Tuesday.
  Case c = open(Category::after_sales, Priority::normal, "2025-09-29 17:30:00");
  CHECK(due(c, clocks::initial_plan) == bj("2025-09-30 09:30:00"));
  start(c, "2025-09-29 17:31:00");
  // The plan comes with the next follow-up time told to the customer.
  step(c, events::PromiseAnswer{"agent_li", bj("2025-09-30 17:00:00")}, "2025-09-29 17:50:00");
  CHECK(c.clock(clocks::initial_plan)->status(bj("2025-09-29 17:50:00")) == sla::ClockStatus::met);
}

TEST_CASE("hotline standard: answer within the time agreed with the customer") {
  Case c = open(Category::inquiry, Priority::normal, "2025-09-29 10:00:00");
  start(c, "2025-09-29 10:01:00");
  step(c, events::PromiseAnswer{"agent_li", bj("2025-09-29 16:00:00")}, "2025-09-29 10:10:00");
  CHECK(due(c, clocks::promised_answer) == bj("2025-09-29 16:00:00"));
  // A new promise replaces the old one.
  step(c, events::PromiseAnswer{"agent_li", bj("2025-09-30 12:00:00")}, "2025-09-29 15:00:00");
  CHECK(due(c, clocks::promised_answer) == bj("2025-09-30 12:00:00"));
  const auto late =
      workflow().apply(c, events::ProposeSolution{"agent_li"}, bj("2025-09-30 13:00:00"));
  REQUIRE(late);
  CHECK(c.clock(clocks::promised_answer)->status(bj("2025-09-30 13:00:00")) ==
        sla::ClockStatus::breached);
  CHECK(fired(c, "promised_answer_breached notify supervisor"));
}

TEST_CASE("quick-response guide: an urgent problem is resolved within 24 h") {
  // 24小时: wall time from Tue Sep 30 17:00, across the holiday: Wed Oct 1 17:00.
  Case c = open(Category::after_sales, Priority::high, "2025-09-30 17:00:00");
  CHECK(due(c, clocks::resolution) == bj("2025-10-01 17:00:00"));
}

TEST_CASE("quick-response guide: a general problem has its solution within 4 h") {
  // Opened on the make-up workday Sat 2025-10-11 at 16:00: 2 h that day, 2 h on Monday Oct 13.
  Case c = open(Category::after_sales, Priority::normal, "2025-10-11 16:00:00");
  CHECK(due(c, clocks::resolution) == bj("2025-10-13 11:00:00"));
}

TEST_CASE("quick-response guide: a critical case is escalated at once") {
  Case c = open(Category::after_sales, Priority::critical, "2025-09-30 17:00:00");
  CHECK(fired(c, "critical_product escalate supervisor"));
  CHECK(fired(c, "critical_product notify qc_manager"));
}

TEST_CASE("quick-response guide: a critical case is on site within 2 h where needed") {
  Case c = open(Category::after_sales, Priority::critical, "2025-09-30 17:00:00");
  CHECK(c.clock(clocks::on_site) == nullptr);  // no visit needed: no on-site clock
  // Its resolution is not the on-site 2 h (kefu gives it the urgent 24 h).
  CHECK(due(c, clocks::resolution) == bj("2025-10-01 17:00:00"));
  start(c, "2025-09-30 17:00:10");
  step(c, events::NeedSiteVisit{"agent_li"}, "2025-09-30 17:10:00");
  CHECK(due(c, clocks::on_site) == bj("2025-09-30 19:10:00"));
  step(c, events::ArriveOnSite{"engineer_li"}, "2025-09-30 19:00:00");
  CHECK(c.clock(clocks::on_site)->status(bj("2025-09-30 19:00:00")) == sla::ClockStatus::met);
}

TEST_CASE("job description: first response on every online channel within 30 s, urgent 10 s") {
  for (const Channel online :
       {Channel::online_chat, Channel::social_media, Channel::wechat, Channel::app}) {
    CAPTURE(to_string(online));
    const Case normal = open(Category::inquiry, Priority::normal, "2025-09-29 10:00:00", online);
    CHECK(due(normal, clocks::first_response) == bj("2025-09-29 10:00:30"));
    const Case urgent = open(Category::inquiry, Priority::high, "2025-09-29 10:00:00", online);
    CHECK(due(urgent, clocks::first_response) == bj("2025-09-29 10:00:10"));
  }
}

TEST_CASE("SOP toolkit: the phone is answered within 3 rings") {
  // kefu takes 3 rings as 15 s.
  const Case c = open(Category::inquiry, Priority::normal, "2025-09-29 10:00:00", Channel::phone);
  CHECK(due(c, clocks::first_response) == bj("2025-09-29 10:00:15"));
}
