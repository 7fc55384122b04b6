#pragma once
// One function per indicator, each quoting its definition. A tally filled by an Accumulator is
// always consistent; a hand-made one whose counts contradict each other (more short abandons
// than abandons) makes the formula throw argument_error instead of returning a wrapped count. The
// hotline service standard's indicators come first (docs/rules.md §kpi, all monthly, 当月), then
// the ones every contact centre reads. Where the industry defines an indicator in more than one
// way, Variants names the choice and documents the default.

#include <kefu/core/category.hpp>
#include <kefu/core/detail/enum_table.hpp>
#include <kefu/core/error.hpp>
#include <kefu/core/parse.hpp>
#include <kefu/kpi/ratio.hpp>
#include <kefu/kpi/tally.hpp>

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace kefu::kpi {

// Which ratings count in a satisfaction rate's denominator.
enum class SatisfactionBase : std::uint8_t {
  all_cases,  // default, the standard's text: satisfied / all cases (unrated count as not)
  rated,      // satisfied / cases with a rating (参评)
};

// Short abandons: callers who hung up within the short-abandon threshold (5 s by default),
// often before anyone could have answered.
enum class ShortAbandons : std::uint8_t {
  counted_against,  // default: service level = answered within target / requested
  excluded,         // removed from the denominator (and from the abandonment rate)
  counted_as_met,   // counted as answered within target
};

enum class CsatMethod : std::uint8_t {
  top_box,      // default: 满意 / rated
  mean_rating,  // mean of 满意 = 1, 基本满意 = 1/2, 不满意 = 0, as a share of the scale
};

// Whether a case reopened after its resolution still counts as resolved.
enum class ResolutionBasis : std::uint8_t {
  first,  // default: no, only resolutions that held count
  total,  // yes: the latest state counts
};

}  // namespace kefu::kpi

// Names of the variants as a policy document writes them (English name, Chinese label,
// aliases); the labels are kefu's choice of the terms Chinese hotline reports use.
namespace kefu {

template <>
struct EnumTraits<kpi::SatisfactionBase> {
  using B = kpi::SatisfactionBase;
  static constexpr std::array entries{
      EnumEntry<B>{B::all_cases, "all_cases", "全部案件", "all|cases"},
      EnumEntry<B>{B::rated, "rated", "参评案件", "参评|rated_cases"},
  };
};

template <>
struct EnumTraits<kpi::ShortAbandons> {
  using S = kpi::ShortAbandons;
  static constexpr std::array entries{
      EnumEntry<S>{S::counted_against, "counted_against", "计入未达标", "against"},
      EnumEntry<S>{S::excluded, "excluded", "剔除", "exclude|排除"},
      EnumEntry<S>{S::counted_as_met, "counted_as_met", "计为达标", "met|as_met"},
  };
};

template <>
struct EnumTraits<kpi::CsatMethod> {
  using C = kpi::CsatMethod;
  static constexpr std::array entries{
      EnumEntry<C>{C::top_box, "top_box", "满意占比", "top|top_box_share"},
      EnumEntry<C>{C::mean_rating, "mean_rating", "平均评分", "mean|average|均分"},
  };
};

template <>
struct EnumTraits<kpi::ResolutionBasis> {
  using R = kpi::ResolutionBasis;
  static constexpr std::array entries{
      EnumEntry<R>{R::first, "first", "以首次解决为准", "held|首次"},
      EnumEntry<R>{R::total, "total", "以最终状态为准", "latest|最终"},
  };
};

}  // namespace kefu

namespace kefu::kpi {

// Stable English snake_case names and Chinese labels of the variants.
constexpr std::string_view to_string(SatisfactionBase value) noexcept {
  return kefu::detail::name_of(value);
}
constexpr std::string_view to_string(ShortAbandons value) noexcept {
  return kefu::detail::name_of(value);
}
constexpr std::string_view to_string(CsatMethod value) noexcept {
  return kefu::detail::name_of(value);
}
constexpr std::string_view to_string(ResolutionBasis value) noexcept {
  return kefu::detail::name_of(value);
}
constexpr std::string_view chinese_label(SatisfactionBase value) noexcept {
  return kefu::detail::label_of(value);
}
constexpr std::string_view chinese_label(ShortAbandons value) noexcept {
  return kefu::detail::label_of(value);
}
constexpr std::string_view chinese_label(CsatMethod value) noexcept {
  return kefu::detail::label_of(value);
}
constexpr std::string_view chinese_label(ResolutionBasis value) noexcept {
  return kefu::detail::label_of(value);
}

struct Variants {
  // The hotline standard counts customers who were 满意 (satisfied): false, the default. Set
  // true to count 基本满意 (basically satisfied) as satisfied too, (满意 + 基本满意) / base, as
  // many Chinese hotline reports do.
  bool basically_satisfied_counts = false;
  SatisfactionBase satisfaction_base = SatisfactionBase::all_cases;
  ShortAbandons short_abandons = ShortAbandons::counted_against;
  CsatMethod csat = CsatMethod::top_box;
  ResolutionBasis resolution = ResolutionBasis::first;

  friend constexpr bool operator==(const Variants& a, const Variants& b) noexcept {
    return a.basically_satisfied_counts == b.basically_satisfied_counts &&
           a.satisfaction_base == b.satisfaction_base && a.short_abandons == b.short_abandons &&
           a.csat == b.csat && a.resolution == b.resolution;
  }
  friend constexpr bool operator!=(const Variants& a, const Variants& b) noexcept {
    return !(a == b);
  }
};

namespace detail {

constexpr std::size_t index_of(Category c) noexcept { return static_cast<std::size_t>(c); }

// a - b for counts where a tally from records always has a >= b; a hand-made tally that
// contradicts itself is refused rather than wrapped around.
constexpr Count minus(Count a, Count b, const char* what) {
  if (b > a) throw argument_error(what);
  return a - b;
}

constexpr Ratio satisfaction(const RatingTally& t, const Variants& v) noexcept {
  const Count satisfied = t.satisfied + (v.basically_satisfied_counts ? t.basically_satisfied : 0);
  const Count base = v.satisfaction_base == SatisfactionBase::rated ? t.rated : t.cases;
  return ratio(satisfied, base);
}

}  // namespace detail

// ---- hotline service standard (docs/rules.md §kpi) ----

// 系统接通率: "calls connected to the hotline / calls dialled to it". Target >= 85%.
constexpr Ratio system_connection_rate(const CallTally& t) noexcept {
  return ratio(t.connected, t.dialled);
}

// 人工应答率: "calls answered by a human / inbound calls requesting a human". Target >= 85%.
constexpr Ratio human_answer_rate(const CallTally& t) noexcept {
  return ratio(t.human_answered, t.human_requested);
}

// 咨询回复率: "inquiries replied / inquiries". Target 100%.
constexpr Ratio inquiry_reply_rate(const CaseTally& t) noexcept {
  const auto i = detail::index_of(Category::inquiry);
  return ratio(t.replied[i], t.by_category[i].cases);
}

// 咨询回复及时率: "inquiries replied within the limit / inquiries". Target 100%.
constexpr Ratio inquiry_timely_reply_rate(const CaseTally& t) noexcept {
  const auto i = detail::index_of(Category::inquiry);
  return ratio(t.replied_in_time[i], t.by_category[i].cases);
}

// 投诉回复及时率: "complaints answered within the limit / complaints of the month". Target
// 100%. The answer is the complaint's, accept -> solved and answered, within the accumulator's
// complaint answer limit (48 h by default); the first greeting does not count. A complaint
// not answered yet counts against the rate.
constexpr Ratio complaint_timely_reply_rate(const CaseTally& t) noexcept {
  return ratio(t.answered_within_limit, t.complaints());
}

// 重复投诉率: "repeat complaint events of the month / (complaint events of the month - repeat
// complaint events of the month)". Target <= 1%. Every re-complaint is an event in the month it
// happened: a reopen of a complaint, or a complaint opened about one already accepted or
// answered. The denominator is the month's first-time complaints: 2 repeat events among 200
// complaint events is 2/198 = 1.01%, which fails the target. With no first-time complaint the
// rate has no value (n/a). Throws argument_error for a tally with more repeat complaints
// opened than complaints opened.
constexpr Ratio repeat_complaint_rate(const CaseTally& t) {
  const Count first_time =
      detail::minus(t.complaints(), t.repeat_complaints_opened,
                    "repeat complaint rate: more repeat complaints opened than complaints");
  return ratio(t.repeat_complaint_events(), first_time);
}

// Satisfaction rates count 满意 only by default; Variants::basically_satisfied_counts adds
// 基本满意.

// 咨询满意率: "inquiries whose customer was satisfied with the answer / inquiries".
// Target >= 90%. (The standard prints '*' where it means '/'.)
constexpr Ratio inquiry_satisfaction(const CaseTally& t, const Variants& v = {}) noexcept {
  return detail::satisfaction(t.by_category[detail::index_of(Category::inquiry)], v);
}

// 跨省投诉满意率: "satisfied cross-province complainants / cross-province complaints".
// Target >= 85%.
constexpr Ratio cross_province_complaint_satisfaction(const CaseTally& t,
                                                      const Variants& v = {}) noexcept {
  return detail::satisfaction(t.cross_province_complaints, v);
}

// 大客户投诉满意率: "satisfied key-account complainants / key-account complaints".
// Target >= 95%.
constexpr Ratio key_account_complaint_satisfaction(const CaseTally& t,
                                                   const Variants& v = {}) noexcept {
  return detail::satisfaction(t.key_account_complaints, v);
}

struct AnswerTime {
  std::optional<boost::posix_time::time_duration> mean;  // empty when none was answered
  std::optional<boost::posix_time::time_duration> max;
  Ratio within_limit;  // answered within the limit (48 h) / complaints answered
};

// Complaint answer time: "accept -> solved and answered", target <= 48 h: mean, maximum and
// share within the limit, over the complaints answered (unanswered ones show in the reply
// rates). The mean is truncated to the millisecond.
inline AnswerTime complaint_answer_time(const CaseTally& t) {
  AnswerTime result;
  result.within_limit = ratio(t.answered_within_limit, t.complaints_answered);
  if (t.complaints_answered == 0) return result;
  result.mean = boost::posix_time::milliseconds(t.answer_ms /
                                                static_cast<std::int64_t>(t.complaints_answered));
  result.max = boost::posix_time::milliseconds(t.answer_max_ms);
  return result;
}

// ---- contact-centre indicators ----

// Service level: "calls answered within the target time / calls offered to agents" (80/20:
// 80% within 20 s; the time is the accumulator's answer target). Short abandons per Variants.
constexpr Ratio service_level(const CallTally& t, const Variants& v = {}) {
  switch (v.short_abandons) {
    case ShortAbandons::excluded:
      return ratio(t.answered_within_target,
                   detail::minus(t.human_requested, t.short_abandoned,
                                 "service level: more short abandons than calls"));
    case ShortAbandons::counted_as_met:
      return ratio(t.answered_within_target + t.short_abandoned, t.human_requested);
    case ShortAbandons::counted_against:
      break;
  }
  return ratio(t.answered_within_target, t.human_requested);
}

// Abandonment rate: "calls abandoned while waiting for a human / calls offered to agents".
// Excluded or met short abandons are not abandons; excluded ones also leave the denominator.
constexpr Ratio abandonment_rate(const CallTally& t, const Variants& v = {}) {
  constexpr const char* contradiction = "abandonment rate: more short abandons than abandons";
  switch (v.short_abandons) {
    case ShortAbandons::excluded:
      return ratio(detail::minus(t.abandoned, t.short_abandoned, contradiction),
                   t.human_requested - t.short_abandoned);
    case ShortAbandons::counted_as_met:
      return ratio(detail::minus(t.abandoned, t.short_abandoned, contradiction), t.human_requested);
    case ShortAbandons::counted_against:
      break;
  }
  return ratio(t.abandoned, t.human_requested);
}

// First-contact resolution: "cases resolved at the first contact / cases". With the default
// ResolutionBasis::first a case reopened later does not count.
constexpr Ratio first_contact_resolution(const CaseTally& t, const Variants& v = {}) {
  const Count reopened = v.resolution == ResolutionBasis::first ? t.first_contact_reopened : 0;
  return ratio(detail::minus(t.first_contact, reopened,
                             "first-contact resolution: more reopened than resolved"),
               t.cases());
}

// Resolution rate (问题解决率): "cases resolved / cases"; with ResolutionBasis::first a
// resolution that was reopened does not count.
constexpr Ratio resolution_rate(const CaseTally& t, const Variants& v = {}) {
  const Count reopened = v.resolution == ResolutionBasis::first ? t.resolved_reopened : 0;
  return ratio(detail::minus(t.resolved, reopened, "resolution rate: more reopened than resolved"),
               t.cases());
}

// Reopen rate: "cases reopened after a resolution / cases resolved at least once".
constexpr Ratio reopen_rate(const CaseTally& t) {
  return ratio(t.reopened, t.resolved + detail::minus(t.reopened, t.resolved_reopened,
                                                      "reopen rate: more reopened than resolved"));
}

// Average handle time: "total handle time of answered calls / answered calls", truncated to
// the millisecond; empty when no call was answered.
inline std::optional<boost::posix_time::time_duration> average_handle_time(const CallTally& t) {
  if (t.human_answered == 0) return std::nullopt;
  return boost::posix_time::milliseconds(t.handle_ms / static_cast<std::int64_t>(t.human_answered));
}

// First-response time percentile: "opened -> first reply" at quantile q (0.5, 0.9), within
// 0.78% of the exact value; empty when no case was replied. Throws argument_error for q
// outside [0, 1].
inline std::optional<boost::posix_time::time_duration> first_response_time(const Tally& t,
                                                                           double q) {
  const auto ms = t.first_response.quantile(q);
  if (!ms) return std::nullopt;
  return boost::posix_time::milliseconds(*ms);
}

// Wait-before-answer percentile of calls answered by a human, as first_response_time.
inline std::optional<boost::posix_time::time_duration> answer_wait_time(const Tally& t, double q) {
  const auto ms = t.answer_wait.quantile(q);
  if (!ms) return std::nullopt;
  return boost::posix_time::milliseconds(*ms);
}

// CSAT over all rated cases: top-box share "满意 / rated" (default), or the mean rating on
// the 满意 = 1, 基本满意 = 1/2, 不满意 = 0 scale, "(2 × 满意 + 基本满意) / (2 × rated)".
constexpr Ratio csat(const CaseTally& t, const Variants& v = {}) noexcept {
  RatingTally all;
  for (const auto& c : t.by_category) all += c;
  if (v.csat == CsatMethod::mean_rating) {
    return ratio(2 * all.satisfied + all.basically_satisfied, 2 * all.rated);
  }
  return ratio(all.satisfied, all.rated);
}

}  // namespace kefu::kpi
