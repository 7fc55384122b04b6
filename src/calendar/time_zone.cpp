// posix_time_zone: a checked POSIX TZ string turned into Boost's reversed-sign zone.

#include <kefu/calendar/time_zone.hpp>
#include <kefu/core/error.hpp>

#include <boost/date_time/local_time/local_time.hpp>

#include <fmt/format.h>

#include <cctype>
#include <exception>
#include <string>
#include <type_traits>

namespace kefu {

static_assert(std::is_same_v<TimeZonePtr, boost::local_time::time_zone_ptr>);

namespace {

class TzReader {
 public:
  explicit TzReader(std::string_view text) : text_(text) {}

  bool at_end() const { return pos_ == text_.size(); }
  char peek() const { return at_end() ? '\0' : text_[pos_]; }
  std::string_view rest() const { return text_.substr(pos_); }

  // A zone abbreviation: three or more letters, or <...> quoted. Quoted names ("<+08>") are
  // replaced by a letter name, which Boost insists on.
  std::string name(const char* replacement) {
    if (peek() == '<') {
      const auto close = text_.find('>', pos_);
      if (close == std::string_view::npos || close - pos_ < 4) fail("bad quoted zone name");
      pos_ = close + 1;
      return replacement;
    }
    const auto start = pos_;
    while (std::isalpha(static_cast<unsigned char>(peek())) != 0) ++pos_;
    if (pos_ - start < 3) fail("a zone name needs three or more letters");
    return std::string(text_.substr(start, pos_ - start));
  }

  // [+-]hh[:mm[:ss]], returned with the sign reversed for Boost ("5" -> "-05:00:00").
  std::string reversed_offset() {
    bool west = true;
    if (peek() == '+' || peek() == '-') {
      west = peek() == '+';
      ++pos_;
    }
    int parts[3] = {0, 0, 0};
    for (int i = 0; i < 3; ++i) {
      if (i > 0) {
        if (peek() != ':') break;
        ++pos_;
      }
      const auto start = pos_;
      while (std::isdigit(static_cast<unsigned char>(peek())) != 0 && pos_ - start < 2) ++pos_;
      if (pos_ == start) fail("bad utc offset");
      parts[i] = std::stoi(std::string(text_.substr(start, pos_ - start)));
    }
    if (parts[0] > 24 || parts[1] > 59 || parts[2] > 59) fail("utc offset out of range");
    return fmt::format("{}{:02}:{:02}:{:02}", west ? '-' : '+', parts[0], parts[1], parts[2]);
  }

  [[noreturn]] void fail(const char* why) const {
    throw config_error(fmt::format("time zone '{}': {}", text_, why));
  }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
};

}  // namespace

TimeZonePtr posix_time_zone(std::string_view tz) {
  TzReader reader(tz);
  std::string boost_tz = reader.name("LST");
  boost_tz += reader.reversed_offset();
  if (!reader.at_end()) {
    boost_tz += reader.name("LDT");
    if (reader.peek() != ',' && !reader.at_end()) boost_tz += reader.reversed_offset();
    if (reader.peek() != ',') reader.fail("daylight saving needs start and end rules");
    boost_tz += reader.rest();
  }
  try {
    return boost::local_time::time_zone_ptr(new boost::local_time::posix_time_zone(boost_tz));
  } catch (const std::exception&) {
    reader.fail("bad daylight saving rule");
  }
}

TimeZonePtr china_time_zone() {
  static const TimeZonePtr zone = posix_time_zone("CST-8");
  return zone;
}

}  // namespace kefu
