// kefu::Classifier: compiles rule packs into one matcher and decides messages (the steps
// are documented in classifier.hpp).

#include "combined.hpp"
#include "utf8.hpp"
#include <kefu/classify/classifier.hpp>
#include <kefu/classify/matcher.hpp>
#include <kefu/core/error.hpp>
#include <kefu/core/parse.hpp>

#include <fmt/core.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <iterator>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <utility>

namespace kefu {
namespace detail {

namespace {

enum class Role : std::uint8_t {
  keyword,
  flag,
  negation,
  neutral,
  question_before,
  question_after,
  past,
  present,
  resolved,
  clause_break,
};

struct PatternRole {
  Role role;
  std::uint32_t index;  // keyword or flag cue index; for a negation, its window
};

// `context` is 0 for a rule that always counts, else the id of the context list it needs.
struct CompiledKeyword {
  Dimension dimension;
  std::uint8_t value;
  double weight;
  std::uint32_t rule_name;
  std::uint32_t context;
};

struct CompiledFlag {
  Flag flag;
  std::uint32_t rule_name;
  std::uint32_t context;
};

// A clause ends at these (full-width forms fold onto the ASCII ones while matching).
constexpr std::array<std::string_view, 11> clause_breaks{",",  ".",  "!", "?", ";", ":",
                                                         "\n", "。", "…", "~", "～"};

// The pattern with ASCII case and full-width forms folded, as the matcher sees it; the
// caller has checked that it is valid UTF-8.
std::string normalized(std::string_view pattern) {
  std::string out;
  const auto* p = reinterpret_cast<const unsigned char*>(pattern.data());
  const auto* end = p + pattern.size();
  while (p < end) {
    const Decoded d = decode_utf8(p, end);
    const char32_t cp = normalize_code_point(d.code_point);
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else {
      out.append(reinterpret_cast<const char*>(p), d.length);
    }
    p += d.length;
  }
  return out;
}

template <class Enum>
std::optional<std::uint8_t> parse_label(std::string_view label) {
  const auto value = parse<Enum>(label);
  if (!value) return std::nullopt;
  return static_cast<std::uint8_t>(*value);
}

}  // namespace

class ClassifierRules {
 public:
  explicit ClassifierRules(const std::vector<RulePack>& packs);
  [[nodiscard]] Classification classify(std::string_view text) const;

 private:
  struct PatternInfo {
    std::string text;  // as first written
    bool word_start = false;
    bool word_end = false;
    bool clause_break = false;
    std::vector<PatternRole> roles;
    std::vector<std::uint32_t> contexts;  // the context lists this pattern belongs to
  };

  std::uint32_t intern(std::string_view pattern, const std::string& place);
  std::uint32_t name(std::string text);
  std::uint32_t context(const std::string& pack_name, const ContextRules& group,
                        const std::string& place);
  void add_rules(const std::string& pack_name, const std::string& where,
                 const std::vector<KeywordRule>& keywords, const std::vector<FlagCue>& flags,
                 std::uint32_t context_id);
  void add(std::string_view pattern, const std::string& place, PatternRole role);
  [[nodiscard]] bool on_word_boundaries(const PatternInfo& info, std::string_view text,
                                        const PatternMatch& m) const;

  std::vector<PatternInfo> patterns_;
  std::map<std::string, std::uint32_t> by_text_;
  std::vector<CompiledKeyword> keywords_;
  std::vector<CompiledFlag> flags_;
  std::vector<std::string> names_;  // rule names shown in evidence
  // What evidence cites, shared with every EvidenceList: the patterns' texts, then the names.
  std::shared_ptr<const std::vector<std::string>> texts_;
  std::vector<std::uint32_t> negation_names_;
  std::vector<std::uint32_t> question_names_;
  std::vector<std::uint32_t> past_names_;
  // Per context id (0: none needed): its window (0: anywhere) and the rule name citing a word.
  struct ContextInfo {
    std::size_t window;
    std::uint32_t rule_name;
  };
  std::vector<ContextInfo> context_info_{{0, 0}};
  // (normalised sorted words, window, name) -> id
  std::map<std::tuple<std::vector<std::string>, std::size_t, std::string>, std::uint32_t>
      context_ids_;
  std::optional<Matcher> matcher_;
};

std::uint32_t ClassifierRules::context(const std::string& pack_name, const ContextRules& group,
                                       const std::string& place) {
  std::vector<std::string> words;
  for (std::size_t i = 0; i < group.words.size(); ++i) {
    const auto id = intern(group.words[i], fmt::format("{} word {}", place, i));
    words.push_back(normalized(patterns_[id].text));
  }
  std::sort(words.begin(), words.end());
  const std::string rule_name = fmt::format("{} {}", pack_name, group.name);
  const auto [it, added] =
      context_ids_.emplace(std::make_tuple(words, group.window, rule_name),
                           static_cast<std::uint32_t>(context_ids_.size() + 1));
  if (added) {
    context_info_.push_back({group.window, name(rule_name)});
    for (const auto& word : group.words) {
      auto& contexts = patterns_[by_text_.at(normalized(word))].contexts;
      // A word listed twice in one group belongs to it once.
      if (std::find(contexts.begin(), contexts.end(), it->second) == contexts.end()) {
        contexts.push_back(it->second);
      }
    }
  }
  return it->second;
}

std::uint32_t ClassifierRules::name(std::string text) {
  names_.push_back(std::move(text));
  return static_cast<std::uint32_t>(names_.size() - 1);
}

std::uint32_t ClassifierRules::intern(std::string_view pattern, const std::string& place) {
  if (pattern.empty()) throw config_error(place + ": empty pattern");
  if (!is_valid_utf8(pattern)) throw config_error(place + ": invalid utf-8");
  auto key = normalized(pattern);
  const auto found = by_text_.find(key);
  if (found != by_text_.end()) return found->second;
  const auto id = static_cast<std::uint32_t>(patterns_.size());
  PatternInfo info;
  info.text = std::string(pattern);
  info.word_start = is_ascii_word(static_cast<unsigned char>(key.front()));
  info.word_end = is_ascii_word(static_cast<unsigned char>(key.back()));
  patterns_.push_back(std::move(info));
  by_text_.emplace(std::move(key), id);
  return id;
}

void ClassifierRules::add(std::string_view pattern, const std::string& place, PatternRole role) {
  patterns_[intern(pattern, place)].roles.push_back(role);
}

void ClassifierRules::add_rules(const std::string& pack_name, const std::string& where,
                                const std::vector<KeywordRule>& keywords,
                                const std::vector<FlagCue>& flags, std::uint32_t context_id) {
  for (std::size_t i = 0; i < keywords.size(); ++i) {
    const KeywordRule& rule = keywords[i];
    const std::string place = fmt::format("{} keyword {}", where, i);
    std::optional<std::uint8_t> value;
    std::string_view dimension;
    switch (rule.dimension) {
      case Dimension::category:
        value = parse_label<Category>(rule.label);
        dimension = "category";
        break;
      case Dimension::scenario:
        value = parse_label<Scenario>(rule.label);
        dimension = "scenario";
        break;
      case Dimension::priority:
        value = parse_label<Priority>(rule.label);
        dimension = "priority";
        break;
    }
    if (!value) {
      throw config_error(fmt::format("{}: unknown {} '{}'", place, dimension, rule.label));
    }
    if (!(rule.weight > 0.0) || !std::isfinite(rule.weight)) {
      throw config_error(place + ": weight must be positive and finite");
    }
    std::string label(dimension);
    switch (rule.dimension) {
      case Dimension::category:
        label = to_string(static_cast<Category>(*value));
        break;
      case Dimension::scenario:
        label = to_string(static_cast<Scenario>(*value));
        break;
      case Dimension::priority:
        label = to_string(static_cast<Priority>(*value));
        break;
    }
    const auto rule_name = name(fmt::format("{} {} {}", pack_name, dimension, label));
    keywords_.push_back({rule.dimension, *value, rule.weight, rule_name, context_id});
    add(rule.pattern, place, {Role::keyword, static_cast<std::uint32_t>(keywords_.size() - 1)});
  }
  for (std::size_t i = 0; i < flags.size(); ++i) {
    const FlagCue& cue = flags[i];
    const std::string place = fmt::format("{} flag {}", where, i);
    if (to_string(cue.flag) == "invalid") throw config_error(place + ": unknown flag");
    flags_.push_back(
        {cue.flag, name(fmt::format("{} flag {}", pack_name, to_string(cue.flag))), context_id});
    add(cue.pattern, place, {Role::flag, static_cast<std::uint32_t>(flags_.size() - 1)});
  }
}

ClassifierRules::ClassifierRules(const std::vector<RulePack>& packs) {
  for (const auto& pack : packs) {
    const std::string where = fmt::format("rule pack '{}'", pack.name);
    add_rules(pack.name, where, pack.keywords, pack.flags, 0);
    for (std::size_t g = 0; g < pack.in_context.size(); ++g) {
      const ContextRules& group = pack.in_context[g];
      const std::string place = fmt::format("{} context rules {}", where, g);
      if (group.words.empty()) throw config_error(place + ": no context words");
      add_rules(pack.name, place, group.keywords, group.flags, context(pack.name, group, place));
    }
    const auto negation_name = name(pack.name + " negation");
    for (std::size_t i = 0; i < pack.negations.size(); ++i) {
      const auto id = intern(pack.negations[i], fmt::format("{} negation {}", where, i));
      patterns_[id].roles.push_back(
          {Role::negation, static_cast<std::uint32_t>(std::min<std::size_t>(
                               pack.negation_window, std::numeric_limits<std::uint32_t>::max()))});
      negation_names_.resize(patterns_.size(), 0);
      negation_names_[id] = negation_name;
    }
    for (std::size_t i = 0; i < pack.neutral_phrases.size(); ++i) {
      add(pack.neutral_phrases[i], fmt::format("{} neutral phrase {}", where, i),
          {Role::neutral, 0});
    }
    const auto question_name = name(pack.name + " question");
    // A question form after a cue counts within the negation window (index).
    const auto window = static_cast<std::uint32_t>(
        std::min<std::size_t>(pack.negation_window, std::numeric_limits<std::uint32_t>::max()));
    const auto add_questions = [&](const std::vector<std::string>& list, Role role,
                                   std::string_view what) {
      for (std::size_t i = 0; i < list.size(); ++i) {
        const auto id = intern(list[i], fmt::format("{} {} {}", where, what, i));
        patterns_[id].roles.push_back({role, role == Role::question_after ? window : 0});
        question_names_.resize(patterns_.size(), 0);
        question_names_[id] = question_name;
      }
    };
    add_questions(pack.questions_before, Role::question_before, "question");
    add_questions(pack.questions_after, Role::question_after, "question");
    const auto past_name = name(pack.name + " past");
    const auto add_markers = [&](const std::vector<std::string>& list, Role role,
                                 std::string_view what) {
      for (std::size_t i = 0; i < list.size(); ++i) {
        const auto id = intern(list[i], fmt::format("{} {} {}", where, what, i));
        patterns_[id].roles.push_back({role, 0});
        past_names_.resize(patterns_.size(), 0);
        past_names_[id] = past_name;
      }
    };
    add_markers(pack.past_markers, Role::past, "past marker");
    add_markers(pack.present_markers, Role::present, "present marker");
    add_markers(pack.resolved_markers, Role::resolved, "resolved marker");
  }
  for (const std::string_view mark : clause_breaks) {
    patterns_[intern(mark, "clause break")].clause_break = true;
  }
  negation_names_.resize(patterns_.size(), 0);
  question_names_.resize(patterns_.size(), 0);
  past_names_.resize(patterns_.size(), 0);

  auto texts = std::make_shared<std::vector<std::string>>();
  texts->reserve(patterns_.size() + names_.size());
  for (const auto& info : patterns_) texts->push_back(info.text);
  matcher_.emplace(*texts);
  texts->insert(texts->end(), names_.begin(), names_.end());
  texts_ = std::move(texts);
}

bool ClassifierRules::on_word_boundaries(const PatternInfo& info, std::string_view text,
                                         const PatternMatch& m) const {
  if (info.word_start && m.begin > 0 &&
      is_ascii_word(static_cast<unsigned char>(text[m.begin - 1]))) {
    return false;
  }
  return !(info.word_end && m.end < text.size() &&
           is_ascii_word(static_cast<unsigned char>(text[m.end])));
}

namespace {

// A safety cue asked about rather than reported counts this much towards a usage question.
constexpr double question_weight = 2.0;

constexpr std::array<Category, 4> category_precedence{Category::complaint, Category::after_sales,
                                                      Category::inquiry, Category::suggestion};
constexpr std::array<Scenario, 10> scenario_precedence{
    Scenario::emergency,    Scenario::fault_repair,      Scenario::return_exchange,
    Scenario::logistics,    Scenario::service_complaint, Scenario::installation,
    Scenario::value_added,  Scenario::remote_assist,     Scenario::order_change,
    Scenario::usage_inquiry};

template <class Enum, std::size_t N, std::size_t M>
std::optional<Enum> best(const std::array<double, N>& scores,
                         const std::array<Enum, M>& precedence) {
  std::optional<Enum> winner;
  double top = 0.0;
  for (const Enum value : precedence) {
    const double score = scores[static_cast<std::size_t>(value)];
    if (score > top) {
      top = score;
      winner = value;
    }
  }
  return winner;
}

Category implied_category(Scenario scenario) {
  switch (scenario) {
    case Scenario::service_complaint:
      return Category::complaint;
    case Scenario::none:
    case Scenario::usage_inquiry:
    case Scenario::logistics:
    case Scenario::order_change:
      return Category::inquiry;
    default:
      return Category::after_sales;
  }
}

std::size_t code_points(std::string_view text, std::size_t from, std::size_t to) {
  std::size_t n = 0;
  for (std::size_t i = from; i < to; ++i) {
    if (!is_continuation(static_cast<unsigned char>(text[i]))) ++n;
  }
  return n;
}

}  // namespace

Classification ClassifierRules::classify(std::string_view text) const {
  thread_local std::vector<PatternMatch> matches;
  thread_local std::vector<std::size_t> breaks;
  thread_local std::vector<char> cue_reported;
  thread_local std::vector<char> context_present;
  // The words of windowed contexts, each with the context it belongs to.
  struct Nearby {
    std::uint32_t context;
    std::uint32_t pattern;
    std::size_t begin;
    std::size_t end;
  };
  thread_local std::vector<Nearby> nearby;
  thread_local std::vector<char> nearby_reported;
  matches.clear();
  breaks.clear();
  nearby.clear();
  context_present.assign(context_ids_.size() + 1, 0);
  context_present[0] = 1;
  matcher_->find_all(text, matches);

  // 1. Word boundaries; clause breaks and context words aside (a context word counts inside a
  //    longer match too, and one that is nothing else hides no shorter match); drop matches
  //    inside longer ones.
  std::size_t n = 0;
  for (const PatternMatch& m : matches) {
    const PatternInfo& info = patterns_[m.pattern];
    if (!on_word_boundaries(info, text, m)) continue;
    for (const std::uint32_t id : info.contexts) {
      if (context_info_[id].window == 0) {
        context_present[id] = 1;
      } else {
        nearby.push_back({id, m.pattern, m.begin, m.end});
      }
    }
    if (info.clause_break) {
      breaks.push_back(m.begin);
      continue;
    }
    if (info.roles.empty()) continue;
    matches[n++] = m;
  }
  std::sort(breaks.begin(), breaks.end());
  std::sort(matches.begin(), matches.begin() + static_cast<std::ptrdiff_t>(n),
            [](const PatternMatch& a, const PatternMatch& b) {
              if (a.begin != b.begin) return a.begin < b.begin;
              if (a.end != b.end) return a.end > b.end;
              return a.pattern < b.pattern;
            });
  std::size_t kept = 0;
  std::size_t max_end = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const PatternMatch m = matches[i];
    if (kept > 0 && max_end >= m.end) continue;
    max_end = std::max(max_end, m.end);
    matches[kept++] = m;
  }
  cue_reported.assign(kept, 0);
  nearby_reported.assign(nearby.size(), 0);

  const auto clause_of = [](std::size_t at) {
    return std::lower_bound(breaks.begin(), breaks.end(), at) - breaks.begin();
  };
  Classification out;
  auto& evidence = out.evidence.entries_;
  evidence.reserve(2 * kept);
  const auto first_name = static_cast<std::uint32_t>(patterns_.size());
  const auto cite = [&](std::size_t cue, std::uint32_t rule_name) {
    if (cue_reported[cue] != 0) return;
    cue_reported[cue] = 1;
    const PatternMatch& c = matches[cue];
    evidence.push_back({c.pattern, first_name + rule_name, c.begin, c.end});
  };
  // Cue positions, so that finding the cue that applies to a match is a binary search and a
  // long text stays linear: question cues by end (before) or begin (after), negations by end.
  struct Cue {
    std::size_t at;
    std::size_t index;
    std::size_t window;
  };
  thread_local std::vector<Cue> questions_before;
  thread_local std::vector<Cue> questions_after;
  thread_local std::vector<Cue> negations;
  // Past (window 0) and present (window 1) markers by end; present ones and resolved ones by
  // begin.
  thread_local std::vector<Cue> tense_before;
  thread_local std::vector<Cue> presents_after;
  thread_local std::vector<Cue> resolved;
  questions_before.clear();
  questions_after.clear();
  negations.clear();
  tense_before.clear();
  presents_after.clear();
  resolved.clear();
  std::size_t widest = 0;
  for (std::size_t i = 0; i < kept; ++i) {
    for (const PatternRole& r : patterns_[matches[i].pattern].roles) {
      if (r.role == Role::question_before) questions_before.push_back({matches[i].end, i, 0});
      if (r.role == Role::question_after) {
        questions_after.push_back({matches[i].begin, i, r.index});
      }
      if (r.role == Role::past) tense_before.push_back({matches[i].end, i, 0});
      if (r.role == Role::present) {
        tense_before.push_back({matches[i].end, i, 1});
        presents_after.push_back({matches[i].begin, i, 0});
      }
      if (r.role == Role::resolved) resolved.push_back({matches[i].begin, i, 0});
      if (r.role == Role::negation) {
        negations.push_back({matches[i].end, i, r.index});
        widest = std::max<std::size_t>(widest, r.index);
      }
    }
  }
  const auto by_at = [](const Cue& a, const Cue& b) { return a.at < b.at; };
  std::sort(questions_before.begin(), questions_before.end(), by_at);
  std::sort(negations.begin(), negations.end(), by_at);
  std::stable_sort(tense_before.begin(), tense_before.end(), by_at);
  const auto last_ending_by = [&by_at](const std::vector<Cue>& cues, std::size_t at) {
    return std::upper_bound(cues.begin(), cues.end(), Cue{at, 0, 0}, by_at);
  };
  // The cue that applies to match t, or kept when none does.
  const auto negation_of = [&](std::size_t t) {
    const PatternMatch& target = matches[t];
    const auto clause = clause_of(target.begin);
    for (auto it = last_ending_by(negations, target.begin); it != negations.begin();) {
      --it;
      // A character is at most 4 bytes: cues further back than that are out of every window.
      if (target.begin - it->at > 4 * widest) break;
      if (clause_of(matches[it->index].begin) == clause &&
          code_points(text, it->at, target.begin) <= it->window) {
        return it->index;
      }
    }
    return kept;
  };
  const auto question_of = [&](std::size_t t) {
    const PatternMatch& target = matches[t];
    const auto clause = clause_of(target.begin);
    const auto before = last_ending_by(questions_before, target.begin);
    if (before != questions_before.begin() &&
        clause_of(matches[std::prev(before)->index].begin) == clause) {
      return std::prev(before)->index;
    }
    // A question form after the cue counts only close to it (within the pack's negation
    // window): 会爆炸吗 asks, 鼓包了 能寄回去换吗 reports and then asks something else.
    const auto after = std::lower_bound(questions_after.begin(), questions_after.end(),
                                        Cue{target.end, 0, 0}, by_at);
    if (after != questions_after.end() && clause_of(after->at) == clause &&
        after->at - target.end <= 4 * after->window &&
        code_points(text, target.end, after->at) <= after->window) {
      return after->index;
    }
    return kept;
  };

  // The safety cue t told as a past event that is over: the marker that says so, or kept.
  const auto past_of = [&](std::size_t t) {
    const PatternMatch& target = matches[t];
    const auto before = last_ending_by(tense_before, target.begin);
    if (before != tense_before.begin()) {
      const Cue& marker = *std::prev(before);
      if (marker.window == 0 && clause_of(matches[marker.index].begin) == clause_of(target.begin)) {
        return marker.index;
      }
    }
    const auto present = std::lower_bound(presents_after.begin(), presents_after.end(),
                                          Cue{target.end, 0, 0}, by_at);
    for (auto it = std::lower_bound(resolved.begin(), resolved.end(), Cue{target.end, 0, 0}, by_at);
         it != resolved.end() && (present == presents_after.end() || it->at < present->at); ++it) {
      if (negation_of(it->index) == kept) return it->index;
    }
    return kept;
  };
  // The nearest word of windowed context `id` within its window of match t, in t's clause,
  // or nearby.size() when there is none.
  const auto nearest_word = [&](std::uint32_t id, std::size_t t) {
    const PatternMatch& m = matches[t];
    const auto clause = clause_of(m.begin);
    const std::size_t window = context_info_[id].window;
    std::size_t found = nearby.size();
    std::size_t best_gap = window + 1;
    for (std::size_t i = 0; i < nearby.size(); ++i) {
      const Nearby& w = nearby[i];
      if (w.context != id) continue;
      const std::size_t bytes = w.end <= m.begin   ? m.begin - w.end
                                : w.begin >= m.end ? w.begin - m.end
                                                   : 0;
      // A character is at most four bytes: a word further away than that is out.
      if (bytes > 4 * window || clause_of(w.begin) != clause) continue;
      const std::size_t gap = w.end <= m.begin   ? code_points(text, w.end, m.begin)
                              : w.begin >= m.end ? code_points(text, m.end, w.begin)
                                                 : 0;
      if (gap < best_gap) {
        best_gap = gap;
        found = i;
      }
    }
    return found;
  };
  const auto context_holds = [&](std::uint32_t id, std::size_t t) {
    if (id == 0 || context_info_[id].window == 0) return context_present[id] != 0;
    return nearest_word(id, t) < nearby.size();
  };
  // A windowed rule that counted cites the word it counted beside.
  const auto cite_word = [&](std::uint32_t id, std::size_t t) {
    if (id == 0 || context_info_[id].window == 0) return;
    const auto w = nearest_word(id, t);
    if (w >= nearby.size() || nearby_reported[w] != 0) return;
    nearby_reported[w] = 1;
    evidence.push_back({nearby[w].pattern, first_name + context_info_[id].rule_name,
                        nearby[w].begin, nearby[w].end});
  };

  // 2-3. Negations, questions, past events, votes and flags; a rule whose context is absent
  //      (or not near enough) does nothing.
  std::size_t t = 0;
  const auto counts = [&](const PatternRole& r) {
    if (r.role == Role::keyword) return context_holds(keywords_[r.index].context, t);
    if (r.role == Role::flag) return context_holds(flags_[r.index].context, t);
    return false;
  };
  for (; t < kept; ++t) {
    const PatternMatch& m = matches[t];
    const PatternInfo& info = patterns_[m.pattern];
    if (std::none_of(info.roles.begin(), info.roles.end(), counts)) continue;
    const bool safety =
        std::any_of(info.roles.begin(), info.roles.end(), [&](const PatternRole& r) {
          return r.role == Role::flag && flags_[r.index].flag == Flag::safety_risk && counts(r);
        });
    // A question about a risk wins over a negation inside it (不会爆炸吧).
    if (safety) {
      if (const auto cue = question_of(t); cue < kept) {
        cite(cue, question_names_[matches[cue].pattern]);
        out.scenario_scores[static_cast<std::size_t>(Scenario::usage_inquiry)] += question_weight;
        out.category_scores[static_cast<std::size_t>(Category::inquiry)] += question_weight;
        continue;
      }
      if (const auto marker = past_of(t); marker < kept) {
        cite(marker, past_names_[matches[marker].pattern]);
        continue;
      }
    }
    if (const auto cue = negation_of(t); cue < kept) {
      cite(cue, negation_names_[matches[cue].pattern]);
      continue;
    }
    for (const PatternRole& r : info.roles) {
      if (!counts(r)) continue;
      if (r.role == Role::keyword) {
        const CompiledKeyword& k = keywords_[r.index];
        switch (k.dimension) {
          case Dimension::category:
            out.category_scores[k.value] += k.weight;
            break;
          case Dimension::scenario:
            out.scenario_scores[k.value] += k.weight;
            break;
          case Dimension::priority:
            out.priority_scores[k.value] += k.weight;
            break;
        }
        evidence.push_back({m.pattern, first_name + k.rule_name, m.begin, m.end});
        cite_word(k.context, t);
      } else if (r.role == Role::flag) {
        const CompiledFlag& f = flags_[r.index];
        out.flags.set(f.flag);
        evidence.push_back({m.pattern, first_name + f.rule_name, m.begin, m.end});
        cite_word(f.context, t);
      }
    }
  }
  // Text order. The list is nearly sorted already (only cited cues come late): an insertion
  // sort when short, stable and without allocation.
  using Entry = EvidenceList::Entry;
  const auto earlier = [](const Entry& a, const Entry& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
  };
  if (evidence.size() > 64) {
    std::stable_sort(evidence.begin(), evidence.end(), earlier);
  } else {
    for (std::size_t i = 1; i < evidence.size(); ++i) {
      const Entry e = evidence[i];
      std::size_t j = i;
      for (; j > 0 && earlier(e, evidence[j - 1]); --j) evidence[j] = evidence[j - 1];
      evidence[j] = e;
    }
  }

  if (!evidence.empty()) out.evidence.texts_ = texts_;

  // A defect reported beside a safety risk or a fault is not a non-essential one.
  if (out.flags.safety_risk || out.score(Scenario::fault_repair) > 0.0) {
    out.flags.non_essential_defect = false;
  }

  // 4. Category and scenario.
  const Flags& flags = out.flags;
  out.scenario = best(out.scenario_scores, scenario_precedence).value_or(Scenario::none);
  if (flags.safety_risk) out.scenario = Scenario::emergency;
  out.category =
      best(out.category_scores, category_precedence).value_or(implied_category(out.scenario));
  if (out.category == Category::suggestion && !flags.safety_risk) out.scenario = Scenario::none;

  // 5. Priority.
  const auto positive = [](double score) { return score > 0.0; };
  const bool any_vote =
      std::any_of(out.category_scores.begin(), out.category_scores.end(), positive) ||
      std::any_of(out.scenario_scores.begin(), out.scenario_scores.end(), positive) ||
      std::any_of(out.priority_scores.begin(), out.priority_scores.end(), positive) ||
      flags.repeat_complaint || flags.escalation_demand || flags.perishable;
  out.priority = raised_priority(
      out, out.category == Category::suggestion || !any_vote ? Priority::low : Priority::normal);
  return out;
}

Priority raised_priority(const Classification& c, Priority priority,
                         FaultRepairRaise fault_repair) {
  const auto raise = [&priority](Priority to) { priority = std::max(priority, to); };
  if (c.category == Category::complaint ||
      (fault_repair == FaultRepairRaise::high && c.scenario == Scenario::fault_repair)) {
    raise(Priority::high);
  }
  for (const Priority value : enum_values<Priority>()) {
    if (c.score(value) > 0.0) raise(value);
  }
  const Flags& flags = c.flags;
  if (flags.repeat_complaint || flags.escalation_demand || flags.perishable) {
    raise(Priority::high);
  }
  if (flags.safety_risk) raise(Priority::critical);
  return priority;
}

}  // namespace detail

Classifier::Classifier(std::vector<RulePack> packs)
    : rules_(std::make_shared<const detail::ClassifierRules>(std::move(packs))) {}

Classification Classifier::classify(std::string_view text) const {
  Classification out = rules_->classify(text);
  if (model_) detail::combine(*model_, default_packs_, text, out);
  return out;
}

Classifier Classifier::keyword_defaults() {
  Classifier keywords(RulePack::default_zh(), RulePack::default_en());
  keywords.default_packs_ = true;
  return keywords;
}

}  // namespace kefu
