#include "progress_bar.hpp"

#include <doctest/doctest.h>

#include <cstdio>
#include <sstream>
#include <string>

using namespace kefu::tool;
using Clock = ProgressThrottle::Clock;

TEST_CASE("the progress line: bar, share rounded down, sizes in MB") {
  // 2 500 000 of 5 000 000 bytes: half, 15 of 30 columns, 2.5/5.0 MB.
  CHECK(progress_line("events.jsonl", 2'500'000, 5'000'000) ==
        "events.jsonl [###############---------------]  50%  2.5/5.0 MB");
  // 4 999 999 of 5 000 000 is 99.99998%: shown as 99% and 29 columns, not yet done.
  CHECK(progress_line("e", 4'999'999, 5'000'000, 10) == "e [#########-]  99%  4.9/5.0 MB");
  CHECK(progress_line("e", 0, 12'345'678, 4) == "e [----]   0%  0.0/12.3 MB");
  CHECK(progress_line("e", 7, 7, 4) == "e [####] 100%  0.0/0.0 MB");
  // More read than the size said (a file that grew): capped at the total.
  CHECK(progress_line("e", 9, 7, 4) == "e [####] 100%  0.0/0.0 MB");
  CHECK(progress_line("e", 0, 0, 4) == "e [####] 100%  0.0/0.0 MB");
}

TEST_CASE("the progress bar is redrawn at most once per interval, and not in the first one") {
  const Clock::time_point start{};
  const auto ms = [&](int n) { return start + std::chrono::milliseconds(n); };
  ProgressThrottle throttle(start, std::chrono::milliseconds(100));
  CHECK_FALSE(throttle.due(ms(0)));
  CHECK_FALSE(throttle.due(ms(99)));
  CHECK(throttle.due(ms(100)));
  CHECK_FALSE(throttle.due(ms(150)));  // 50 ms after the last redraw
  CHECK(throttle.due(ms(200)));
  CHECK(throttle.due(ms(450)));  // a slow stretch: the next one 100 ms after this one
  CHECK_FALSE(throttle.due(ms(549)));
  CHECK(throttle.due(ms(550)));
}

TEST_CASE("the progress reader passes the bytes on unchanged and draws nothing for a quick read") {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "line " + std::to_string(i) + "\n";  // > 64 KiB
  std::istringstream source(text);
  std::FILE* out = std::tmpfile();
  REQUIRE(out != nullptr);
  std::string read;
  {
    ProgressReader reader(source.rdbuf(), "log", text.size(), out);
    std::istream in(&reader);
    std::string line;
    while (std::getline(in, line)) read += line + "\n";
  }
  CHECK(read == text);
  // Read in far less than 100 ms: no bar was drawn, so nothing to clear either.
  CHECK(std::ftell(out) == 0);
  std::fclose(out);
}
