// kefu::io::classification_json (classification_json.hpp): one JSON line per message.

#include <kefu/io/classification_json.hpp>

#include <fmt/core.h>

namespace kefu::io {

namespace {

// Length of the valid UTF-8 sequence at text[i], or 0 for an invalid byte.
std::size_t sequence_length(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) {
    return k < text.size() ? static_cast<unsigned char>(text[k]) : 0U;
  };
  const auto cont = [&](std::size_t k, unsigned lo = 0x80, unsigned hi = 0xBF) {
    return byte(k) >= lo && byte(k) <= hi;
  };
  const unsigned b = byte(i);
  if (b < 0x80) return 1;
  if (b >= 0xC2 && b <= 0xDF) return cont(i + 1) ? 2 : 0;
  if (b >= 0xE0 && b <= 0xEF) {
    const unsigned lo = b == 0xE0 ? 0xA0 : 0x80;
    const unsigned hi = b == 0xED ? 0x9F : 0xBF;
    return cont(i + 1, lo, hi) && cont(i + 2) ? 3 : 0;
  }
  if (b >= 0xF0 && b <= 0xF4) {
    const unsigned lo = b == 0xF0 ? 0x90 : 0x80;
    const unsigned hi = b == 0xF4 ? 0x8F : 0xBF;
    return cont(i + 1, lo, hi) && cont(i + 2) && cont(i + 3) ? 4 : 0;
  }
  return 0;
}

}  // namespace

std::string json_string(std::string_view text) {
  std::string out = "\"";
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    const std::size_t n = sequence_length(text, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
    } else {
      out.append(text.substr(i, n));
    }
    i += n;
  }
  return out + "\"";
}

namespace {

std::string model_json(const Classification& c) {
  std::string needs;
  std::string fields;
  for (const LearnedField f : learned_fields) {
    const FieldPrediction& p = c.learned[f];
    if (p.abstained)
      needs += fmt::format("{}{}", needs.empty() ? "" : ",", json_string(to_string(f)));
    std::string evidence;
    for (const LearnedEvidence& e : p.evidence) {
      if (!evidence.empty()) evidence += ',';
      evidence += fmt::format(R"({{"feature":{},"weight":{:.3f},"begin":{},"end":{}}})",
                              json_string(e.feature), e.weight, e.begin, e.end);
    }
    fields += fmt::format(R"({}{}:{{"label":{},"best":{},"probability":{:.3f},"evidence":[{}]}})",
                          fields.empty() ? "" : ",", json_string(to_string(f)),
                          json_string(p.label), json_string(p.best), p.probability, evidence);
  }
  return fmt::format(R"(,"needs_person":[{}],"model":{{{}}})", needs, fields);
}

}  // namespace

std::string classification_json(std::string_view text, const Classification& c, bool model) {
  std::string flags;
  for (const Flag flag : all_flags) {
    if (!c.flags.test(flag)) continue;
    if (!flags.empty()) flags += ',';
    flags += json_string(to_string(flag));
  }
  std::string evidence;
  for (const Evidence& e : c.evidence) {
    if (!evidence.empty()) evidence += ',';
    evidence += fmt::format(R"({{"keyword":{},"rule":{},"begin":{},"end":{}}})",
                            json_string(e.keyword), json_string(e.rule), e.begin, e.end);
  }
  return fmt::format(
      R"({{"text":{},"category":"{}","scenario":"{}","priority":"{}","flags":[{}],"evidence":[{}]{}}})",
      json_string(text), to_string(c.category), to_string(c.scenario), to_string(c.priority), flags,
      evidence, model ? model_json(c) : std::string());
}

}  // namespace kefu::io
