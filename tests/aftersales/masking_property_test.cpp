// Property tests of the validators and the scrubber against naive references written here,
// over many numbers from a fixed-seed generator.

#include <kefu/aftersales/masking.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <doctest/doctest.h>

#include <cctype>
#include <random>
#include <string>
#include <vector>

namespace {

std::string random_digits(std::mt19937& rng, int count) {
  std::uniform_int_distribution<int> digit(0, 9);
  std::string out;
  for (int i = 0; i < count; ++i) out += static_cast<char>('0' + digit(rng));
  return out;
}

// GB 11643 spelled out: weight of position i is 2^(17-i) mod 11.
char reference_check_character(const std::string& first17) {
  int sum = 0;
  for (int i = 0; i < 17; ++i) {
    int weight = 1;
    for (int k = 0; k < 17 - i; ++k) weight = weight * 2 % 11;
    sum += (first17[static_cast<std::size_t>(i)] - '0') * weight;
  }
  const int check = (12 - sum % 11) % 11;
  return check == 10 ? 'X' : static_cast<char>('0' + check);
}

// Luhn as the standard words it: double every second digit from the right, sum the digits.
bool reference_luhn(const std::string& digits) {
  int sum = 0;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    int d = digits[digits.size() - 1 - i] - '0';
    if (i % 2 == 1) d *= 2;
    sum += d / 10 + d % 10;
  }
  return sum % 10 == 0;
}

}  // namespace

TEST_CASE("the ID check agrees with GB 11643 spelled out, for random people") {
  std::mt19937 rng(20261124);
  std::uniform_int_distribution<int> day_offset(0, 365 * 120);
  for (int i = 0; i < 2000; ++i) {
    const auto born = boost::gregorian::date(1900, 1, 1) + boost::gregorian::days(day_offset(rng));
    const std::string first17 =
        "330106" + boost::gregorian::to_iso_string(born) + random_digits(rng, 3);
    const char right = reference_check_character(first17);
    CHECK(kefu::is_resident_id_number(first17 + right));
    const char wrong = right == '0' ? '1' : '0';
    CHECK_FALSE(kefu::is_resident_id_number(first17 + wrong));
  }
}

TEST_CASE("the Luhn check agrees with the standard's wording, for random numbers") {
  std::mt19937 rng(7812);
  std::uniform_int_distribution<int> length(12, 19);
  for (int i = 0; i < 5000; ++i) {
    const auto digits = random_digits(rng, length(rng));
    CAPTURE(digits);
    CHECK(kefu::passes_luhn(digits) == reference_luhn(digits));
  }
}

TEST_CASE("a random mobile number in a note is always hidden, and the order number with it") {
  std::mt19937 rng(11);
  std::uniform_int_distribution<int> second('3', '9');
  for (int i = 0; i < 1000; ++i) {
    const std::string mobile =
        "1" + std::string(1, static_cast<char>(second(rng))) + random_digits(rng, 9);
    const std::string note = "客户来电，回拨" + mobile + "，订单号" + random_digits(rng, 19) + "。";
    // The record template's form: the first three digits, four stars, the last four; the
    // order number is verified, never recorded.
    const std::string expected = "客户来电，回拨" + mobile.substr(0, 3) + "****" +
                                 mobile.substr(7) + "，订单号" + std::string(19, '*') + "。";
    CHECK(kefu::mask_personal_data(note) == expected);
  }
}

namespace {

// Texts made of the pieces the scrubber reacts to: digits (full-width too), separators, '@',
// dots, letters that spell no label or currency, CJK punctuation. No label, so every number
// the reference below finds should have been hidden.
std::string random_text(std::mt19937& rng) {
  static const std::vector<std::string> pieces{
      "0", "1", "1", "1", "3", "5", "8", "9", "2",  "4",  "6", "7",  " ",  " ",  "-", "@",
      ".", "a", "b", "c", "n", "X", "_", "+", "，", "的", "*", "１", "３", "＠", "cn"};
  std::uniform_int_distribution<std::size_t> piece(0, pieces.size() - 1);
  std::uniform_int_distribution<int> length(0, 48);
  std::string text;
  for (int n = length(rng); n > 0; --n) text += pieces[piece(rng)];
  return text;
}

std::string folded(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    // Full-width forms U+FF01..U+FF5E are EF BC 81..EF BD 9E.
    if (i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xEF &&
        (static_cast<unsigned char>(text[i + 1]) == 0xBC ||
         static_cast<unsigned char>(text[i + 1]) == 0xBD)) {
      const int code = (static_cast<unsigned char>(text[i + 1]) - 0xBC) * 64 +
                       (static_cast<unsigned char>(text[i + 2]) - 0x80) + 0xFF00;
      out += static_cast<char>(code - 0xFEE0);
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

bool alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }
bool digit(char c) { return c >= '0' && c <= '9'; }

// An e-mail address left in clear: a character of a local part right before an '@' that is
// followed by a domain with a dot and a final label of two or more letters.
bool leaks_email(const std::string& text) {
  const auto local = [](char c) {
    return alnum(c) || std::string("._%+-").find(c) != std::string::npos;
  };
  for (std::size_t at = text.find('@'); at != std::string::npos; at = text.find('@', at + 1)) {
    std::size_t begin = at;
    while (begin > 0 && local(text[begin - 1])) --begin;
    while (begin < at && text[begin] == '.') ++begin;
    std::size_t end = at + 1;
    // A '*' after a letter ends a domain, any other stands for a masked character of it
    // (masking.hpp).
    while (end < text.size() &&
           (alnum(text[end]) || text[end] == '.' || text[end] == '-' ||
            (text[end] == '*' && !std::isalpha(static_cast<unsigned char>(text[end - 1]))))) {
      ++end;
    }
    while (end > at + 1 && (text[end - 1] == '.' || text[end - 1] == '-')) --end;
    const std::string domain = text.substr(at + 1, end - at - 1);
    const auto dot = domain.rfind('.');
    bool letters = dot != std::string::npos && dot > 0 && domain.size() - dot >= 3;
    for (std::size_t i = dot + 1; letters && i < domain.size(); ++i) {
      letters = std::isalpha(static_cast<unsigned char>(domain[i])) != 0;
    }
    if (begin < at && letters) return true;
  }
  return false;
}

// A mobile number left in clear: whole digit groups (joined by one space or hyphen) spelling
// 1[3-9] and nine digits, with or without 86, in a run that is no code (glued to letters or
// '_') and no decimal.
bool leaks_mobile(const std::string& text) {
  for (std::size_t begin = 0; begin < text.size(); ++begin) {
    if (!digit(text[begin]) || (begin > 0 && (alnum(text[begin - 1]) || text[begin - 1] == '_'))) {
      continue;
    }
    std::vector<std::string> groups(1);
    std::size_t at = begin;
    while (at < text.size()) {
      if (digit(text[at])) {
        groups.back() += text[at++];
      } else if ((text[at] == ' ' || text[at] == '-') && at + 1 < text.size() &&
                 digit(text[at + 1])) {
        groups.emplace_back();
        ++at;
      } else {
        break;
      }
    }
    const bool glued = at < text.size() && (alnum(text[at]) || text[at] == '_');
    const bool decimal = (at + 1 < text.size() && text[at] == '.' && digit(text[at + 1])) ||
                         (begin >= 2 && text[begin - 1] == '.' && digit(text[begin - 2]));
    begin = at;
    if (glued || decimal) continue;
    for (std::size_t i = 0; i < groups.size(); ++i) {
      std::string joined;
      for (std::size_t j = i; j < groups.size(); ++j) {
        joined += groups[j];
        const std::string national =
            joined.size() == 13 && joined.compare(0, 2, "86") == 0 ? joined.substr(2) : joined;
        if (national.size() == 11 && national[0] == '1' && national[1] >= '3') return true;
      }
    }
  }
  return false;
}

}  // namespace

TEST_CASE("scrub on random texts terminates, is idempotent and leaves no address or mobile") {
  std::mt19937 rng(15);
  for (int i = 0; i < 20000; ++i) {
    const std::string text = random_text(rng);
    CAPTURE(text);
    const std::string once = kefu::mask_personal_data(text);
    CAPTURE(once);
    CHECK(kefu::mask_personal_data(once) == once);
    CHECK_FALSE(leaks_email(folded(once)));
    CHECK_FALSE(leaks_mobile(folded(once)));
  }
}
