// Service numbers as the quick-response guide template has them (SR20240501001): format,
// parser, generator across days and threads, and continuing from a stored number.

#include <kefu/aftersales/service_number.hpp>
#include <kefu/core/error.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <string>
#include <thread>
#include <vector>

using boost::gregorian::date;

TEST_CASE("a service number is the prefix, the local date and a three-digit sequence") {
  CHECK(kefu::ServiceNumber("SR", date(2024, 5, 1), 1).to_string() == "SR20240501001");
  CHECK(kefu::ServiceNumber("SR", date(2024, 12, 31), 42).to_string() == "SR20241231042");
  CHECK(kefu::ServiceNumber("RMA", date(2024, 2, 29), 999).to_string() == "RMA20240229999");
  CHECK(kefu::ServiceNumber("SR", date(2024, 5, 1), 1000).to_string() == "SR202405011000");
  CHECK(fmt::format("{:>15}", kefu::ServiceNumber("SR", date(2024, 5, 1), 7)) == "  SR20240501007");
}

TEST_CASE("the parser reads back every part") {
  const auto number = kefu::ServiceNumber::parse("SR20240501001");
  REQUIRE(number);
  CHECK(number->prefix() == "SR");
  CHECK(number->day() == date(2024, 5, 1));
  CHECK(number->sequence() == 1);
  CHECK(kefu::ServiceNumber::parse(" SR20240229123\n")->day() == date(2024, 2, 29));
  CHECK(kefu::ServiceNumber::parse("SR202405011000")->sequence() == 1000);
  CHECK(kefu::ServiceNumber::from_string("RMA20241231999") ==
        kefu::ServiceNumber("RMA", date(2024, 12, 31), 999));
}

TEST_CASE("the parser refuses malformed numbers and says why") {
  using kefu::ServiceNumber;
  const auto refuses = [](const char* text, const char* message) {
    CAPTURE(text);
    CHECK_FALSE(ServiceNumber::parse(text));
    CHECK_THROWS_WITH_AS(ServiceNumber::from_string(text), message, kefu::parse_error);
  };
  refuses("", "service number '': expected a prefix of ASCII capital letters");
  refuses("20240501001",
          "service number '20240501001': expected a prefix of ASCII capital letters");
  refuses("sr20240501001",
          "service number 'sr20240501001': expected a prefix of ASCII capital letters");
  refuses("ABCDEFGHI20240501001",
          "service number 'ABCDEFGHI20240501001': prefix is longer than 8 letters");
  refuses("SR2024-05-01-001",
          "service number 'SR2024-05-01-001': expected digits after the prefix");
  refuses("SR20240501001X", "service number 'SR20240501001X': expected digits after the prefix");
  refuses("SR２0240501001", "service number 'SR２0240501001': expected digits after the prefix");
  refuses("SR2024050101",
          "service number 'SR2024050101': expected an 8-digit date and an at least 3-digit "
          "sequence");
  refuses("SR20230229001", "service number 'SR20230229001': no such date");
  refuses("SR20240230001", "service number 'SR20240230001': no such date");
  refuses("SR20241301001", "service number 'SR20241301001': no such date");
  refuses("SR20240500001", "service number 'SR20240500001': no such date");
  refuses("SR13990101001", "service number 'SR13990101001': no such date");
  refuses("SR20240501000", "service number 'SR20240501000': sequence 0 is never issued");
  refuses("SR202405010001",
          "service number 'SR202405010001': sequence has a superfluous leading zero");
  refuses("SR202405011234567890",
          "service number 'SR202405011234567890': sequence is longer than 9 digits");
}

TEST_CASE("a service number refuses parts that could not be printed and read back") {
  CHECK_THROWS_WITH_AS(kefu::ServiceNumber("sr", date(2024, 5, 1), 1),
                       "service number: prefix must be ASCII capital letters",
                       kefu::argument_error);
  CHECK_THROWS_WITH_AS(kefu::ServiceNumber("", date(2024, 5, 1), 1),
                       "service number: prefix is empty", kefu::argument_error);
  CHECK_THROWS_WITH_AS(kefu::ServiceNumber("SR", date(boost::gregorian::not_a_date_time), 1),
                       "service number: day is not a date from 1400", kefu::argument_error);
  CHECK_THROWS_WITH_AS(kefu::ServiceNumber("SR", date(2024, 5, 1), 0),
                       "service number: sequence must be 1 to 999999999", kefu::argument_error);
  CHECK_THROWS_WITH_AS(kefu::ServiceNumberGenerator("S1"),
                       "service number generator: prefix must be ASCII capital letters",
                       kefu::argument_error);
}

TEST_CASE("the generator restarts the sequence every local day, across month ends") {
  kefu::ServiceNumberGenerator generator;
  CHECK(generator.next(date(2024, 2, 28)).to_string() == "SR20240228001");
  CHECK(generator.next(date(2024, 2, 28)).to_string() == "SR20240228002");
  CHECK(generator.next(date(2024, 2, 29)).to_string() == "SR20240229001");
  CHECK(generator.next(date(2024, 3, 1)).to_string() == "SR20240301001");
  CHECK(generator.next(date(2024, 12, 31)).to_string() == "SR20241231001");
  CHECK(generator.next(date(2025, 1, 1)).to_string() == "SR20250101001");
}

TEST_CASE("a caller late across midnight is numbered on the latest day, never a repeat") {
  kefu::ServiceNumberGenerator generator("RMA");
  CHECK(generator.next(date(2024, 5, 2)).to_string() == "RMA20240502001");
  CHECK(generator.next(date(2024, 5, 1)).to_string() == "RMA20240502002");
  CHECK_THROWS_WITH_AS(generator.next(date(boost::gregorian::not_a_date_time)),
                       "service number generator: day is not a date from 1400",
                       kefu::argument_error);
}

TEST_CASE("the generator continues from the last number a host stored") {
  kefu::ServiceNumberGenerator generator(kefu::ServiceNumber::from_string("SR20240501041"));
  CHECK(generator.prefix() == "SR");
  CHECK(generator.next(date(2024, 5, 1)).to_string() == "SR20240501042");
  CHECK(generator.next(date(2024, 5, 2)).to_string() == "SR20240502001");

  kefu::ServiceNumberGenerator busy_day(kefu::ServiceNumber::from_string("SR20240501999"));
  const auto thousandth = busy_day.next(date(2024, 5, 1));
  CHECK(thousandth.to_string() == "SR202405011000");
  CHECK(kefu::ServiceNumber::parse(thousandth.to_string()) == thousandth);
}

TEST_CASE("a day whose numbers are used up says so and the next day goes on") {
  kefu::ServiceNumberGenerator generator(kefu::ServiceNumber("SR", date(2024, 5, 1), 999999999));
  CHECK_THROWS_WITH_AS(generator.next(date(2024, 5, 1)),
                       "service number generator: all numbers of 2024-05-01 are used", kefu::error);
  CHECK(generator.next(date(2024, 5, 2)).to_string() == "SR20240502001");
}

TEST_CASE("threads calling the generator at once get distinct, gapless numbers") {
  kefu::ServiceNumberGenerator generator;
  constexpr int threads = 4;
  constexpr int per_thread = 2500;
  std::vector<std::vector<kefu::ServiceNumber>> issued(threads);
  std::vector<std::thread> workers;
  for (int t = 0; t < threads; ++t) {
    workers.emplace_back([&generator, &mine = issued[static_cast<std::size_t>(t)]] {
      for (int i = 0; i < per_thread; ++i) mine.push_back(generator.next(date(2024, 5, 1)));
    });
  }
  for (auto& worker : workers) worker.join();
  std::set<std::uint32_t> sequences;
  for (const auto& mine : issued) {
    CHECK(std::is_sorted(mine.begin(), mine.end()));
    for (const auto& number : mine) sequences.insert(number.sequence());
  }
  CHECK(sequences.size() == threads * per_thread);
  CHECK(*sequences.begin() == 1);
  CHECK(*sequences.rbegin() == threads * per_thread);
}

TEST_CASE("threads racing across midnight never share a number") {
  kefu::ServiceNumberGenerator generator;
  std::vector<std::vector<std::string>> issued(4);
  std::vector<std::thread> workers;
  for (std::size_t t = 0; t < issued.size(); ++t) {
    workers.emplace_back([&generator, &mine = issued[t], t] {
      for (int i = 0; i < 2000; ++i) {
        // Threads 0 and 1 still see the old day for a while, threads 2 and 3 the new one.
        const date day = (t < 2 && i < 1500) ? date(2024, 5, 31) : date(2024, 6, 1);
        mine.push_back(generator.next(day).to_string());
      }
    });
  }
  for (auto& worker : workers) worker.join();
  std::set<std::string> all;
  for (const auto& mine : issued) all.insert(mine.begin(), mine.end());
  CHECK(all.size() == 8000);
}
