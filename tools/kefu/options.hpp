#pragma once
// Option values shared by the subcommands: the config document, instants, durations, days,
// months.
// A value of the wrong form is a usage_error (exit 2); a config document that does not load is
// bad input (kefu::parse_error, exit 1).

#include <kefu/config.hpp>
#include <kefu/kpi/accumulator.hpp>

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace kefu::tool {

// The document at `path` ("-": stdin), or Config::defaults() for an empty path. Throws
// kefu::parse_error prefixed with the file's name ("policy.json: config: $.sla...: ...").
Config load_config(const std::string& path);

// ISO 8601 with an offset (kefu::parse_instant): "2026-11-02T10:00:00+08:00".
boost::posix_time::ptime instant_option(std::string_view option, const std::string& text);

// kefu::parse_duration, or a usage_error naming the option.
boost::posix_time::time_duration duration_option(std::string_view option, const std::string& text);

// "2026-12-01".
boost::gregorian::date day_option(std::string_view option, const std::string& text);

// "2026-10", years 1401..9998 as the KPI accumulators take them.
kpi::Month month_option(std::string_view option, const std::string& text);

}  // namespace kefu::tool
