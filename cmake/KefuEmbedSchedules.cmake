# kefu_embed_schedules(OUTPUT <file.cpp> FILES <data/region/year.json>...)
#
# Compiles the holiday year files into C++ at configure time, so that the rule library needs no
# JSON parser at run time (Boost.JSON is only for hosts that use kefu::io). CMake's own JSON
# reader takes the files apart; each becomes a function that builds its HolidaySchedule with
# the public builder calls. The files' own format (docs/rules.md §calendar) is richer than this
# generator reads: embedded files use the canonical names ("statutory_holiday", "monday"), and
# tests/io/embedded_schedules_test.cpp checks that every file read by kefu::io's full reader
# equals what was compiled.

function(_kefu_schedule_literal out text)
  if(text MATCHES "\\)kefu\"")
    message(FATAL_ERROR "kefu: holiday data contains the raw-string delimiter )kefu\"")
  endif()
  set(${out} "R\"kefu(${text})kefu\"" PARENT_SCOPE)
endfunction()

# "2025-10-01" -> "date(2025, 10, 1)"; a FATAL_ERROR names the file and the field otherwise.
function(_kefu_schedule_date out file field text)
  if(NOT text MATCHES "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$")
    message(FATAL_ERROR "kefu: ${file}: ${field}: '${text}' is not a YYYY-MM-DD date")
  endif()
  math(EXPR month "${CMAKE_MATCH_2}")
  math(EXPR day "${CMAKE_MATCH_3}")
  set(${out} "date(${CMAKE_MATCH_1}, ${month}, ${day})" PARENT_SCOPE)
endfunction()

# "09:00-13:00" -> "open_hours(9, 0, 13, 0)".
function(_kefu_schedule_interval out file field text)
  if(NOT text MATCHES "^([0-9][0-9]):([0-9][0-9])-([0-9][0-9]):([0-9][0-9])$")
    message(FATAL_ERROR "kefu: ${file}: ${field}: '${text}' is not HH:MM-HH:MM")
  endif()
  set(parts)
  foreach(i 1 2 3 4)
    math(EXPR value "${CMAKE_MATCH_${i}}")
    list(APPEND parts ${value})
  endforeach()
  list(JOIN parts ", " args)
  set(${out} "open_hours(${args})" PARENT_SCOPE)
endfunction()

# Appends to `code` one builder call per element of the array `key` (absent: none).
function(_kefu_schedule_days code json file key)
  string(JSON count ERROR_VARIABLE missing LENGTH "${json}" ${key})
  if(missing OR count EQUAL 0)
    return()
  endif()
  set(body "${${code}}")
  math(EXPR last "${count} - 1")
  foreach(i RANGE ${last})
    set(field "${key}[${i}]")
    string(JSON day GET "${json}" ${key} ${i} day)
    _kefu_schedule_date(day "${file}" "${field}.day" "${day}")
    string(JSON name GET "${json}" ${key} ${i} name)
    _kefu_schedule_literal(name "${name}")
    if(key STREQUAL "closed")
      string(JSON kind GET "${json}" ${key} ${i} kind)
      if(NOT kind MATCHES "^(statutory_holiday|rest_day|closed)$")
        message(FATAL_ERROR "kefu: ${file}: ${field}.kind: embedded files use statutory_holiday, "
          "rest_day or closed, not '${kind}'")
      endif()
      string(APPEND body "  s.close(${day}, DayKind::${kind}, ${name});\n")
    elseif(key STREQUAL "workdays")
      string(JSON weekday GET "${json}" ${key} ${i} hours_of)
      if(NOT weekday MATCHES "^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$")
        message(FATAL_ERROR "kefu: ${file}: ${field}.hours_of: embedded files use an English "
          "weekday in lower case, not '${weekday}'")
      endif()
      string(SUBSTRING "${weekday}" 0 1 initial)
      string(TOUPPER "${initial}" initial)
      string(SUBSTRING "${weekday}" 1 -1 rest)
      string(APPEND body "  s.work(${day}, boost::gregorian::${initial}${rest}, ${name});\n")
    else()
      string(JSON intervals LENGTH "${json}" ${key} ${i} hours)
      set(hours)
      if(intervals GREATER 0)
        math(EXPR last_interval "${intervals} - 1")
        foreach(j RANGE ${last_interval})
          string(JSON text GET "${json}" ${key} ${i} hours ${j})
          _kefu_schedule_interval(interval "${file}" "${field}.hours[${j}]" "${text}")
          list(APPEND hours "${interval}")
        endforeach()
      endif()
      list(JOIN hours ", " hours)
      string(APPEND body "  s.special_hours(${day}, {${hours}}, ${name});\n")
    endif()
  endforeach()
  set(${code} "${body}" PARENT_SCOPE)
endfunction()

function(kefu_embed_schedules)
  cmake_parse_arguments(PARSE_ARGV 0 arg "" "OUTPUT;DATA_DIR" "FILES")
  set(functions "")
  set(entries "")
  set(index 0)
  foreach(file IN LISTS arg_FILES)
    file(RELATIVE_PATH name ${arg_DATA_DIR} ${file})
    get_filename_component(region_dir ${file} DIRECTORY)
    get_filename_component(region ${region_dir} NAME)
    file(READ ${file} text)
    # The files carry whole-line // comments (their sources, the notice's wording), which
    # CMake's strict JSON reader does not take.
    string(REGEX REPLACE "(^|\n)[ \t]*//[^\n]*" "\\1" json "${text}")
    string(JSON format ERROR_VARIABLE error GET "${json}" kefu_holiday_schedule)
    if(error AND NOT error MATCHES "not found")
      message(FATAL_ERROR "kefu: ${file}: ${error}")
    endif()

    set(body "  HolidaySchedule s;\n")
    string(JSON file_region ERROR_VARIABLE missing GET "${json}" region)
    if(NOT missing)
      _kefu_schedule_literal(literal "${file_region}")
      string(APPEND body "  s.set_region(${literal});\n")
    endif()
    string(JSON years ERROR_VARIABLE missing LENGTH "${json}" years)
    if(NOT missing AND years GREATER 0)
      math(EXPR last "${years} - 1")
      foreach(i RANGE ${last})
        string(JSON year GET "${json}" years ${i})
        string(APPEND body "  s.cover_year(${year});\n")
      endforeach()
    endif()
    string(JSON sources ERROR_VARIABLE missing LENGTH "${json}" sources)
    if(NOT missing AND sources GREATER 0)
      math(EXPR last "${sources} - 1")
      foreach(i RANGE ${last})
        set(fields)
        foreach(key title number issued url)
          string(JSON value ERROR_VARIABLE absent GET "${json}" sources ${i} ${key})
          if(absent)
            set(value "")
          endif()
          if(key STREQUAL "issued")
            _kefu_schedule_date(value "${file}" "sources[${i}].issued" "${value}")
          else()
            _kefu_schedule_literal(value "${value}")
          endif()
          list(APPEND fields "${value}")
        endforeach()
        list(JOIN fields ", " fields)
        string(APPEND body "  s.cite({${fields}});\n")
      endforeach()
    endif()
    foreach(key closed workdays special_hours)
      _kefu_schedule_days(body "${json}" "${file}" ${key})
    endforeach()

    string(APPEND functions "// ${name}\nHolidaySchedule schedule_${index}() {\n${body}  return s;\n}\n\n")
    string(APPEND entries "    {\"${region}\", \"${name}\", &schedule_${index}},\n")
    math(EXPR index "${index} + 1")
  endforeach()

  file(CONFIGURE OUTPUT ${arg_OUTPUT} @ONLY CONTENT
"// Generated by cmake/KefuEmbedSchedules.cmake from src/calendar/data/*/*.json: do not edit.

#include \"embedded_schedules.hpp\"

namespace kefu::calendars::detail {

namespace {

using boost::gregorian::date;

@functions@}  // namespace

const EmbeddedFile kEmbeddedFiles[] = {
@entries@};

const std::size_t kEmbeddedFileCount = sizeof kEmbeddedFiles / sizeof kEmbeddedFiles[0];

}  // namespace kefu::calendars::detail
")
endfunction()
