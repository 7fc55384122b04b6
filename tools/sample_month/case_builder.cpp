#include "case_builder.hpp"

#include <fmt/core.h>

#include <stdexcept>
#include <utility>

namespace kefu::sample {

CaseBuilder::CaseBuilder(const Workflow& workflow, const std::string& prefix, std::uint32_t number,
                         std::vector<LogLine>& lines)
    : workflow_(workflow),
      number_(number),
      ticket_(fmt::format("{}K{:05}", prefix, number)),
      lines_(lines) {}

void CaseBuilder::open(const events::Open& open, boost::posix_time::ptime at, Flags flags) {
  EventRecord record{open, at, std::to_string(++seq_)};
  case_ = workflow_.open(open, at, flags, record.id);
  lines_.push_back({at, number_, seq_, log_json(ticket_, record, flags)});
}

void CaseBuilder::add(Event event, boost::posix_time::ptime at) {
  if (at < last()) at = last();
  EventRecord record{std::move(event), at, std::to_string(++seq_)};
  const WorkflowResult result = workflow_.apply(case_, record);
  if (!result) {
    throw std::logic_error(
        fmt::format("{}: {} refused: {}", ticket_, record.name(), result.transition));
  }
  lines_.push_back({at, number_, seq_, log_json(ticket_, record, {})});
}

}  // namespace kefu::sample
