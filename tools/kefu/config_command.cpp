// kefu config check FILE: load a config document as a host would, exit 0 or 1 with the
// loader's path-precise errors, and warn when the holiday data runs out soon.
// kefu config defaults: the shipped defaults document, to copy and edit.

#include "commands.hpp"
#include "defaults_document.hpp"
#include "holiday_coverage.hpp"
#include "options.hpp"
#include "streams.hpp"
#include <kefu/core/error.hpp>
#include <kefu/io/config_json.hpp>

#include <boost/date_time/posix_time/posix_time.hpp>

#include <fmt/core.h>

#include <memory>
#include <ostream>
#include <string>

namespace kefu::tool {

namespace {

struct CheckOptions {
  std::string file;
  std::string today;  // empty: the real date, in the calendar's zone
};

int check(const CheckOptions& options) {
  const std::optional<boost::gregorian::date> today =
      options.today.empty() ? std::nullopt : std::optional(day_option("--today", options.today));
  Input input(options.file);
  const std::string text = input.read_all();
  Config config;
  try {
    config = io::config_from_json_text(text);
  } catch (const kefu::error& e) {
    fmt::print(stderr, "{}: {}\n", input.name(), e.what());
    return exit_bad_input;
  }
  const BusinessCalendar calendar = config.business_calendar();
  const auto day =
      today ? *today : calendar.local_date(boost::posix_time::second_clock::universal_time());
  if (const auto warning = coverage_warning(calendar, day)) {
    fmt::print(stderr, "{}: warning: {}\n", input.name(), *warning);
  }
  fmt::print("{}: ok\n", input.name());
  return exit_ok;
}

int print_defaults(const std::string& output_path) {
  Output output(output_path);
  output.stream() << defaults_document();
  output.stream().flush();
  return exit_ok;
}

}  // namespace

void add_config_command(CLI::App& app, Action& action) {
  CLI::App* config = app.add_subcommand("config", "Check a config document, print the defaults");
  config->require_subcommand(1);

  auto check_options = std::make_shared<CheckOptions>();
  CLI::App* check_sub = config->add_subcommand(
      "check",
      "Load a config document as kefu does: exit 0, or 1 with each error's place; warn when "
      "the holiday schedules end within 60 days");
  check_sub->add_option("FILE", check_options->file, "the document; -: standard input")->required();
  check_sub->add_option("--today", check_options->today,
                        "the day to count from, YYYY-MM-DD (default: today in the calendar's "
                        "zone)");
  check_sub->callback(
      [check_options, &action] { action = [check_options] { return check(*check_options); }; });

  auto output = std::make_shared<std::string>("-");
  CLI::App* defaults_sub = config->add_subcommand(
      "defaults", "Print the shipped defaults document, with the source of each default");
  defaults_sub->add_option("-o,--output", *output, "where to write; -: standard output");
  defaults_sub->callback(
      [output, &action] { action = [output] { return print_defaults(*output); }; });
}

}  // namespace kefu::tool
