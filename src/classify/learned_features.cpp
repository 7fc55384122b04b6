// Feature extraction for kefu::LearnedModel: one pass over the text, code point by code point,
// with the matcher's normalisation (utf8.hpp).

#include "learned_features.hpp"

#include "utf8.hpp"
#include <kefu/core/flag.hpp>

#include <array>

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
bool is_stream_character(char32_t cp, bool valid) noexcept {
  if (!valid || cp < 0xC0) return false;
  if (cp >= 0x2000 && cp <= 0x206F) return false;  // general punctuation
  if (cp >= 0x3000 && cp <= 0x303F) return false;  // CJK punctuation
  if (cp >= 0xFE30 && cp <= 0xFE4F) return false;  // CJK compatibility forms
  if (cp >= 0xFF00 && cp <= 0xFFEF) return false;  // the half- and full-width forms left
  return true;
}

// Appends a feature written field by field in place: a braced temporary was built on the stack
// and copied in wider loads than it was stored with, which stalled on every feature.
void emit(std::vector<Feature>& out, std::uint32_t bucket, FeatureKind kind, std::uint32_t index,
          std::size_t begin, std::size_t end) {
  Feature& f = out.emplace_back();
  f.bucket = bucket;
  f.kind = kind;
  f.index = index;
  f.begin = begin;
  f.end = end;
}

bool is_apostrophe(char32_t cp) noexcept { return cp == U'\'' || cp == 0x2019; }

class Extractor {
 public:
  Extractor(unsigned bits, std::vector<Feature>& out) : bits_(bits), out_(out) {}

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
  void finish() { separator(true); }

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
    emit(out_, bucket_of(h, bits_), FeatureKind::ngram, 0, begin, end);
  }

  unsigned bits_;
  std::vector<Feature>& out_;
  int run_ = 0;  // CJK characters in the current run
  std::uint64_t prev1_ = 0, prev2_ = 0;
  std::size_t begin1_ = 0, begin2_ = 0;
  bool in_word_ = false;
  std::uint64_t word_ = 0;  // fnv1a of the word so far
  std::size_t word_begin_ = 0, word_end_ = 0;
  std::uint64_t prev_word_ = 0;
  std::size_t prev_word_begin_ = 0;
};

}  // namespace

void extract_features(std::string_view text, const Classification* keywords, unsigned hash_bits,
                      std::vector<Feature>& out) {
  emit(out, bucket_of(bias_seed, hash_bits), FeatureKind::bias, 0, 0, 0);
  Extractor ex(hash_bits, out);
  const auto* base = reinterpret_cast<const unsigned char*>(text.data());
  const auto* end = base + text.size();
  for (const auto* p = base; p < end;) {
    const Decoded d = decode_utf8(p, end);
    const char32_t cp = normalize_code_point(d.code_point);
    const auto at = static_cast<std::size_t>(p - base);
    const std::size_t next = at + d.length;
    if (d.valid && cp < 0x80 && is_ascii_word(static_cast<unsigned char>(cp))) {
      ex.word_byte(static_cast<char>(cp), at, next);
    } else if (d.valid && is_apostrophe(cp)) {
      // "doesn't" and "doesnt" are one word
    } else if (is_stream_character(cp, d.valid)) {
      ex.character(cp, at, next);
    } else {
      ex.separator(!(d.valid && cp == U' '));
    }
    p += d.length;
  }
  ex.finish();
  if (keywords == nullptr) return;
  const EvidenceList& evidence = keywords->evidence;
  for (std::uint32_t i = 0; i < evidence.size(); ++i) {
    emit(out, bucket_of(fnv1a(evidence.rule(i), rule), hash_bits), FeatureKind::keyword_rule, i, 0,
         0);
  }
  const std::array<std::string_view, 3> decided{
      to_string(keywords->category), to_string(keywords->scenario), to_string(keywords->priority)};
  for (std::uint32_t k = 0; k < decided.size(); ++k) {
    const std::uint64_t h = combine(fnv1a(decided[k], decision), k);
    emit(out, bucket_of(h, hash_bits), FeatureKind::keyword_decision, k, 0, 0);
  }
}

namespace {

// One allocation at most, where fmt::format and operator+ took two or three.
std::string joined(std::string_view a, std::string_view b) {
  std::string out;
  out.reserve(a.size() + b.size());
  out.append(a).append(b);
  return out;
}

}  // namespace

std::string describe(const Feature& feature, std::string_view text,
                     const Classification* keywords) {
  switch (feature.kind) {
    case FeatureKind::ngram:
      return std::string(text.substr(feature.begin, feature.end - feature.begin));
    case FeatureKind::keyword_rule:
      return keywords == nullptr ? "keyword"
                                 : joined("keyword: ", keywords->evidence.rule(feature.index));
    case FeatureKind::keyword_decision:
      if (keywords == nullptr) return "keyword decision";
      switch (feature.index) {
        case 0:
          return joined("keyword decision: category ", to_string(keywords->category));
        case 1:
          return joined("keyword decision: scenario ", to_string(keywords->scenario));
        default:
          return joined("keyword decision: priority ", to_string(keywords->priority));
      }
    case FeatureKind::bias:
      break;
  }
  return "bias";
}

}  // namespace kefu::detail
