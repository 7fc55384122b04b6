#pragma once
// kefu::kpi::Tally: the additive counts behind every indicator of one group (one month, or one
// month of one agent, channel or category). Everything in it is a count, a sum, a maximum or a
// histogram, so tallies merge by adding and merging shards is exact. The formulas in
// formulas.hpp read a tally; the host can also fill one by hand.

#include <kefu/core/category.hpp>
#include <kefu/kpi/histogram.hpp>
#include <kefu/kpi/ratio.hpp>

#include <array>
#include <cstdint>

namespace kefu::kpi {

struct CallTally {
  Count dialled = 0;                 // calls dialled to the hotline
  Count connected = 0;               // of those, connected to the hotline system
  Count human_requested = 0;         // inbound calls requesting a human
  Count human_answered = 0;          // of those, answered by a human
  Count answered_within_target = 0;  // answered within the accumulator's answer target (20 s)
  Count abandoned = 0;               // hung up while waiting for a human
  Count short_abandoned = 0;         // of those, within the short-abandon threshold (5 s)
  std::int64_t handle_ms = 0;        // total handle time of answered calls

  constexpr CallTally& operator+=(const CallTally& o) noexcept;
  friend inline bool operator==(const CallTally& a, const CallTally& b) noexcept;
};

// Ratings of one population of cases.
struct RatingTally {
  Count cases = 0;
  Count rated = 0;
  Count satisfied = 0;            // 满意
  Count basically_satisfied = 0;  // 基本满意

  constexpr RatingTally& operator+=(const RatingTally& o) noexcept;
  friend inline bool operator==(const RatingTally& a, const RatingTally& b) noexcept;
};

struct CaseTally {
  static constexpr std::size_t category_count = 4;  // kefu::Category values

  std::array<RatingTally, category_count> by_category{};  // indexed by Category
  std::array<Count, category_count> replied{};
  std::array<Count, category_count> replied_in_time{};  // replied no later than reply_due
  RatingTally cross_province_complaints;
  RatingTally key_account_complaints;
  // Re-complaints (重复投诉事件) of this month: complaints opened this month about an earlier
  // complaint (a subset of complaints()), and reopens of complaints that happened this month,
  // whenever the complaint was opened. Complaint events of the month are complaints() +
  // complaint_reopens; repeat events are repeat_complaints_opened + complaint_reopens.
  Count repeat_complaints_opened = 0;
  Count complaint_reopens = 0;
  // Complaint answer time (accept -> solved and answered).
  Count complaints_answered = 0;
  std::int64_t answer_ms = 0;       // sum
  std::int64_t answer_max_ms = 0;   // maximum
  Count answered_within_limit = 0;  // within the accumulator's answer limit (48 h)
  // Resolution, all categories, counted in the month the case was opened.
  Count resolved = 0;                // resolved now (resolved_at set)
  Count reopened = 0;                // reopened at least once, resolved again or not
  Count resolved_reopened = 0;       // both
  Count first_contact = 0;           // resolved at first contact
  Count first_contact_reopened = 0;  // of those, reopened later

  constexpr Count cases() const noexcept;
  constexpr Count complaints() const noexcept;  // complaint cases opened this month
  constexpr Count complaint_events() const noexcept;
  constexpr Count repeat_complaint_events() const noexcept;
  constexpr CaseTally& operator+=(const CaseTally& o) noexcept;
  friend inline bool operator==(const CaseTally& a, const CaseTally& b) noexcept;
};

struct Tally {
  CallTally calls;
  CaseTally cases;
  Histogram answer_wait;     // human_requested_at -> answered_at, answered calls
  Histogram first_response;  // opened_at -> replied_at, replied cases
  Count refused = 0;         // records add() refused; shown so nothing vanishes silently

  Tally& operator+=(const Tally& o);
  friend inline bool operator==(const Tally& a, const Tally& b) noexcept;
  friend inline bool operator!=(const Tally& a, const Tally& b) noexcept;
};

// Definitions are inline: the accumulator's merge and the formulas use them.

constexpr CallTally& CallTally::operator+=(const CallTally& o) noexcept {
  dialled += o.dialled;
  connected += o.connected;
  human_requested += o.human_requested;
  human_answered += o.human_answered;
  answered_within_target += o.answered_within_target;
  abandoned += o.abandoned;
  short_abandoned += o.short_abandoned;
  handle_ms += o.handle_ms;
  return *this;
}

inline bool operator==(const CallTally& a, const CallTally& b) noexcept {
  return a.dialled == b.dialled && a.connected == b.connected &&
         a.human_requested == b.human_requested && a.human_answered == b.human_answered &&
         a.answered_within_target == b.answered_within_target && a.abandoned == b.abandoned &&
         a.short_abandoned == b.short_abandoned && a.handle_ms == b.handle_ms;
}

constexpr RatingTally& RatingTally::operator+=(const RatingTally& o) noexcept {
  cases += o.cases;
  rated += o.rated;
  satisfied += o.satisfied;
  basically_satisfied += o.basically_satisfied;
  return *this;
}

inline bool operator==(const RatingTally& a, const RatingTally& b) noexcept {
  return a.cases == b.cases && a.rated == b.rated && a.satisfied == b.satisfied &&
         a.basically_satisfied == b.basically_satisfied;
}

constexpr Count CaseTally::cases() const noexcept {
  Count n = 0;
  for (const auto& c : by_category) n += c.cases;
  return n;
}

constexpr Count CaseTally::complaints() const noexcept {
  return by_category[static_cast<std::size_t>(Category::complaint)].cases;
}

constexpr Count CaseTally::complaint_events() const noexcept {
  return complaints() + complaint_reopens;
}

constexpr Count CaseTally::repeat_complaint_events() const noexcept {
  return repeat_complaints_opened + complaint_reopens;
}

constexpr CaseTally& CaseTally::operator+=(const CaseTally& o) noexcept {
  for (std::size_t i = 0; i < category_count; ++i) {
    by_category[i] += o.by_category[i];
    replied[i] += o.replied[i];
    replied_in_time[i] += o.replied_in_time[i];
  }
  cross_province_complaints += o.cross_province_complaints;
  key_account_complaints += o.key_account_complaints;
  repeat_complaints_opened += o.repeat_complaints_opened;
  complaint_reopens += o.complaint_reopens;
  complaints_answered += o.complaints_answered;
  answer_ms += o.answer_ms;
  answer_max_ms = answer_max_ms > o.answer_max_ms ? answer_max_ms : o.answer_max_ms;
  answered_within_limit += o.answered_within_limit;
  resolved += o.resolved;
  reopened += o.reopened;
  resolved_reopened += o.resolved_reopened;
  first_contact += o.first_contact;
  first_contact_reopened += o.first_contact_reopened;
  return *this;
}

inline bool operator==(const CaseTally& a, const CaseTally& b) noexcept {
  return a.by_category == b.by_category && a.replied == b.replied &&
         a.replied_in_time == b.replied_in_time &&
         a.cross_province_complaints == b.cross_province_complaints &&
         a.key_account_complaints == b.key_account_complaints &&
         a.repeat_complaints_opened == b.repeat_complaints_opened &&
         a.complaint_reopens == b.complaint_reopens &&
         a.complaints_answered == b.complaints_answered && a.answer_ms == b.answer_ms &&
         a.answer_max_ms == b.answer_max_ms && a.answered_within_limit == b.answered_within_limit &&
         a.resolved == b.resolved && a.reopened == b.reopened &&
         a.resolved_reopened == b.resolved_reopened && a.first_contact == b.first_contact &&
         a.first_contact_reopened == b.first_contact_reopened;
}

inline Tally& Tally::operator+=(const Tally& o) {
  calls += o.calls;
  cases += o.cases;
  answer_wait.merge(o.answer_wait);
  first_response.merge(o.first_response);
  refused += o.refused;
  return *this;
}

inline bool operator==(const Tally& a, const Tally& b) noexcept {
  return a.calls == b.calls && a.cases == b.cases && a.answer_wait == b.answer_wait &&
         a.first_response == b.first_response && a.refused == b.refused;
}

inline bool operator!=(const Tally& a, const Tally& b) noexcept { return !(a == b); }

}  // namespace kefu::kpi
