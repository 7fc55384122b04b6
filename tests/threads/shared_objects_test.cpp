// One Workflow, Classifier, ReplyChecker, BusinessCalendar and one set of KPI accumulator
// options shared by four threads: each case is owned by one thread, each thread feeds its own
// accumulators, merged at the end. The cases, classifications, reply findings, calendar sums
// and merged accumulators equal those of one thread doing everything. Under the tsan preset
// this also shows the shared objects are only read (no ThreadSanitizer report).

#include "../soak/random_case.hpp"
#include <kefu/calendar/calendars/china_mainland.hpp>
#include <kefu/classify/classifier.hpp>
#include <kefu/classify/reply_check.hpp>
#include <kefu/kpi/accumulator.hpp>
#include <kefu/kpi/ticket_record.hpp>
#include <kefu/workflow/workflow.hpp>

#include <doctest/doctest.h>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace {

using boost::posix_time::hours;
using boost::posix_time::seconds;
namespace kpi = kefu::kpi;

constexpr std::array<std::string_view, 6> messages{"你好，我想问一下这个订单什么时候发货",
                                                   "收到的手机屏幕碎了，我要投诉，太差了！",
                                                   "空调不制冷，需要上门维修",
                                                   "建议你们的APP增加夜间模式",
                                                   "I want a refund, the parcel never arrived",
                                                   "客服态度恶劣，我要找你们领导，再不处理就报警"};
constexpr std::array<std::string_view, 4> replies{
    "您好，非常抱歉给您带来不便，我们会在24小时内给您答复。", "这不归我们管，你自己去问快递。",
    "亲，已为您登记，请耐心等待。", "Sorry for the trouble, we will call you back today."};

const std::array<kpi::AccumulatorOptions, 3> accumulator_options = [] {
  std::array<kpi::AccumulatorOptions, 3> o{};
  o[1].group_by = kpi::GroupBy::channel;
  o[2].group_by = kpi::GroupBy::category;
  return o;
}();

// What one thread produces for the cases it owns.
struct Results {
  std::vector<kefu::Case> cases;  // indexed by case number; only this thread's are set
  std::vector<kefu::Category> categories;
  std::vector<std::size_t> findings;
  std::vector<boost::posix_time::time_duration> open_time;  // calendar: opened -> last event
  std::vector<kpi::Accumulator> accumulators;
  kefu::soak::CaseStats stats;
};

struct Shared {
  const kefu::Workflow& workflow;
  const kefu::Classifier& classifier;
  const kefu::ReplyChecker& checker;
  const kefu::BusinessCalendar& calendar;
};

constexpr std::size_t case_count = 400;

// Runs the cases n with n % stride == first.
void run(const Shared& s, std::size_t first, std::size_t stride, Results& r) {
  r.cases.resize(case_count);
  r.categories.resize(case_count);
  r.findings.resize(case_count);
  r.open_time.resize(case_count);
  for (const auto& options : accumulator_options) r.accumulators.emplace_back(options);
  for (std::size_t n = first; n < case_count; n += stride) {
    const auto category = s.classifier.classify(messages[n % messages.size()]).category;
    kefu::Case c = kefu::soak::random_case(s.workflow, 1000 + n, category, 24, r.stats);
    r.findings[n] = s.checker.check(replies[n % replies.size()]).size();
    const auto opened = c.ticket.history.front().at;
    r.open_time[n] = s.calendar.between(opened, c.ticket.history.back().at);
    kpi::CaseContext context;
    context.reply_due = s.calendar.add(opened, hours(4));
    context.agent = "agent-" + std::to_string(n % 3);
    const kpi::CaseRecord record = kpi::to_case_record(c.ticket, context);
    kpi::CallRecord call;
    call.dialled_at = opened;
    call.connected = true;
    call.agent = context.agent;
    call.human_requested_at = opened;
    call.answered_at = opened + seconds(static_cast<long>(n % 45));
    call.handle_time = seconds(static_cast<long>(60 + n % 600));
    for (auto& a : r.accumulators) {
      a.add(record);
      a.add(call);
    }
    r.categories[n] = category;
    r.cases[n] = std::move(c);
  }
}

}  // namespace

TEST_CASE("four threads sharing the workflow, classifier, checker and calendar agree with one") {
  const kefu::BusinessCalendar calendar = kefu::calendars::china_mainland(
      kefu::WeeklyHours::monday_to_friday({kefu::open_hours(9, 0, 18, 0)}),
      kefu::UncoveredYears::weekly_hours);
  const kefu::Workflow workflow = kefu::Workflow::defaults(calendar);
  const kefu::Classifier classifier = kefu::Classifier::defaults();
  const kefu::ReplyChecker checker = kefu::ReplyChecker::defaults();
  const Shared shared{workflow, classifier, checker, calendar};

  Results alone;
  run(shared, 0, 1, alone);

  constexpr std::size_t thread_count = 4;
  std::array<Results, thread_count> parts;
  {
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < thread_count; ++t) {
      threads.emplace_back([&, t] { run(shared, t, thread_count, parts[t]); });
    }
    for (auto& t : threads) t.join();
  }

  std::vector<kpi::Accumulator> merged;
  for (const auto& options : accumulator_options) merged.emplace_back(options);
  kefu::soak::CaseStats stats;
  for (std::size_t t = 0; t < thread_count; ++t) {
    for (std::size_t i = 0; i < merged.size(); ++i) merged[i].merge(parts[t].accumulators[i]);
    stats.applied += parts[t].stats.applied;
    stats.refused += parts[t].stats.refused;
    stats.fired += parts[t].stats.fired;
  }
  for (std::size_t n = 0; n < case_count; ++n) {
    const Results& owner = parts[n % thread_count];
    CAPTURE(n);
    CHECK(owner.cases[n] == alone.cases[n]);
    CHECK(owner.categories[n] == alone.categories[n]);
    CHECK(owner.findings[n] == alone.findings[n]);
    CHECK(owner.open_time[n] == alone.open_time[n]);
  }
  for (std::size_t i = 0; i < merged.size(); ++i) CHECK(merged[i] == alone.accumulators[i]);
  CHECK(stats.applied == alone.stats.applied);
  CHECK(stats.refused == alone.stats.refused);
  CHECK(stats.fired == alone.stats.fired);
  // The run did something: every case was counted (a call and a case record each), events
  // were accepted and timers fired.
  CHECK(alone.accumulators[0].groups().size() > 1);
  CHECK(alone.stats.applied > case_count);
  CHECK(alone.stats.fired > 0);
}
