#pragma once
// kefu::kpi::Accumulator: counts call and case records into monthly tallies, so that the
// month-end scorecard is a read of counts. Months are the team's: a call at 23:30 Beijing
// time on 31 October counts in October although it is 15:30 UTC. Tallies are sums, so shards
// accumulated on different machines and merged give exactly what one accumulator fed every
// record gives (kefu/io/kpi_json.hpp carries them between machines).
//
// Not thread-safe while adding: one accumulator per thread or shard, merged at the end.

#include <kefu/core/detail/enum_table.hpp>
#include <kefu/core/parse.hpp>
#include <kefu/kpi/call_record.hpp>
#include <kefu/kpi/case_record.hpp>
#include <kefu/kpi/tally.hpp>

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <fmt/core.h>

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace kefu::kpi {

namespace detail {
struct ZoneRules;

// An accumulator's agents: an open-addressing table (linear probing, a power of two in size,
// at most half full) from id to index. A slot keeps the id's first and last eight bytes and
// its length, which are the whole id up to 16 bytes: then a lookup is a multiply and a few
// word comparisons, no string comparison, so grouping by agent stays close to grouping by a
// number. Longer ids are compared in full. The slot also holds the agent's group of the month
// the accumulator has cached, so that a record goes from its agent's id to its tally in one
// lookup.
struct AgentSlot {
  std::uint64_t head = 0;
  std::uint64_t tail = 0;
  std::uint32_t size = 0;  // 0: empty (an empty id is no agent)
  std::uint32_t index = 0;
  Tally* group = nullptr;  // the group of the cached month, once looked up
};
}  // namespace detail

struct Month {
  int year = 0;
  int month = 0;  // 1..12

  friend constexpr bool operator==(const Month& a, const Month& b) noexcept {
    return a.year == b.year && a.month == b.month;
  }
  friend constexpr bool operator!=(const Month& a, const Month& b) noexcept { return !(a == b); }
  friend constexpr bool operator<(const Month& a, const Month& b) noexcept {
    return a.year != b.year ? a.year < b.year : a.month < b.month;
  }
};

// The optional second grouping, besides the month. Calls have no category: grouped by
// category, they land in the group without a dimension, as records without an agent do when
// grouped by agent.
enum class GroupBy : std::uint8_t { none, agent, channel, category };

}  // namespace kefu::kpi

// 坐席, 渠道 and 类别 are the scorecard report's section labels.
namespace kefu {

template <>
struct EnumTraits<kpi::GroupBy> {
  using G = kpi::GroupBy;
  static constexpr std::array entries{
      EnumEntry<G>{G::none, "none", "不分组", "month|按月"},
      EnumEntry<G>{G::agent, "agent", "坐席", "客服|工号|按坐席"},
      EnumEntry<G>{G::channel, "channel", "渠道", "按渠道"},
      EnumEntry<G>{G::category, "category", "类别", "类型|按类别"},
  };
};

}  // namespace kefu

namespace kefu::kpi {

// Stable English snake_case name and Chinese label.
constexpr std::string_view to_string(GroupBy value) noexcept {
  return kefu::detail::name_of(value);
}
constexpr std::string_view chinese_label(GroupBy value) noexcept {
  return kefu::detail::label_of(value);
}

inline constexpr std::uint32_t no_dimension = 0xFFFFFFFFu;

struct GroupKey {
  Month month;
  // The Channel / Category value, or the accumulator's own index of an agent's id (a dense
  // number that Accumulator::agent turns back into the id; each accumulator numbers agents in
  // the order it saw them, and merge matches them by id); no_dimension when not grouped.
  std::uint32_t dimension = no_dimension;

  friend constexpr bool operator==(const GroupKey& a, const GroupKey& b) noexcept {
    return a.month == b.month && a.dimension == b.dimension;
  }
  friend constexpr bool operator<(const GroupKey& a, const GroupKey& b) noexcept {
    return a.month != b.month ? a.month < b.month : a.dimension < b.dimension;
  }
};

struct AccumulatorOptions {
  // The team's time zone as a POSIX TZ string, read by kefu::posix_time_zone as a business
  // calendar's zone is: "CST-8" is Beijing (UTC+8, no DST, the default),
  // "EST5EDT,M3.2.0,M11.1.0" New York. One DST rule for all years.
  std::string zone = "CST-8";
  GroupBy group_by = GroupBy::none;
  // Service level counts calls answered within this wait (the 20 of 80/20).
  boost::posix_time::time_duration answer_target = boost::posix_time::seconds(20);
  // Abandons within this wait are short abandons (see Variants::short_abandons).
  boost::posix_time::time_duration short_abandon = boost::posix_time::seconds(5);
  // Complaint answer limit, accept -> solved and answered, wall time: the hotline standard's
  // 48 h (docs/rules.md §kpi). Complaints answered within it are the 投诉回复及时率's numerator.
  boost::posix_time::time_duration complaint_answer_limit = boost::posix_time::hours(48);

  friend bool operator==(const AccumulatorOptions& a, const AccumulatorOptions& b) {
    return a.zone == b.zone && a.group_by == b.group_by && a.answer_target == b.answer_target &&
           a.short_abandon == b.short_abandon &&
           a.complaint_answer_limit == b.complaint_answer_limit;
  }
  friend bool operator!=(const AccumulatorOptions& a, const AccumulatorOptions& b) {
    return !(a == b);
  }
};

// What add() did with a record: counted it (no reason), or refused it with the reason (a
// static string). Two words, so it comes back in registers.
struct Added {
  std::string_view reason;
  bool accepted() const noexcept { return reason.empty(); }
  explicit operator bool() const noexcept { return accepted(); }
};

class Accumulator {
 public:
  // Throws argument_error for an invalid zone (the reason kefu::posix_time_zone gives) or
  // negative thresholds. The zone is kept as written.
  explicit Accumulator(AccumulatorOptions options = {});
  // Copies and moves drop the last-group cache, which points into the group map.
  Accumulator(const Accumulator& other);
  Accumulator(Accumulator&& other) noexcept;
  Accumulator& operator=(const Accumulator& other);
  Accumulator& operator=(Accumulator&& other) noexcept;
  ~Accumulator() = default;

  // Counts a record in its month's group, or refuses it (and counts the refusal in that
  // month's Tally::refused, or in refused_without_month() when it has no valid time or one
  // outside years 1401..9998). A complaint's reopens count as re-complaints in the groups of
  // their own months (same dimension); a refused record is counted only as refused.
  Added add(const CallRecord& call);
  Added add(const CaseRecord& case_record);

  // Adds another accumulator's tallies. Throws argument_error when its options differ.
  void merge(const Accumulator& other);
  // Adds one group's tally, and refusals without a month, as read back from JSON. Grouped by
  // agent, the group is named by the agent's id (empty: records without one); the GroupKey
  // form then takes only no_dimension or an index this accumulator gave (argument_error else).
  void merge(const GroupKey& key, const Tally& tally);
  void merge(Month month, std::string_view agent, const Tally& tally);
  void merge_refused_without_month(Count refused) noexcept { refused_without_month_ += refused; }

  const AccumulatorOptions& options() const noexcept { return options_; }
  const std::map<GroupKey, Tally>& groups() const noexcept { return groups_; }
  // The agent's id of a group when grouped by agent ("li.na"); empty for any other group.
  std::string_view agent(const GroupKey& key) const noexcept;
  // Records refused without a valid time, so in no month.
  Count refused_without_month() const noexcept { return refused_without_month_; }

  // The months that have data, and one month's tallies merged over every dimension.
  std::vector<Month> months() const;
  Tally month_total(Month month) const;
  // The team's month of a UTC instant. Throws argument_error outside years 1401..9998.
  Month month_of(boost::posix_time::ptime utc) const;

  // Same options (same zone rules) and the same tallies.
  friend bool operator==(const Accumulator& a, const Accumulator& b);
  friend bool operator!=(const Accumulator& a, const Accumulator& b) { return !(a == b); }

 private:
  // The group of an instant and dimension; null for instants in the first or last year
  // that dates can hold, whose local month may not exist.
  Tally* group(boost::posix_time::ptime at, std::uint32_t dimension);
  Tally* group_slow(boost::posix_time::ptime at, std::uint32_t dimension);
  Tally& event_group(boost::posix_time::ptime at, std::uint32_t dimension);
  void cache_thresholds() noexcept;
  // The dense index of an agent's id, given it the first time (no_dimension for none), and
  // its slot (null for none).
  std::uint32_t agent_dimension(std::string_view agent);
  detail::AgentSlot* agent_slot(std::string_view agent);
  detail::AgentSlot& add_agent(std::string_view agent, std::size_t slot,
                               const detail::AgentSlot& words);
  // Grouped by agent: the group of an instant and agent, and the agent's dimension.
  Tally* agent_group(boost::posix_time::ptime at, std::string_view agent, std::uint32_t& dimension);
  std::uint32_t find_agent(std::string_view agent) const noexcept;

  AccumulatorOptions options_;
  std::shared_ptr<const detail::ZoneRules> zone_;  // boost::local_time, compiled in src/
  std::map<GroupKey, Tally> groups_;
  Count refused_without_month_ = 0;
  // The month of the last record, as a UTC range, and the last group used: most records fall
  // in the same month and group as the one before, and then no time zone conversion is done.
  // Copies and moves start these caches afresh: they point into groups_.
  std::int64_t month_start_ = 0;  // microsecond counts of ptime; empty range at first
  std::int64_t month_end_ = 0;
  Month month_;
  GroupKey last_key_;
  Tally* last_ = nullptr;
  // When grouping by a dimension, the groups of this month seen last, by dimension modulo
  // recent_size, so that records alternating between agents skip the map lookup.
  struct Recent {
    std::uint32_t dimension = 0;
    Tally* tally = nullptr;
  };
  static constexpr std::uint32_t recent_size = 256;
  std::vector<Recent> recent_;
  // Agents' ids by index, and the table from id to index (detail::AgentSlot).
  std::vector<std::string> agents_;
  std::vector<detail::AgentSlot> agent_slots_;
  // The options' thresholds as tick counts, for the hot path.
  std::int64_t answer_target_ticks_ = 0;
  std::int64_t short_abandon_ticks_ = 0;
  std::int64_t answer_limit_ms_ = 0;
};

// Whether two options give the same months and the same counts: a == b (zones compared as
// written).
bool same_counting(const AccumulatorOptions& a, const AccumulatorOptions& b);

}  // namespace kefu::kpi

// "2026-10"; defined in src/kpi/format.cpp.
template <>
struct fmt::formatter<kefu::kpi::Month> : fmt::formatter<fmt::string_view> {
  format_context::iterator format(const kefu::kpi::Month& value, format_context& ctx) const;
};
