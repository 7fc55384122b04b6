// helpdesk reconfigure: another config adopted, every case re-evaluated under it, and what
// became due because of the change queued once.
#include "case_store.hpp"
#include "helpdesk.hpp"
#include <kefu/core/error.hpp>

#include <fmt/core.h>

#include <unordered_map>
#include <utility>

namespace helpdesk {

ReconfigureReport Helpdesk::reconfigure(kefu::Config next, boost::posix_time::ptime at) {
  ReconfigureReport report;
  report.from = config_hash_;
  report.to = config_hash_of(next);
  const kefu::Workflow next_workflow = next.workflow();
  std::unordered_map<std::string, kefu::Case> updated;
  try {
    Transaction transaction(db_);
    // What was due at `at` anyway is the old config's, queued as a tick would have.
    report.ticked = fire_due_cases(at);
    for (const std::string& ticket : tickets()) {
      const kefu::Case* c = find_case(ticket);
      if (c == nullptr) throw db_error(fmt::format("ticket '{}' without events", ticket));
      kefu::Reevaluation re;
      try {
        re = kefu::reevaluate(*c, next_workflow, at);
      } catch (const kefu::error& e) {
        throw kefu::argument_error(fmt::format(
            "reconfigure: ticket '{}' does not replay under the new config ({}); nothing changed",
            ticket, e.what()));
      }
      // fire_due at `at` moved checked_until: the check is host data, kept for rebuild.
      if (re.updated.checked_until > c->checked_until) {
        record_check(db_, ticket, re.updated.checked_until);
      }
      queue_actions(db_, ticket, re.actions, "reconfigure", report.to);
      write_case_row(db_, case_row(re.updated));
      const auto state = re.updated.ticket.state;
      const bool open = state != kefu::State::closed && state != kefu::State::cancelled;
      ++report.cases;
      report.open_cases += open ? 1 : 0;
      report.actions += re.actions.size();
      report.open_actions += open ? re.actions.size() : 0;
      updated.emplace(ticket, std::move(re.updated));
    }
    db_.statement("UPDATE meta SET value = ? WHERE key = 'config_hash'").bind(1, report.to).run();
    transaction.commit();
  } catch (...) {
    cache_.clear();
    throw;
  }
  config_ = std::move(next);
  config_hash_ = report.to;
  workflow_ = next_workflow;
  cache_ = std::move(updated);
  return report;
}

}  // namespace helpdesk
