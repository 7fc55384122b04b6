// Uses kefu through its umbrella header only, as a host would: the vocabulary, the compiled
// China calendar, the lifecycle machine and the classifier inside libkefu.a.
#include <kefu/kefu.hpp>

#include <boost/date_time/posix_time/posix_time.hpp>

#include <fmt/core.h>

int main() {
  const auto category = kefu::parse<kefu::Category>("投诉");
  if (!category) return 1;
  const auto c = kefu::Classifier::defaults().classify("洗衣机漏电了, 还冒烟");
  fmt::print("{} {} {}\n", *category, kefu::chinese_label(*category), c.priority);

  const auto workflow = kefu::Workflow::defaults(kefu::calendars::china_mainland(
      kefu::WeeklyHours::monday_to_friday({kefu::open_hours(9, 0, 18, 0)})));
  kefu::events::Open open{"agent"};
  open.id = "P1";
  open.facts.category = *category;
  const auto opened =
      workflow.open(open, boost::posix_time::time_from_string("2025-09-30 09:00:00"));
  return opened.fired.empty() ? 1 : 0;
}
