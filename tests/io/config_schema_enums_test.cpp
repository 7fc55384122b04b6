// The JSON Schema's lists of names (src/io/config/kefu-config.schema.json) are the vocabulary
// tables' spellings: English names, Chinese labels, aliases. A new enumerator or label must reach
// the schema too, so that editors offer what kefu accepts.

#include "json_reader.hpp"
#include <kefu/calendar/business_calendar.hpp>
#include <kefu/calendar/holiday_schedule.hpp>
#include <kefu/core/flag.hpp>
#include <kefu/escalation/rule.hpp>
#include <kefu/lifecycle/events.hpp>
#include <kefu/lifecycle/state.hpp>

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

boost::json::value schema() {
  std::ifstream in(KEFU_CONFIG_SCHEMA, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return kefu::io::detail::parse_document(text.str(), "schema");
}

template <class Enum>
std::vector<std::string> spellings() {
  std::vector<std::string> out;
  for (const auto& e : kefu::EnumTraits<Enum>::entries) out.emplace_back(e.name);
  for (const auto& e : kefu::EnumTraits<Enum>::entries) out.emplace_back(e.label);
  for (const auto& e : kefu::EnumTraits<Enum>::entries) {
    std::string_view aliases = e.aliases;
    while (!aliases.empty()) {
      const auto bar = aliases.find('|');
      out.emplace_back(aliases.substr(0, bar));
      if (bar == std::string_view::npos) break;
      aliases.remove_prefix(bar + 1);
    }
  }
  return out;
}

std::vector<std::string> schema_enum(const boost::json::value& s, const char* def) {
  std::vector<std::string> out;
  for (const auto& v : s.at("$defs").at(def).at("enum").as_array()) {
    out.emplace_back(v.as_string().c_str());
  }
  return out;
}

}  // namespace

TEST_CASE("the schema lists every spelling of the vocabulary the config document names") {
  const auto s = schema();
  CHECK(schema_enum(s, "category") == spellings<kefu::Category>());
  CHECK(schema_enum(s, "scenario") == spellings<kefu::Scenario>());
  CHECK(schema_enum(s, "priority") == spellings<kefu::Priority>());
  CHECK(schema_enum(s, "channel") == spellings<kefu::Channel>());
  CHECK(schema_enum(s, "customer_tier") == spellings<kefu::CustomerTier>());
  CHECK(schema_enum(s, "rating") == spellings<kefu::Rating>());
  CHECK(schema_enum(s, "flag") == spellings<kefu::Flag>());
  CHECK(schema_enum(s, "state") == spellings<kefu::State>());
  CHECK(schema_enum(s, "event") == spellings<kefu::EventKind>());
  CHECK(schema_enum(s, "escalation_level") == spellings<kefu::EscalationLevel>());
  CHECK(schema_enum(s, "trigger_kind") == spellings<kefu::escalation::TriggerKind>());
  CHECK(schema_enum(s, "time_basis") == spellings<kefu::TimeBasis>());
  CHECK(schema_enum(s, "day_kind") == spellings<kefu::DayKind>());
  CHECK(schema_enum(s, "uncovered_years") == spellings<kefu::UncoveredYears>());
}
