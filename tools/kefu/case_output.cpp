#include "case_output.hpp"

#include <kefu/calendar/duration_text.hpp>
#include <kefu/calendar/instant.hpp>
#include <kefu/workflow/case_summary.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>

namespace kefu::tool {

namespace pt = boost::posix_time;

namespace {

// A line of JSON text; most case lines fit inline.
using Buffer = fmt::basic_memory_buffer<char, 2048>;

// JSON text written straight into a buffer, byte for byte as boost::json::serialize writes the
// same document (its escapes: \" \\ \b \f \n \r \t, other control bytes as \u00xx, the rest as
// is), without building the document: writing the cases was a quarter of `kefu run`.
class JsonText {
 public:
  explicit JsonText(Buffer& out) : out_(out) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  // A member's key, a name that needs no escape; its value follows.
  void key(std::string_view name) {
    value_start();
    const std::size_t at = out_.size();
    out_.resize(at + name.size() + 3);
    char* to = out_.data() + at;
    to[0] = '"';
    std::memcpy(to + 1, name.data(), name.size());
    to[name.size() + 1] = '"';
    to[name.size() + 2] = ':';
    after_key_ = true;
  }
  void string(std::string_view text) {
    value_start();
    quoted(text);
  }
  void null() { literal("null"); }
  void boolean(bool value) { literal(value ? "true" : "false"); }
  void number(std::uint64_t value) {
    value_start();
    fmt::format_to(std::back_inserter(out_), "{}", value);
  }
  // "...Z", or null for a special instant (io's instant_to_json).
  void instant(pt::ptime at) {
    if (at.is_special()) return null();
    string(format_instant(at));
  }
  void instant(const std::optional<pt::ptime>& at) {
    if (!at) return null();
    instant(*at);
  }
  template <class Enum>
  void name(Enum value) {
    string(kefu::detail::name_of(value));
  }

 private:
  void value_start() {
    if (!after_key_ && !first_) out_.push_back(',');
    after_key_ = false;
    first_ = false;
  }
  void open(char bracket) {
    value_start();
    out_.push_back(bracket);
    first_ = true;
  }
  void close(char bracket) {
    out_.push_back(bracket);
    first_ = false;
  }
  void literal(std::string_view text) {
    value_start();
    out_.append(text);
  }
  static bool plain(char c) {
    return static_cast<unsigned char>(c) >= 0x20 && c != '"' && c != '\\';
  }
  // Most strings need no escape and are copied whole.
  void quoted(std::string_view text) {
    if (std::all_of(text.begin(), text.end(), plain)) {
      const std::size_t at = out_.size();
      out_.resize(at + text.size() + 2);
      char* to = out_.data() + at;
      to[0] = '"';
      std::memcpy(to + 1, text.data(), text.size());
      to[text.size() + 1] = '"';
      return;
    }
    static constexpr char hex[] = "0123456789abcdef";
    out_.push_back('"');
    for (const char c : text) {
      const auto byte = static_cast<unsigned char>(c);
      if (plain(c)) {
        out_.push_back(c);
      } else if (c == '"' || c == '\\') {
        out_.push_back('\\');
        out_.push_back(c);
      } else if (const char* short_form = escape(c)) {
        out_.append(std::string_view(short_form, 2));
      } else {
        out_.append(std::string_view("\\u00", 4));
        out_.push_back(hex[byte >> 4]);
        out_.push_back(hex[byte & 15]);
      }
    }
    out_.push_back('"');
  }
  static const char* escape(char c) {
    switch (c) {
      case '\b':
        return "\\b";
      case '\f':
        return "\\f";
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      case '\t':
        return "\\t";
      default:
        return nullptr;
    }
  }

  Buffer& out_;
  bool first_ = true;       // nothing written yet in the current object or array
  bool after_key_ = false;  // a key was written, its value comes next
};

void write_action_fields(JsonText& out, const FiredAction& fired) {
  out.key("at");
  out.string(format_instant(fired.at));
  out.key("rule");
  out.string(fired.rule);
  out.key("occasion");
  out.number(fired.occasion);
  const escalation::Action& action = fired.action;
  out.key("action");
  out.string(escalation::to_string(action.kind));
  switch (action.kind) {
    case escalation::ActionKind::notify:
    case escalation::ActionKind::reassign:
    case escalation::ActionKind::escalate:
      out.key("role");
      out.string(action.role);
      break;
    case escalation::ActionKind::raise_priority:
      out.key("priority");
      out.name(action.priority);
      break;
    case escalation::ActionKind::schedule_follow_up:
      out.key("after");
      out.string(fmt::format("{}", human_duration(action.after)));
      break;
  }
}

// The case summary as io::to_json(CaseSummary) writes it (kefu/io/case_json.hpp), same order.
void write_summary_fields(JsonText& out, const CaseSummary& s) {
  out.key("id");
  out.string(s.id);
  out.key("state");
  out.name(s.state);
  out.key("priority");
  out.name(s.priority);
  out.key("category");
  out.name(s.category);
  out.key("channel");
  out.name(s.channel);
  out.key("scenario");
  out.name(s.scenario);
  out.key("tier");
  out.name(s.tier);
  out.key("handler");
  out.string(s.handler);
  out.key("escalation");
  out.name(s.escalation);
  out.key("flags");
  out.begin_array();
  for (const Flag flag : all_flags) {
    if (s.flags.test(flag)) out.name(flag);
  }
  out.end_array();
  out.key("updated_at");
  out.instant(s.updated_at);
  out.key("checked_until");
  out.instant(s.checked_until);
  out.key("next_check");
  out.instant(s.next_check);
  out.key("as_of");
  out.instant(s.as_of);
  out.key("clocks");
  out.begin_array();
  for (const ClockSummary& clock : s.clocks) {
    out.begin_object();
    out.key("clock");
    out.string(clock.clock.name());
    out.key("deadline");
    out.instant(clock.deadline);
    out.key("status");
    out.name(clock.status);
    out.key("provisional");
    out.boolean(clock.provisional);
    out.end_object();
  }
  out.end_array();
}

void write_line(std::ostream& out, Buffer& text) {
  text.push_back('\n');
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

std::string when(const std::optional<pt::ptime>& at, const TimeZonePtr& zone) {
  return at ? format_instant(*at, zone) : "-";
}

std::string fired_line(const FiredAction& fired, const TimeZonePtr& zone) {
  return fmt::format("{}  {}  (rule {})", format_instant(fired.at, zone), fired.action, fired.rule);
}

}  // namespace

void write_case_jsonl(std::ostream& out, const Case& c, pt::ptime as_of) {
  Buffer text;
  JsonText json(text);
  json.begin_object();
  write_summary_fields(json, summarize(c, as_of));
  json.key("fired");
  json.begin_array();
  for (const FiredAction& action : c.fired) {
    json.begin_object();
    write_action_fields(json, action);
    json.end_object();
  }
  json.end_array();
  json.end_object();
  write_line(out, text);
}

void write_case_table(std::ostream& out, const Case& c, pt::ptime as_of, const TimeZonePtr& zone) {
  const CaseSummary s = summarize(c, as_of);
  out << fmt::format("{}  {}  {} {} via {}  handler {}  escalation {}  next check {}\n", s.id,
                     s.state, s.priority, s.category, s.channel, s.handler, s.escalation,
                     when(s.next_check, zone));
  for (const ClockSummary& clock : s.clocks) {
    out << fmt::format("  {:<20} {:<26} {}{}\n", clock.clock.name(), when(clock.deadline, zone),
                       clock.status, clock.provisional ? " (provisional)" : "");
  }
  for (const FiredAction& fired : c.fired) out << "  fired " << fired_line(fired, zone) << '\n';
}

void write_due_jsonl(std::ostream& out, const DueAction& due) {
  Buffer text;
  JsonText json(text);
  json.begin_object();
  json.key("ticket");
  json.string(due.c->ticket.id);
  write_action_fields(json, due.action);
  json.end_object();
  write_line(out, text);
}

void write_due_table(std::ostream& out, const DueAction& due, const TimeZonePtr& zone) {
  const FiredAction& a = due.action;
  out << fmt::format("{}  {}  {}  (rule {})\n", format_instant(a.at, zone), due.c->ticket.id,
                     a.action, a.rule);
}

}  // namespace kefu::tool
