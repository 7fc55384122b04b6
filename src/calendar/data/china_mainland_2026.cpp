// 2026: 国务院办公厅关于2026年部分节假日安排的通知, issued 2025-11-04 (central government
// portal www.gov.cn, Xinhua). The notice's lines are quoted above each holiday below.
// Statutory days as from 2025 (13): New Year 1, Spring Festival 4 (除夕 Feb 16, 正月初一至初三
// Feb 17-19), Qingming 1 (Apr 5), Labour Day 2, Dragon Boat 1, Mid-Autumn 1, National Day 3.

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
    // 一、元旦:1月1日(周四)至3日(周六)放假调休,共3天。1月4日(周日)上班。
    {1, 1, Mark::statutory, kNewYear}, {1, 2, Mark::rest, kNewYear},
    {1, 3, Mark::rest, kNewYear},      {1, 4, Mark::work, kNewYear},
    // 二、春节:2月15日(农历腊月二十八、周日)至23日(农历正月初七、周一)放假调休,共9天。
    //     2月14日(周六)、2月28日(周六)上班。
    {2, 14, Mark::work, kSpring},
    {2, 15, Mark::rest, kSpring},      {2, 16, Mark::statutory, kSpring},
    {2, 17, Mark::statutory, kSpring}, {2, 18, Mark::statutory, kSpring},
    {2, 19, Mark::statutory, kSpring}, {2, 20, Mark::rest, kSpring},
    {2, 21, Mark::rest, kSpring},      {2, 22, Mark::rest, kSpring},
    {2, 23, Mark::rest, kSpring},      {2, 28, Mark::work, kSpring},
    // 三、清明节:4月4日(周六)至6日(周一)放假,共3天。
    {4, 4, Mark::rest, kQingming}, {4, 5, Mark::statutory, kQingming},
    {4, 6, Mark::rest, kQingming},
    // 四、劳动节:5月1日(周五)至5日(周二)放假调休,共5天。5月9日(周六)上班。
    {5, 1, Mark::statutory, kLabour}, {5, 2, Mark::statutory, kLabour},
    {5, 3, Mark::rest, kLabour},      {5, 4, Mark::rest, kLabour},
    {5, 5, Mark::rest, kLabour},      {5, 9, Mark::work, kLabour},
    // 五、端午节:6月19日(周五)至21日(周日)放假,共3天。
    {6, 19, Mark::statutory, kDragon}, {6, 20, Mark::rest, kDragon},
    {6, 21, Mark::rest, kDragon},
    // 六、中秋节:9月25日(周五)至27日(周日)放假,共3天。
    {9, 25, Mark::statutory, kMidAutumn}, {9, 26, Mark::rest, kMidAutumn},
    {9, 27, Mark::rest, kMidAutumn},
    // 七、国庆节:10月1日(周四)至7日(周三)放假调休,共7天。9月20日(周日)、10月10日(周六)上班。
    {9, 20, Mark::work, kNational},
    {10, 1, Mark::statutory, kNational}, {10, 2, Mark::statutory, kNational},
    {10, 3, Mark::statutory, kNational}, {10, 4, Mark::rest, kNational},
    {10, 5, Mark::rest, kNational},      {10, 6, Mark::rest, kNational},
    {10, 7, Mark::rest, kNational},      {10, 10, Mark::work, kNational},
};
// clang-format on

}  // namespace

const ChinaYear china_mainland_2026{2026, kDays, sizeof kDays / sizeof kDays[0]};

}  // namespace kefu::calendars::detail
