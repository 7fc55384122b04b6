// The calendar's JSON edge: holiday schedule files, weekly hours and calendar specs.

#include "../calendar/clock_text.hpp"
#include "calendar_json_detail.hpp"
#include "json_reader.hpp"
#include <kefu/calendar/calendars/embedded.hpp>
#include <kefu/calendar/time_zone.hpp>
#include <kefu/io/calendar_json.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

namespace kefu::io {

namespace json = boost::json;
namespace pt = boost::posix_time;
using boost::gregorian::greg_weekday;

namespace detail {

namespace {

constexpr std::int64_t kDaySeconds = 86'400;

// Indexed as Boost numbers weekdays (Sunday = 0); the JSON lists them from Monday.
constexpr std::array<const char*, 7> kWeekdays = {"sunday",   "monday", "tuesday", "wednesday",
                                                  "thursday", "friday", "saturday"};
constexpr std::array<const char*, 7> kWeekdayLabels = {"日", "一", "二", "三", "四", "五", "六"};
constexpr int kMondayFirst[] = {1, 2, 3, 4, 5, 6, 0};

std::string interval_text(const OpenInterval& interval) {
  return kefu::detail::clock_text(interval.open) + "-" + kefu::detail::clock_text(interval.close);
}

// "H:MM", "HH:MM" or "HH:MM:SS" from `at`, hours up to 48; seconds since midnight.
std::optional<std::int64_t> clock_at(std::string_view text, std::size_t& at) {
  std::int64_t parts[3] = {0, 0, 0};
  int count = 0;
  while (count < 3) {
    if (count > 0) {
      if (at >= text.size() || text[at] != ':') break;
      ++at;
    }
    const std::size_t start = at;
    while (at < text.size() && at - start < 2 && text[at] >= '0' && text[at] <= '9') {
      parts[count] = parts[count] * 10 + (text[at] - '0');
      ++at;
    }
    if (at == start || (count > 0 && at - start != 2)) return std::nullopt;
    ++count;
  }
  if (count < 2 || parts[0] > 48 || parts[1] > 59 || parts[2] > 59) return std::nullopt;
  return parts[0] * 3600 + parts[1] * 60 + parts[2];
}

OpenInterval read_interval(const Node& node) {
  const std::string text = node.string();
  std::size_t at = 0;
  const auto open = clock_at(text, at);
  std::optional<std::int64_t> close;
  if (open && at < text.size() && text[at] == '-') close = clock_at(text, ++at);
  if (!close || at != text.size()) {
    node.fail(fmt::format("'{}' is not an interval such as \"09:00-18:00\"", text));
  }
  const OpenInterval interval{pt::seconds(static_cast<long>(*open)),
                              pt::seconds(static_cast<long>(*close))};
  if (*open >= kDaySeconds) {
    node.fail(fmt::format("interval {} must open before 24:00", interval_text(interval)));
  }
  if (*close <= *open) {
    node.fail(fmt::format(
        "interval {} is reversed or empty (a night shift closes past 24:00, e.g. 22:00-30:00)",
        interval_text(interval)));
  }
  if (*close - *open > kDaySeconds) {
    node.fail(fmt::format("interval {} is longer than a day", interval_text(interval)));
  }
  return interval;
}

struct DayHours {
  std::vector<OpenInterval> hours;  // in the order written
  std::vector<Node> nodes;
};

// Each interval is refused at its own path when it overlaps one written before it.
DayHours read_day_hours(const Node& node) {
  DayHours day;
  for (const Node& item : node.items()) {
    const OpenInterval interval = read_interval(item);
    for (const OpenInterval& before : day.hours) {
      if (interval.open < before.close && before.open < interval.close) {
        item.fail(fmt::format("overlaps {}", interval_text(before)));
      }
    }
    day.hours.push_back(interval);
    day.nodes.push_back(item);
  }
  return day;
}

greg_weekday read_weekday(const Node& node) {
  const std::string text = node.string();
  for (int day = 0; day < 7; ++day) {
    const std::string label = kWeekdayLabels[day];
    if (kefu::detail::spelling_equal(text, kWeekdays[day]) || text == "周" + label ||
        text == "星期" + label || (day == 0 && (text == "周天" || text == "星期天"))) {
      return greg_weekday(static_cast<unsigned short>(day));
    }
  }
  node.fail_unknown("weekday", text, {kWeekdays.begin(), kWeekdays.end()});
}

std::string optional_string(Object& object, std::string_view key) {
  const auto node = object.optional(key);
  return node ? node->string() : std::string();
}

ScheduleSource read_source(const Node& node) {
  Object object = node.object();
  ScheduleSource source;
  source.title = object.required("title").string();
  source.number = optional_string(object, "number");
  source.issued = object.required("issued").day();
  source.url = optional_string(object, "url");
  object.finish();
  return source;
}

void check_new_day(const Node& node, const HolidaySchedule& schedule, boost::gregorian::date day) {
  if (schedule.find(day) != nullptr) {
    node.fail(fmt::format("{} is listed twice", kefu::detail::date_text(day)));
  }
}

// Neighbouring days' hours must not overlap across midnight, and the week needs open time.
void check_week(const Node& node, const std::array<DayHours, 7>& days) {
  bool open = false;
  for (int day = 0; day < 7; ++day) {
    open = open || !days[day].hours.empty();
    const DayHours& next = days[(day + 1) % 7];
    for (const OpenInterval& late : days[day].hours) {
      const auto spill = late.close - pt::hours(24);
      for (std::size_t i = 0; i < next.hours.size(); ++i) {
        if (next.hours[i].open < spill) {
          next.nodes[i].fail(fmt::format("overlaps {} {}", kWeekdays[day], interval_text(late)));
        }
      }
    }
  }
  if (!open) node.fail("the week has no open hours");
}

void check_covered_years(const Node& node, const HolidaySchedule& schedule) {
  const auto& years = schedule.covered_years();
  for (std::size_t i = 1; i < years.size(); ++i) {
    if (years[i] != years[i - 1] + 1) {
      node.fail(fmt::format("covered years {} and {} leave a gap", years[i - 1], years[i]));
    }
  }
}

json::array hours_to_json(const std::vector<OpenInterval>& hours) {
  json::array out;
  for (const OpenInterval& interval : hours)
    out.emplace_back(json::string(interval_text(interval)));
  return out;
}

json::value text(const std::string& value) { return json::value(json::string(value)); }

}  // namespace

WeeklyHours read_weekly_hours(const Node& node) {
  Object object = node.object();
  std::array<DayHours, 7> days;
  for (const int day : kMondayFirst) {
    if (const auto hours = object.optional(kWeekdays[day])) days[day] = read_day_hours(*hours);
  }
  object.finish();
  check_week(node, days);
  WeeklyHours week;
  for (int day = 0; day < 7; ++day) {
    week.set(greg_weekday(static_cast<unsigned short>(day)), days[day].hours);
  }
  return week;
}

HolidaySchedule read_holiday_schedule(const Node& node) {
  Object object = node.object();
  HolidaySchedule schedule;
  if (const auto version = object.optional("kefu_holiday_schedule")) version->integer(1, 1);
  if (const auto region = object.optional("region")) {
    schedule.set_region(region->string());
    if (schedule.region().empty()) region->fail("a region needs a name, such as \"cn\"");
  }
  if (const auto years = object.optional("years")) {
    for (const Node& year : years->items()) {
      schedule.cover_year(static_cast<int>(year.integer(1401, 9998)));
    }
  }
  if (const auto sources = object.optional("sources")) {
    for (const Node& source : sources->items()) schedule.cite(read_source(source));
  }
  if (const auto closed = object.optional("closed")) {
    for (const Node& item : closed->items()) {
      Object entry = item.object();
      const Node day_node = entry.required("day");
      const auto day = day_node.day();
      const Node kind_node = entry.required("kind");
      const DayKind kind = kind_node.enumeration<DayKind>("day kind");
      if (kind == DayKind::makeup_workday || kind == DayKind::special_hours) {
        kind_node.fail(fmt::format(
            "kind '{}' does not close a day (make-up days go under \"workdays\", own hours under "
            "\"special_hours\")",
            kefu::detail::name_of(kind)));
      }
      const std::string name = optional_string(entry, "name");
      entry.finish();
      check_new_day(day_node, schedule, day);
      schedule.close(day, kind, name);
    }
  }
  if (const auto workdays = object.optional("workdays")) {
    for (const Node& item : workdays->items()) {
      Object entry = item.object();
      const Node day_node = entry.required("day");
      const auto day = day_node.day();
      const auto hours_of = entry.optional("hours_of");
      const greg_weekday weekday = hours_of ? read_weekday(*hours_of) : boost::gregorian::Monday;
      const std::string name = optional_string(entry, "name");
      entry.finish();
      check_new_day(day_node, schedule, day);
      schedule.work(day, weekday, name);
    }
  }
  if (const auto special = object.optional("special_hours")) {
    for (const Node& item : special->items()) {
      Object entry = item.object();
      const Node day_node = entry.required("day");
      const auto day = day_node.day();
      DayHours hours = read_day_hours(entry.required("hours"));
      const std::string name = optional_string(entry, "name");
      entry.finish();
      check_new_day(day_node, schedule, day);
      schedule.special_hours(day, std::move(hours.hours), name);
    }
  }
  object.finish();
  return schedule;
}

CalendarSpec read_calendar_spec(const Node& node, const CalendarSpec& base) {
  Object object = node.object();
  CalendarSpec spec = base;
  if (const auto zone = object.optional("zone")) {
    spec.zone = zone->string();
    if (!spec.zone.empty()) {
      try {
        posix_time_zone(spec.zone);
      } catch (const config_error& e) {
        zone->fail(e.what());
      }
    }
  }
  const bool week_given = base.weekly_hours != WeeklyHours{};
  if (const auto week = week_given ? object.optional("weekly_hours")
                                   : std::optional<Node>(object.required("weekly_hours"))) {
    spec.weekly_hours = read_weekly_hours(*week);
  }
  if (const auto schedules = object.optional("schedules")) {
    spec.regions.clear();
    spec.schedules.clear();
    const std::vector<std::string> regions = calendars::embedded_regions();
    HolidaySchedule merged;
    for (const Node& item : schedules->items()) {
      const HolidaySchedule* added = nullptr;
      if (item.json().is_string()) {
        const std::string region = item.string();
        if (std::find(regions.begin(), regions.end(), region) == regions.end()) {
          item.fail_unknown("region", region, {regions.begin(), regions.end()});
        }
        spec.regions.push_back(region);
        added = &calendars::embedded_schedule(region);
      } else {
        spec.schedules.push_back(read_holiday_schedule(item));
        added = &spec.schedules.back();
      }
      for (const DayRule& rule : added->rules()) {
        if (merged.find(rule.day) != nullptr) {
          item.fail(fmt::format("{} is already listed by an earlier schedule",
                                kefu::detail::date_text(rule.day)));
        }
      }
      if (!merged.region().empty() && !added->region().empty() &&
          merged.region() != added->region()) {
        item.fail(fmt::format("region '{}' cannot be merged with region '{}'", added->region(),
                              merged.region()));
      }
      merged.merge(*added);
    }
    check_covered_years(*schedules, merged);
  }
  if (const auto uncovered = object.optional("uncovered_years")) {
    spec.uncovered_years = uncovered->enumeration<UncoveredYears>("uncovered-years rule");
  }
  object.finish();
  return spec;
}

}  // namespace detail

HolidaySchedule holiday_schedule_from_json_text(std::string_view text) {
  return holiday_schedule_from_json(detail::parse_document(text, "holiday schedule"));
}

HolidaySchedule holiday_schedule_from_json(const json::value& json) {
  return detail::read_holiday_schedule(detail::Node(json, "$", "holiday schedule"));
}

json::value to_json(const HolidaySchedule& schedule) {
  json::object out;
  out["kefu_holiday_schedule"] = 1;
  if (!schedule.region().empty()) out["region"] = detail::text(schedule.region());
  if (!schedule.covered_years().empty()) {
    json::array years;
    for (const int year : schedule.covered_years()) years.emplace_back(year);
    out["years"] = std::move(years);
  }
  if (!schedule.sources().empty()) {
    json::array sources;
    for (const ScheduleSource& source : schedule.sources()) {
      json::object entry;
      entry["title"] = detail::text(source.title);
      if (!source.number.empty()) entry["number"] = detail::text(source.number);
      entry["issued"] = detail::day_to_json(source.issued);
      if (!source.url.empty()) entry["url"] = detail::text(source.url);
      sources.emplace_back(std::move(entry));
    }
    out["sources"] = std::move(sources);
  }
  json::array closed, workdays, special;
  for (const DayRule& rule : schedule.rules()) {
    json::object entry;
    entry["day"] = detail::day_to_json(rule.day);
    if (rule.is_closed()) {
      entry["kind"] = detail::enum_to_json(rule.kind);
    } else if (rule.kind == DayKind::makeup_workday) {
      entry["hours_of"] = detail::text(detail::kWeekdays[rule.hours_of.as_number()]);
    } else {
      entry["hours"] = detail::hours_to_json(rule.hours);
    }
    entry["name"] = detail::text(rule.name);
    (rule.is_closed()                       ? closed
     : rule.kind == DayKind::makeup_workday ? workdays
                                            : special)
        .emplace_back(std::move(entry));
  }
  if (!closed.empty()) out["closed"] = std::move(closed);
  if (!workdays.empty()) out["workdays"] = std::move(workdays);
  if (!special.empty()) out["special_hours"] = std::move(special);
  return out;
}

WeeklyHours weekly_hours_from_json(const json::value& json) {
  return detail::read_weekly_hours(detail::Node(json, "$", "weekly hours"));
}

json::value to_json(const WeeklyHours& week) {
  json::object out;
  for (const int day : detail::kMondayFirst) {
    const auto& hours = week.hours(greg_weekday(static_cast<unsigned short>(day)));
    if (!hours.empty()) out[detail::kWeekdays[day]] = detail::hours_to_json(hours);
  }
  return out;
}

CalendarSpec calendar_spec_from_json_text(std::string_view text, const CalendarSpec& base) {
  return calendar_spec_from_json(detail::parse_document(text, "calendar"), base);
}

CalendarSpec calendar_spec_from_json(const json::value& json, const CalendarSpec& base) {
  return detail::read_calendar_spec(detail::Node(json, "$", "calendar"), base);
}

json::value to_json(const CalendarSpec& spec) {
  json::object out;
  out["zone"] = detail::text(spec.zone);
  out["weekly_hours"] = to_json(spec.weekly_hours);
  json::array schedules;
  for (const std::string& region : spec.regions) schedules.emplace_back(json::string(region));
  for (const HolidaySchedule& schedule : spec.schedules) schedules.emplace_back(to_json(schedule));
  out["schedules"] = std::move(schedules);
  out["uncovered_years"] = detail::enum_to_json(spec.uncovered_years);
  return out;
}

}  // namespace kefu::io
