// 2025: 国务院办公厅关于2025年部分节假日安排的通知, issued 2024-11-12 (central government
// portal www.gov.cn). The notice's lines are quoted above each holiday below.
// From 2025 the statutory days are 13: New Year 1, Spring Festival 4 (除夕 and 正月初一至初三),
// Qingming 1, Labour Day 2, Dragon Boat 1, Mid-Autumn 1, National Day 3.

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
constexpr const char* kNationalMidAutumn = "国庆节、中秋节 National Day and Mid-Autumn";

// clang-format off
constexpr ChinaDay kDays[] = {
    // 一、元旦:1月1日(周三)放假1天,不调休。
    {1, 1, Mark::statutory, kNewYear},
    // 二、春节:1月28日(农历除夕、周二)至2月4日(农历正月初七、周二)放假调休,共8天。
    //     1月26日(周日)、2月8日(周六)上班。
    {1, 26, Mark::work, kSpring},
    {1, 28, Mark::statutory, kSpring}, {1, 29, Mark::statutory, kSpring},
    {1, 30, Mark::statutory, kSpring}, {1, 31, Mark::statutory, kSpring},
    {2, 1, Mark::rest, kSpring},       {2, 2, Mark::rest, kSpring},
    {2, 3, Mark::rest, kSpring},       {2, 4, Mark::rest, kSpring},
    {2, 8, Mark::work, kSpring},
    // 三、清明节:4月4日(周五)至6日(周日)放假,共3天。
    {4, 4, Mark::statutory, kQingming}, {4, 5, Mark::rest, kQingming},
    {4, 6, Mark::rest, kQingming},
    // 四、劳动节:5月1日(周四)至5日(周一)放假调休,共5天。4月27日(周日)上班。
    {4, 27, Mark::work, kLabour},
    {5, 1, Mark::statutory, kLabour}, {5, 2, Mark::statutory, kLabour},
    {5, 3, Mark::rest, kLabour},      {5, 4, Mark::rest, kLabour},
    {5, 5, Mark::rest, kLabour},
    // 五、端午节:5月31日(周六)至6月2日(周一)放假,共3天。
    {5, 31, Mark::statutory, kDragon}, {6, 1, Mark::rest, kDragon}, {6, 2, Mark::rest, kDragon},
    // 六、国庆节、中秋节:10月1日(周三)至8日(周三)放假调休,共8天。
    //     9月28日(周日)、10月11日(周六)上班。中秋节 is 10月6日.
    {9, 28, Mark::work, kNationalMidAutumn},
    {10, 1, Mark::statutory, kNational},  {10, 2, Mark::statutory, kNational},
    {10, 3, Mark::statutory, kNational},  {10, 4, Mark::rest, kNationalMidAutumn},
    {10, 5, Mark::rest, kNationalMidAutumn}, {10, 6, Mark::statutory, kMidAutumn},
    {10, 7, Mark::rest, kNationalMidAutumn}, {10, 8, Mark::rest, kNationalMidAutumn},
    {10, 11, Mark::work, kNationalMidAutumn},
};
// clang-format on

}  // namespace

const ChinaYear china_mainland_2025{2025, kDays, sizeof kDays / sizeof kDays[0]};

}  // namespace kefu::calendars::detail
