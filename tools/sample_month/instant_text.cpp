#include "instant_text.hpp"

#include <fmt/core.h>

namespace kefu::sample {

std::string beijing_text(boost::posix_time::ptime utc) {
  const boost::posix_time::ptime local = utc + boost::posix_time::hours(8);
  const auto date = local.date();
  const auto time = local.time_of_day();
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}+08:00", static_cast<int>(date.year()),
                     static_cast<int>(date.month()), static_cast<int>(date.day()), time.hours(),
                     time.minutes(), time.seconds());
}

}  // namespace kefu::sample
