// Property: any valid config survives a round trip through the document,
// config_from_json_text(to_json_text(c)) == c. The configs are the defaults with every number a
// host would change drawn at random, parts dropped and reordered, within what each part accepts.

#include <kefu/io/config_json.hpp>

#include <doctest/doctest.h>

#include <random>

namespace pt = boost::posix_time;

namespace {

class Random {
 public:
  explicit Random(std::uint32_t seed) : engine_(seed) {}
  int between(int low, int high) { return std::uniform_int_distribution<int>(low, high)(engine_); }
  bool coin() { return between(0, 1) == 1; }
  pt::time_duration duration() {
    switch (between(0, 2)) {
      case 0:
        return pt::seconds(between(1, 59));
      case 1:
        return pt::minutes(between(1, 600));
      default:
        return pt::hours(between(1, 200)) + pt::minutes(between(0, 59));
    }
  }
  // Fractions as a person writes them (hundredths), ascending, in (0, 1).
  std::vector<double> warnings() {
    std::vector<double> out;
    int at = 0;
    for (int i = between(0, 3); i > 0; --i) {
      at += between(1, 30);
      if (at < 100) out.push_back(at / 100.0);
    }
    return out;
  }

 private:
  std::mt19937 engine_;
};

kefu::sla::Policy random_sla(Random& r, const kefu::sla::Policy& base) {
  auto rules = base.rules();
  for (auto& rule : rules) {
    for (auto& target : rule.targets) {
      if (target.limit.promised) continue;
      if (target.limit.in_days()) {
        target.limit.business_days = r.between(1, 30);
      } else {
        target.limit.duration = r.duration();
      }
      target.warnings = r.warnings();
      if (!target.limit.in_days()) {
        target.calendar = r.coin() ? kefu::TimeBasis::business : kefu::TimeBasis::wall;
      }
    }
  }
  return kefu::sla::Policy(std::move(rules), base.semantics());
}

kefu::escalation::Rules random_escalation(Random& r, const kefu::escalation::Rules& base) {
  auto rules = base.rules();
  for (auto& rule : rules) {
    auto& trigger = rule.trigger;
    if (trigger.kind == kefu::escalation::TriggerKind::clock_fraction) {
      trigger.fraction = r.between(1, 100) / 100.0;
    } else if (trigger.kind == kefu::escalation::TriggerKind::clock_breach) {
      trigger.fraction = r.between(0, 300) / 100.0;
    } else if (trigger.kind == kefu::escalation::TriggerKind::time_in_state) {
      trigger.duration = r.duration();
    }
    if (r.coin()) rule.when.min_reopen_count = r.between(0, 5);
    rule.fires_when_inactive = r.coin();
  }
  std::shuffle(rules.begin(), rules.end(),
               std::mt19937(static_cast<std::uint32_t>(r.between(0, 1 << 20))));
  rules.resize(static_cast<std::size_t>(r.between(0, static_cast<int>(rules.size()))));
  return kefu::escalation::Rules(std::move(rules), base.ladder());
}

kefu::WeeklyHours random_hours(Random& r) {
  using boost::gregorian::greg_weekday;
  kefu::WeeklyHours hours;
  for (int day = 0; day < 7; ++day) {
    if (day > 0 && !r.coin()) continue;  // Sunday always open, so the week is never empty
    const int open = r.between(0, 11);
    const int close = r.between(open + 1, 12);
    std::vector<kefu::OpenInterval> intervals{kefu::open_hours(open, 0, close, 0)};
    if (r.coin()) intervals.push_back(kefu::open_hours(13, 30, r.between(14, 23), 0));
    hours.set(greg_weekday(static_cast<unsigned short>(day)), std::move(intervals));
  }
  return hours;
}

kefu::Config random_config(Random& r) {
  kefu::Config c = kefu::Config::defaults();
  c.calendar.weekly_hours = random_hours(r);
  c.calendar.uncovered_years =
      r.coin() ? kefu::UncoveredYears::refuse : kefu::UncoveredYears::weekly_hours;
  if (r.coin()) c.calendar.zone = "EST5EDT,M3.2.0,M11.1.0";
  c.sla = random_sla(r, c.sla);
  c.lifecycle.reopen_window = r.duration();
  c.lifecycle.follow_up_escalation =
      r.coin() ? kefu::EscalationLevel::manager : kefu::EscalationLevel::director;
  if (r.coin()) c.lifecycle.confirmation_required.push_back(kefu::Category::after_sales);
  c.escalation = random_escalation(r, c.escalation);
  if (r.coin()) c.classifier_packs = {kefu::RulePack::default_en()};
  c.reply.greeting_window = static_cast<std::size_t>(r.between(0, 40));
  c.kpi_targets.set(kefu::kpi::Indicator::human_answer_rate,
                    kefu::kpi::Target::at_least_percent(r.between(0, 10000) / 100.0));
  c.kpi_targets.variants.basically_satisfied_counts = r.coin();
  c.kpi_accumulator.answer_target = pt::seconds(r.between(1, 120));
  c.kpi_accumulator.complaint_answer_limit = r.duration();
  auto terms = c.aftersales.terms();
  terms.no_reason_return_days = r.between(0, 30);
  terms.return_days = r.between(0, 15);
  terms.exchange_days = r.between(terms.return_days, 60);
  terms.refund_after_receipt = r.duration();
  c.aftersales = kefu::AftersalesPolicy(terms);
  return c;
}

}  // namespace

TEST_CASE("any valid config survives a round trip through the document") {
  Random r(20261201);
  for (int i = 0; i < 60; ++i) {
    const kefu::Config original = random_config(r);
    const std::string text = kefu::io::to_json_text(original);
    CAPTURE(i);
    const kefu::Config back = kefu::io::config_from_json_text(text);
    CHECK(back == original);
    CHECK(kefu::io::to_json_text(back) == text);
  }
}
