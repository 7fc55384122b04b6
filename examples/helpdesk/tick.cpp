// helpdesk tick: the time-triggered rules, found by one indexed query instead of polling.
#include "case_store.hpp"
#include "helpdesk.hpp"

#include <fmt/core.h>

namespace helpdesk {

std::size_t Helpdesk::tick(boost::posix_time::ptime at) {
  try {
    Transaction transaction(db_);
    const std::size_t queued = fire_due_cases(at);
    transaction.commit();
    return queued;
  } catch (...) {
    cache_.clear();
    throw;
  }
}

std::size_t Helpdesk::fire_due_cases(boost::posix_time::ptime at) {
  std::size_t queued = 0;
  std::vector<std::string> due;
  Statement& select =
      db_.statement("SELECT ticket FROM cases WHERE next_check <= ? ORDER BY next_check, ticket");
  select.bind(1, to_micros(at));
  while (select.step()) due.push_back(select.text(0));
  for (const std::string& ticket : due) {
    kefu::Case* c = find_case(ticket);
    if (c == nullptr) throw db_error(fmt::format("cases row '{}' without events", ticket));
    const std::vector<kefu::FiredAction> fired = workflow_.fire_due(*c, at);
    if (fired.empty()) continue;
    // checked_until moved to `at`: the check is host data, kept for rebuild.
    record_check(db_, ticket, at);
    queue_actions(db_, ticket, fired, "tick", config_hash_);
    write_case_row(db_, case_row(*c));
    queued += fired.size();
  }
  return queued;
}

}  // namespace helpdesk
