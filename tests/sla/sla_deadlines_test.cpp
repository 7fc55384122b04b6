// The deadlines printed by examples/sla_deadlines.cpp, worked out by hand: an urgent fault and a
// complaint opened on Tue 2025-09-30 17:00 Beijing time, Mon-Fri 09:00-18:00, default policy.

#include "../beijing_time.hpp"
#include <kefu/calendar/calendars/china_mainland.hpp>
#include <kefu/sla/clock.hpp>
#include <kefu/sla/policy.hpp>

#include <boost/date_time/posix_time/posix_time.hpp>

#include <doctest/doctest.h>

#include <map>
#include <string>

using boost::posix_time::hours;
using boost::posix_time::ptime;
using boost::posix_time::time_from_string;
using kefu::sla::Clock;
using kefu::sla::ClockStatus;

namespace {

ptime bj(const char* local) { return kefu::test::beijing_time(local); }

std::map<std::string, Clock> clocks_for(const kefu::sla::TicketFacts& facts) {
  const auto calendar = kefu::calendars::china_mainland(
      kefu::WeeklyHours::monday_to_friday({kefu::open_hours(9, 0, 18, 0)}));
  std::map<std::string, Clock> clocks;
  for (const auto& target : kefu::sla::Policy::defaults().targets_for(facts)) {
    clocks.emplace(std::string(target.clock.name()), Clock(target, calendar));
  }
  return clocks;
}

}  // namespace

TEST_CASE("the urgent fault's clocks run across the national day holiday") {
  auto clocks = clocks_for({{kefu::Channel::web_form, kefu::Category::after_sales,
                             kefu::Scenario::fault_repair, kefu::Priority::high}});
  const ptime opened = bj("2025-09-30 17:00:00");
  clocks.at("first_response").start(opened);
  clocks.at("resolution").start(opened);
  // 2 business hours: 17:00-18:00, then Thursday Oct 9 09:00-10:00 (Oct 1-8 closed).
  CHECK(clocks.at("first_response").deadline() == bj("2025-10-09 10:00:00"));
  // Quick-response guide: urgent, resolved within 24小时: wall time, holiday or not.
  CHECK(clocks.at("resolution").deadline() == bj("2025-10-01 17:00:00"));
  CHECK_FALSE(clocks.at("follow_up").deadline());  // starts when resolved
  clocks.at("first_response").stop(bj("2025-10-09 09:30:00"));
  CHECK(clocks.at("first_response").status(bj("2025-10-09 12:00:00")) == ClockStatus::met);
  // 75% of 24 h is 18 h: Oct 1 11:00; 90% is 21 h 36 min: Oct 1 14:36.
  CHECK(clocks.at("resolution").status(bj("2025-10-01 10:59:00")) == ClockStatus::running);
  CHECK(clocks.at("resolution").status(bj("2025-10-01 12:00:00")) == ClockStatus::warning);
  CHECK(clocks.at("resolution").status(bj("2025-10-01 17:00:00")) == ClockStatus::breached);
}

TEST_CASE("the complaint's clocks: wall-time answer, business-hours verification") {
  auto clocks = clocks_for({{kefu::Channel::phone, kefu::Category::complaint,
                             kefu::Scenario::service_complaint, kefu::Priority::normal}});
  const ptime opened = bj("2025-09-30 17:00:00");
  for (const char* name : {"first_response", "verification", "resolution", "complaint_answer"}) {
    clocks.at(name).start(opened);
  }
  CHECK(clocks.at("first_response").deadline() == bj("2025-09-30 17:00:15"));
  CHECK(clocks.at("verification").deadline() == bj("2025-09-30 18:00:00"));
  CHECK(clocks.at("resolution").deadline() == bj("2025-10-02 17:00:00"));  // 48 h wall time
  CHECK(clocks.at("complaint_answer").deadline() == bj("2025-10-02 17:00:00"));
  clocks.at("first_response").stop(bj("2025-09-30 17:00:10"));
  clocks.at("verification").stop(bj("2025-10-09 09:45:00"));
  clocks.at("feedback").start(bj("2025-10-09 09:45:00"));
  CHECK(clocks.at("feedback").deadline() == bj("2025-10-09 11:45:00"));
  CHECK(clocks.at("first_response").status(bj("2025-10-09 10:00:00")) == ClockStatus::met);
  CHECK(clocks.at("verification").status(bj("2025-10-09 10:00:00")) == ClockStatus::breached);
  CHECK(clocks.at("resolution").status(bj("2025-10-09 10:00:00")) == ClockStatus::breached);
}
