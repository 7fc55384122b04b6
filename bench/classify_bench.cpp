// Throughput of kefu::Matcher and kefu::Classifier against baselines run in the same
// process: a std::regex alternation and a loop of std::string_view::find per keyword.
// With KEFU_HAVE_HYPERSCAN defined and libhs linked (see bench/RESULTS.md for the CMake
// lines), Hyperscan's literal matching of the same patterns runs as a third baseline.
//
// Two texts of 4 MB: "messages", the hand-labelled corpus messages of tests/classify (two
// thirds Chinese, one third English) shuffled and repeated, and "dense", generated from
// common hanzi and English words with a default-pack keyword every 12 tokens (a stress
// case: about three times as many matches).
//
//   build/release/bench/classify_bench --benchmark_min_time=0.2

#include <kefu/classify/classifier.hpp>
#include <kefu/classify/matcher.hpp>
#include <kefu/classify/rule_pack.hpp>

#include <benchmark/benchmark.h>

#include <fstream>
#if defined(KEFU_HAVE_HYPERSCAN)
#include <hs/hs.h>
#endif

#include <random>
#include <regex>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace {

// Common hanzi (about 500), so generated text and patterns share characters as real
// Chinese does.
constexpr std::string_view common_hanzi =
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子"
    "说"
    "产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当"
    "使"
    "点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你"
    "明"
    "看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果"
    "料"
    "象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农"
    "指"
    "几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济"
    "阶"
    "油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示"
    "议"
    "声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装"
    "影"
    "算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克"
    "何"
    "除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适"
    "属"
    "圆包火住调满县局照参红细引听该铁价严龙飞退货款换修坏冒烟漏投诉快递物流";

constexpr std::string_view english_words[] = {
    "the",    "order",  "please", "my",     "was",   "it",     "and",    "not",   "refund",
    "item",   "box",    "when",   "will",   "you",   "arrive", "today",  "still", "help",
    "screen", "phone",  "thanks", "hello",  "color", "size",   "return", "new",   "app",
    "water",  "heater", "door",   "again",  "store", "price",  "day",    "time",  "fast",
    "works",  "broken", "need",   "number", "check", "status", "waiting"};

std::vector<std::string> hanzi() {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < common_hanzi.size(); i += 3) {
    out.emplace_back(common_hanzi.substr(i, 3));
  }
  return out;
}

std::string random_cjk(std::mt19937& rng) {
  const auto cp = static_cast<char32_t>(0x4E00 + rng() % (0x9FA5 - 0x4E00));
  std::string s;
  s += static_cast<char>(0xE0 | (cp >> 12));
  s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  s += static_cast<char>(0x80 | (cp & 0x3F));
  return s;
}

// Every pattern the default classifier searches for.
std::vector<std::string> default_patterns() {
  std::vector<std::string> out;
  for (const auto& pack : {kefu::RulePack::default_zh(), kefu::RulePack::default_en()}) {
    for (const auto& k : pack.keywords) out.push_back(k.pattern);
    for (const auto& f : pack.flags) out.push_back(f.pattern);
    for (const auto* list :
         {&pack.negations, &pack.neutral_phrases, &pack.questions_before, &pack.questions_after}) {
      out.insert(out.end(), list->begin(), list->end());
    }
  }
  std::set<std::string> unique(out.begin(), out.end());
  return {unique.begin(), unique.end()};
}

// Synthetic CJK patterns of 2-5 characters, mostly common ones.
std::vector<std::string> cjk_patterns(std::size_t count) {
  std::mt19937 rng(42);
  const auto chars = hanzi();
  std::set<std::string> unique;
  while (unique.size() < count) {
    std::string p;
    const int len = 2 + static_cast<int>(rng() % 4);
    for (int i = 0; i < len; ++i)
      p += rng() % 10 < 7 ? chars[rng() % chars.size()] : random_cjk(rng);
    unique.insert(p);
  }
  return {unique.begin(), unique.end()};
}

// One message: two thirds Chinese, one third English, sometimes with a keyword.
std::string message(std::mt19937& rng, const std::vector<std::string>& chars,
                    const std::vector<std::string>& keywords, std::size_t bytes) {
  std::string m;
  const bool chinese = rng() % 3 != 0;
  while (m.size() < bytes) {
    if (rng() % 12 == 0) {
      m += keywords[rng() % keywords.size()];
    } else if (chinese) {
      m += chars[rng() % chars.size()];
    } else {
      m += english_words[rng() % std::size(english_words)];
      m += ' ';
    }
  }
  return m;
}

std::string mixed_text(std::size_t bytes) {
  std::mt19937 rng(7);
  const auto chars = hanzi();
  const auto keywords = default_patterns();
  std::string text;
  while (text.size() < bytes) {
    text += message(rng, chars, keywords, 20 + rng() % 80);
    text += '\n';
  }
  return text;
}

// The corpus messages, found next to this file; empty when the source tree is not there.
std::vector<std::string> corpus_messages() {
  std::string path = __FILE__;
  path = path.substr(0, path.rfind('/') + 1) + "../tests/classify/corpus.txt";
  std::ifstream in(path);
  std::vector<std::string> out;
  std::string line;
  while (std::getline(in, line)) {
    const auto bar = line.find(" | ");
    if (line.empty() || line[0] == '#' || bar == std::string::npos) continue;
    out.push_back(line.substr(bar + 3));
  }
  return out;
}

std::string messages_text(std::size_t bytes) {
  const auto messages = corpus_messages();
  if (messages.empty()) return mixed_text(bytes);
  std::mt19937 rng(11);
  std::string text;
  while (text.size() < bytes) {
    text += messages[rng() % messages.size()];
    text += '\n';
  }
  return text;
}

const std::string& text(int which = 0) {
  static const std::string messages = messages_text(4 << 20);
  static const std::string dense = mixed_text(4 << 20);
  return which == 0 ? messages : dense;
}

std::string_view slice(std::size_t bytes) {
  std::string_view t = std::string_view(text()).substr(0, bytes);
  while (!t.empty() && (static_cast<unsigned char>(t.back()) & 0xC0) == 0x80) t.remove_suffix(1);
  return t.substr(0, t.rfind('\n') + 1);
}

const std::vector<std::string>& patterns(int which) {
  static const std::vector<std::string> defaults = default_patterns();
  static const std::vector<std::string> synthetic = cjk_patterns(10000);
  return which == 0 ? defaults : synthetic;
}

const kefu::Matcher& matcher(int which) {
  static const kefu::Matcher defaults(patterns(0));
  static const kefu::Matcher synthetic(patterns(1));
  return which == 0 ? defaults : synthetic;
}

void label(benchmark::State& state, int which) {
  state.SetLabel(which == 0 ? "default packs" : "10k CJK patterns");
  state.counters["patterns"] = static_cast<double>(patterns(which).size());
}

void BM_Matcher(benchmark::State& state) {
  const int which = static_cast<int>(state.range(0));
  const std::string& t = text(static_cast<int>(state.range(1)));
  const kefu::Matcher& m = matcher(which);
  std::size_t matches = 0;
  for (auto _ : state) {
    matches = m.count(t);
    benchmark::DoNotOptimize(matches);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * t.size()));
  state.counters["matches"] = static_cast<double>(matches);
  state.counters["table_KiB"] = static_cast<double>(m.memory_bytes()) / 1024.0;
  label(state, which);
  state.SetLabel(std::string(which == 0 ? "default packs" : "10k CJK patterns") +
                 (state.range(1) == 0 ? ", messages" : ", dense"));
}

// find_all: the same scan, storing every match.
void BM_MatcherFindAll(benchmark::State& state) {
  const int which = static_cast<int>(state.range(0));
  const kefu::Matcher& m = matcher(which);
  std::vector<kefu::PatternMatch> matches;
  for (auto _ : state) {
    matches.clear();
    m.find_all(text(), matches);
    benchmark::DoNotOptimize(matches.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text().size()));
  label(state, which);
}

// Baseline: every keyword searched on its own with string_view::find (no normalisation).
void BM_FindLoop(benchmark::State& state) {
  const int which = static_cast<int>(state.range(0));
  const std::string_view t = slice(which == 0 ? (512 << 10) : (64 << 10));
  const auto& ps = patterns(which);
  std::size_t matches = 0;
  for (auto _ : state) {
    matches = 0;
    for (const auto& p : ps) {
      for (auto at = t.find(p); at != std::string_view::npos; at = t.find(p, at + 1)) ++matches;
    }
    benchmark::DoNotOptimize(matches);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * t.size()));
  state.counters["matches"] = static_cast<double>(matches);
  label(state, which);
}

std::string regex_escape(std::string_view p) {
  std::string out;
  for (const char c : p) {
    if (std::string_view("\\^$.|?*+()[]{}").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

// Baseline: one std::regex alternation of the default packs' patterns (non-overlapping
// matches, leftmost alternative first). 10 000 alternatives are not attempted: std::regex
// matches them by recursion and is far too slow.
void BM_RegexAlternation(benchmark::State& state) {
  std::string alternation;
  for (const auto& p : patterns(0)) {
    if (!alternation.empty()) alternation += '|';
    alternation += regex_escape(p);
  }
  const std::regex re(alternation, std::regex::icase | std::regex::optimize);
  const std::string t(slice(16 << 10));
  std::size_t matches = 0;
  for (auto _ : state) {
    matches = static_cast<std::size_t>(
        std::distance(std::sregex_iterator(t.begin(), t.end(), re), std::sregex_iterator()));
    benchmark::DoNotOptimize(matches);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * t.size()));
  state.counters["matches"] = static_cast<double>(matches);
  label(state, 0);
}

// Corpus messages joined and cut to at most 60 bytes each, on a character boundary.
std::vector<std::string> messages_of_60_bytes() {
  auto corpus = corpus_messages();
  std::mt19937 rng(3);
  std::vector<std::string> out;
  if (corpus.empty()) {
    const auto chars = hanzi();
    const auto keywords = default_patterns();
    for (int i = 0; i < 4096; ++i) out.push_back(message(rng, chars, keywords, 56));
    return out;
  }
  for (int i = 0; i < 4096; ++i) {
    std::string m = corpus[rng() % corpus.size()];
    while (m.size() < 60) m += " " + corpus[rng() % corpus.size()];
    std::size_t cut = 60;  // on a character boundary
    while ((static_cast<unsigned char>(m[cut]) & 0xC0) == 0x80) --cut;
    out.push_back(m.substr(0, cut));
  }
  return out;
}

void BM_ClassifyMessages(benchmark::State& state) {
  const auto classifier = kefu::Classifier::keyword_defaults();
  const auto messages = messages_of_60_bytes();
  std::size_t i = 0;
  std::size_t bytes = 0;
  for (auto _ : state) {
    const auto& m = messages[i++ % messages.size()];
    bytes += m.size();
    auto c = classifier.classify(m);
    benchmark::DoNotOptimize(c);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
  state.counters["bytes_per_message"] =
      static_cast<double>(bytes) / static_cast<double>(state.iterations());
}

// Classifying and keeping every piece of evidence as owned strings, as a host that stores it
// beyond the call must (written so that it also builds against views, to compare with them).
void BM_ClassifyMessagesKeepEvidence(benchmark::State& state) {
  struct Kept {
    std::string keyword;
    std::string rule;
    std::size_t begin;
    std::size_t end;
  };
  const auto classifier = kefu::Classifier::keyword_defaults();
  const auto messages = messages_of_60_bytes();
  std::vector<Kept> kept;
  std::size_t i = 0;
  std::size_t pieces = 0;
  for (auto _ : state) {
    kept.clear();
    const auto c = classifier.classify(messages[i++ % messages.size()]);
    for (auto e : c.evidence) {
      kept.push_back(
          {std::string(std::move(e.keyword)), std::string(std::move(e.rule)), e.begin, e.end});
    }
    pieces += kept.size();
    benchmark::DoNotOptimize(kept.data());
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
  state.counters["evidence_per_message"] =
      static_cast<double>(pieces) / static_cast<double>(state.iterations());
}

// Baseline: a hand-written classifier's core, string_view::find of every default keyword.
void BM_ClassifyMessagesFindLoop(benchmark::State& state) {
  const auto messages = messages_of_60_bytes();
  const auto& ps = patterns(0);
  std::size_t i = 0;
  for (auto _ : state) {
    const std::string_view m = messages[i++ % messages.size()];
    std::size_t hits = 0;
    for (const auto& p : ps) hits += m.find(p) != std::string_view::npos;
    benchmark::DoNotOptimize(hits);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}

void BM_BuildMatcher(benchmark::State& state) {
  const int which = static_cast<int>(state.range(0));
  for (auto _ : state) {
    kefu::Matcher m(patterns(which));
    benchmark::DoNotOptimize(m);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * patterns(which).size()));
  label(state, which);
}

// Baseline for the build: inserting the same patterns into a std::set (sorting and copying,
// no automaton).
void BM_BuildSetBaseline(benchmark::State& state) {
  const int which = static_cast<int>(state.range(0));
  for (auto _ : state) {
    std::set<std::string> s(patterns(which).begin(), patterns(which).end());
    benchmark::DoNotOptimize(s);
  }
  label(state, which);
}

void BM_BuildDefaultClassifier(benchmark::State& state) {
  for (auto _ : state) {
    auto c = kefu::Classifier::keyword_defaults();
    benchmark::DoNotOptimize(c);
  }
}

#if defined(KEFU_HAVE_HYPERSCAN)
// Hyperscan's literal API over the same patterns, caseless like kefu's folding of ASCII.
// It reports every match end as soon as it is seen, so its counts differ a little.
class Hyperscan {
 public:
  explicit Hyperscan(const std::vector<std::string>& patterns) {
    std::vector<const char*> expressions;
    std::vector<std::size_t> lengths;
    std::vector<unsigned> flags;
    std::vector<unsigned> ids;
    for (std::size_t i = 0; i < patterns.size(); ++i) {
      expressions.push_back(patterns[i].data());
      lengths.push_back(patterns[i].size());
      flags.push_back(HS_FLAG_CASELESS);
      ids.push_back(static_cast<unsigned>(i));
    }
    hs_compile_error_t* error = nullptr;
    if (hs_compile_lit_multi(expressions.data(), flags.data(), ids.data(), lengths.data(),
                             static_cast<unsigned>(patterns.size()), HS_MODE_BLOCK, nullptr,
                             &database_, &error) != HS_SUCCESS) {
      const std::string message = error != nullptr ? error->message : "unknown error";
      hs_free_compile_error(error);
      throw std::runtime_error("hyperscan: " + message);
    }
    hs_alloc_scratch(database_, &scratch_);
  }
  Hyperscan(const Hyperscan&) = delete;
  Hyperscan& operator=(const Hyperscan&) = delete;
  ~Hyperscan() {
    hs_free_scratch(scratch_);
    hs_free_database(database_);
  }

  std::size_t count(std::string_view text) const {
    std::size_t n = 0;
    hs_scan(
        database_, text.data(), static_cast<unsigned>(text.size()), 0, scratch_,
        [](unsigned, unsigned long long, unsigned long long, unsigned, void* context) {
          ++*static_cast<std::size_t*>(context);
          return 0;
        },
        &n);
    return n;
  }

 private:
  hs_database_t* database_ = nullptr;
  hs_scratch_t* scratch_ = nullptr;
};

void BM_Hyperscan(benchmark::State& state) {
  const int which = static_cast<int>(state.range(0));
  const Hyperscan hs(patterns(which));
  std::size_t matches = 0;
  for (auto _ : state) {
    matches = hs.count(text());
    benchmark::DoNotOptimize(matches);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text().size()));
  state.counters["matches"] = static_cast<double>(matches);
  label(state, which);
}

void BM_BuildHyperscan(benchmark::State& state) {
  const int which = static_cast<int>(state.range(0));
  for (auto _ : state) {
    Hyperscan hs(patterns(which));
    benchmark::DoNotOptimize(&hs);
  }
  label(state, which);
}
#endif

}  // namespace

BENCHMARK(BM_Matcher)
    ->Args({0, 0})
    ->Args({1, 0})
    ->Args({0, 1})
    ->Args({1, 1})
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_MatcherFindAll)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FindLoop)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RegexAlternation)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ClassifyMessages);
BENCHMARK(BM_ClassifyMessagesKeepEvidence);
BENCHMARK(BM_ClassifyMessagesFindLoop);
BENCHMARK(BM_BuildMatcher)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_BuildSetBaseline)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_BuildDefaultClassifier)->Unit(benchmark::kMillisecond);
#if defined(KEFU_HAVE_HYPERSCAN)
BENCHMARK(BM_Hyperscan)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_BuildHyperscan)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
#endif

BENCHMARK_MAIN();
