#pragma once
// Charts of the HTML report as inline SVG: stacked columns and lines over the same kind of
// x axis (one slot per category: a day, a clock, a category), with a y axis of round ticks,
// labels and a legend. No script and no external resource: the browser draws them from the
// markup alone. Every text is escaped (html_text.hpp).

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace kefu::tool {

struct ChartSeries {
  std::string name;    // the legend's
  std::string colour;  // a CSS colour, such as "#4e79a7"
  // One per category; none: no value there (a gap in a line, nothing in a column).
  std::vector<std::optional<double>> values;
};

struct Chart {
  std::string title;                    // the chart's accessible name (<title>)
  std::string unit;                     // after each tick's number: "%", " s", ""
  std::vector<std::string> categories;  // the x axis's labels, one per slot
  std::vector<ChartSeries> series;
  std::optional<double> y_max;  // the top of the y axis (100 for percentages); else the data's
  bool counts = false;          // whole numbers: no tick between two of them
  // A logarithmic y axis through these ticks (value, label), ascending and above 0, for values
  // that span orders of magnitude; values below the first tick are drawn at it. Empty: a
  // linear axis from 0 with axis_ticks.
  std::vector<std::pair<double, std::string>> log_ticks = {};
  // How a value reads in its tooltip; none: the number and the unit.
  std::function<std::string(double)> value_text = {};
};

// Series stacked in each slot, the first at the bottom.
std::string column_chart(const Chart& chart);
// One line per series through the slots' centres, broken where a value is missing, with a dot
// on each value (so that a lone value shows).
std::string line_chart(const Chart& chart);

// The y axis's ticks: 0 and equal round steps (1, 2 or 5 times a power of ten) up to the first
// at or above `max`, at most `at_most` + 1 of them; {0, 1} for a max of 0 or less. With
// `counts`, steps of at least 1.
std::vector<double> axis_ticks(double max, int at_most, bool counts = false);

}  // namespace kefu::tool
