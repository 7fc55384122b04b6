// The policy as a document: load kefu's shipped defaults (src/io/config/kefu-defaults.json, or
// any edited copy) and build the workflow from it; then change one number the way a CRM
// administrator would, "complaint answer 48 h -> 24 h", and see the escalation fire a day
// earlier; then a document with a typo, refused with the place and a suggestion.
//
//   build/release/examples/policy_document src/io/config/kefu-defaults.json

#include <kefu/calendar/instant.hpp>
#include <kefu/io/config_json.hpp>

#include <fmt/core.h>

#include <fstream>
#include <sstream>
#include <string>

namespace {

// When the complaint's answer clock breaches and who hears, for a complaint opened Tuesday
// 2025-09-23 10:00 Beijing time and not answered.
void show_answer_breach(const kefu::Config& config, const char* label) {
  const kefu::Workflow workflow = config.workflow();
  kefu::events::Open open{"agent_li"};
  open.id = "C-2025-0923-01";
  open.facts.category = kefu::Category::complaint;
  kefu::Case c = workflow.open(open, kefu::parse_instant("2025-09-23T10:00:00+08:00"));
  for (const auto& fired : workflow.fire_due(c, kefu::parse_instant("2025-09-26T10:00:00+08:00"))) {
    if (fired.rule != "complaint_answer_breached") continue;
    fmt::print("{}: complaint answer breached {}: {}\n", label,
               kefu::format_instant(fired.at, workflow.calendar().zone()), fired.action);
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    fmt::print(stderr, "usage: policy_document kefu-defaults.json\n");
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  const std::string document = text.str();

  const kefu::Config config = kefu::io::config_from_json_text(document);
  fmt::print("loaded {} ({} bytes): {} SLA rules, {} escalation rules, {} rule packs\n", argv[1],
             document.size(), config.sla.rules().size(), config.escalation.size(),
             config.classifier_packs.size());
  fmt::print("the document is Config::defaults(): {}\n\n",
             config == kefu::Config::defaults() ? "yes" : "NO");
  show_answer_breach(config, "48 h (hotline standard)");

  // The administrator's edit: one number in the SLA part.
  std::string edited = document;
  const std::string limit = R"("limit": "48 h")";
  const auto at = edited.find(limit, edited.find(R"("clock": "complaint_answer")"));
  if (at == std::string::npos) return 1;
  edited.replace(at, limit.size(), R"("limit": "24 h")");
  show_answer_breach(kefu::io::config_from_json_text(edited), "24 h (the edited document)");

  // A typo is refused with its place; nothing is loaded.
  std::string typo = document;
  typo.replace(typo.find(R"("follow_up_escalation": "manager")"),
               std::string_view(R"("follow_up_escalation": "manager")").size(),
               R"("follow_up_escalation": "manger")");
  try {
    (void)kefu::io::config_from_json_text(typo);
    return 1;
  } catch (const kefu::parse_error& e) {
    fmt::print("\nrefused: {}\n", e.what());
  }
  return config == kefu::Config::defaults() ? 0 : 1;
}
