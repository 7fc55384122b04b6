// Case JSON (kefu/io/case_json.hpp) on arbitrary bytes, read through the default workflow on
// the China calendar: a document is refused with a kefu::error, or it gives a case that is
// written and read back equal, and that Workflow::replay of its host data rebuilds.

#include "fuzz_check.hpp"
#include <kefu/calendar/calendars/china_mainland.hpp>
#include <kefu/core/error.hpp>
#include <kefu/io/case_json.hpp>
#include <kefu/workflow/workflow.hpp>

#include <optional>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const kefu::Workflow workflow = kefu::Workflow::defaults(kefu::calendars::china_mainland(
      kefu::WeeklyHours::monday_to_friday({kefu::open_hours(9, 0, 18, 0)}),
      kefu::UncoveredYears::weekly_hours));
  std::optional<kefu::Case> c;
  try {
    c = kefu::io::case_from_json_text(kefu::fuzz::as_text(data, size), workflow);
  } catch (const kefu::error&) {
    return 0;  // the documented refusal
  }
  KEFU_FUZZ_CHECK(kefu::io::case_from_json_text(kefu::io::case_to_json_text(*c), workflow) == *c);
  KEFU_FUZZ_CHECK(workflow.replay(c->ticket.history, c->flags, c->checked_until) == *c);
  return 0;
}
