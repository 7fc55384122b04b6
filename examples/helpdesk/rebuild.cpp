// helpdesk rebuild: the derived table dropped and every case replayed from the host's data.
#include "case_store.hpp"
#include "helpdesk.hpp"

#include <fmt/core.h>

#include <map>
#include <tuple>

namespace helpdesk {

namespace {

// An outbox entry's identity and due instant.
using ActionKey = std::tuple<std::string, std::string, std::int64_t, std::string, std::int64_t>;

std::string describe(const ActionKey& key) {
  return fmt::format("{} rule {} occasion {}: {}", std::get<0>(key), std::get<1>(key),
                     std::get<2>(key), std::get<3>(key));
}

}  // namespace

RebuildReport Helpdesk::rebuild() {
  RebuildReport report;
  try {
    Transaction transaction(db_);
    std::map<std::string, CaseRow> before;
    {
      std::vector<std::string> tickets;
      Statement& select = db_.statement("SELECT ticket FROM cases");
      while (select.step()) tickets.push_back(select.text(0));
      for (const std::string& ticket : tickets) before.emplace(ticket, *read_case_row(db_, ticket));
    }
    std::map<ActionKey, int> outbox;
    {
      Statement& select =
          db_.statement("SELECT ticket, rule, occasion, action, due_at FROM actions");
      while (select.step()) {
        ++outbox[{select.text(0), select.text(1), select.integer(2), select.text(3),
                  select.integer(4)}];
      }
    }
    db_.exec("DROP TABLE cases");
    db_.exec(schema_sql());
    cache_.clear();

    std::map<ActionKey, int> fired;  // unique by kefu: a rule fires once per occasion
    for (const std::string& ticket : tickets()) {
      const kefu::Case* c = find_case(ticket);
      if (c == nullptr) {
        report.differences.push_back(fmt::format("{}: a ticket without events", ticket));
        continue;
      }
      const CaseRow row = case_row(*c);
      write_case_row(db_, row);
      ++report.cases;
      const auto found = before.find(ticket);
      if (found == before.end()) {
        report.differences.push_back(fmt::format("{}: no cases row before the rebuild", ticket));
      } else if (!(found->second == row)) {
        report.differences.push_back(fmt::format("{}: the cases row differs after replay", ticket));
      }
      if (found != before.end()) before.erase(found);
      for (const kefu::FiredAction& action : c->fired) {
        ++fired[{ticket, action.rule, action.occasion, fmt::format("{}", action.action),
                 to_micros(action.at)}];
      }
    }
    for (const auto& [ticket, row] : before) {
      report.differences.push_back(fmt::format("{}: a cases row without a ticket", ticket));
    }
    for (const auto& [key, count] : outbox) {
      report.actions += static_cast<std::size_t>(count);
      if (fired.count(key) == 0) {
        report.differences.push_back(
            fmt::format("outbox holds an action that did not fire: {}", describe(key)));
      }
    }
    for (const auto& [key, count] : fired) {
      if (outbox.count(key) == 0) {
        report.differences.push_back(fmt::format("fired, not in the outbox: {}", describe(key)));
      }
    }
    transaction.commit();
  } catch (...) {
    cache_.clear();
    throw;
  }
  return report;
}

}  // namespace helpdesk
