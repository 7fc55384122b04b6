#pragma once
// One case of the month written event by event: each event is applied through kefu's Workflow
// as it is written, so that the log holds only what the lifecycle accepts (the generator stops
// with std::logic_error naming the ticket otherwise), and its line is kept for the log.

#include "log_line.hpp"
#include <kefu/workflow/workflow.hpp>

#include <string>
#include <vector>

namespace kefu::sample {

class CaseBuilder {
 public:
  // The ticket is named `prefix` + "K" + the number in five digits.
  CaseBuilder(const Workflow& workflow, const std::string& prefix, std::uint32_t number,
              std::vector<LogLine>& lines);

  void open(const events::Open& open, boost::posix_time::ptime at, Flags flags);
  // Applied at `at`, or at the case's last event when `at` is earlier (one person's later
  // step never comes before another's earlier one).
  void add(Event event, boost::posix_time::ptime at);

  const std::string& ticket() const { return ticket_; }
  const Case& current() const { return case_; }
  boost::posix_time::ptime last() const { return case_.ticket.updated_at; }

 private:
  const Workflow& workflow_;
  std::uint32_t number_;
  std::string ticket_;
  std::vector<LogLine>& lines_;
  Case case_;
  std::uint32_t seq_ = 0;
};

}  // namespace kefu::sample
