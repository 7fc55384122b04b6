// The lifecycle's Boost.MSM machine (machine_def.hpp) behind the Lifecycle facade: the only
// library translation unit that instantiates Boost.MSM.

// The table has more than 20 rows, MPL's default limit: raise it before any Boost include.
// NOLINTBEGIN(readability-identifier-naming): Boost's configuration macros
#define BOOST_MPL_CFG_NO_PREPROCESSED_HEADERS
#define BOOST_MPL_LIMIT_VECTOR_SIZE 50
#define BOOST_MPL_LIMIT_MAP_SIZE 50
// NOLINTEND(readability-identifier-naming)

#include "machine.hpp"

#include "machine_def.hpp"

#include <boost/mpl/for_each.hpp>

#include <array>
#include <cstddef>

namespace kefu::detail {

using namespace lifecycle_msm;  // NOLINT(google-build-using-namespace): the machine's own parts

namespace {

// mpl::for_each passes a value of each type; Tag carries the type without constructing it.
template <class T>
struct Tag {};
template <class T>
struct Untag;
template <class T>
struct Untag<Tag<T>> {
  using type = T;
};

constexpr std::size_t state_count = EnumTraits<State>::entries.size();

// MSM numbers states by their first appearance in the table; map them to kefu::State through
// checked tables instead of ever storing MSM ids.
struct StateIds {
  std::array<int, state_count> msm_id_of{};
  std::array<State, state_count> state_of{};
  StateIds() {
    msm_id_of.fill(-1);
    mpl::for_each<AllStates, Tag<mpl::_1>>([this](auto tag) {
      using S = typename Untag<decltype(tag)>::type;
      const int id = msm::back::get_state_id<Machine::stt, S>::value;
      msm_id_of[static_cast<std::size_t>(S::value)] = id;
      state_of[static_cast<std::size_t>(id)] = S::value;
    });
  }
};
static_assert(mpl::size<Table>::value == 48, "the row count the MPL limits above were set for");

const StateIds& state_ids() {
  static const StateIds ids;
  return ids;
}

// MSM's public serialize() is the one way to set the active state of a back end; this
// "archive" writes the state id into the single region and ignores everything else.
static_assert(Machine::nr_regions::value == 1, "ActiveStateWriter sets exactly one region");
struct ActiveStateWriter {
  int id;
  // MSM keeps the active state of each region in an int[regions].
  ActiveStateWriter& operator&(int (&regions)[1]) {  // NOLINT(modernize-avoid-c-arrays)
    regions[0] = id;
    return *this;
  }
  template <class T>
  ActiveStateWriter& operator&(T&) {
    return *this;
  }
};

template <class T>
constexpr std::string_view functor_name() {
  if constexpr (std::is_same_v<T, none>) {
    return {};
  } else {
    return T::name;
  }
}

template <class G>
std::string_view ticket_check(const Ticket& t, const Policy& policy, ptime at) {
  if constexpr (std::is_same_v<G, none>) {
    return {};
  } else {
    return G::check_ticket(t, policy, at);
  }
}

std::vector<MachineRow> walk_table() {
  std::vector<MachineRow> rows;
  mpl::for_each<Table, Tag<mpl::_1>>([&rows](auto tag) {
    using R = typename Untag<decltype(tag)>::type;
    using Guard = typename R::Guard;
    rows.push_back(
        MachineRow{TransitionRow{R::Source::value, R::Evt::kind, R::Target::value,
                                 functor_name<typename R::Action>(), functor_name<Guard>()},
                   &ticket_check<Guard>});
  });
  return rows;
}

}  // namespace

const std::vector<MachineRow>& machine_rows() {
  static const std::vector<MachineRow> rows = walk_table();
  return rows;
}

Transition run_machine(const LifecyclePolicy& policy, Ticket& ticket, const Event& event,
                       ptime at) {
  const StateIds& ids = state_ids();
  Machine machine;
  machine.ticket = &ticket;
  machine.policy = &policy;
  machine.at = at;
  ActiveStateWriter writer{ids.msm_id_of[static_cast<std::size_t>(ticket.state)]};
  machine.serialize(writer, 0);

  const auto handled = std::visit(
      [&machine](const auto& payload) {
        return machine.process_event(On<std::decay_t<decltype(payload)>>{payload});
      },
      event);

  Transition result{false, kind_of(event), ticket.state, ticket.state, {}};
  if (handled == msm::back::HANDLED_TRUE) {
    result.accepted = true;
    result.to = ids.state_of[static_cast<std::size_t>(machine.current_state()[0])];
    ticket.state = result.to;
  } else {
    result.reason = machine.refusal.empty() ? "refused" : machine.refusal;
  }
  return result;
}

}  // namespace kefu::detail
