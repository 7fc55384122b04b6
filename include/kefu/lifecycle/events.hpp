#pragma once
// The events a ticket receives, as plain structs in kefu::events, and kefu::Event, the variant
// that Lifecycle::apply takes. Every struct starts with the actor (agent, customer or system
// id) and ends with a free-text note, so `kefu::events::FirstResponse{agent}` reads naturally.
// Each carries all of its payload, so a ticket's history can be replayed from scratch.

#include <kefu/core/case_facts.hpp>
#include <kefu/core/category.hpp>
#include <kefu/core/channel.hpp>
#include <kefu/core/customer_tier.hpp>
#include <kefu/core/detail/enum_table.hpp>
#include <kefu/core/parse.hpp>
#include <kefu/core/priority.hpp>
#include <kefu/core/rating.hpp>
#include <kefu/core/scenario.hpp>
#include <kefu/lifecycle/escalation_level.hpp>

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <fmt/core.h>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>

namespace kefu {

// One per event struct, in the order of kefu::Event's alternatives. The names are stable: they
// are written to JSON and escalation rules use them as triggers.
enum class EventKind : std::uint8_t {
  open,
  first_response,
  triage,
  start,
  request_info,
  customer_reply,
  propose_solution,
  accept_solution,
  reject_solution,
  resolve,
  confirm,
  follow_up,
  close,
  reopen,
  transfer,
  escalate,
  cancel,
  verify_facts,
  promise_answer,
  apologize,
  need_site_visit,
  arrive_on_site,
};

template <>
struct EnumTraits<EventKind> {
  static constexpr std::array entries{
      EnumEntry<EventKind>{EventKind::open, "open", "受理", "新建"},
      EnumEntry<EventKind>{EventKind::first_response, "first_response", "首次响应", "首响"},
      EnumEntry<EventKind>{EventKind::triage, "triage", "核实分级", "核实|分级"},
      EnumEntry<EventKind>{EventKind::start, "start", "开始处理", ""},
      EnumEntry<EventKind>{EventKind::request_info, "request_info", "请客户补充", "待客户回复"},
      EnumEntry<EventKind>{EventKind::customer_reply, "customer_reply", "客户回复", ""},
      EnumEntry<EventKind>{EventKind::propose_solution, "propose_solution", "反馈方案",
                           "方案制定|propose"},
      EnumEntry<EventKind>{EventKind::accept_solution, "accept_solution", "客户接受方案",
                           "方案确认|accept"},
      EnumEntry<EventKind>{EventKind::reject_solution, "reject_solution", "客户不接受方案",
                           "reject"},
      EnumEntry<EventKind>{EventKind::resolve, "resolve", "解决", ""},
      EnumEntry<EventKind>{EventKind::confirm, "confirm", "客户确认解决", "客户确认"},
      EnumEntry<EventKind>{EventKind::follow_up, "follow_up", "回访", ""},
      EnumEntry<EventKind>{EventKind::close, "close", "闭环", "关闭|闭环归档"},
      EnumEntry<EventKind>{EventKind::reopen, "reopen", "重新打开", "重开"},
      EnumEntry<EventKind>{EventKind::transfer, "transfer", "转接", "转交"},
      EnumEntry<EventKind>{EventKind::escalate, "escalate", "升级", ""},
      EnumEntry<EventKind>{EventKind::cancel, "cancel", "作废", "无效"},
      EnumEntry<EventKind>{EventKind::verify_facts, "verify_facts", "核实情况",
                           "核实事实|facts_verified"},
      EnumEntry<EventKind>{EventKind::promise_answer, "promise_answer", "约定答复时间",
                           "约定时间|承诺答复|promise"},
      EnumEntry<EventKind>{EventKind::apologize, "apologize", "致电致歉", "致歉|apology|apologise"},
      EnumEntry<EventKind>{EventKind::need_site_visit, "need_site_visit", "需上门处理",
                           "需现场处理|site_visit_needed"},
      EnumEntry<EventKind>{EventKind::arrive_on_site, "arrive_on_site", "到达现场",
                           "已到现场|on_site"},
  };
};

// Stable English snake_case name.
constexpr std::string_view to_string(EventKind value) noexcept { return detail::name_of(value); }
// Chinese label shown to users.
constexpr std::string_view chinese_label(EventKind value) noexcept {
  return detail::label_of(value);
}

namespace events {

// Every member but the actor has a default member initializer, so that `FirstResponse{agent}`
// compiles cleanly under -Wextra (-Wmissing-field-initializers).

// Creates a ticket (Ticket::open). Applied to an existing ticket it is always refused.
struct Open {
  std::string actor;  // the first-contact owner (首问负责人), also the first handler
  std::string id{};
  CaseFacts facts{};
  std::string repeat_of{};  // id of the earlier complaint this one repeats (重复投诉), or empty
  std::string note{};
  static constexpr EventKind kind = EventKind::open;
  auto tie() const noexcept { return std::tie(actor, id, facts, repeat_of, note); }
};

// The first answer to the customer (greeting, confirmation of the need).
struct FirstResponse {
  std::string actor;
  std::string note{};
  static constexpr EventKind kind = EventKind::first_response;
  auto tie() const noexcept { return std::tie(actor, note); }
};

// Identity checked and the need classified (身份验证, 需求分类); an empty field keeps the ticket's.
// Not the complaint's verification of facts: that is VerifyFacts.
struct Triage {
  std::string actor;
  std::optional<Category> category{};
  std::optional<Scenario> scenario{};
  std::optional<Priority> priority{};
  std::string note{};
  static constexpr EventKind kind = EventKind::triage;
  auto tie() const noexcept { return std::tie(actor, category, scenario, priority, note); }
};

// Handling starts.
struct Start {
  std::string actor;
  std::string note{};
  static constexpr EventKind kind = EventKind::start;
  auto tie() const noexcept { return std::tie(actor, note); }
};

// The agent waits for the customer (photos, an order number); SLA clocks pause.
struct RequestInfo {
  std::string actor;
  std::string note{};
  static constexpr EventKind kind = EventKind::request_info;
  auto tie() const noexcept { return std::tie(actor, note); }
};

// The customer answered a RequestInfo.
struct CustomerReply {
  std::string actor;
  std::string note{};
  static constexpr EventKind kind = EventKind::customer_reply;
  auto tie() const noexcept { return std::tie(actor, note); }
};

// A plan (or, for a complaint, the verified result and solution) is fed back to the customer.
struct ProposeSolution {
  std::string actor;
  std::string note{};  // the plan
  static constexpr EventKind kind = EventKind::propose_solution;
  auto tie() const noexcept { return std::tie(actor, note); }
};

// The customer explicitly agrees to the plan (方案确认); it is then carried out.
struct AcceptSolution {
  std::string actor;
  std::string note{};
  static constexpr EventKind kind = EventKind::accept_solution;
  auto tie() const noexcept { return std::tie(actor, note); }
};

// The customer does not agree; the agent adjusts the plan and goes again.
struct RejectSolution {
  std::string actor;
  std::string note{};
  static constexpr EventKind kind = EventKind::reject_solution;
  auto tie() const noexcept { return std::tie(actor, note); }
};

// The case is solved and the result told to the customer.
struct Resolve {
  std::string actor;
  std::string note{};
  static constexpr EventKind kind = EventKind::resolve;
  auto tie() const noexcept { return std::tie(actor, note); }
};

// The customer confirms the resolution (结果反馈与客户确认).
struct Confirm {
  std::string actor;
  std::string note{};
  static constexpr EventKind kind = EventKind::confirm;
  auto tie() const noexcept { return std::tie(actor, note); }
};

// The follow-up visit (回访) with the customer's rating. Unsatisfied sends the case back to
// handling, escalated (rules.md §lifecycle).
struct FollowUp {
  std::string actor;
  Rating rating = Rating::satisfied;
  std::string note{};
  static constexpr EventKind kind = EventKind::follow_up;
  auto tie() const noexcept { return std::tie(actor, rating, note); }
};

// Close the loop (闭环). A non-empty reason forces the close where the SOP would refuse it.
struct Close {
  std::string actor;
  std::string reason{};
  std::string note{};
  static constexpr EventKind kind = EventKind::close;
  auto tie() const noexcept { return std::tie(actor, reason, note); }
};

// A resolved or closed case comes back within the policy's reopen window.
struct Reopen {
  std::string actor;
  std::string note{};
  static constexpr EventKind kind = EventKind::reopen;
  auto tie() const noexcept { return std::tie(actor, note); }
};

// Hand the case to another handler (复杂问题转接); the first-contact owner stays responsible.
struct Transfer {
  std::string actor;
  std::string to{};
  std::string note{};
  static constexpr EventKind kind = EventKind::transfer;
  auto tie() const noexcept { return std::tie(actor, to, note); }
};

// Raise the case to a higher escalation level.
struct Escalate {
  std::string actor;
  EscalationLevel level = EscalationLevel::supervisor;
  std::string note{};
  static constexpr EventKind kind = EventKind::escalate;
  auto tie() const noexcept { return std::tie(actor, level, note); }
};

// Not a real case (无效): duplicate, spam, malicious call. The reason is required.
struct Cancel {
  std::string actor;
  std::string reason{};
  std::string note{};
  static constexpr EventKind kind = EventKind::cancel;
  auto tie() const noexcept { return std::tie(actor, reason, note); }
};

// The facts of a complaint verified with a department involved (核实情况: recordings, logs, the
// installer's record); stops the verification clock and starts the feedback clock.
struct VerifyFacts {
  std::string actor;
  std::string department{};  // who confirmed: "安装部", "仓库", "物流"
  std::string finding{};     // what they found: "师傅未按规定穿工服"
  std::string note{};
  static constexpr EventKind kind = EventKind::verify_facts;
  auto tie() const noexcept { return std::tie(actor, department, finding, note); }
};

// The customer is told when they will hear back (约定答复时间, hotline standard: answer within the
// time agreed with the customer); `by` is that instant, UTC, after the event. A later promise
// replaces an earlier one.
struct PromiseAnswer {
  std::string actor;
  boost::posix_time::ptime by{};
  std::string note{};
  static constexpr EventKind kind = EventKind::promise_answer;
  auto tie() const noexcept { return std::tie(actor, by, note); }
};

// A complaint's service supervisor called the customer to apologise (致电致歉).
struct Apologize {
  std::string actor;
  std::string note{};
  static constexpr EventKind kind = EventKind::apologize;
  auto tie() const noexcept { return std::tie(actor, note); }
};

// Someone must go to the customer (现场处理, 上门): starts the on-site clock of critical cases.
struct NeedSiteVisit {
  std::string actor;
  std::string note{};
  static constexpr EventKind kind = EventKind::need_site_visit;
  auto tie() const noexcept { return std::tie(actor, note); }
};

// The engineer arrived at the customer's site; needs a NeedSiteVisit before it.
struct ArriveOnSite {
  std::string actor;
  std::string note{};
  static constexpr EventKind kind = EventKind::arrive_on_site;
  auto tie() const noexcept { return std::tie(actor, note); }
};

template <class E, class = decltype(std::declval<const E&>().tie())>
bool operator==(const E& a, const E& b) noexcept {
  return a.tie() == b.tie();
}
template <class E, class = decltype(std::declval<const E&>().tie())>
bool operator!=(const E& a, const E& b) noexcept {
  return !(a == b);
}

}  // namespace events

using Event =
    std::variant<events::Open, events::FirstResponse, events::Triage, events::Start,
                 events::RequestInfo, events::CustomerReply, events::ProposeSolution,
                 events::AcceptSolution, events::RejectSolution, events::Resolve, events::Confirm,
                 events::FollowUp, events::Close, events::Reopen, events::Transfer,
                 events::Escalate, events::Cancel, events::VerifyFacts, events::PromiseAnswer,
                 events::Apologize, events::NeedSiteVisit, events::ArriveOnSite>;

namespace detail {

template <std::size_t... I>
constexpr bool kinds_follow_variant_order(std::index_sequence<I...>) noexcept {
  return ((static_cast<std::size_t>(std::variant_alternative_t<I, Event>::kind) == I) && ...);
}
static_assert(kinds_follow_variant_order(std::make_index_sequence<std::variant_size_v<Event>>{}),
              "EventKind must list the events in the order of kefu::Event");
static_assert(std::variant_size_v<Event> == EnumTraits<EventKind>::entries.size());

}  // namespace detail

constexpr EventKind kind_of(const Event& event) noexcept {
  return static_cast<EventKind>(event.index());
}

// The stable name of the event: "first_response", "transfer", ...
constexpr std::string_view event_name(const Event& event) noexcept {
  return to_string(kind_of(event));
}

inline const std::string& actor_of(const Event& event) {
  return std::visit([](const auto& e) -> const std::string& { return e.actor; }, event);
}

// The instant an event promises the customer (PromiseAnswer::by); none for other events.
inline std::optional<boost::posix_time::ptime> promised_instant(const Event& event) {
  if (const auto* promise = std::get_if<events::PromiseAnswer>(&event)) return promise->by;
  return std::nullopt;
}

inline const std::string& note_of(const Event& event) {
  return std::visit([](const auto& e) -> const std::string& { return e.note; }, event);
}

}  // namespace kefu

// fmt::format("{}", x) prints the English name; defined in src/lifecycle/format.cpp.
template <>
struct fmt::formatter<kefu::EventKind> : fmt::formatter<fmt::string_view> {
  format_context::iterator format(kefu::EventKind value, format_context& ctx) const;
};
