#include "log_line.hpp"

#include "instant_text.hpp"

#include <fmt/core.h>

#include <variant>

namespace kefu::sample {

namespace {

std::string quoted(std::string_view text) {
  std::string out = "\"";
  for (const char ch : text) {
    if (ch == '"' || ch == '\\') {
      out += '\\';
      out += ch;
    } else if (static_cast<unsigned char>(ch) < 0x20) {
      out += fmt::format("\\u{:04x}", static_cast<int>(ch));
    } else {
      out += ch;
    }
  }
  return out + '"';
}

void field(std::string& out, std::string_view name, std::string_view value) {
  if (value.empty()) return;
  out += fmt::format(",\"{}\":{}", name, quoted(value));
}

struct Payload {
  std::string& out;
  Flags flags;

  void operator()(const events::Open& e) const {
    field(out, "channel", to_string(e.facts.channel));
    field(out, "category", to_string(e.facts.category));
    field(out, "scenario", to_string(e.facts.scenario));
    field(out, "priority", to_string(e.facts.priority));
    if (e.facts.tier != CustomerTier::regular) field(out, "tier", to_string(e.facts.tier));
    field(out, "repeat_of", e.repeat_of);
    std::string names;
    for (const Flag flag : all_flags) {
      if (flags.test(flag)) names += (names.empty() ? "" : ",") + quoted(to_string(flag));
    }
    if (!names.empty()) out += ",\"flags\":[" + names + "]";
  }
  void operator()(const events::Transfer& e) const { field(out, "to", e.to); }
  void operator()(const events::Escalate& e) const { field(out, "level", to_string(e.level)); }
  void operator()(const events::FollowUp& e) const { field(out, "rating", to_string(e.rating)); }
  void operator()(const events::Close& e) const { field(out, "reason", e.reason); }
  void operator()(const events::Cancel& e) const { field(out, "reason", e.reason); }
  void operator()(const events::VerifyFacts& e) const {
    field(out, "department", e.department);
    field(out, "finding", e.finding);
  }
  template <class Other>
  void operator()(const Other&) const {}
};

}  // namespace

std::string log_json(const std::string& ticket, const EventRecord& record, Flags flags) {
  std::string out = fmt::format(R"({{"ticket":{},"event_id":{},"event":"{}","at":"{}","actor":{})",
                                quoted(ticket), quoted(record.id), record.name(),
                                beijing_text(record.at), quoted(record.actor()));
  std::visit(Payload{out, flags}, record.event);
  field(out, "note", record.note());
  return out + '}';
}

}  // namespace kefu::sample
