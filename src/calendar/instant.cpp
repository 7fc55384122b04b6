// ISO 8601 instants: the one reader and writer of instant text in kefu.

#include "calendar_index.hpp"
#include <kefu/calendar/instant.hpp>
#include <kefu/core/error.hpp>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <fmt/format.h>

#include <cstdint>

namespace kefu {

namespace {

namespace pt = boost::posix_time;
using detail::Seconds;

// Boost's dates, as seconds since 1970-01-01 (see detail::to_date): [first, end).
constexpr Seconds kFirstSecond = Seconds{-208'188} * detail::kDay;  // 1400-01-01T00:00:00Z
constexpr Seconds kEndSecond = Seconds{2'932'897} * detail::kDay;   // 10000-01-01T00:00:00Z
constexpr int kMaxOffsetSeconds = 18 * 3600;
constexpr std::string_view kShape =
    "expected YYYY-MM-DDTHH:MM:SS followed by Z or an offset such as +08:00";

// Reads the text left to right; every problem is a parse_error naming the text.
class Reader {
 public:
  explicit Reader(std::string_view text) : text_(text) {}

  [[noreturn]] void fail(std::string_view reason) const {
    throw parse_error(fmt::format("instant '{}': {}", text_, reason));
  }
  bool at_end() const { return pos_ == text_.size(); }
  char peek() const { return at_end() ? '\0' : text_[pos_]; }
  std::string_view rest() const { return text_.substr(pos_); }
  void skip() { ++pos_; }

  int number(std::size_t count) {
    int value = 0;
    for (std::size_t i = 0; i < count; ++i, ++pos_) {
      if (at_end() || text_[pos_] < '0' || text_[pos_] > '9') fail(kShape);
      value = value * 10 + (text_[pos_] - '0');
    }
    return value;
  }
  void expect(char c) {
    if (peek() != c) fail(kShape);
    ++pos_;
  }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
};

// Fractional seconds after the '.', in Boost's ticks.
std::int64_t read_fraction(Reader& in) {
  const int max_digits = pt::time_duration::num_fractional_digits();
  std::int64_t ticks = 0;
  int count = 0;
  while (in.peek() >= '0' && in.peek() <= '9') {
    if (++count > max_digits) in.fail(fmt::format("more than {} fractional digits", max_digits));
    ticks = ticks * 10 + (in.peek() - '0');
    in.skip();
  }
  if (count == 0) in.fail("expected digits after the '.'");
  for (int i = count; i < max_digits; ++i) ticks *= 10;
  return ticks;
}

// "Z" or "+hh:mm" / "-hh:mm": the offset in seconds (local - UTC).
int read_offset(Reader& in) {
  const char sign = in.peek();
  if (sign == 'Z') {
    in.skip();
    return 0;
  }
  if (in.at_end()) {
    in.fail("no offset: a local time is not an instant (add Z for UTC or +08:00 for Beijing time)");
  }
  if (sign != '+' && sign != '-') in.fail(kShape);
  const std::string_view written = in.rest().substr(0, 6);
  in.skip();
  int hours = 0, minutes = 0;
  try {
    hours = in.number(2);
    in.expect(':');
    minutes = in.number(2);
  } catch (const parse_error&) {
    in.fail(fmt::format("offset '{}' is not +hh:mm or -hh:mm", written));
  }
  if (minutes > 59) in.fail(fmt::format("offset '{}': minute {}", written, minutes));
  const int seconds = hours * 3600 + minutes * 60;
  if (seconds > kMaxOffsetSeconds) in.fail(fmt::format("offset '{}' is beyond 18:00", written));
  return sign == '-' ? -seconds : seconds;
}

// `value` as `width` decimal digits at `out`, zero-padded; the text after them.
char* put_digits(char* out, std::int64_t value, int width) {
  for (int i = width - 1; i >= 0; --i, value /= 10) out[i] = static_cast<char>('0' + value % 10);
  return out + width;
}

// "2025-09-30T17:00:00.25" and `suffix` ("Z", "+08:00"): the wall-clock time `offset` seconds
// ahead of UTC. Written digit by digit: kefu run writes several instants a case, and fmt's
// formatting was a tenth of its time.
std::string wall_clock_text(Seconds s, std::int64_t fraction_ticks, int offset,
                            std::string_view suffix) {
  const pt::ptime local = detail::to_ptime(s + offset);
  const auto day = local.date().year_month_day();
  const auto time = local.time_of_day();
  constexpr int fraction_digits = pt::time_duration::num_fractional_digits();
  char text[32 + fraction_digits];
  char* end = put_digits(text, static_cast<int>(day.year), 4);  // years 1400..9999
  *end++ = '-';
  end = put_digits(end, static_cast<int>(day.month), 2);
  *end++ = '-';
  end = put_digits(end, static_cast<int>(day.day), 2);
  *end++ = 'T';
  end = put_digits(end, time.hours(), 2);
  *end++ = ':';
  end = put_digits(end, time.minutes(), 2);
  *end++ = ':';
  end = put_digits(end, time.seconds(), 2);
  if (fraction_ticks != 0) {
    *end++ = '.';
    end = put_digits(end, fraction_ticks, fraction_digits);
    while (end[-1] == '0') --end;
  }
  std::string out;
  out.reserve(static_cast<std::size_t>(end - text) + suffix.size());
  out.append(text, end).append(suffix);
  return out;
}

}  // namespace

pt::ptime parse_instant(std::string_view text) {
  Reader in(text);
  const int year = in.number(4);
  in.expect('-');
  const int month = in.number(2);
  in.expect('-');
  const int day = in.number(2);
  in.expect('T');
  const int hour = in.number(2);
  in.expect(':');
  const int minute = in.number(2);
  in.expect(':');
  const int second = in.number(2);
  const std::int64_t fraction = in.peek() == '.' ? (in.skip(), read_fraction(in)) : 0;
  const int offset = read_offset(in);
  if (!in.at_end()) in.fail(fmt::format("unexpected '{}' after the offset", in.rest()));

  if (year < 1400) in.fail(fmt::format("year {} is before 1400", year));
  if (month < 1 || month > 12) in.fail(fmt::format("no month {}", month));
  const auto month_days = boost::gregorian::gregorian_calendar::end_of_month_day(
      static_cast<unsigned short>(year), static_cast<unsigned short>(month));
  if (day < 1 || day > month_days) {
    in.fail(fmt::format("no day {} in {:04}-{:02}", day, year, month));
  }
  if (hour > 23) in.fail(fmt::format("hour {} (the day ends at 23:59:59)", hour));
  if (minute > 59) in.fail(fmt::format("minute {}", minute));
  if (second > 59) in.fail(fmt::format("second {} (leap seconds are not supported)", second));

  const boost::gregorian::date date(static_cast<unsigned short>(year),
                                    static_cast<unsigned short>(month),
                                    static_cast<unsigned short>(day));
  const Seconds local = (date - boost::gregorian::date(1970, 1, 1)).days() * detail::kDay +
                        hour * 3600 + minute * 60 + second;
  const Seconds utc = local - offset;
  if (utc < kFirstSecond) in.fail("before 1400-01-01T00:00:00Z");
  if (utc >= kEndSecond) in.fail("after 9999-12-31T23:59:59.999999Z");
  return detail::to_ptime(utc) + pt::time_duration(0, 0, 0, fraction);
}

std::string format_instant(pt::ptime utc, const TimeZonePtr& zone) {
  if (utc.is_special()) return "-";
  const Seconds s = detail::to_seconds(utc, "format_instant");
  const std::int64_t fraction = (utc - detail::to_ptime(s)).ticks();
  int offset = 0;
  try {
    if (zone) offset = static_cast<int>(detail::ZoneRules(zone).offset_at(s));
  } catch (const argument_error&) {
    // The daylight-saving rule of the year 1399 or 10000, outside Boost's dates.
    return wall_clock_text(s, fraction, 0, "Z");
  }
  const bool local_in_range = s + offset >= kFirstSecond && s + offset < kEndSecond;
  // "+hh:mm" cannot say an offset in seconds (local mean time): those are written in UTC too.
  if (!zone || !local_in_range || offset % 60 != 0) return wall_clock_text(s, fraction, 0, "Z");
  const int magnitude = offset < 0 ? -offset : offset;
  char suffix[] = {offset < 0 ? '-' : '+', 'h', 'h', ':', 'm', 'm'};
  put_digits(suffix + 1, magnitude / 3600, 2);
  put_digits(suffix + 4, magnitude / 60 % 60, 2);
  return wall_clock_text(s, fraction, offset, std::string_view(suffix, sizeof suffix));
}

std::string format_instant(pt::ptime utc) { return format_instant(utc, TimeZonePtr()); }

}  // namespace kefu
