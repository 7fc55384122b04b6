// posix_time_zone: a POSIX TZ string read and checked in full, then built as a Boost
// custom_time_zone (Boost's own posix_time_zone parser is never given the text).

#include "posix_dst_rule.hpp"
#include <kefu/calendar/time_zone.hpp>
#include <kefu/core/error.hpp>

#include <boost/date_time/local_time/local_time.hpp>

#include <fmt/format.h>

#include <cstdint>
#include <string>
#include <type_traits>

namespace kefu {

static_assert(std::is_same_v<TimeZonePtr, boost::local_time::time_zone_ptr>);

namespace {

namespace lt = boost::local_time;
namespace pt = boost::posix_time;
using detail::TransitionDay;

constexpr std::int64_t kHour = 3600;
// The years a calendar indexes a zone with daylight saving over (calendar_index.cpp), with one
// on each side: every change must fall inside its own year there.
constexpr int kFirstCheckedYear = 1969, kLastCheckedYear = 2100;

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

class TzReader {
 public:
  explicit TzReader(std::string_view text) : text_(text) {}

  bool at_end() const { return pos_ == text_.size(); }
  char peek() const { return at_end() ? '\0' : text_[pos_]; }

  // A zone abbreviation: three or more letters, or three or more letters, digits, '+' and
  // '-' quoted in <...>.
  std::string name() {
    const auto start = pos_;
    if (peek() == '<') {
      ++pos_;
      while (is_alpha(peek()) || is_digit(peek()) || peek() == '+' || peek() == '-') ++pos_;
      if (peek() != '>' || pos_ - start - 1 < 3) fail("bad quoted zone name");
      ++pos_;
      return std::string(text_.substr(start + 1, pos_ - start - 2));
    }
    while (is_alpha(peek())) ++pos_;
    if (pos_ - start < 3) fail("a zone name needs three or more letters");
    return std::string(text_.substr(start, pos_ - start));
  }

  // [+-]hh[:mm[:ss]] in seconds, as written (positive west of Greenwich for offsets).
  // `max_hours` is 24 for offsets, 167 for the time of a change (RFC 8536 §3.3.1).
  std::int64_t clock(std::int64_t max_hours, const char* what) {
    std::int64_t sign = 1;
    if (peek() == '+' || peek() == '-') {
      sign = peek() == '-' ? -1 : 1;
      ++pos_;
    }
    std::int64_t parts[3] = {0, 0, 0};
    for (int i = 0; i < 3; ++i) {
      if (i > 0) {
        if (peek() != ':') break;
        ++pos_;
      }
      const auto start = pos_;
      while (is_digit(peek()) && pos_ - start < (i == 0 ? 3 : 2)) {
        parts[i] = parts[i] * 10 + (peek() - '0');
        ++pos_;
      }
      if (pos_ == start) fail(fmt::format("bad {}", what));
    }
    if (parts[0] > max_hours || parts[1] > 59 || parts[2] > 59) {
      fail(fmt::format("{} out of range", what));
    }
    return sign * (parts[0] * kHour + parts[1] * 60 + parts[2]);
  }

  // Mm.w.d, Jn or n, then an optional /time (02:00 when left out).
  std::pair<TransitionDay, std::int64_t> change() {
    const auto start = pos_;
    while (!at_end() && peek() != ',' && peek() != '/') ++pos_;
    const std::string_view rule = text_.substr(start, pos_ - start);
    pos_ = start;
    TransitionDay day;
    if (peek() == 'M') {
      ++pos_;
      day.month = number(rule, "a month 1-12", 1, 12);
      expect('.', rule);
      day.week = number(rule, "a week 1-5", 1, 5);
      expect('.', rule);
      day.weekday = number(rule, "a weekday 0-6", 0, 6);
    } else if (peek() == 'J') {
      ++pos_;
      day.form = TransitionDay::Form::julian;
      day.day = number(rule, "a day 1-365", 1, 365);
    } else if (is_digit(peek())) {
      // Day 365 exists only in leap years; POSIX leaves the other years open, kefu refuses it.
      day.form = TransitionDay::Form::zero_based;
      day.day = number(rule, "a day 0-364", 0, 364);
    } else {
      fail_rule(rule, "expected Mm.w.d, Jn or n");
    }
    if (peek() != ',' && peek() != '/' && !at_end())
      fail_rule(rule, "unexpected text after the day");
    std::int64_t time = 2 * kHour;
    if (peek() == '/') {
      ++pos_;
      time = clock(167, "daylight saving change time");
    }
    return {day, time};
  }

  void expect(char c, std::string_view rule) {
    if (peek() != c) fail_rule(rule, fmt::format("expected '{}'", c));
    ++pos_;
  }

  [[noreturn]] void fail(std::string_view why) const {
    throw config_error(fmt::format("time zone '{}': {}", text_, why));
  }

 private:
  int number(std::string_view rule, const char* what, int min, int max) {
    const auto start = pos_;
    int value = 0;
    while (is_digit(peek()) && pos_ - start < 3) {
      value = value * 10 + (peek() - '0');
      ++pos_;
    }
    if (pos_ == start || is_digit(peek()) || value < min || value > max) {
      fail_rule(rule, fmt::format("expected {}", what));
    }
    return value;
  }

  [[noreturn]] void fail_rule(std::string_view rule, std::string_view why) const {
    fail(fmt::format("daylight saving rule '{}': {}", rule, why));
  }

  std::string_view text_;
  std::size_t pos_ = 0;
};

std::int64_t local_seconds(pt::ptime local) {
  return (local - pt::ptime(boost::gregorian::date(1970, 1, 1))).total_seconds();
}

// Every change must fall inside its own year, and daylight saving and standard time must each
// last longer than the shift between them: the calendar's index relies on both.
void check_years(const TzReader& reader, const TimeZonePtr::element_type& zone) {
  const std::int64_t base = zone.base_utc_offset().total_seconds();
  const std::int64_t shift = zone.dst_offset().total_seconds();
  for (int year = kFirstCheckedYear; year <= kLastCheckedYear; ++year) {
    const std::int64_t start = local_seconds(zone.dst_local_start_time(year));
    const std::int64_t end = local_seconds(zone.dst_local_end_time(year));
    const std::int64_t first = local_seconds(pt::ptime(boost::gregorian::date(year, 1, 1)));
    const std::int64_t next = local_seconds(pt::ptime(boost::gregorian::date(year + 1, 1, 1)));
    if (start < first || start >= next || end < first || end >= next) {
      reader.fail(fmt::format("a daylight saving change falls outside its year in {}", year));
    }
    const std::int64_t start_utc = start - base, end_utc = end - base - shift;
    const std::int64_t apart = start_utc < end_utc ? end_utc - start_utc : start_utc - end_utc;
    if (apart <= shift) {
      reader.fail(fmt::format("daylight saving starts and ends too close together in {}", year));
    }
  }
}

}  // namespace

TimeZonePtr posix_time_zone(std::string_view tz) {
  TzReader reader(tz);
  const std::string std_name = reader.name();
  // POSIX counts offsets west of Greenwich as positive; Boost and kefu count east.
  const std::int64_t base = -reader.clock(24, "utc offset");
  if (reader.at_end()) {
    const lt::time_zone_names names(std_name, std_name, "", "");
    return TimeZonePtr(new lt::custom_time_zone(names, pt::seconds(base),
                                                lt::dst_adjustment_offsets({}, {}, {}), nullptr));
  }
  const std::string dst_name = reader.name();
  std::int64_t dst = base + kHour;
  if (reader.peek() != ',' && !reader.at_end()) dst = -reader.clock(24, "daylight saving offset");
  if (reader.peek() != ',') reader.fail("daylight saving needs start and end rules");
  if (dst <= base) reader.fail("daylight saving time must be ahead of standard time");
  reader.expect(',', "");
  const auto [start_day, start_time] = reader.change();
  if (reader.peek() != ',') reader.fail("daylight saving needs start and end rules");
  reader.expect(',', "");
  const auto [end_day, end_time] = reader.change();
  if (!reader.at_end()) reader.fail("unexpected text after the end rule");

  const lt::time_zone_names names(std_name, std_name, dst_name, dst_name);
  const lt::dst_adjustment_offsets shift(pt::seconds(dst - base), pt::seconds(start_time),
                                         pt::seconds(end_time));
  const TimeZonePtr zone(new lt::custom_time_zone(
      names, pt::seconds(base), shift,
      boost::shared_ptr<lt::dst_calc_rule>(new detail::PosixDstRule(start_day, end_day))));
  check_years(reader, *zone);
  return zone;
}

TimeZonePtr china_time_zone() {
  static const TimeZonePtr zone = posix_time_zone("CST-8");
  return zone;
}

}  // namespace kefu
