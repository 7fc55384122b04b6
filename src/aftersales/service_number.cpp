// Service numbers: construction, parsing with reasons, formatting and the generator.

#include <kefu/aftersales/service_number.hpp>
#include <kefu/core/error.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <fmt/format.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace kefu {
namespace {

using boost::gregorian::date;

constexpr std::size_t sequence_width = 3;

bool is_capital(char c) noexcept { return c >= 'A' && c <= 'Z'; }
bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

// Why `prefix` cannot start a service number, or nullptr.
const char* prefix_problem(std::string_view prefix) noexcept {
  if (prefix.empty()) return "prefix is empty";
  if (prefix.size() > ServiceNumber::max_prefix_length) return "prefix is longer than 8 letters";
  for (const char c : prefix) {
    if (!is_capital(c)) return "prefix must be ASCII capital letters";
  }
  return nullptr;
}

// Boost's date range starts in 1400; a special value (not_a_date_time) is no day either.
bool is_usable_day(date day) noexcept { return !day.is_special() && day.year() >= 1400; }

std::uint32_t digits_value(std::string_view digits) noexcept {
  std::uint32_t value = 0;
  for (const char c : digits) value = value * 10 + static_cast<std::uint32_t>(c - '0');
  return value;
}

// The service number in `text`, or the reason it is not one.
std::variant<ServiceNumber, std::string> read(std::string_view text) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!text.empty() && space(text.front())) text.remove_prefix(1);
  while (!text.empty() && space(text.back())) text.remove_suffix(1);
  std::size_t letters = 0;
  while (letters < text.size() && is_capital(text[letters])) ++letters;
  if (letters == 0) return std::string("expected a prefix of ASCII capital letters");
  if (const char* problem = prefix_problem(text.substr(0, letters))) return std::string(problem);
  const auto rest = text.substr(letters);
  for (const char c : rest) {
    if (!is_digit(c)) return std::string("expected digits after the prefix");
  }
  if (rest.size() < 8 + sequence_width) {
    return std::string("expected an 8-digit date and an at least 3-digit sequence");
  }
  const auto sequence = rest.substr(8);
  if (sequence.size() > 9) return std::string("sequence is longer than 9 digits");
  if (sequence.size() > sequence_width && sequence.front() == '0') {
    return std::string("sequence has a superfluous leading zero");
  }
  const auto year = static_cast<unsigned short>(digits_value(rest.substr(0, 4)));
  const auto month = static_cast<unsigned short>(digits_value(rest.substr(4, 2)));
  const auto day_of_month = static_cast<unsigned short>(digits_value(rest.substr(6, 2)));
  if (year < 1400 || month < 1 || month > 12 || day_of_month < 1 ||
      day_of_month > boost::gregorian::gregorian_calendar::end_of_month_day(year, month)) {
    return std::string("no such date");
  }
  const std::uint32_t number = digits_value(sequence);
  if (number == 0) return std::string("sequence 0 is never issued");
  return ServiceNumber(std::string(text.substr(0, letters)), date(year, month, day_of_month),
                       number);
}

}  // namespace

ServiceNumber::ServiceNumber(std::string prefix, date day, std::uint32_t sequence)
    : prefix_(std::move(prefix)), day_(day), sequence_(sequence) {
  if (const char* problem = prefix_problem(prefix_)) {
    throw argument_error(fmt::format("service number: {}", problem));
  }
  if (!is_usable_day(day_)) throw argument_error("service number: day is not a date from 1400");
  if (sequence_ < 1 || sequence_ > max_sequence) {
    throw argument_error("service number: sequence must be 1 to 999999999");
  }
}

std::optional<ServiceNumber> ServiceNumber::parse(std::string_view text) {
  auto result = read(text);
  if (auto* number = std::get_if<ServiceNumber>(&result)) return std::move(*number);
  return std::nullopt;
}

ServiceNumber ServiceNumber::from_string(std::string_view text) {
  auto result = read(text);
  if (auto* problem = std::get_if<std::string>(&result)) {
    throw parse_error(fmt::format("service number '{}': {}", text, *problem));
  }
  return std::get<ServiceNumber>(std::move(result));
}

std::string ServiceNumber::to_string() const {
  const auto ymd = day_.year_month_day();
  return fmt::format("{}{:04}{:02}{:02}{:0{}}", prefix_, static_cast<int>(ymd.year),
                     static_cast<int>(ymd.month), static_cast<int>(ymd.day), sequence_,
                     sequence_width);
}

ServiceNumberGenerator::ServiceNumberGenerator(std::string prefix) : prefix_(std::move(prefix)) {
  if (const char* problem = prefix_problem(prefix_)) {
    throw argument_error(fmt::format("service number generator: {}", problem));
  }
}

ServiceNumberGenerator::ServiceNumberGenerator(const ServiceNumber& last_issued)
    : prefix_(last_issued.prefix()),
      state_((std::uint64_t{last_issued.day().day_number()} << 32) | last_issued.sequence()) {}

ServiceNumber ServiceNumberGenerator::next(date local_day) {
  if (!is_usable_day(local_day)) {
    throw argument_error("service number generator: day is not a date from 1400");
  }
  const std::uint64_t today = local_day.day_number();
  std::uint64_t current = state_.load(std::memory_order_relaxed);
  std::uint64_t wanted = 0;
  do {
    const std::uint64_t day = current >> 32;
    const std::uint64_t sequence = current & 0xFFFF'FFFFu;
    if (today > day) {
      wanted = (today << 32) | 1u;
    } else if (sequence < ServiceNumber::max_sequence) {
      wanted = current + 1;  // same day, or a late caller numbered on the latest day
    } else {
      throw error(fmt::format(
          "service number generator: all numbers of {} are used",
          boost::gregorian::to_iso_extended_string(date(static_cast<date::date_int_type>(day)))));
    }
  } while (!state_.compare_exchange_weak(current, wanted, std::memory_order_relaxed));
  return ServiceNumber(prefix_, date(static_cast<date::date_int_type>(wanted >> 32)),
                       static_cast<std::uint32_t>(wanted & 0xFFFF'FFFFu));
}

}  // namespace kefu

fmt::format_context::iterator fmt::formatter<kefu::ServiceNumber>::format(
    const kefu::ServiceNumber& number, fmt::format_context& ctx) const {
  return fmt::formatter<fmt::string_view>::format(number.to_string(), ctx);
}
