// The calendar's JSON edge: schedule files, weekly hours and calendar specs read, checked with
// the path of each error (messages asserted verbatim), and written back unchanged.

#include "../beijing_time.hpp"
#include <kefu/calendar/calendar_spec.hpp>
#include <kefu/calendar/calendars/china_mainland.hpp>
#include <kefu/calendar/calendars/embedded.hpp>
#include <kefu/core/error.hpp>
#include <kefu/io/calendar_json.hpp>

#include <boost/date_time/posix_time/posix_time.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using boost::gregorian::date;
using boost::posix_time::hours;
using boost::posix_time::ptime;
using boost::posix_time::time_from_string;
using kefu::open_hours;

namespace {

ptime bj(const char* local) { return kefu::test::beijing_time(local); }

template <class Fn>
std::string error_of(Fn&& fn) {
  try {
    fn();
  } catch (const kefu::parse_error& e) {
    return e.what();
  }
  return "no error";
}

std::string schedule_error(const std::string& text) {
  return error_of([&] { kefu::io::holiday_schedule_from_json_text(text); });
}

std::string spec_error(const std::string& text) {
  return error_of([&] { kefu::io::calendar_spec_from_json_text(text); });
}

const char* const kOffice =
    R"("weekly_hours": {"monday": ["09:00-18:00"], "friday": ["09:00-18:00"]})";

}  // namespace

TEST_CASE("a schedule file is read with comments, chinese labels and every kind of day") {
  const auto schedule = kefu::io::holiday_schedule_from_json_text(R"({
    // a company's own year file
    "kefu_holiday_schedule": 1,
    "region": "cn",
    "years": [2027],
    "sources": [{"title": "company notice", "issued": "2026-11-20"}],
    "closed": [
      {"day": "2027-01-01", "kind": "statutory_holiday", "name": "元旦"},
      {"day": "2027-01-02", "kind": "调休休息日"},
    ],
    "workdays": [{"day": "2027-01-09", "hours_of": "周五", "name": "补班"}],
    "special_hours": [{"day": "2027-12-24", "hours": ["09:00-13:00"], "name": "eve"}],
  })");
  CHECK(schedule.region() == "cn");
  CHECK(schedule.covered_years() == std::vector{2027});
  REQUIRE(schedule.sources().size() == 1);
  CHECK(schedule.sources()[0].issued == date(2026, 11, 20));
  CHECK(schedule.sources()[0].url.empty());
  REQUIRE(schedule.rules().size() == 4);
  CHECK(schedule.find(date(2027, 1, 1))->kind == kefu::DayKind::statutory_holiday);
  CHECK(schedule.find(date(2027, 1, 2))->kind == kefu::DayKind::rest_day);
  CHECK(schedule.find(date(2027, 1, 2))->name.empty());
  CHECK(schedule.find(date(2027, 1, 9))->hours_of == boost::gregorian::Friday);
  CHECK(schedule.find(date(2027, 12, 24))->hours ==
        std::vector<kefu::OpenInterval>{open_hours(9, 0, 13, 0)});
  CHECK(kefu::io::holiday_schedule_from_json(kefu::io::to_json(schedule)) == schedule);
}

TEST_CASE("the embedded schedule survives a write and read unchanged") {
  const kefu::HolidaySchedule& cn = kefu::calendars::embedded_schedule("cn");
  const auto text = boost::json::serialize(kefu::io::to_json(cn));
  CHECK(kefu::io::holiday_schedule_from_json_text(text) == cn);
  CHECK(kefu::calendars::embedded_regions() == std::vector<std::string>{"cn"});
  CHECK_THROWS_WITH_AS(kefu::calendars::embedded_schedule("hk"),
                       "no embedded holiday schedule for region 'hk'", kefu::config_error);
}

// The library compiles the year files into builder calls at configure time
// (cmake/KefuEmbedSchedules.cmake reads them with CMake's JSON reader); this full reader of the
// same files must see the same schedule, or the generator has dropped or misread something.
TEST_CASE("the compiled holiday schedules equal the year files read by the JSON edge") {
  const std::filesystem::path data = KEFU_CALENDAR_DATA_DIR "/cn";
  std::vector<std::filesystem::path> years;  // merged in order, as the build does
  for (const auto& entry : std::filesystem::directory_iterator(data)) {
    if (entry.path().extension() == ".json") years.push_back(entry.path());
  }
  std::sort(years.begin(), years.end());
  kefu::HolidaySchedule from_files;
  int files = 0;
  for (const auto& path : years) {
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    from_files.merge(kefu::io::holiday_schedule_from_json_text(text.str()));
    ++files;
  }
  CHECK(files >= 3);  // 2024, 2025 and 2026 at least
  CHECK(from_files == kefu::calendars::embedded_schedule("cn"));
}

TEST_CASE("bad schedule files are refused at the bad field") {
  CHECK(schedule_error(R"({"closed": [{"day": "2025-10-01", "kind": "closed"},
                                      {"day": "2025-10-01", "kind": "closed"}]})") ==
        "holiday schedule: $.closed[1].day: 2025-10-01 is listed twice");
  CHECK(schedule_error(R"({"closed": [{"day": "2025-10-01", "kind": "closed"}],
                           "workdays": [{"day": "2025-10-01"}]})") ==
        "holiday schedule: $.workdays[0].day: 2025-10-01 is listed twice");
  CHECK(schedule_error(R"({"closed": [{"day": "2025-10-01", "kind": "statutry_holiday"}]})") ==
        "holiday schedule: $.closed[0].kind: unknown day kind 'statutry_holiday' (did you mean "
        "'statutory_holiday'?)");
  CHECK(schedule_error(R"({"closed": [{"day": "2025-10-01", "kind": "makeup_workday"}]})") ==
        "holiday schedule: $.closed[0].kind: kind 'makeup_workday' does not close a day (make-up "
        "days go under \"workdays\", own hours under \"special_hours\")");
  CHECK(schedule_error(R"({"closed": [{"day": "2025-10-01"}]})") ==
        "holiday schedule: $.closed[0]: missing field 'kind'");
  CHECK(schedule_error(R"({"closed": [{"day": "2025-02-29", "kind": "closed"}]})") ==
        "holiday schedule: $.closed[0].day: '2025-02-29' is not a day such as \"2026-10-01\"");
  CHECK(schedule_error(R"({"workdays": [{"day": "2025-09-28", "hours_of": "mondy"}]})") ==
        "holiday schedule: $.workdays[0].hours_of: unknown weekday 'mondy' (did you mean "
        "'monday'?)");
  CHECK(schedule_error(R"({"clsoed": []})") ==
        "holiday schedule: $: unknown field 'clsoed' (did you mean 'closed'?)");
  CHECK(schedule_error(R"({"years": [1400]})") ==
        "holiday schedule: $.years[0]: 1400 is outside 1401 to 9998");
  CHECK(schedule_error(R"({"kefu_holiday_schedule": 2})") ==
        "holiday schedule: $.kefu_holiday_schedule: 2 is outside 1 to 1");
  CHECK(schedule_error(R"({"region": ""})") ==
        "holiday schedule: $.region: a region needs a name, such as \"cn\"");
  CHECK(schedule_error(R"({"sources": [{"title": "x"}]})") ==
        "holiday schedule: $.sources[0]: missing field 'issued'");
  CHECK(schedule_error(R"({"special_hours": [{"day": "2025-12-24", "hours": ["13:00-09:00"]}]})") ==
        "holiday schedule: $.special_hours[0].hours[0]: interval 13:00-09:00 is reversed or empty "
        "(a night shift closes past 24:00, e.g. 22:00-30:00)");
  // Line 2 is `  "closed": [` followed by a missing value: the parser stops at column 13.
  CHECK(schedule_error("{\n  \"closed\": ]\n}").rfind("holiday schedule: line 2, column 13: ", 0) ==
        0);
}

TEST_CASE("weekly hours are read per day and refused at the overlapping interval") {
  const auto week = kefu::io::weekly_hours_from_json(boost::json::parse(
      R"({"monday": ["13:30-18:30", "09:00-12:00"], "saturday": ["22:00-30:00"]})"));
  CHECK(week.hours(boost::gregorian::Monday) ==
        std::vector<kefu::OpenInterval>{open_hours(9, 0, 12, 0), open_hours(13, 30, 18, 30)});
  CHECK(week.hours(boost::gregorian::Saturday) ==
        std::vector<kefu::OpenInterval>{open_hours(22, 0, 30, 0)});
  CHECK(week.hours(boost::gregorian::Sunday).empty());
  CHECK(kefu::io::weekly_hours_from_json(kefu::io::to_json(week)) == week);

  const auto error = [](const char* text) {
    return error_of([&] { kefu::io::weekly_hours_from_json(boost::json::parse(text)); });
  };
  CHECK(error(R"({"friday": ["22:00-30:00"], "saturday": ["05:00-12:00"]})") ==
        "weekly hours: $.saturday[0]: overlaps friday 22:00-30:00");
  CHECK(error(R"({"saturday": ["22:00-30:00"], "sunday": ["05:00-12:00"]})") ==
        "weekly hours: $.sunday[0]: overlaps saturday 22:00-30:00");
  CHECK(error(R"({})") == "weekly hours: $: the week has no open hours");
  CHECK(error(R"({"monday": ["9-12"]})") ==
        "weekly hours: $.monday[0]: '9-12' is not an interval such as \"09:00-18:00\"");
  CHECK(error(R"({"monday": ["24:00-26:00"]})") ==
        "weekly hours: $.monday[0]: interval 24:00-26:00 must open before 24:00");
  CHECK(error(R"({"monday": ["08:00-32:30"]})") ==
        "weekly hours: $.monday[0]: interval 08:00-32:30 is longer than a day");
  CHECK(error(R"({"mon": ["09:00-18:00"]})") == "weekly hours: $: unknown field 'mon'");
}

TEST_CASE("a calendar spec is read, builds, and equals itself after a round trip") {
  const auto spec = kefu::io::calendar_spec_from_json_text(R"({
    "zone": "CST-8",
    "weekly_hours": {"monday": ["09:00-12:00", "13:30-18:30"],
                     "tuesday": ["09:00-12:00", "13:30-18:30"]},
    "schedules": ["cn", {"years": [2027], "closed": [{"day": "2027-01-01", "kind": "closed"}]}],
    "uncovered_years": "weekly_hours",
  })");
  CHECK(spec.zone == "CST-8");
  CHECK(spec.regions == std::vector<std::string>{"cn"});
  REQUIRE(spec.schedules.size() == 1);
  CHECK(spec.uncovered_years == kefu::UncoveredYears::weekly_hours);
  CHECK(kefu::io::calendar_spec_from_json(kefu::io::to_json(spec)) == spec);
  const auto calendar = spec.build();
  CHECK(calendar.covered_years() == std::vector{2024, 2025, 2026, 2027});
  // Monday 2025-09-29 17:00 Beijing + 2 h: 1.5 h to 18:30, then Tuesday 30 September 09:30.
  CHECK(calendar.add(bj("2025-09-29 17:00:00"), hours(2)) ==
        bj("2025-09-30 09:00:00") + boost::posix_time::minutes(30));

  // Fields left out keep the base's values.
  const auto changed =
      kefu::io::calendar_spec_from_json_text(R"({"uncovered_years": "refuse"})", spec);
  CHECK(changed.uncovered_years == kefu::UncoveredYears::refuse);
  CHECK(changed.weekly_hours == spec.weekly_hours);
  CHECK(changed.regions == spec.regions);
  CHECK(changed != spec);
}

TEST_CASE("bad calendar specs are refused at the bad field") {
  CHECK(spec_error(R"({"weekly_hours": {"monday": ["09:00-12:00", "11:00-13:00"]}})") ==
        "calendar: $.weekly_hours.monday[1]: overlaps 09:00-12:00");
  CHECK(spec_error(R"({"zone": "CST-8"})") == "calendar: $: missing field 'weekly_hours'");
  CHECK(spec_error(std::string(R"({"zone": "EST5EDT,M3.9.0,M11.1.0", )") + kOffice + "}") ==
        "calendar: $.zone: time zone 'EST5EDT,M3.9.0,M11.1.0': daylight saving rule 'M3.9.0': "
        "expected a week 1-5");
  CHECK(spec_error(std::string(R"({"schedules": ["cm"], )") + kOffice + "}") ==
        "calendar: $.schedules[0]: unknown region 'cm' (did you mean 'cn'?)");
  CHECK(spec_error(std::string(R"({"schedules": ["cn", {"closed": [{"day": "2026-01-01",
        "kind": "closed"}]}], )") +
                   kOffice + "}") ==
        "calendar: $.schedules[1]: 2026-01-01 is already listed by an earlier schedule");
  CHECK(spec_error(std::string(R"({"schedules": ["cn", {"years": [2028]}], )") + kOffice + "}") ==
        "calendar: $.schedules: covered years 2026 and 2028 leave a gap");
  CHECK(spec_error(std::string(R"({"schedules": ["cn", {"region": "hk"}], )") + kOffice + "}") ==
        "calendar: $.schedules[1]: region 'hk' cannot be merged with region 'cn'");
  CHECK(spec_error(std::string(R"({"uncovered_years": "refuze", )") + kOffice + "}") ==
        "calendar: $.uncovered_years: unknown uncovered-years rule 'refuze' (did you mean "
        "'refuse'?)");
  CHECK(spec_error(std::string(R"({"zome": "CST-8", )") + kOffice + "}") ==
        "calendar: $: unknown field 'zome' (did you mean 'zone'?)");
}

TEST_CASE("a host's year file extends the china calendar without a release") {
  // A made-up 2027 file (not the real notice, which is not out yet): 1 January closed.
  const auto year_2027 = kefu::io::holiday_schedule_from_json_text(R"({
    "region": "cn", "years": [2027],
    "sources": [{"title": "test fixture", "issued": "2026-11-01"}],
    "closed": [{"day": "2027-01-01", "kind": "statutory_holiday", "name": "元旦"}]})");
  const auto office = kefu::WeeklyHours::monday_to_friday({open_hours(9, 0, 18, 0)});
  const auto calendar = kefu::calendars::china_mainland(office, {year_2027});
  const ptime start = bj("2026-12-31 17:00:00");
  // 1 h on Thursday 31 December; Friday 1 January closed; the weekend; Monday 4 January 10:00.
  const ptime deadline = calendar.add(start, hours(2));
  CHECK(deadline == bj("2027-01-04 10:00:00"));
  CHECK(calendar.covers(start, deadline));
  CHECK(calendar.schedule().sources().size() == 4);
  CHECK_THROWS_WITH_AS(
      kefu::calendars::china_mainland(office, {kefu::calendars::embedded_schedule("cn")}),
      "holiday schedule: 2024-01-01 is listed twice", kefu::config_error);
}
