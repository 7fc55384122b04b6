// Counting records into monthly tallies.

#include <kefu/calendar/time_zone.hpp>
#include <kefu/core/error.hpp>
#include <kefu/kpi/accumulator.hpp>

#include <boost/date_time/local_time/local_time.hpp>

#include <algorithm>
#include <cstring>
#include <memory>
#include <string>
#include <utility>

namespace kefu::kpi {
namespace {

namespace pt = boost::posix_time;
namespace lt = boost::local_time;

Added refuse(std::string_view reason) { return Added{reason}; }

// A refused record is counted in its group; kept out of line so the counting path stays short.
[[gnu::cold, gnu::noinline]] Added refuse_in(Tally& t, std::string_view reason) {
  ++t.refused;
  return Added{reason};
}

// The hot path works on tick counts (microseconds): time_duration's comparisons and ptime's
// subtraction check for special values out of line, which costs more than the rest of counting
// a call. ptime keeps its count in a protected member; a pointer to it, formed in a derived
// class, reads it from any ptime. Only for instants already checked not to be special.
struct PtimeCount : pt::ptime {
  static std::int64_t of(const pt::ptime& t) noexcept {
    return (t.*(&PtimeCount::time_)).time_count();
  }
};

std::int64_t ticks_between(pt::ptime from, pt::ptime to) {
  return PtimeCount::of(to) - PtimeCount::of(from);
}

constexpr std::int64_t ticks_per_ms = pt::time_duration::ticks_per_second() / 1000;

std::int64_t ms_between(pt::ptime from, pt::ptime to) {
  return ticks_between(from, to) / ticks_per_ms;
}

}  // namespace

namespace detail {

struct ZoneRules {
  lt::time_zone_ptr zone;
};

}  // namespace detail

namespace {

// The one POSIX TZ reader of the library, the business calendar's.
std::shared_ptr<const detail::ZoneRules> make_zone(const std::string& text) {
  try {
    return std::make_shared<const detail::ZoneRules>(detail::ZoneRules{posix_time_zone(text)});
  } catch (const config_error& e) {
    throw argument_error(std::string("kpi accumulator: ") + e.what());
  }
}

// The first UTC instant of local day `day`. A midnight skipped by DST starts the day at the
// transition; a repeated midnight starts it at the first one.
pt::ptime start_of_local_day(boost::gregorian::date day, const lt::time_zone_ptr& zone) {
  try {
    return lt::local_date_time(day, pt::hours(0), zone, lt::local_date_time::EXCEPTION_ON_ERROR)
        .utc_time();
  } catch (const lt::ambiguous_result&) {
    return lt::local_date_time(day, pt::hours(0), zone, true).utc_time();
  } catch (const lt::time_label_invalid&) {
    return lt::local_date_time(day, pt::hours(0), zone, false).utc_time();
  }
}

template <class Word>
Word load(const char* p) noexcept {
  Word w;
  std::memcpy(&w, p, sizeof w);
  return w;
}

// The table's hash of a slot's words.
std::uint32_t agent_hash(std::uint64_t head, std::uint64_t tail, std::uint32_t size) noexcept {
  const std::uint64_t h = (head ^ ((tail << 31) | (tail >> 33)) ^ size) * 0x9E3779B97F4A7C15u;
  return static_cast<std::uint32_t>(h >> 32);
}

constexpr std::size_t first_agent_slots = 16;

std::uint32_t channel_dimension(GroupBy by, Channel channel) {
  switch (by) {
    case GroupBy::channel:
      return static_cast<std::uint32_t>(channel);
    case GroupBy::none:
    case GroupBy::agent:
    case GroupBy::category:
      break;
  }
  return no_dimension;
}

// reference is not special (checked first).
bool before(const std::optional<pt::ptime>& t, pt::ptime reference) {
  return t && (t->is_special() || PtimeCount::of(*t) < PtimeCount::of(reference));
}

// The first instant whose month the accumulator cannot hold (see group_slow).
const std::int64_t year_9999 = PtimeCount::of(pt::ptime(boost::gregorian::date(9999, 1, 1)));

Added check(const CaseRecord& c) {
  if (c.opened_at.is_special()) return refuse("case record: no opened time");
  if (static_cast<std::size_t>(c.category) >= CaseTally::category_count) {
    return refuse("case record: unknown category");
  }
  if (before(c.replied_at, c.opened_at)) return refuse("case record: replied before opened");
  if (before(c.resolved_at, c.opened_at)) return refuse("case record: resolved before opened");
  if (c.reply_due && c.reply_due->is_special())
    return refuse("case record: invalid reply deadline");
  if (!c.reply_due && c.category == Category::inquiry) {
    return refuse("case record: inquiry without a reply deadline");
  }
  if (c.opened_as_repeat && c.category != Category::complaint) {
    return refuse("case record: repeat complaint that is not a complaint");
  }
  for (const pt::ptime reopen : c.reopened_at) {
    if (before(reopen, c.opened_at)) return refuse("case record: reopened before opened");
    // Its month must exist as a group: the same bound as opened_at's.
    if (PtimeCount::of(reopen) >= year_9999) {
      return refuse("case record: reopened time outside years 1401..9998");
    }
  }
  if (c.resolved_at_first_contact && !c.resolved_at && !c.reopened()) {
    return refuse("case record: resolved at first contact but never resolved");
  }
  return Added{};
}

// Without branches: ratings come in any order, and mispredicted branches cost more than adds.
inline void count_rating(RatingTally& t, const std::optional<Rating>& rating) {
  const bool rated = rating.has_value();
  const Rating value = rating.value_or(Rating::unsatisfied);
  ++t.cases;
  t.rated += rated;
  t.satisfied += rated & (value == Rating::satisfied);
  t.basically_satisfied += rated & (value == Rating::basically_satisfied);
}

}  // namespace

Accumulator::Accumulator(AccumulatorOptions options) : options_(std::move(options)) {
  zone_ = make_zone(options_.zone);
  const auto bad = [](pt::time_duration d) { return d.is_special() || d.is_negative(); };
  if (bad(options_.answer_target)) throw argument_error("kpi accumulator: negative answer target");
  if (bad(options_.short_abandon)) {
    throw argument_error("kpi accumulator: negative short-abandon threshold");
  }
  if (bad(options_.complaint_answer_limit)) {
    throw argument_error("kpi accumulator: negative complaint answer limit");
  }
  cache_thresholds();
}

void Accumulator::cache_thresholds() noexcept {
  answer_target_ticks_ = options_.answer_target.ticks();
  short_abandon_ticks_ = options_.short_abandon.ticks();
  answer_limit_ms_ = options_.complaint_answer_limit.total_milliseconds();
}

Accumulator::Accumulator(const Accumulator& other)
    : options_(other.options_),
      zone_(other.zone_),
      groups_(other.groups_),
      refused_without_month_(other.refused_without_month_),
      agents_(other.agents_),
      agent_slots_(other.agent_slots_) {
  cache_thresholds();
}

Accumulator::Accumulator(Accumulator&& other) noexcept
    : options_(std::move(other.options_)),
      zone_(other.zone_),
      groups_(std::move(other.groups_)),
      refused_without_month_(other.refused_without_month_),
      agents_(std::move(other.agents_)),
      agent_slots_(std::move(other.agent_slots_)) {
  cache_thresholds();
  other.last_ = nullptr;
  other.recent_.clear();
}

Accumulator& Accumulator::operator=(const Accumulator& other) {
  if (this != &other) {
    options_ = other.options_;
    zone_ = other.zone_;
    groups_ = other.groups_;
    refused_without_month_ = other.refused_without_month_;
    agents_ = other.agents_;
    agent_slots_ = other.agent_slots_;
    last_ = nullptr;
    month_start_ = month_end_ = 0;
    recent_.clear();
    cache_thresholds();
  }
  return *this;
}

Accumulator& Accumulator::operator=(Accumulator&& other) noexcept {
  if (this != &other) {
    options_ = std::move(other.options_);
    zone_ = other.zone_;
    groups_ = std::move(other.groups_);
    refused_without_month_ = other.refused_without_month_;
    agents_ = std::move(other.agents_);
    agent_slots_ = std::move(other.agent_slots_);
    last_ = nullptr;
    month_start_ = month_end_ = 0;
    recent_.clear();
    cache_thresholds();
    other.last_ = nullptr;
    other.recent_.clear();
  }
  return *this;
}

Month Accumulator::month_of(pt::ptime utc) const {
  if (utc.is_special() || utc.date().year() <= 1400 || utc.date().year() >= 9999) {
    throw argument_error("kpi accumulator: time outside years 1401..9998");
  }
  const auto local = lt::local_date_time(utc, zone_->zone).local_time().date();
  return Month{static_cast<int>(local.year()), static_cast<int>(local.month())};
}

Tally* Accumulator::group_slow(pt::ptime at, std::uint32_t dimension) {
  const std::int64_t count = PtimeCount::of(at);
  if (!(month_start_ <= count && count < month_end_)) {
    // Local months of the first and last UTC year could fall outside what dates can hold.
    const int year = at.date().year();
    if (year <= 1400 || year >= 9999) return nullptr;
    month_ = month_of(at);
    const boost::gregorian::date first(static_cast<unsigned short>(month_.year),
                                       static_cast<unsigned short>(month_.month), 1);
    month_start_ = PtimeCount::of(start_of_local_day(first, zone_->zone));
    month_end_ =
        PtimeCount::of(start_of_local_day(first + boost::gregorian::months(1), zone_->zone));
    recent_.assign(options_.group_by == GroupBy::none ? 0 : recent_size, Recent{});
    for (detail::AgentSlot& slot : agent_slots_) slot.group = nullptr;
  }
  last_key_ = GroupKey{month_, dimension};
  last_ = &groups_[last_key_];
  if (!recent_.empty()) recent_[dimension % recent_size] = Recent{dimension, last_};
  return last_;
}

// Most records fall in the month and group of the record before: no map lookup, no time zone.
inline Tally* Accumulator::group(pt::ptime at, std::uint32_t dimension) {
  const std::int64_t count = PtimeCount::of(at);
  if (month_start_ <= count && count < month_end_) {
    if (last_ != nullptr && last_key_.dimension == dimension) return last_;
    if (!recent_.empty()) {
      const Recent& hit = recent_[dimension % recent_size];
      if (hit.tally != nullptr && hit.dimension == dimension) {
        last_key_.dimension = dimension;
        last_ = hit.tally;
        return last_;
      }
    }
  }
  return group_slow(at, dimension);
}

namespace {

// A non-empty id as a slot's words: the first and last 8 (or 4) bytes, overlapping for ids of
// 9 to 15 bytes, or the bytes themselves for ids of 1 to 3; with the length, exactly the id up
// to 16 bytes.
[[gnu::always_inline]] inline detail::AgentSlot agent_words(std::string_view id) noexcept {
  const char* p = id.data();
  const std::size_t n = id.size();
  detail::AgentSlot w;
  w.size = static_cast<std::uint32_t>(std::min<std::size_t>(n, UINT32_MAX));
  if (n >= 8) {
    w.head = load<std::uint64_t>(p);
    w.tail = load<std::uint64_t>(p + n - 8);
  } else if (n >= 4) {
    w.head = load<std::uint32_t>(p);
    w.tail = load<std::uint32_t>(p + n - 4);
  } else {
    const auto byte = [p](std::size_t i) {
      return std::uint64_t{static_cast<unsigned char>(p[i])};
    };
    w.head = byte(0) | byte(n / 2) << 8 | byte(n - 1) << 16;
  }
  return w;
}

bool same_words(const detail::AgentSlot& a, const detail::AgentSlot& b) noexcept {
  return a.size == b.size && a.head == b.head && a.tail == b.tail;
}

}  // namespace

[[gnu::always_inline]] inline detail::AgentSlot* Accumulator::agent_slot(std::string_view agent) {
  if (agent.empty()) return nullptr;
  if (agent_slots_.empty()) agent_slots_.assign(first_agent_slots, detail::AgentSlot{});
  const detail::AgentSlot words = agent_words(agent);
  const std::size_t mask = agent_slots_.size() - 1;
  for (std::size_t i = agent_hash(words.head, words.tail, words.size) & mask;; i = (i + 1) & mask) {
    detail::AgentSlot& slot = agent_slots_[i];
    if (slot.size == 0) return &add_agent(agent, i, words);
    if (same_words(slot, words) && (agent.size() <= 16 || agents_[slot.index] == agent)) {
      return &slot;
    }
  }
}

std::uint32_t Accumulator::agent_dimension(std::string_view agent) {
  const detail::AgentSlot* slot = agent_slot(agent);
  return slot == nullptr ? no_dimension : slot->index;
}

// A new agent in the empty slot where its lookup ended; the table doubles past half full.
[[gnu::noinline]] detail::AgentSlot& Accumulator::add_agent(std::string_view agent,
                                                            std::size_t slot,
                                                            const detail::AgentSlot& words) {
  if (agents_.size() == no_dimension - 1) throw argument_error("kpi accumulator: too many agents");
  const auto index = static_cast<std::uint32_t>(agents_.size());
  agents_.emplace_back(agent);
  agent_slots_[slot] = words;
  agent_slots_[slot].index = index;
  if (agents_.size() * 2 <= agent_slots_.size()) return agent_slots_[slot];
  std::vector<detail::AgentSlot> bigger(agent_slots_.size() * 2);
  const std::size_t mask = bigger.size() - 1;
  std::size_t moved = 0;
  for (const detail::AgentSlot& s : agent_slots_) {
    if (s.size == 0) continue;
    std::size_t i = agent_hash(s.head, s.tail, s.size) & mask;
    while (bigger[i].size != 0) i = (i + 1) & mask;
    bigger[i] = s;
    if (s.index == index) moved = i;
  }
  agent_slots_ = std::move(bigger);
  return agent_slots_[moved];
}

std::uint32_t Accumulator::find_agent(std::string_view agent) const noexcept {
  if (agent.empty() || agent_slots_.empty()) return no_dimension;
  const detail::AgentSlot words = agent_words(agent);
  const std::size_t mask = agent_slots_.size() - 1;
  for (std::size_t i = agent_hash(words.head, words.tail, words.size) & mask;; i = (i + 1) & mask) {
    const detail::AgentSlot& slot = agent_slots_[i];
    if (slot.size == 0) return no_dimension;
    if (same_words(slot, words) && (agent.size() <= 16 || agents_[slot.index] == agent)) {
      return slot.index;
    }
  }
}

std::string_view Accumulator::agent(const GroupKey& key) const noexcept {
  if (options_.group_by != GroupBy::agent || key.dimension >= agents_.size()) return {};
  return agents_[key.dimension];
}

// The agent's slot holds its group of the cached month: one lookup from id to tally.
[[gnu::always_inline]] inline Tally* Accumulator::agent_group(pt::ptime at, std::string_view agent,
                                                              std::uint32_t& dimension) {
  detail::AgentSlot* const slot = agent_slot(agent);
  if (slot == nullptr) {
    dimension = no_dimension;
    return group(at, no_dimension);
  }
  dimension = slot->index;
  const std::int64_t count = PtimeCount::of(at);
  if (slot->group != nullptr && month_start_ <= count && count < month_end_) return slot->group;
  Tally* const found = group_slow(at, dimension);  // a new month clears every slot's group
  slot->group = found;
  return found;
}

// Checks and counts in one pass over the same branches, so that a valid call costs no more
// branches than counting it; nothing is counted before the record is known to be valid.
Added Accumulator::add(const CallRecord& call) {
  if (call.dialled_at.is_special()) {
    ++refused_without_month_;
    return refuse("call record: no dialled time");
  }
  std::uint32_t dimension = no_dimension;
  Tally* const slot =
      options_.group_by == GroupBy::agent
          ? agent_group(call.dialled_at, call.agent, dimension)
          : group(call.dialled_at, channel_dimension(options_.group_by, call.channel));
  if (slot == nullptr) {
    ++refused_without_month_;
    return refuse("call record: dialled time outside years 1401..9998");
  }
  Tally& t = *slot;
  const auto refused = [&t](std::string_view reason) { return refuse_in(t, reason); };
  if (call.handle_time.is_special() || call.handle_time.ticks() < 0) {
    return refused("call record: negative handle time");
  }
  CallTally& c = t.calls;
  if (!call.human_requested_at) {
    if (call.answered_at || call.abandoned_at) {
      return refused("call record: answered or abandoned without a human request");
    }
    ++c.dialled;
    c.connected += call.connected;
    return Added{};
  }
  const pt::ptime requested = *call.human_requested_at;
  if (!call.connected) return refused("call record: human requested on an unconnected call");
  if (requested.is_special() || requested < call.dialled_at) {
    return refused("call record: human requested before dialled");
  }
  if (call.answered_at) {
    if (call.abandoned_at) return refused("call record: answered and abandoned");
    if (call.answered_at->is_special() || *call.answered_at < requested) {
      return refused("call record: answered before the human request");
    }
    const std::int64_t wait = ticks_between(requested, *call.answered_at);
    ++c.human_answered;
    c.answered_within_target += wait <= answer_target_ticks_;
    c.handle_ms += call.handle_time.ticks() / ticks_per_ms;
    t.answer_wait.add(wait / ticks_per_ms);
  } else if (call.abandoned_at) {
    if (call.abandoned_at->is_special() || *call.abandoned_at < requested) {
      return refused("call record: abandoned before the human request");
    }
    ++c.abandoned;
    c.short_abandoned += ticks_between(requested, *call.abandoned_at) <= short_abandon_ticks_;
  }
  ++c.dialled;
  ++c.connected;
  ++c.human_requested;
  return Added{};
}

Added Accumulator::add(const CaseRecord& r) {
  const Added verdict = check(r);
  if (r.opened_at.is_special()) {
    ++refused_without_month_;
    return verdict;
  }
  std::uint32_t dimension = options_.group_by == GroupBy::category
                                ? static_cast<std::uint32_t>(r.category)
                                : channel_dimension(options_.group_by, r.channel);
  Tally* const slot = options_.group_by == GroupBy::agent
                          ? agent_group(r.opened_at, r.agent, dimension)
                          : group(r.opened_at, dimension);
  if (slot == nullptr) {
    ++refused_without_month_;
    return refuse("case record: opened time outside years 1401..9998");
  }
  Tally& t = *slot;
  if (!verdict) {
    ++t.refused;
    return verdict;
  }
  CaseTally& c = t.cases;
  const auto category = static_cast<std::size_t>(r.category);
  count_rating(c.by_category[category], r.rating);
  if (r.replied_at) {
    ++c.replied[category];
    c.replied_in_time[category] +=
        !r.reply_due || PtimeCount::of(*r.replied_at) <= PtimeCount::of(*r.reply_due);
    t.first_response.add(ms_between(r.opened_at, *r.replied_at));
  }
  if (r.category == Category::complaint) {
    if (r.cross_province) count_rating(c.cross_province_complaints, r.rating);
    if (r.tier == CustomerTier::key_account) count_rating(c.key_account_complaints, r.rating);
    if (r.opened_as_repeat) ++c.repeat_complaints_opened;
    if (r.resolved_at) {
      const std::int64_t ms = ms_between(r.opened_at, *r.resolved_at);
      ++c.complaints_answered;
      c.answer_ms += ms;
      if (ms > c.answer_max_ms) c.answer_max_ms = ms;
      c.answered_within_limit += ms <= answer_limit_ms_;
    }
  }
  const bool resolved = r.resolved_at.has_value();
  const bool reopened = r.reopened();
  c.resolved += resolved;
  c.reopened += reopened;
  c.resolved_reopened += resolved & reopened;
  c.first_contact += r.resolved_at_first_contact;
  c.first_contact_reopened += r.resolved_at_first_contact & reopened;
  // Each reopen of a complaint is a re-complaint of the month it happened in; check() made
  // sure every one has a group.
  if (reopened && r.category == Category::complaint) {
    for (const pt::ptime reopen : r.reopened_at)
      ++event_group(reopen, dimension).cases.complaint_reopens;
  }
  return verdict;
}

// A reopen's group, without moving the month cache away from the records' month: reopens in a
// later month would otherwise make every next record convert its time zone again. Map nodes
// do not move, so tallies held by the caller stay valid.
Tally& Accumulator::event_group(pt::ptime at, std::uint32_t dimension) {
  const std::int64_t count = PtimeCount::of(at);
  if (month_start_ <= count && count < month_end_) return *group(at, dimension);
  return groups_[GroupKey{month_of(at), dimension}];
}

void Accumulator::merge(const Accumulator& other) {
  if (!same_counting(options_, other.options_)) {
    throw argument_error("kpi accumulator merge: different options");
  }
  // Agents by id: the other accumulator numbered them in the order it saw them.
  for (const auto& [key, tally] : other.groups_) {
    if (options_.group_by == GroupBy::agent) {
      merge(key.month, other.agent(key), tally);
    } else {
      groups_[key] += tally;
    }
  }
  refused_without_month_ += other.refused_without_month_;
}

void Accumulator::merge(const GroupKey& key, const Tally& tally) {
  if (options_.group_by == GroupBy::agent && key.dimension != no_dimension &&
      key.dimension >= agents_.size()) {
    throw argument_error("kpi accumulator merge: no agent with that index");
  }
  groups_[key] += tally;
}

void Accumulator::merge(Month month, std::string_view agent, const Tally& tally) {
  if (options_.group_by != GroupBy::agent && !agent.empty()) {
    throw argument_error("kpi accumulator merge: an agent's group, not grouped by agent");
  }
  groups_[GroupKey{month, agent_dimension(agent)}] += tally;
}

std::vector<Month> Accumulator::months() const {
  std::vector<Month> result;
  for (const auto& entry : groups_) {
    if (result.empty() || result.back() != entry.first.month) result.push_back(entry.first.month);
  }
  return result;
}

Tally Accumulator::month_total(Month month) const {
  Tally total;
  for (auto it = groups_.lower_bound(GroupKey{month, 0});
       it != groups_.end() && it->first.month == month; ++it) {
    total += it->second;
  }
  return total;
}

bool same_counting(const AccumulatorOptions& a, const AccumulatorOptions& b) { return a == b; }

// Agents' groups are matched by id: the two may have numbered the agents differently.
bool operator==(const Accumulator& a, const Accumulator& b) {
  if (!same_counting(a.options_, b.options_) || a.groups_.size() != b.groups_.size() ||
      a.refused_without_month_ != b.refused_without_month_) {
    return false;
  }
  if (a.options_.group_by != GroupBy::agent) return a.groups_ == b.groups_;
  return std::all_of(a.groups_.begin(), a.groups_.end(), [&b, &a](const auto& entry) {
    GroupKey key = entry.first;
    if (key.dimension != no_dimension) {
      key.dimension = b.find_agent(a.agent(key));
      if (key.dimension == no_dimension) return false;
    }
    const auto found = b.groups_.find(key);
    return found != b.groups_.end() && found->second == entry.second;
  });
}

}  // namespace kefu::kpi
