#pragma once
// Instants as the month's files write them: Beijing wall time with its offset,
// "2026-10-08T10:02:11+08:00", the way a CRM in China exports them.

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <string>

namespace kefu::sample {

std::string beijing_text(boost::posix_time::ptime utc);

}  // namespace kefu::sample
