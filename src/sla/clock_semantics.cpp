// The default clock semantics of clock_semantics.hpp, as data.

#include <kefu/sla/clock_semantics.hpp>

#include <array>

namespace kefu::sla {

namespace {

using A = ClockAction;
using E = EventKind;

// The events that answer the customer: they stop the response clocks.
constexpr std::array answers{E::first_response, E::request_info, E::propose_solution,
                             E::promise_answer, E::resolve};

}  // namespace

bool ClockSemantics::applies_to(const Event& e) const {
  if (kind_of(e) != event) return false;
  if (!rating) return true;
  const auto* visit = std::get_if<events::FollowUp>(&e);
  return visit != nullptr && visit->rating == *rating;
}

std::vector<ClockSemantics> default_clock_semantics(ResolutionCounting counting) {
  std::vector<ClockSemantics> rows;
  const auto row = [&rows](ClockId clock, EventKind event, ClockAction action,
                           std::optional<Rating> rating = std::nullopt) {
    rows.push_back({clock, event, action, rating});
  };
  const auto unsatisfied = Rating::unsatisfied;
  const bool across = counting == ResolutionCounting::across_reopens;

  row(clocks::first_response, E::open, A::start);
  for (const auto answer : answers) row(clocks::first_response, answer, A::stop);
  row(clocks::next_response, E::customer_reply, A::restart);
  for (const auto answer : answers) row(clocks::next_response, answer, A::stop);
  // clang-format off
  row(clocks::resolution,          E::open,             A::start);
  row(clocks::resolution,          E::request_info,     A::pause);
  row(clocks::resolution,          E::customer_reply,   A::resume);
  row(clocks::resolution,          E::resolve,          A::stop);
  if (across) {
    row(clocks::resolution,        E::reopen,           A::resume);
    row(clocks::resolution,        E::follow_up,        A::resume,  unsatisfied);
  }
  row(clocks::complaint_answer,    E::open,             A::start);
  row(clocks::complaint_answer,    E::resolve,          A::stop);
  row(clocks::complaint_answer,    E::reopen,           A::restart);
  row(clocks::complaint_answer,    E::follow_up,        A::restart, unsatisfied);
  row(clocks::verification,        E::open,             A::start);
  row(clocks::verification,        E::verify_facts,     A::stop);
  row(clocks::feedback,            E::verify_facts,     A::start);
  row(clocks::feedback,            E::propose_solution, A::stop);
  row(clocks::apology,             E::open,             A::start);
  row(clocks::apology,             E::apologize,        A::stop);
  row(clocks::initial_plan,        E::open,             A::start);
  row(clocks::initial_plan,        E::propose_solution, A::stop);
  row(clocks::initial_plan,        E::promise_answer,   A::stop);
  row(clocks::initial_plan,        E::resolve,          A::stop);
  row(clocks::promised_answer,     E::promise_answer,   A::stop);
  row(clocks::promised_answer,     E::promise_answer,   A::restart);
  row(clocks::promised_answer,     E::propose_solution, A::stop);
  row(clocks::promised_answer,     E::resolve,          A::stop);
  row(clocks::perishable_handling, E::open,             A::start);
  row(clocks::perishable_handling, E::propose_solution, A::stop);
  row(clocks::perishable_handling, E::resolve,          A::stop);
  row(clocks::on_site,             E::need_site_visit,  A::restart);
  row(clocks::on_site,             E::arrive_on_site,   A::stop);
  row(clocks::follow_up,           E::resolve,          A::start);
  row(clocks::follow_up,           E::follow_up,        A::stop);
  // clang-format on
  for (const ClockId clock :
       {clocks::first_response, clocks::next_response, clocks::resolution, clocks::complaint_answer,
        clocks::verification, clocks::feedback, clocks::apology, clocks::initial_plan,
        clocks::promised_answer, clocks::perishable_handling, clocks::on_site}) {
    row(clock, E::close, A::stop);
  }
  for (const ClockId clock :
       {clocks::first_response, clocks::next_response, clocks::resolution, clocks::complaint_answer,
        clocks::verification, clocks::feedback, clocks::apology, clocks::initial_plan,
        clocks::promised_answer, clocks::perishable_handling, clocks::on_site, clocks::follow_up}) {
    row(clock, E::cancel, A::stop);
  }
  return rows;
}

std::string_view to_string(ClockAction action) noexcept { return kefu::detail::name_of(action); }

}  // namespace kefu::sla
