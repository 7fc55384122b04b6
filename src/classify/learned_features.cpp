// Feature extraction for kefu::LearnedModel: one pass over the text, code point by code point,
// with the matcher's normalisation (utf8.hpp), then the keyword classification's rules and
// decisions.

#include "learned_features.hpp"

#include "learned_weights.hpp"
#include "utf8.hpp"
#include <kefu/core/flag.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

namespace kefu::detail {

namespace {

// The kinds of n-gram seed their hashes differently, so "e" the word and "e" the character
// never share a bucket by construction (they still may by collision).
enum Seed : std::uint64_t { cjk1 = 1, cjk2, cjk3, word1, word2, rule, decision, bias_seed };

constexpr std::uint64_t combine(std::uint64_t h, std::uint64_t v) noexcept {
  return h ^ (v + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2));
}

// splitmix64's finaliser: every input bit moves the top bits, which pick the bucket.
constexpr std::uint32_t bucket_of(std::uint64_t h, unsigned bits) noexcept {
  h ^= h >> 30;
  h *= 0xBF58476D1CE4E5B9ULL;
  h ^= h >> 27;
  h *= 0x94D049BB133111EBULL;
  h ^= h >> 31;
  return static_cast<std::uint32_t>(h >> (64 - bits));
}

constexpr std::uint64_t fnv1a_start(std::uint64_t seed) noexcept {
  return 0xCBF29CE484222325ULL ^ seed;
}
constexpr std::uint64_t fnv1a_step(std::uint64_t h, char c) noexcept {
  return (h ^ static_cast<unsigned char>(c)) * 0x100000001B3ULL;
}
constexpr std::uint64_t fnv1a(std::string_view bytes, std::uint64_t seed) noexcept {
  std::uint64_t h = fnv1a_start(seed);
  for (const char c : bytes) h = fnv1a_step(h, c);
  return h;
}

// Characters that are neither ASCII nor punctuation nor invalid: CJK and other scripts,
// read as a character stream.
bool is_stream_character(char32_t cp) noexcept {
  if (cp < 0xC0) return false;
  if (cp >= 0x2000 && cp <= 0x206F) return false;  // general punctuation
  if (cp >= 0x3000 && cp <= 0x303F) return false;  // CJK punctuation
  if (cp >= 0xFE30 && cp <= 0xFE4F) return false;  // CJK compatibility forms
  if (cp >= 0xFF00 && cp <= 0xFFEF) return false;  // the half- and full-width forms left
  return true;
}

// What a normalised ASCII character is to the features, read from one table.
enum class Ascii : std::uint8_t { clause_break, space, apostrophe, word };

struct AsciiTable {
  std::array<Ascii, 128> kind{};
  constexpr AsciiTable() {
    for (unsigned c = 0; c < 128; ++c) {
      const auto lower = static_cast<unsigned char>(normalize_code_point(c));
      kind[c] = is_ascii_word(lower) ? Ascii::word
                : lower == '\''      ? Ascii::apostrophe
                : lower == ' '       ? Ascii::space
                                     : Ascii::clause_break;
    }
  }
};

constexpr AsciiTable ascii_table;  // constant: ready before any static is initialised

// Writes a feature field by field through a pointer into room made beforehand: no capacity
// check per feature, and no braced temporary (one was built on the stack and copied in wider
// loads than it was stored with, which stalled on every feature).
template <class Rows>
Feature* emit(Feature* out, const Rows& rows, std::uint32_t bucket, FeatureKind kind,
              std::uint32_t index, std::size_t begin, std::size_t end) noexcept {
  out->bucket = bucket;
  out->kind = kind;
  out->index = index;
  out->row = rows(bucket);
  out->begin = begin;
  out->end = end;
  return out + 1;
}

template <class Rows>
class Extractor {
 public:
  Extractor(unsigned bits, const Rows& rows, Feature* out) : bits_(bits), rows_(rows), out_(out) {}

  void character(char32_t cp, std::size_t begin, std::size_t end) {
    end_word();
    prev_word_ = 0;
    const std::uint64_t c = cp;
    add(combine(cjk1, c), begin, end);
    if (run_ >= 1) add(combine(combine(cjk2, prev1_), c), begin1_, end);
    if (run_ >= 2) add(combine(combine(combine(cjk3, prev2_), prev1_), c), begin2_, end);
    prev2_ = prev1_;
    begin2_ = begin1_;
    prev1_ = c;
    begin1_ = begin;
    ++run_;
  }
  void word_byte(char lower, std::size_t begin, std::size_t end) {
    run_ = 0;
    if (!in_word_) {
      in_word_ = true;
      word_ = fnv1a_start(word1);
      word_begin_ = begin;
    }
    word_ = fnv1a_step(word_, lower);  // the word's hash as it grows, not the word
    word_end_ = end;
  }
  // A space ends a word but not a clause; punctuation ends both.
  void separator(bool clause_break) {
    run_ = 0;
    end_word();
    if (clause_break) prev_word_ = 0;
  }
  // An ASCII character, or a character normalised to one.
  void ascii(unsigned char lower, std::size_t begin, std::size_t end) {
    switch (ascii_table.kind[lower]) {
      case Ascii::word:
        word_byte(static_cast<char>(lower), begin, end);
        break;
      case Ascii::apostrophe:  // "doesn't" and "doesnt" are one word
        break;
      case Ascii::space:
        separator(false);
        break;
      case Ascii::clause_break:
        separator(true);
        break;
    }
  }
  Feature* finish() {
    separator(true);
    return out_;
  }

 private:
  void end_word() {
    if (!in_word_) return;
    in_word_ = false;
    const std::uint64_t w = word_;
    add(w, word_begin_, word_end_);
    if (prev_word_ != 0) add(combine(combine(word2, prev_word_), w), prev_word_begin_, word_end_);
    prev_word_ = w;
    prev_word_begin_ = word_begin_;
  }
  void add(std::uint64_t h, std::size_t begin, std::size_t end) {
    out_ = emit(out_, rows_, bucket_of(h, bits_), FeatureKind::ngram, 0, begin, end);
  }

  unsigned bits_;
  const Rows& rows_;
  Feature* out_;
  int run_ = 0;  // CJK characters in the current run
  std::uint64_t prev1_ = 0, prev2_ = 0;
  std::size_t begin1_ = 0, begin2_ = 0;
  bool in_word_ = false;
  std::uint64_t word_ = 0;  // fnv1a of the word so far
  std::size_t word_begin_ = 0, word_end_ = 0;
  std::uint64_t prev_word_ = 0;
  std::size_t prev_word_begin_ = 0;
};

// A keyword rule's name as a feature: its hash and how it reads as evidence. A classifier cites
// a few rules on every message, under a few dozen distinct names ("zh flag safety_risk");
// hashing a name byte by byte (a chain of multiplications) cost more than looking it up. Cached
// per thread, found by the name's length and first and last eight bytes, and checked against
// its whole text.
struct RuleFeature {
  std::uint64_t hash = 0;
  std::string described;  // "keyword: " + the name
};

constexpr std::string_view keyword_prefix = "keyword: ";

const RuleFeature& rule_feature(std::string_view name) {
  thread_local std::array<RuleFeature, 256> cache;
  std::uint64_t head = 0;
  std::uint64_t tail = 0;
  if (!name.empty()) std::memcpy(&head, name.data(), std::min<std::size_t>(8, name.size()));
  if (name.size() > 8) std::memcpy(&tail, name.data() + name.size() - 8, 8);
  // Fibonacci hashing: the top bits of the product depend on every bit of the key.
  const std::uint64_t key = (head ^ (tail * 0xBF58476D1CE4E5B9ULL)) + name.size();
  RuleFeature& entry = cache[(key * 0x9E3779B97F4A7C15ULL) >> 56];
  const std::string_view held = entry.described;
  if (held.size() != keyword_prefix.size() + name.size() ||
      held.substr(keyword_prefix.size()) != name) {
    entry.hash = fnv1a(name, rule);
    entry.described.assign(keyword_prefix).append(name);
  }
  return entry;
}

// The keyword classifier's decisions as features: the hash and the evidence text of each field
// and value, made once.
struct DecisionFeatures {
  static constexpr std::size_t most =
      std::max({enum_values<Category>().size(), enum_values<Scenario>().size(),
                enum_values<Priority>().size()});
  std::array<std::array<RuleFeature, most>, 3> of;

  DecisionFeatures() {
    for (const Category v : enum_values<Category>()) make(0, v, of[0][index(v)]);
    for (const Scenario v : enum_values<Scenario>()) make(1, v, of[1][index(v)]);
    for (const Priority v : enum_values<Priority>()) make(2, v, of[2][index(v)]);
  }

  template <class Enum>
  static std::size_t index(Enum value) noexcept {
    return static_cast<std::size_t>(value);
  }
  template <class Enum>
  static void make(std::size_t field, Enum value, RuleFeature& into) {
    static constexpr std::array<std::string_view, 3> names{"category ", "scenario ", "priority "};
    into.hash = combine(fnv1a(to_string(value), decision), field);
    into.described.assign("keyword decision: ").append(names[field]).append(to_string(value));
  }
};

template <class Enum>
const RuleFeature& decision_feature(std::size_t field, Enum value) {
  static const DecisionFeatures made;
  if (DecisionFeatures::index(value) < enum_values<Enum>().size()) {
    return made.of[field][DecisionFeatures::index(value)];
  }
  thread_local RuleFeature outside;  // a value outside the enum, in a hand-made Classification
  DecisionFeatures::make(field, value, outside);
  return outside;
}

const RuleFeature& decision_feature(const Classification& keywords, std::size_t field) {
  switch (field) {
    case 0:
      return decision_feature(0, keywords.category);
    case 1:
      return decision_feature(1, keywords.scenario);
    default:
      return decision_feature(2, keywords.priority);
  }
}

template <class Rows>
void extract(std::string_view text, const Classification* keywords, unsigned hash_bits,
             const Rows& rows, std::vector<Feature>& out) {
  // Room for every feature: a text feature ends at every byte at most twice (a word and a word
  // pair), a character of two bytes or more ends three.
  const std::size_t first = out.size();
  const std::size_t cited = keywords == nullptr ? 0 : keywords->evidence.size() + 3;
  out.resize(first + 1 + 2 * text.size() + cited);
  Feature* at =
      emit(out.data() + first, rows, bucket_of(bias_seed, hash_bits), FeatureKind::bias, 0, 0, 0);
  Extractor<Rows> ex(hash_bits, rows, at);
  const auto* base = reinterpret_cast<const unsigned char*>(text.data());
  const auto* end = base + text.size();
  for (const auto* p = base; p < end;) {
    const auto from = static_cast<std::size_t>(p - base);
    if (*p < 0x80U) {
      ex.ascii(static_cast<unsigned char>(normalize_code_point(*p)), from, from + 1);
      ++p;
      continue;
    }
    const Decoded d = decode_utf8(p, end);
    const char32_t cp = normalize_code_point(d.code_point);
    const std::size_t next = from + d.length;
    if (!d.valid) {
      ex.separator(true);
    } else if (cp < 0x80) {  // a full-width form or the ideographic space
      ex.ascii(static_cast<unsigned char>(cp), from, next);
    } else if (cp == 0x2019) {  // the right single quotation mark, an apostrophe
    } else if (is_stream_character(cp)) {
      ex.character(cp, from, next);
    } else {
      ex.separator(true);
    }
    p += d.length;
  }
  at = ex.finish();
  if (keywords != nullptr) {
    const EvidenceList& evidence = keywords->evidence;
    for (std::uint32_t i = 0; i < evidence.size(); ++i) {
      at = emit(at, rows, bucket_of(rule_feature(evidence.rule(i)).hash, hash_bits),
                FeatureKind::keyword_rule, i, 0, 0);
    }
    for (std::uint32_t k = 0; k < 3; ++k) {
      at = emit(at, rows, bucket_of(decision_feature(*keywords, k).hash, hash_bits),
                FeatureKind::keyword_decision, k, 0, 0);
    }
  }
  out.resize(static_cast<std::size_t>(at - out.data()));
}

// No rows: training counts buckets.
struct NoRows {
  std::int32_t operator()(std::uint32_t /*bucket*/) const noexcept { return -1; }
};

// A bucket's row in the model (LearnedWeights::kept and rank), fetched at once. Without a
// branch (a dropped bucket, about one in five, mispredicted): a dropped bucket fetches the row
// of the next kept one, or the last, which does no harm.
template <class Popcount>
struct FindRows {
  const LearnedWeights& w;
  Popcount popcount;
  std::uint32_t last = w.buckets.empty() ? 0 : static_cast<std::uint32_t>(w.buckets.size() - 1);
  std::int32_t operator()(std::uint32_t bucket) const noexcept {
    const std::uint64_t word = w.kept[bucket >> 6];
    const unsigned bit = bucket & 63U;
    const auto r = static_cast<std::uint32_t>(w.rank[bucket >> 6] +
                                              popcount(word & ((std::uint64_t{1} << bit) - 1)));
#if defined(__GNUC__)
    const float* row = w.row(std::min(r, last));
    __builtin_prefetch(row);
    __builtin_prefetch(row + 16);
#endif
    return (word >> bit & 1U) != 0 ? static_cast<std::int32_t>(r) : -1;
  }
};

struct SoftwarePopcount {
  unsigned operator()(std::uint64_t v) const noexcept { return LearnedWeights::popcount(v); }
};

#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
// With the popcnt instruction where the processor has it (the library is built for any x86-64):
// a count is one instruction instead of a dozen, on the way to every row's load.
struct HardwarePopcount {
  __attribute__((target("popcnt"))) unsigned operator()(std::uint64_t v) const noexcept {
    return static_cast<unsigned>(__builtin_popcountll(v));
  }
};

__attribute__((target("popcnt"))) void extract_popcnt(std::string_view text,
                                                      const Classification* keywords,
                                                      const LearnedWeights& rows,
                                                      std::vector<Feature>& out) {
  extract(text, keywords, rows.hash_bits, FindRows<HardwarePopcount>{rows, {}}, out);
}

// Read while statics are initialised, which is why the processor is identified first.
const bool has_popcnt = [] {
  __builtin_cpu_init();
  return __builtin_cpu_supports("popcnt") != 0;
}();
#endif

}  // namespace

void extract_features(std::string_view text, const Classification* keywords, unsigned hash_bits,
                      std::vector<Feature>& out) {
  extract(text, keywords, hash_bits, NoRows{}, out);
}

void extract_features(std::string_view text, const Classification* keywords,
                      const LearnedWeights& rows, std::vector<Feature>& out) {
#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
  if (has_popcnt) return extract_popcnt(text, keywords, rows, out);
#endif
  extract(text, keywords, rows.hash_bits, FindRows<SoftwarePopcount>{rows, {}}, out);
}

std::string describe(const Feature& feature, std::string_view text,
                     const Classification* keywords) {
  switch (feature.kind) {
    case FeatureKind::ngram:
      return std::string(text.substr(feature.begin, feature.end - feature.begin));
    case FeatureKind::keyword_rule:
      return keywords == nullptr ? "keyword"
                                 : rule_feature(keywords->evidence.rule(feature.index)).described;
    case FeatureKind::keyword_decision:
      return keywords == nullptr ? "keyword decision"
                                 : decision_feature(*keywords, feature.index).described;
    case FeatureKind::bias:
      break;
  }
  return "bias";
}

}  // namespace kefu::detail
