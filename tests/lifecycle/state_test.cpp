// State, EscalationLevel and EventKind: stable names, Chinese labels and fmt.

#include <kefu/lifecycle/escalation_level.hpp>
#include <kefu/lifecycle/events.hpp>
#include <kefu/lifecycle/state.hpp>

#include <doctest/doctest.h>
#include <fmt/format.h>

TEST_CASE_TEMPLATE("every lifecycle name round-trips through parse and fmt", Enum, kefu::State,
                   kefu::EscalationLevel, kefu::EventKind) {
  for (const Enum value : kefu::enum_values<Enum>()) {
    CAPTURE(kefu::to_string(value));
    CHECK(kefu::parse<Enum>(kefu::to_string(value)) == value);
    CHECK(kefu::parse<Enum>(kefu::chinese_label(value)) == value);
    CHECK(fmt::format("{}", value) == kefu::to_string(value));
  }
}

TEST_CASE("states carry the names and labels of issue 4") {
  CHECK(kefu::enum_values<kefu::State>().size() == 8);
  CHECK(kefu::chinese_label(kefu::State::received) == "已受理");
  CHECK(kefu::chinese_label(kefu::State::triaged) == "已核实分级");
  CHECK(kefu::chinese_label(kefu::State::in_progress) == "处理中");
  CHECK(kefu::chinese_label(kefu::State::awaiting_customer) == "待客户回复");
  CHECK(kefu::chinese_label(kefu::State::solution_proposed) == "方案待确认");
  CHECK(kefu::chinese_label(kefu::State::resolved) == "已解决");
  CHECK(kefu::chinese_label(kefu::State::closed) == "已闭环");
  CHECK(kefu::chinese_label(kefu::State::cancelled) == "无效");
  CHECK(kefu::to_string(kefu::State::awaiting_customer) == "awaiting_customer");
  CHECK(kefu::is_finished(kefu::State::closed));
  CHECK(kefu::is_finished(kefu::State::cancelled));
  CHECK_FALSE(kefu::is_finished(kefu::State::resolved));
}

TEST_CASE("escalation levels are ordered supervisor, manager, director") {
  CHECK(kefu::EscalationLevel::none < kefu::EscalationLevel::supervisor);
  CHECK(kefu::EscalationLevel::supervisor < kefu::EscalationLevel::manager);
  CHECK(kefu::EscalationLevel::manager < kefu::EscalationLevel::director);
  CHECK(kefu::chinese_label(kefu::EscalationLevel::manager) == "经理");
  CHECK(kefu::parse<kefu::EscalationLevel>("客服经理") == kefu::EscalationLevel::manager);
}

TEST_CASE("event names are the stable trigger names") {
  CHECK(kefu::to_string(kefu::EventKind::open) == "open");
  CHECK(kefu::to_string(kefu::EventKind::first_response) == "first_response");
  CHECK(kefu::to_string(kefu::EventKind::transfer) == "transfer");
  CHECK(kefu::to_string(kefu::EventKind::escalate) == "escalate");
  CHECK(kefu::to_string(kefu::EventKind::resolve) == "resolve");
  CHECK(kefu::to_string(kefu::EventKind::close) == "close");
  CHECK(kefu::to_string(kefu::EventKind::follow_up) == "follow_up");
  CHECK(kefu::to_string(kefu::EventKind::reopen) == "reopen");
  CHECK(kefu::to_string(kefu::EventKind::cancel) == "cancel");
  CHECK(kefu::chinese_label(kefu::EventKind::follow_up) == "回访");
  CHECK(kefu::chinese_label(kefu::EventKind::transfer) == "转接");
}
