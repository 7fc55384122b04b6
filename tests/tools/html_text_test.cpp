#include "html_text.hpp"

#include "svg_chart.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace kefu::tool;

TEST_CASE("html_escape: markup characters become references, UTF-8 stays") {
  CHECK(html_escape("a<b>&\"c\"'d'") == "a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39;");
  CHECK(html_escape("坐席 li.na") == "坐席 li.na");
}

TEST_CASE("axis ticks are round steps up to the first at or above the maximum") {
  // 37 / 5 = 7.4: the step is the next of 1, 2, 5 x 10^n, 10; 0..40.
  CHECK(axis_ticks(37, 5) == std::vector<double>{0, 10, 20, 30, 40});
  // 100 / 5 = 20 exactly: 0..100 in 20s.
  CHECK(axis_ticks(100, 5) == std::vector<double>{0, 20, 40, 60, 80, 100});
  // 3 / 5 = 0.6: step 1, 0..3.
  CHECK(axis_ticks(3, 5) == std::vector<double>{0, 1, 2, 3});
  // 0.7 / 5 = 0.14: step 0.2, 0..0.8.
  const auto small = axis_ticks(0.7, 5);
  REQUIRE(small.size() == 5);
  CHECK(small.back() == doctest::Approx(0.8));
  CHECK(axis_ticks(0, 5) == std::vector<double>{0, 1});
  // Counts of 2 at most: 0, 1, 2 rather than halves (2 / 5 = 0.4 would step by 0.5).
  CHECK(axis_ticks(2, 5, true) == std::vector<double>{0, 1, 2});
  CHECK(axis_ticks(2, 5) == std::vector<double>{0, 0.5, 1, 1.5, 2});
}

TEST_CASE("a chart escapes its texts and draws one rect per value and a dot per point") {
  const Chart chart{"<title>", " s", {"a&b", "c"}, {{"x\"y", "#4e79a7", {1.0, 2.0}}}, {}, false};
  const std::string columns = column_chart(chart);
  CHECK(columns.find("<title>&lt;title&gt;</title>") != std::string::npos);
  CHECK(columns.find(">a&amp;b</text>") != std::string::npos);
  CHECK(columns.find("x&quot;y") != std::string::npos);
  CHECK(columns.find("a&b") == std::string::npos);
  // The plot's background, two columns and the legend's swatch.
  std::size_t rects = 0;
  for (auto at = columns.find("<rect"); at != std::string::npos; at = columns.find("<rect", at + 1))
    ++rects;
  CHECK(rects == 4);
  const std::string lines = line_chart(chart);
  CHECK(lines.find("<polyline") != std::string::npos);
  CHECK(lines.find("<circle") != std::string::npos);
}
