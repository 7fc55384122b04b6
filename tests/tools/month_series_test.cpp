#include "month_series.hpp"

#include <kefu/config.hpp>

#include <doctest/doctest.h>

namespace pt = boost::posix_time;
using kefu::tool::MonthSeries;

namespace {
pt::ptime utc(int month, int day, int hour, int minute) {
  return {boost::gregorian::date(2026, month, day), pt::hours(hour) + pt::minutes(minute)};
}
}  // namespace

TEST_CASE("the month's series count a case on the team's day, not the UTC one") {
  MonthSeries series({2026, 10}, kefu::Config::defaults().business_calendar());
  CHECK(series.days() == 31);
  const kefu::Case no_clocks;  // no clock ran: nothing for the breaches chart
  kefu::kpi::CaseRecord record;
  record.channel = kefu::Channel::wechat;
  // 31 Oct 15:30 UTC is 23:30 in Beijing: the 31st, answered 12 s later.
  record.opened_at = utc(10, 31, 15, 30);
  record.replied_at = record.opened_at + pt::seconds(12);
  series.add(no_clocks, record, utc(11, 1, 0, 0));
  // 31 Oct 16:30 UTC is 1 Nov 00:30 in Beijing: November's, left out.
  record.opened_at = utc(10, 31, 16, 30);
  series.add(no_clocks, record, utc(11, 1, 0, 0));
  // 30 Sep 17:00 UTC is 1 Oct 01:00 in Beijing: the 1st, not replied to.
  record.opened_at = utc(9, 30, 17, 0);
  record.replied_at.reset();
  series.add(no_clocks, record, utc(11, 1, 0, 0));

  REQUIRE(series.volume().size() == 1);
  const auto& wechat = series.volume().at(kefu::Channel::wechat);
  CHECK(wechat[0] == 1);
  CHECK(wechat[30] == 1);
  std::uint64_t total = 0;
  for (const auto n : wechat) total += n;
  CHECK(total == 2);
  CHECK(series.first_response()[30].count() == 1);
  CHECK(series.first_response()[0].count() == 0);
  CHECK(series.breaches().empty());
}
