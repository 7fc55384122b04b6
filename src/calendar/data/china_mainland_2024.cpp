// 2024: 国务院办公厅关于2024年部分节假日安排的通知, issued 2023-10-25 (central government
// portal www.gov.cn). The notice's lines are quoted above each holiday below.
// Statutory days then: New Year 1, Spring Festival 3 (正月初一至初三), Qingming 1, Labour Day 1,
// Dragon Boat 1, Mid-Autumn 1, National Day 3. New Year's Eve (Feb 9) was a workday: leave was
// only encouraged. The New Year span's Dec 30-31 lie in 2023.

#include "china_mainland_year.hpp"

namespace kefu::calendars::detail {

namespace {

constexpr const char* kNewYear = "元旦 New Year's Day";
constexpr const char* kSpring = "春节 Spring Festival";
constexpr const char* kQingming = "清明节 Qingming Festival";
constexpr const char* kLabour = "劳动节 Labour Day";
constexpr const char* kDragon = "端午节 Dragon Boat Festival";
constexpr const char* kMidAutumn = "中秋节 Mid-Autumn Festival";
constexpr const char* kNational = "国庆节 National Day";

// clang-format off
constexpr ChinaDay kDays[] = {
    // 一、元旦:1月1日放假,与周末连休。
    {1, 1, Mark::statutory, kNewYear},
    // 二、春节:2月10日至17日放假调休,共8天。2月4日(星期日)、2月18日(星期日)上班。
    {2, 4, Mark::work, kSpring},
    {2, 10, Mark::statutory, kSpring}, {2, 11, Mark::statutory, kSpring},
    {2, 12, Mark::statutory, kSpring}, {2, 13, Mark::rest, kSpring},
    {2, 14, Mark::rest, kSpring},      {2, 15, Mark::rest, kSpring},
    {2, 16, Mark::rest, kSpring},      {2, 17, Mark::rest, kSpring},
    {2, 18, Mark::work, kSpring},
    // 三、清明节:4月4日至6日放假调休,共3天。4月7日(星期日)上班。
    {4, 4, Mark::statutory, kQingming}, {4, 5, Mark::rest, kQingming},
    {4, 6, Mark::rest, kQingming},      {4, 7, Mark::work, kQingming},
    // 四、劳动节:5月1日至5日放假调休,共5天。4月28日(星期日)、5月11日(星期六)上班。
    {4, 28, Mark::work, kLabour},
    {5, 1, Mark::statutory, kLabour}, {5, 2, Mark::rest, kLabour},
    {5, 3, Mark::rest, kLabour},      {5, 4, Mark::rest, kLabour},
    {5, 5, Mark::rest, kLabour},      {5, 11, Mark::work, kLabour},
    // 五、端午节:6月10日放假,与周末连休。
    {6, 8, Mark::rest, kDragon}, {6, 9, Mark::rest, kDragon}, {6, 10, Mark::statutory, kDragon},
    // 六、中秋节:9月15日至17日放假调休,共3天。9月14日(星期六)上班。
    {9, 14, Mark::work, kMidAutumn},
    {9, 15, Mark::rest, kMidAutumn}, {9, 16, Mark::rest, kMidAutumn},
    {9, 17, Mark::statutory, kMidAutumn},
    // 七、国庆节:10月1日至7日放假调休,共7天。9月29日(星期日)、10月12日(星期六)上班。
    {9, 29, Mark::work, kNational},
    {10, 1, Mark::statutory, kNational}, {10, 2, Mark::statutory, kNational},
    {10, 3, Mark::statutory, kNational}, {10, 4, Mark::rest, kNational},
    {10, 5, Mark::rest, kNational},      {10, 6, Mark::rest, kNational},
    {10, 7, Mark::rest, kNational},      {10, 12, Mark::work, kNational},
};
// clang-format on

}  // namespace

const ChinaYear china_mainland_2024{2024, kDays, sizeof kDays / sizeof kDays[0]};

}  // namespace kefu::calendars::detail
