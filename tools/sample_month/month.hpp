#pragma once
// The bundled month: October 2026 at a consumer-goods hotline in Beijing, about 5 000 cases
// (40 000 events) on the phone, online chat, web forms, WeChat and the app, and about 21 000
// calls. Phone cases are opened by answered calls; the others arrive by the online rhythms.
// Every case is written with its whole history, to its close or its last step (the export is
// taken once October's cases are done, so some steps fall in November).

#include "calls.hpp"
#include "log_line.hpp"
#include <kefu/config.hpp>

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace kefu::sample {

struct MonthFigures {
  std::map<std::string, int> channels;    // cases by channel
  std::map<std::string, int> categories;  // by the classifier's category
  std::map<std::string, int> scenarios;
  std::map<std::string, int> priorities;
  int late_first_responses = 0;  // answered after the agent's habit made them late
  int transfers = 0;
  int escalations = 0;
  int reopens = 0;
  int repeat_complaints = 0;  // complaints opened about an earlier one (repeat_of)
  int unsatisfied_follow_ups = 0;
  int follow_ups = 0;
  int site_visits = 0;
  int cancelled = 0;
};

struct SampleMonth {
  std::vector<Call> calls;
  std::vector<LogLine> lines;  // in the log's order: by instant, then ticket, then step
  std::size_t cases = 0;
  MonthFigures figures;
};

// Which copy of the month to make: copy 0 is the bundled month; a later copy (a larger log for
// the benchmarks, `kefu_sample_month --copies`) has its own seed, its tickets named with a
// prefix and every instant shifted by whole weeks, so that weekdays and hours keep October's
// rhythm.
struct MonthCopy {
  std::string ticket_prefix;
  int weeks_later = 0;
};

SampleMonth make_month(std::uint64_t seed, const Config& config, const MonthCopy& copy = {});

}  // namespace kefu::sample
