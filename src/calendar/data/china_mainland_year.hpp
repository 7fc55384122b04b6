#pragma once
// One year of the State Council's holiday arrangement (国务院办公厅关于部分节假日安排的通知):
// every day of each holiday span, statutory or moved rest day, and the weekend days worked.
// One file per year defines one of these; china_mainland.cpp lists them.

#include <cstddef>

namespace kefu::calendars::detail {

enum class Mark { statutory, rest, work };

struct ChinaDay {
  int month;
  int day;
  Mark mark;
  const char* festival;
};

struct ChinaYear {
  int year;
  const ChinaDay* days;
  std::size_t count;
};

extern const ChinaYear china_mainland_2024;
extern const ChinaYear china_mainland_2025;
extern const ChinaYear china_mainland_2026;

}  // namespace kefu::calendars::detail
