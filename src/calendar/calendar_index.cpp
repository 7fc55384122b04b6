// CalendarIndex: building the open-interval index and answering queries on it.

#include "calendar_index.hpp"

#include "clock_text.hpp"
#include <kefu/core/error.hpp>

#include <boost/date_time/local_time/local_time.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace kefu::detail {

namespace {

using boost::gregorian::date;
using boost::posix_time::ptime;

const date kEpochDay(1970, 1, 1);
const ptime kEpoch(kEpochDay);
constexpr std::int64_t kDstFirstYear = 1970, kDstEndYear = 2100;  // zones with DST: [first, end)

constexpr std::int64_t floor_div(std::int64_t a, std::int64_t b) {
  const std::int64_t q = a / b;
  return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

int weekday_of(std::int64_t day) {
  return static_cast<int>(((day + 4) % 7 + 7) % 7);
}  // Sunday = 0

Seconds local_seconds(ptime local) { return (local - kEpoch).total_seconds(); }

}  // namespace

// --- conversions ---

Seconds to_seconds(ptime t, const char* where) {
  if (t.is_special()) throw argument_error(fmt::format("{}: instant is not a date-time", where));
  const auto ticks = (t - kEpoch).ticks();
  return floor_div(ticks, boost::posix_time::time_duration::ticks_per_second());
}

ptime to_ptime(Seconds t) {
  const Seconds day = floor_div(t, kDay);
  return ptime(to_date(day), boost::posix_time::seconds(static_cast<long>(t - day * kDay)));
}

std::int64_t to_day(date day, const char* where) {
  if (day.is_special()) throw argument_error(fmt::format("{}: day is not a date", where));
  return (day - kEpochDay).days();
}

date to_date(std::int64_t day) {
  // Boost dates span 1400-01-01 (day -208,188: 570 years of 365 days plus 138 leap days before
  // 1970) to 9999-12-31 (day 2,932,896); outside them Boost throws bad_year.
  if (day < -208'188 || day > 2'932'896) {
    throw argument_error("business calendar: a date before 1400-01-01 or after 9999-12-31");
  }
  return kEpochDay + boost::gregorian::date_duration(static_cast<long>(day));
}

int year_of_day(std::int64_t day) { return to_date(day).year(); }

// --- Pieces ---

void Pieces::push(Seconds start, Seconds end) {
  if (end <= start) return;
  if (!start_.empty() && start <= end_.back()) {
    if (end > end_.back()) {
      total_ += end - end_.back();
      end_.back() = end;
      end_sum_.back() = total_;
    }
    return;
  }
  start_.push_back(start);
  end_.push_back(end);
  before_.push_back(total_);
  total_ += end - start;
  end_sum_.push_back(total_);
}

bool Pieces::contains(Seconds t) const {
  const auto i = std::upper_bound(start_.begin(), start_.end(), t) - start_.begin();
  return i > 0 && t < end_[i - 1];
}

Seconds Pieces::open_before(Seconds t) const {
  const auto i = std::upper_bound(start_.begin(), start_.end(), t) - start_.begin();
  if (i == 0) return 0;
  return before_[i - 1] + std::min(t, end_[i - 1]) - start_[i - 1];
}

Seconds Pieces::at_open(Seconds target) const {
  const auto i = std::lower_bound(end_sum_.begin(), end_sum_.end(), target) - end_sum_.begin();
  return start_[i] + (target - before_[i]);
}

std::size_t Pieces::first_ending_after(Seconds t) const {
  return std::upper_bound(end_.begin(), end_.end(), t) - end_.begin();
}

// --- ZoneRules ---

ZoneRules::ZoneRules(const TimeZonePtr& zone) : zone_(zone) {
  if (!zone_) return;
  base_ = zone_->base_utc_offset().total_seconds();
  has_dst_ = zone_->has_dst();
  if (!has_dst_) return;
  dst_ = zone_->dst_offset().total_seconds();
  first_year_ = kDstFirstYear - 1;
  for (int year = first_year_; year <= kDstEndYear; ++year) {
    bounds_.emplace_back(local_seconds(zone_->dst_local_start_time(year)),
                         local_seconds(zone_->dst_local_end_time(year)));
  }
}

std::pair<Seconds, Seconds> ZoneRules::dst_bounds(int year) const {
  const auto i = year - first_year_;
  if (i >= 0 && i < static_cast<int>(bounds_.size())) return bounds_[i];
  return {local_seconds(zone_->dst_local_start_time(year)),
          local_seconds(zone_->dst_local_end_time(year))};
}

Seconds ZoneRules::to_utc(Seconds local) const {
  if (!has_dst_) return local - base_;
  const auto [start, end] = dst_bounds(year_of_day(floor_div(local, kDay)));
  if (local >= start && local < start + dst_) return start - base_;  // skipped: the jump
  // A repeated local time counts as daylight time: the first of the two instants.
  const bool in_dst =
      start < end ? (local >= start && local < end) : (local < end || local >= start);
  return local - base_ - (in_dst ? dst_ : 0);
}

Seconds ZoneRules::offset_at(Seconds utc) const {
  if (!has_dst_) return base_;
  const auto [start, end] = dst_bounds(year_of_day(floor_div(utc + base_, kDay)));
  const Seconds start_utc = start - base_, end_utc = end - base_ - dst_;
  const bool in_dst =
      start < end ? (utc >= start_utc && utc < end_utc) : (utc < end_utc || utc >= start_utc);
  return base_ + (in_dst ? dst_ : 0);
}

// --- CalendarIndex: building ---

CalendarIndex::CalendarIndex(WeeklyHours week, HolidaySchedule schedule, TimeZonePtr zone,
                             UncoveredYears uncovered)
    : week_(std::move(week)),
      schedule_(std::move(schedule)),
      zone_(std::move(zone)),
      uncovered_(uncovered),
      rules_(zone_) {
  check_week();
  always_open_ = schedule_.rules().empty() && schedule_.covered_years().empty();
  for (int day = 0; day < 7; ++day) {
    const auto& hours = week_.hours(boost::gregorian::greg_weekday(day));
    weekday_open_[day] = !hours.empty();
    week_days_ += weekday_open_[day] ? 1 : 0;
    always_open_ = always_open_ && hours.size() == 1 && hours[0].open.total_seconds() == 0 &&
                   hours[0].close.total_seconds() == kDay;
  }
  // Open all the time is one endless interval, which repeats whatever the clocks say.
  periodic_ = always_open_ || !rules_.has_dst();

  const auto& years = schedule_.covered_years();
  for (std::size_t i = 1; i < years.size(); ++i) {
    if (years[i] != years[i - 1] + 1) {
      throw config_error(fmt::format("holiday schedule: covered years {} and {} leave a gap",
                                     years[i - 1], years[i]));
    }
  }
  if (!years.empty()) {
    if (years.front() < 1401 || years.back() > 9998) {
      throw config_error("holiday schedule: covered years must lie in 1401-9998");
    }
    cover_lo_day_ = to_day(date(years.front(), 1, 1), "holiday schedule");
    cover_hi_day_ = to_day(date(years.back() + 1, 1, 1), "holiday schedule");
  }

  // The window holds every exception with a regular week on each side; zones with daylight
  // saving cannot repeat a week, so theirs spans 1970-2099 as well.
  std::int64_t first = 0, last = 0;
  if (!schedule_.rules().empty() || !years.empty()) {
    const auto& rules = schedule_.rules();
    first = years.empty() ? to_day(rules.front().day, "") : cover_lo_day_;
    last = years.empty() ? to_day(rules.back().day, "") : cover_hi_day_ - 1;
    if (!rules.empty()) {
      first = std::min(first, to_day(rules.front().day, ""));
      last = std::max(last, to_day(rules.back().day, ""));
    }
  }
  lo_day_ = first - 7;
  hi_day_ = last + 8;
  if (periodic_) {
    hi_day_ += (7 - (hi_day_ - lo_day_) % 7) % 7;
  } else {
    lo_day_ = std::min(lo_day_, to_day(date(kDstFirstYear, 1, 1), ""));
    hi_day_ = std::max(hi_day_, to_day(date(kDstEndYear, 1, 1), ""));
  }
  u_lo_ = rules_.to_utc(lo_day_ * kDay);
  u_hi_ = rules_.to_utc(hi_day_ * kDay);
  window_ = build(lo_day_ - 1, hi_day_, u_lo_, u_hi_, true);
  if (periodic_) {
    template_ = build(hi_day_ - 1, hi_day_ + 7, u_hi_, u_hi_ + kWeek, false);
    week_open_ = template_.total();
  }

  day_prefix_.reserve(static_cast<std::size_t>(hi_day_ - lo_day_ + 1));
  day_prefix_.push_back(0);
  for (std::int64_t day = lo_day_; day < hi_day_; ++day) {
    day_prefix_.push_back(day_prefix_.back() + (is_business_day(day) ? 1 : 0));
  }
  if (limited()) {
    cover_lo_ = rules_.to_utc(cover_lo_day_ * kDay);
    cover_hi_ = rules_.to_utc(cover_hi_day_ * kDay);
  }
}

void CalendarIndex::check_week() const {
  Seconds open = 0;
  for (int day = 0; day < 7; ++day) {
    const auto& hours = week_.hours(boost::gregorian::greg_weekday(day));
    const auto& next = week_.hours(boost::gregorian::greg_weekday((day + 1) % 7));
    for (const auto& interval : hours) open += (interval.close - interval.open).total_seconds();
    if (hours.empty() || next.empty()) continue;
    const auto spill = hours.back().close - boost::posix_time::hours(24);
    if (spill > next.front().open) {
      throw config_error(fmt::format("weekly hours: {} {}-{} overlaps {} {}-{}",
                                     weekday_name(boost::gregorian::greg_weekday(day)),
                                     clock_text(hours.back().open), clock_text(hours.back().close),
                                     weekday_name(boost::gregorian::greg_weekday((day + 1) % 7)),
                                     clock_text(next.front().open),
                                     clock_text(next.front().close)));
    }
  }
  if (open == 0) throw config_error("business calendar: the week has no open hours");
}

const std::vector<OpenInterval>& CalendarIndex::hours_on(std::int64_t day,
                                                         bool with_exceptions) const {
  static const std::vector<OpenInterval> closed;
  if (with_exceptions) {
    if (const DayRule* rule = schedule_.find(to_date(day))) {
      if (rule->is_closed()) return closed;
      if (rule->kind == DayKind::makeup_workday) return week_.hours(rule->hours_of);
      return rule->hours;
    }
  }
  return week_.hours(boost::gregorian::greg_weekday(weekday_of(day)));
}

void CalendarIndex::add_day(std::vector<std::pair<Seconds, Seconds>>& out, std::int64_t day,
                            bool with_exceptions) const {
  const Seconds midnight = day * kDay;
  for (const auto& interval : hours_on(day, with_exceptions)) {
    const Seconds open = rules_.to_utc(midnight + interval.open.total_seconds());
    const Seconds close = rules_.to_utc(midnight + interval.close.total_seconds());
    if (close > open) out.emplace_back(open, close);
  }
}

Pieces CalendarIndex::build(std::int64_t first_day, std::int64_t last_day, Seconds from, Seconds to,
                            bool with_exceptions) const {
  std::vector<std::pair<Seconds, Seconds>> intervals;
  for (std::int64_t day = first_day; day <= last_day; ++day) {
    add_day(intervals, day, with_exceptions);
  }
  std::sort(intervals.begin(), intervals.end());
  Pieces pieces;
  for (const auto& [open, close] : intervals) {
    pieces.push(std::max(open, from) - from, std::min(close, to) - from);
  }
  return pieces;
}

// --- CalendarIndex: open time ---

bool CalendarIndex::is_open(Seconds t) const {
  if (t >= u_lo_ && t < u_hi_) return window_.contains(t - u_lo_);
  if (!periodic_) out_of_range(t, "business calendar");
  const Seconds q = floor_div(t - u_hi_, kWeek);
  return template_.contains(t - u_hi_ - q * kWeek);
}

Seconds CalendarIndex::periodic(Seconds t) const {
  const Seconds q = floor_div(t - u_hi_, kWeek);
  return q * week_open_ + template_.open_before(t - u_hi_ - q * kWeek);
}

Seconds CalendarIndex::periodic_instant(Seconds target) const {
  const Seconds q = floor_div(target - 1, week_open_);
  return u_hi_ + q * kWeek + template_.at_open(target - q * week_open_);
}

Seconds CalendarIndex::serial(Seconds t) const {
  if (t >= u_lo_ && t < u_hi_) return window_.open_before(t - u_lo_);
  if (t == u_hi_) return window_.total();
  if (!periodic_) out_of_range(t, "business calendar");
  if (t > u_hi_) return window_.total() + periodic(t);
  return periodic(t) - periodic(u_lo_);
}

Seconds CalendarIndex::instant_at(Seconds target) const {
  if (periodic_ && target <= 0) return periodic_instant(target + periodic(u_lo_));
  if (target > 0 && target <= window_.total()) return u_lo_ + window_.at_open(target);
  if (!periodic_) out_of_range(target <= 0 ? u_lo_ - 1 : u_hi_, "business calendar");
  return periodic_instant(target - window_.total());
}

std::pair<Seconds, Seconds> CalendarIndex::piece_after(Seconds t) const {
  if (t >= u_lo_ && t < u_hi_) {
    const auto i = window_.first_ending_after(t - u_lo_);
    if (i < window_.size()) return {u_lo_ + window_.start(i), u_lo_ + window_.end(i)};
    t = u_hi_;
  }
  if (!periodic_) out_of_range(t, "business calendar");
  Seconds q = floor_div(t - u_hi_, kWeek);
  auto i = template_.first_ending_after(t - u_hi_ - q * kWeek);
  if (i == template_.size()) {
    ++q;
    i = 0;
  }
  const Seconds base = u_hi_ + q * kWeek;
  if (t < u_lo_ && base + template_.start(i) >= u_lo_) return piece_after(u_lo_);
  return {base + template_.start(i), base + template_.end(i)};
}

Seconds CalendarIndex::next_open(Seconds t) const { return is_open(t) ? t : piece_after(t).first; }

// --- CalendarIndex: business days ---

bool CalendarIndex::is_business_day(std::int64_t day) const { return !hours_on(day, true).empty(); }

std::int64_t CalendarIndex::regular_days(std::int64_t a, std::int64_t b) const {
  const std::int64_t weeks = (b - a) / 7;
  std::int64_t count = weeks * week_days_;
  for (std::int64_t day = a + weeks * 7; day < b; ++day) count += weekday_open_[weekday_of(day)];
  return count;
}

std::int64_t CalendarIndex::days_before(std::int64_t day) const {
  if (day >= lo_day_ && day <= hi_day_) return day_prefix_[day - lo_day_];
  if (day > hi_day_) return day_prefix_.back() + regular_days(hi_day_, day);
  return -regular_days(day, lo_day_);
}

std::int64_t CalendarIndex::first_day_with(std::int64_t count) const {
  if (count <= 0) {  // before the window: least e with regular_days(e, lo) <= -count
    std::int64_t left = -count;
    const std::int64_t weeks = left / week_days_;
    std::int64_t e = lo_day_ - weeks * 7;
    left -= weeks * week_days_;
    while (left >= weekday_open_[weekday_of(e - 1)]) {
      left -= weekday_open_[weekday_of(e - 1)];
      --e;
    }
    return e;
  }
  if (count <= day_prefix_.back()) {
    return lo_day_ +
           (std::lower_bound(day_prefix_.begin(), day_prefix_.end(), count) - day_prefix_.begin());
  }
  std::int64_t left = count - day_prefix_.back();
  const std::int64_t weeks = (left - 1) / week_days_;
  std::int64_t e = hi_day_ + weeks * 7;
  left -= weeks * week_days_;
  while (left > 0) left -= weekday_open_[weekday_of(e++)];
  return e;
}

// --- CalendarIndex: range checks ---

bool CalendarIndex::covers_day(std::int64_t day) const {
  return !limited() || (day >= cover_lo_day_ && day < cover_hi_day_);
}

bool CalendarIndex::covers_span(Seconds from, Seconds to) const {
  return !limited() || (from >= cover_lo_ && (to < cover_hi_ || (to == cover_hi_ && from < to)));
}

void CalendarIndex::out_of_range(Seconds t, const char* where) const {
  throw argument_error(
      fmt::format("{}: {} is outside {}-{}, the years a calendar with daylight saving time covers",
                  where, date_text(to_date(floor_div(t, kDay))), kDstFirstYear, kDstEndYear - 1));
}

void CalendarIndex::check_instant(Seconds t, bool closing, const char* where) const {
  if (!periodic_ && (t < u_lo_ || t > u_hi_ || (t == u_hi_ && !closing))) out_of_range(t, where);
  if (!limited() || uncovered_ != UncoveredYears::refuse) return;
  if (t < cover_lo_ || t > cover_hi_ || (t == cover_hi_ && !closing)) {
    const std::int64_t day = floor_div(t + rules_.offset_at(t), kDay);
    throw uncovered_year_error(
        fmt::format("{}: no holiday schedule for {}", where, year_of_day(day)));
  }
}

void CalendarIndex::check_day(std::int64_t day, const char* where) const {
  if (uncovered_ == UncoveredYears::refuse && !covers_day(day)) {
    throw uncovered_year_error(
        fmt::format("{}: no holiday schedule for {}", where, year_of_day(day)));
  }
}

}  // namespace kefu::detail
