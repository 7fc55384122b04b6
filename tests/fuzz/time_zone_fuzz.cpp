// Time-zone strings and the vocabulary enums' names on arbitrary bytes. kefu::posix_time_zone
// refuses with a kefu::config_error or gives a zone that a business calendar is built on
// without any other exception, and whose local times map back to UTC. kefu::parse<E> of every
// vocabulary enum never throws, and what it accepts is a value whose English name parses back
// to it.

#include "fuzz_check.hpp"
#include <kefu/aftersales/aftersales_request.hpp>
#include <kefu/aftersales/entitlement.hpp>
#include <kefu/calendar/business_calendar.hpp>
#include <kefu/calendar/holiday_schedule.hpp>
#include <kefu/calendar/time_zone.hpp>
#include <kefu/classify/reply_check.hpp>
#include <kefu/classify/rule_pack.hpp>
#include <kefu/core/category.hpp>
#include <kefu/core/channel.hpp>
#include <kefu/core/customer_tier.hpp>
#include <kefu/core/error.hpp>
#include <kefu/core/flag.hpp>
#include <kefu/core/parse.hpp>
#include <kefu/core/priority.hpp>
#include <kefu/core/rating.hpp>
#include <kefu/core/scenario.hpp>
#include <kefu/kpi/accumulator.hpp>
#include <kefu/kpi/formulas.hpp>
#include <kefu/kpi/indicator.hpp>
#include <kefu/kpi/scorecard.hpp>
#include <kefu/kpi/targets.hpp>
#include <kefu/lifecycle/escalation_level.hpp>
#include <kefu/lifecycle/events.hpp>
#include <kefu/lifecycle/state.hpp>
#include <kefu/report/scorecard_report.hpp>
#include <kefu/sla/clock.hpp>
#include <kefu/sla/clock_semantics.hpp>
#include <kefu/sla/clock_status.hpp>
#include <kefu/sla/clock_target.hpp>

#include <boost/date_time/posix_time/posix_time_types.hpp>

namespace {

using boost::gregorian::date;
using boost::posix_time::hours;
using boost::posix_time::ptime;

template <class Enum>
void check_parse(std::string_view text) {
  const std::optional<Enum> value = kefu::parse<Enum>(text);
  if (!value) return;
  const auto* entry = kefu::detail::find_entry(*value);
  KEFU_FUZZ_CHECK(entry != nullptr);
  KEFU_FUZZ_CHECK(kefu::parse<Enum>(entry->name) == value);
}

template <class... Enums>
void check_parse_all(std::string_view text) {
  (check_parse<Enums>(text), ...);
}

void check_zone(const kefu::TimeZonePtr& zone) {
  const kefu::BusinessCalendar calendar(
      kefu::WeeklyHours::monday_to_friday({kefu::open_hours(9, 0, 18, 0)}), {}, zone);
  // Inside the range every calendar serves (1970-2099 for one with daylight saving).
  for (const ptime t : {ptime(date(1970, 1, 2), hours(0)), ptime(date(2026, 3, 8), hours(7)),
                        ptime(date(2026, 11, 1), hours(6)), ptime(date(2099, 6, 15), hours(12))}) {
    const ptime local = calendar.local_time(t);
    // A local time that occurs twice maps back to its first occurrence: never later than t.
    const ptime back = calendar.utc_time(local.date(), local.time_of_day());
    KEFU_FUZZ_CHECK(back <= t && t - back <= hours(24));
    const ptime due = calendar.add(t, hours(9));
    KEFU_FUZZ_CHECK(due > t && calendar.between(t, due) == hours(9));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = kefu::fuzz::as_text(data, size);

  check_parse_all<kefu::Category, kefu::Channel, kefu::CustomerTier, kefu::Flag, kefu::Priority,
                  kefu::Rating, kefu::Scenario, kefu::EscalationLevel, kefu::State, kefu::EventKind,
                  kefu::DayKind, kefu::UncoveredYears, kefu::Dimension, kefu::ReplyIssue,
                  kefu::ReplySeverity, kefu::Claim, kefu::GoodsNature, kefu::Remedy,
                  kefu::EntitlementRule, kefu::ProofKind, kefu::ShippingPayer, kefu::report::Format,
                  kefu::report::Language, kefu::kpi::Indicator, kefu::kpi::SatisfactionBase,
                  kefu::kpi::ShortAbandons, kefu::kpi::CsatMethod, kefu::kpi::ResolutionBasis,
                  kefu::kpi::Target::Direction, kefu::kpi::Target::Kind, kefu::kpi::Status,
                  kefu::kpi::GroupBy, kefu::TimeBasis, kefu::sla::ClockAction,
                  kefu::sla::ResolutionCounting, kefu::sla::ClockStatus,
                  kefu::sla::ClockResult::Outcome, kefu::sla::Clock::State>(text);

  kefu::TimeZonePtr zone;
  try {
    zone = kefu::posix_time_zone(text);
  } catch (const kefu::config_error&) {
    return 0;  // the documented refusal
  }
  KEFU_FUZZ_CHECK(zone != nullptr);
  check_zone(zone);  // nothing may throw for an accepted zone
  return 0;
}
