#pragma once
// kefu::sla::ClockSemantics: which lifecycle event starts, pauses, resumes, stops or restarts
// which SLA clock, as rows of data that sla::Policy holds and a workflow applies in row order
// (rules.md §sla). A host replaces the rows with its own; default_clock_semantics() gives these:
//
//   clock                events and what they do
//   first_response       open: start; first_response, request_info, propose_solution,
//                        promise_answer, resolve (every answer to the customer): stop
//   next_response        customer_reply: restart; the same answers: stop
//   resolution           open: start; request_info: pause; customer_reply: resume; resolve:
//                        stop; reopen and an unsatisfied follow_up: resume (across_reopens only)
//   complaint_answer     open: start; resolve: stop; reopen, unsatisfied follow_up: restart
//                        (never paused: the 48 h run while the customer is asked for more)
//   verification         open: start; verify_facts: stop
//   feedback             verify_facts: start; propose_solution: stop
//   apology              open: start; apologize: stop
//   initial_plan         open: start; propose_solution, promise_answer, resolve: stop
//   promised_answer      promise_answer: stop, then restart up to the promised instant;
//                        propose_solution, resolve: stop
//   perishable_handling  open: start; propose_solution, resolve: stop
//   on_site              need_site_visit: restart; arrive_on_site: stop
//   follow_up            resolve: start; follow_up: stop
//   every clock          close: stop (but follow_up, done after closing too); cancel: stop
//
// A row applies to a clock only when the policy gives the ticket a target for it. Actions are
// lenient (Clock::apply): stopping a stopped clock changes nothing.

#include <kefu/core/detail/enum_table.hpp>
#include <kefu/core/parse.hpp>
#include <kefu/core/rating.hpp>
#include <kefu/lifecycle/events.hpp>
#include <kefu/sla/clock_id.hpp>

#include <fmt/core.h>

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace kefu::sla {

enum class ClockAction : std::uint8_t { none, start, pause, resume, stop, restart };

// Whether a reopened ticket's resolution clock goes on counting (the default) or the first
// resolution is final.
enum class ResolutionCounting : std::uint8_t { across_reopens, first_resolution_only };

}  // namespace kefu::sla

namespace kefu {

template <>
struct EnumTraits<sla::ClockAction> {
  using A = sla::ClockAction;
  static constexpr std::array entries{
      EnumEntry<A>{A::none, "none", "无", "无动作"},
      EnumEntry<A>{A::start, "start", "开始计时", "开始|启动|计时"},
      EnumEntry<A>{A::pause, "pause", "暂停计时", "暂停|挂起"},
      EnumEntry<A>{A::resume, "resume", "恢复计时", "恢复|继续"},
      EnumEntry<A>{A::stop, "stop", "停止计时", "停止|结束|停表"},
      EnumEntry<A>{A::restart, "restart", "重新计时", "重新开始|重启|重置"},
  };
};

template <>
struct EnumTraits<sla::ResolutionCounting> {
  using R = sla::ResolutionCounting;
  static constexpr std::array entries{
      EnumEntry<R>{R::across_reopens, "across_reopens", "重开累计", "累计|跨重开累计"},
      EnumEntry<R>{R::first_resolution_only, "first_resolution_only", "仅首次解决",
                   "首次解决|first_only"},
  };
};

}  // namespace kefu

namespace kefu::sla {

struct ClockSemantics {
  ClockId clock;
  EventKind event = EventKind::open;
  ClockAction action = ClockAction::none;
  // On a follow_up row: the row applies only to a visit with this rating (an unsatisfied visit
  // sends the case back to handling). Empty: every occurrence of the event.
  std::optional<Rating> rating{};

  bool applies_to(const Event& event) const;

  friend bool operator==(const ClockSemantics& a, const ClockSemantics& b) {
    return a.clock == b.clock && a.event == b.event && a.action == b.action && a.rating == b.rating;
  }
  friend bool operator!=(const ClockSemantics& a, const ClockSemantics& b) { return !(a == b); }
};

// The table above.
std::vector<ClockSemantics> default_clock_semantics(
    ResolutionCounting counting = ResolutionCounting::across_reopens);

// Stable English snake_case names and Chinese labels (the tables above).
std::string_view to_string(ClockAction action) noexcept;
constexpr std::string_view chinese_label(ClockAction value) noexcept {
  return kefu::detail::label_of(value);
}
constexpr std::string_view to_string(ResolutionCounting value) noexcept {
  return kefu::detail::name_of(value);
}
constexpr std::string_view chinese_label(ResolutionCounting value) noexcept {
  return kefu::detail::label_of(value);
}

}  // namespace kefu::sla

template <>
struct fmt::formatter<kefu::sla::ClockAction> : fmt::formatter<fmt::string_view> {
  format_context::iterator format(kefu::sla::ClockAction value, format_context& ctx) const;
};

// "resolution: request_info pause", "resolution: follow_up (unsatisfied) resume"
template <>
struct fmt::formatter<kefu::sla::ClockSemantics> : fmt::formatter<fmt::string_view> {
  format_context::iterator format(const kefu::sla::ClockSemantics& value,
                                  format_context& ctx) const;
};
