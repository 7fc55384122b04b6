// Property tests of the validators and the scrubber against naive references written here,
// over many numbers from a fixed-seed generator.

#include <kefu/aftersales/masking.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <doctest/doctest.h>

#include <random>
#include <string>

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

TEST_CASE("a random mobile number in a note is always hidden, the rest kept") {
  std::mt19937 rng(11);
  std::uniform_int_distribution<int> second('3', '9');
  for (int i = 0; i < 1000; ++i) {
    const std::string mobile =
        "1" + std::string(1, static_cast<char>(second(rng))) + random_digits(rng, 9);
    const std::string note = "客户来电，回拨" + mobile + "，订单号" + random_digits(rng, 19) + "。";
    const std::string expected = "客户来电，回拨*******" + mobile.substr(7) +
                                 note.substr(std::string("客户来电，回拨").size() + 11);
    CHECK(kefu::scrub(note) == expected);
  }
}
