#include "svg_chart.hpp"

#include "html_text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstddef>

namespace kefu::tool {

namespace {

constexpr double width = 760;
constexpr double base_height = 300;
constexpr double left = 64;
constexpr double right = 16;
constexpr double top = 40;  // room for the legend
constexpr double font = 11;

// Width of a text in the chart's font, estimated: a CJK character is about a square, other
// characters about 0.6 of one (kefu's choice: close enough to place labels and legend).
double text_width(const std::string& text) {
  double w = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      w += 0.6 * font;
    } else if (byte >= 0xC0) {
      w += font;  // the lead byte of a multi-byte character
    }
  }
  return w;
}

// 12, 2.5, 0.25: no trailing zeros, at most two decimals.
std::string number(double v) {
  std::string s = fmt::format("{:.2f}", v);
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s == "-0" ? "0" : s;
}

struct Frame {
  double height = base_height;
  double bottom = 40;
  bool rotate_labels = false;
  double top_value = 1;
  std::vector<double> ticks;
  std::vector<std::string> tick_labels;
  bool log_scale = false;
  std::size_t slots = 1;

  double plot_left() const { return left; }
  double plot_right() const { return width - right; }
  double plot_top() const { return top; }
  double plot_bottom() const { return height - bottom; }
  double slot_width() const {
    return (plot_right() - plot_left()) / static_cast<double>(std::max<std::size_t>(slots, 1));
  }
  double slot_centre(std::size_t i) const {
    return plot_left() + slot_width() * (static_cast<double>(i) + 0.5);
  }
  double y(double value) const {
    const double h = plot_bottom() - plot_top();
    if (log_scale) {
      const double lo = std::log10(ticks.front());
      const double v = std::log10(std::max(value, ticks.front()));
      return plot_bottom() - h * (v - lo) / (std::log10(top_value) - lo);
    }
    return plot_bottom() - h * value / top_value;
  }
};

Frame frame_for(const Chart& chart, double data_max) {
  Frame f;
  f.slots = chart.categories.size();
  if (chart.log_ticks.size() >= 2) {
    f.log_scale = true;
    for (const auto& [value, label] : chart.log_ticks) {
      f.ticks.push_back(value);
      f.tick_labels.push_back(label);
    }
  } else {
    f.ticks = axis_ticks(chart.y_max ? *chart.y_max : data_max, 5, chart.counts);
    for (const double t : f.ticks) f.tick_labels.push_back(number(t) + chart.unit);
  }
  f.top_value = f.ticks.back();
  double longest = 0;
  for (const auto& c : chart.categories) longest = std::max(longest, text_width(c));
  // Labels that do not fit their slot are turned 40 degrees; the chart grows to hold them.
  if (longest > f.slot_width() - 4) {
    f.rotate_labels = true;
    f.bottom = std::min(24 + longest * 0.7, 150.0);
    f.height = base_height + f.bottom - 40;
  }
  return f;
}

std::string open_svg(const Chart& chart, const Frame& f) {
  std::string out = fmt::format(
      "<svg class=\"chart\" viewBox=\"0 0 {0} {1}\" width=\"{0}\" height=\"{1}\" "
      "role=\"img\" font-size=\"{2}\">\n<title>{3}</title>\n",
      number(width), number(f.height), number(font), html_escape(chart.title));
  out +=
      fmt::format("<rect class=\"plot\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/>\n",
                  number(f.plot_left()), number(f.plot_top()),
                  number(f.plot_right() - f.plot_left()), number(f.plot_bottom() - f.plot_top()));
  return out;
}

std::string axes(const Chart& chart, const Frame& f) {
  std::string out = "<g class=\"axis\">\n";
  for (std::size_t i = 0; i < f.ticks.size(); ++i) {
    const double y = f.y(f.ticks[i]);
    out += fmt::format(
        "<line class=\"grid\" x1=\"{0}\" y1=\"{1}\" x2=\"{2}\" y2=\"{1}\"/>"
        "<text x=\"{3}\" y=\"{4}\" text-anchor=\"end\">{5}</text>\n",
        number(f.plot_left()), number(y), number(f.plot_right()), number(f.plot_left() - 6),
        number(y + 4), html_escape(f.tick_labels[i]));
  }
  out += fmt::format("<line class=\"baseline\" x1=\"{0}\" y1=\"{1}\" x2=\"{2}\" y2=\"{1}\"/>\n",
                     number(f.plot_left()), number(f.plot_bottom()), number(f.plot_right()));
  for (std::size_t i = 0; i < chart.categories.size(); ++i) {
    const double x = f.slot_centre(i);
    const double y = f.plot_bottom() + 14;
    if (f.rotate_labels) {
      out += fmt::format(
          "<text x=\"{0}\" y=\"{1}\" text-anchor=\"end\" transform=\"rotate(-40 {0} {1})\">{2}"
          "</text>\n",
          number(x), number(y), html_escape(chart.categories[i]));
    } else {
      out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n", number(x),
                         number(y), html_escape(chart.categories[i]));
    }
  }
  return out + "</g>\n";
}

std::string legend(const Chart& chart) {
  std::string out = "<g class=\"legend\">\n";
  double x = left;
  for (const auto& s : chart.series) {
    out += fmt::format(
        "<rect x=\"{}\" y=\"14\" width=\"12\" height=\"12\" fill=\"{}\"/>"
        "<text x=\"{}\" y=\"24\">{}</text>\n",
        number(x), html_escape(s.colour), number(x + 16), html_escape(s.name));
    x += 16 + text_width(s.name) + 18;
  }
  return out + "</g>\n";
}

std::string value_text(const Chart& chart, double v) {
  return chart.value_text ? chart.value_text(v) : number(v) + chart.unit;
}

double value_at(const ChartSeries& s, std::size_t i) {
  return i < s.values.size() && s.values[i] ? *s.values[i] : 0.0;
}

}  // namespace

std::vector<double> axis_ticks(double max, int at_most, bool counts) {
  if (!(max > 0) || !std::isfinite(max) || at_most < 1) return {0, 1};
  const double raw = counts ? std::max(max / at_most, 1.0) : max / at_most;
  const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  double step = 10 * magnitude;
  for (const double m : {1.0, 2.0, 5.0}) {
    if (m * magnitude >= raw * (1 - 1e-9)) {
      step = m * magnitude;
      break;
    }
  }
  std::vector<double> ticks{0};
  while (ticks.back() < max * (1 - 1e-9)) {
    ticks.push_back(step * static_cast<double>(ticks.size()));
  }
  return ticks;
}

std::string column_chart(const Chart& chart) {
  double data_max = 0;
  for (std::size_t i = 0; i < chart.categories.size(); ++i) {
    double sum = 0;
    for (const auto& s : chart.series) sum += value_at(s, i);
    data_max = std::max(data_max, sum);
  }
  const Frame f = frame_for(chart, data_max);
  std::string out = open_svg(chart, f) + axes(chart, f) + "<g class=\"columns\">\n";
  const double bar = std::min(f.slot_width() * 0.7, 56.0);
  for (std::size_t i = 0; i < chart.categories.size(); ++i) {
    double base = 0;
    for (const auto& s : chart.series) {
      const double v = value_at(s, i);
      if (v <= 0) continue;
      const double y_top = f.y(base + v);
      out += fmt::format(
          "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"><title>{}</title>"
          "</rect>\n",
          number(f.slot_centre(i) - bar / 2), number(y_top), number(bar), number(f.y(base) - y_top),
          html_escape(s.colour),
          html_escape(fmt::format("{} {}: {}", chart.categories[i], s.name, value_text(chart, v))));
      base += v;
    }
  }
  return out + "</g>\n" + legend(chart) + "</svg>\n";
}

std::string line_chart(const Chart& chart) {
  double data_max = 0;
  for (const auto& s : chart.series) {
    for (const auto& v : s.values) {
      if (v) data_max = std::max(data_max, *v);
    }
  }
  const Frame f = frame_for(chart, data_max);
  std::string out = open_svg(chart, f) + axes(chart, f) + "<g class=\"lines\">\n";
  // Each series' dots smaller than the one's before, so that equal values (a day's p50 and p90
  // with one case) show both: a dot inside a ring.
  double radius = 5;
  for (const auto& s : chart.series) {
    std::string points;
    const auto flush = [&] {
      if (points.find(' ') != std::string::npos) {
        out += fmt::format(
            "<polyline fill=\"none\" stroke=\"{}\" stroke-width=\"2.5\" points=\"{}\"/>\n",
            html_escape(s.colour), points);
      }
      points.clear();
    };
    for (std::size_t i = 0; i < chart.categories.size(); ++i) {
      if (i >= s.values.size() || !s.values[i]) {
        flush();
        continue;
      }
      if (!points.empty()) points += ' ';
      points += number(f.slot_centre(i)) + "," + number(f.y(*s.values[i]));
    }
    flush();
    for (std::size_t i = 0; i < chart.categories.size() && i < s.values.size(); ++i) {
      if (!s.values[i]) continue;
      out += fmt::format(
          "<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{}\"><title>{}</title></circle>\n",
          number(f.slot_centre(i)), number(f.y(*s.values[i])), number(radius),
          html_escape(s.colour),
          html_escape(fmt::format("{} {}: {}", chart.categories[i], s.name,
                                  value_text(chart, *s.values[i]))));
    }
    radius = std::max(radius - 2, 2.5);
  }
  return out + "</g>\n" + legend(chart) + "</svg>\n";
}

}  // namespace kefu::tool
