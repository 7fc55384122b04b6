#include "month.hpp"

#include "case_builder.hpp"
#include "phrase_bank.hpp"
#include "rhythm.hpp"
#include "team.hpp"

#include <algorithm>
#include <optional>

namespace kefu::sample {

namespace pt = boost::posix_time;

namespace {

constexpr std::array<Channel, 5> channels{Channel::phone, Channel::online_chat, Channel::web_form,
                                          Channel::wechat, Channel::app};

// Cases a day on an average day, for the channels after the phone (whose cases come from
// the calls, about one answered call in seven).
constexpr int chat_per_day = 38;
constexpr int web_form_per_day = 13;
constexpr int wechat_per_day = 23;
constexpr int app_per_day = 19;
constexpr int phone_case_per_mille = 140;

struct Arrival {
  pt::ptime at;
  Channel channel;
  const Agent* agent;  // the phone agent who answered the call; null for other channels
};

pt::ptime plus_seconds(Random& r, pt::ptime t, long lo, long hi) {
  return t + pt::seconds(r.between(lo, hi));
}
pt::ptime plus_minutes(Random& r, pt::ptime t, long lo, long hi) {
  return t + pt::seconds(60 * r.between(lo, hi) + r.between(0, 59));
}

bool is_online(Channel c) {
  return c == Channel::online_chat || c == Channel::wechat || c == Channel::app;
}

class MonthMaker {
 public:
  MonthMaker(std::uint64_t seed, const Config& config, const MonthCopy& copy)
      : copy_(copy),
        shift_(pt::hours(24 * 7 * copy.weeks_later)),
        r_(seed),
        team_(Team::make(r_)),
        workflow_(config.workflow()),
        calendar_(config.business_calendar()),
        classifier_(config.classifier_packs) {}

  SampleMonth make() {
    SampleMonth month;
    month.calls = make_calls(r_, team_, shift_);
    std::vector<Arrival> arrivals;
    for (const Call& call : month.calls) {
      if (call.answered() && r_.chance(phone_case_per_mille)) {
        arrivals.push_back({call.answered_at(), Channel::phone, &phone_agent(call.agent)});
      }
    }
    add_arrivals(arrivals, Channel::online_chat, Rhythm::online, chat_per_day);
    add_arrivals(arrivals, Channel::web_form, Rhythm::web_form, web_form_per_day);
    add_arrivals(arrivals, Channel::wechat, Rhythm::online, wechat_per_day);
    add_arrivals(arrivals, Channel::app, Rhythm::online, app_per_day);
    std::stable_sort(arrivals.begin(), arrivals.end(),
                     [](const Arrival& a, const Arrival& b) { return a.at < b.at; });
    // A phone case answered after midnight on 31 October belongs to November: left out.
    const pt::ptime month_end = beijing(31, 0) + pt::hours(24) + shift_;
    std::uint32_t number = 0;
    for (const Arrival& arrival : arrivals) {
      if (arrival.at >= month_end) continue;
      make_case(++number, arrival);
    }
    std::stable_sort(lines_.begin(), lines_.end(), [](const LogLine& a, const LogLine& b) {
      if (a.at != b.at) return a.at < b.at;
      if (a.ticket != b.ticket) return a.ticket < b.ticket;
      return a.seq < b.seq;
    });
    month.lines = std::move(lines_);
    month.cases = number;
    month.figures = figures_;
    return month;
  }

 private:
  const Agent& phone_agent(const std::string& id) const {
    return *std::find_if(team_.phone.begin(), team_.phone.end(),
                         [&](const Agent& a) { return a.id == id; });
  }

  void add_arrivals(std::vector<Arrival>& out, Channel channel, Rhythm rhythm, int per_day) {
    for (int day = 1; day <= 31; ++day) {
      for (int hour = 0; hour < 24; ++hour) {
        const int n = arrivals(r_, rhythm, per_day, day, hour);
        for (int i = 0; i < n; ++i) {
          out.push_back({plus_seconds(r_, beijing(day, hour) + shift_, 0, 3599), channel, nullptr});
        }
      }
    }
  }

  // The back office and the engineers work the calendar's business hours.
  pt::ptime office(pt::ptime t) {
    if (calendar_.is_open(t)) return t;
    return plus_minutes(r_, calendar_.next_open(t), 0, 40);
  }
  pt::ptime attended(pt::ptime t, Channel channel) {
    return channel == Channel::web_form ? office(t) : contact_centre_time(r_, t);
  }

  const TopicPhrases& topic_for(Channel channel) {
    const std::size_t column = static_cast<std::size_t>(
        std::find(channels.begin(), channels.end(), channel) - channels.begin());
    std::vector<int> weights;
    for (const auto& topic : phrase_bank()) weights.push_back(topic.per_mille[column]);
    return phrase_bank()[r_.weighted_of(weights)];
  }

  void make_case(std::uint32_t number, const Arrival& arrival) {
    const Channel channel = arrival.channel;
    const TopicPhrases& topic = topic_for(channel);
    const std::string_view message = topic.phrases[r_.below(topic.phrases.size())];
    const Classification k = classifier_.classify(message);
    const std::vector<Agent>& pool = channel == Channel::phone      ? team_.phone
                                     : channel == Channel::web_form ? team_.back_office
                                                                    : team_.online;
    const Agent* handler = arrival.agent != nullptr ? arrival.agent : &any_of(r_, pool);

    CaseBuilder b(workflow_, copy_.ticket_prefix, number, lines_);
    events::Open open{handler->id, b.ticket()};
    open.facts = {channel, k.category, k.scenario, k.priority, CustomerTier::regular};
    const int tier = static_cast<int>(r_.below(1000));
    open.facts.tier = tier < 30    ? CustomerTier::key_account
                      : tier < 150 ? CustomerTier::member
                                   : CustomerTier::regular;
    if (k.category == Category::complaint && topic.topic == Topic::repeat_complaint &&
        !complaints_.empty()) {
      open.repeat_of = complaints_[complaints_.size() - 1 -
                                   r_.below(std::min<std::size_t>(complaints_.size(), 150))];
      ++figures_.repeat_complaints;
    }
    open.note = std::string(message);
    b.open(open, arrival.at, k.flags);
    if (k.category == Category::complaint) complaints_.push_back(b.ticket());
    ++figures_.channels[std::string(to_string(channel))];
    ++figures_.categories[std::string(to_string(k.category))];
    ++figures_.scenarios[std::string(to_string(k.scenario))];
    ++figures_.priorities[std::string(to_string(k.priority))];

    const bool critical = k.priority == Priority::critical;
    if (critical)
      escalate(b, *handler, EscalationLevel::supervisor, plus_seconds(r_, b.last(), 30, 180));
    first_response(b, *handler, channel, k.priority);
    b.add(events::Triage{handler->id}, channel == Channel::web_form
                                           ? plus_minutes(r_, b.last(), 2, 20)
                                           : plus_seconds(r_, b.last(), 20, 150));
    if (topic.topic == Topic::spam) {
      b.add(events::Cancel{handler->id, "无效来电"}, plus_seconds(r_, b.last(), 10, 60));
      ++figures_.cancelled;
      return;
    }
    // Started within the minute of transfer_late, unless the agent is slow.
    b.add(events::Start{handler->id}, r_.chance(handler->late_per_mille)
                                          ? plus_seconds(r_, b.last(), 61, 300)
                                          : plus_seconds(r_, b.last(), 10, 55));
    if (r_.chance(70)) {
      const Agent& to = other_than(r_, pool, handler->id);
      b.add(events::Transfer{handler->id, to.id}, plus_minutes(r_, b.last(), 1, 15));
      handler = &to;
      ++figures_.transfers;
    }
    if (k.flags.escalation_demand || (k.category == Category::complaint && r_.chance(120))) {
      escalate(b, *handler, EscalationLevel::supervisor, plus_minutes(r_, b.last(), 1, 10));
    }

    const bool visit = k.flags.safety_risk || k.scenario == Scenario::fault_repair ||
                       k.scenario == Scenario::installation || k.scenario == Scenario::emergency;
    if (k.category == Category::complaint) {
      complaint(b, *handler, channel);
    } else if (visit) {
      site_visit(b, *handler, critical);
      follow_up_and_close(b, *handler);
    } else if (k.category == Category::after_sales) {
      b.add(events::ProposeSolution{handler->id}, plus_minutes(r_, b.last(), 5, 40));
      b.add(events::AcceptSolution{"customer"}, plus_minutes(r_, b.last(), 2, 360));
      const pt::ptime done = r_.chance(handler->late_per_mille)
                                 ? plus_minutes(r_, b.last(), 3 * 24 * 60, 6 * 24 * 60)
                                 : plus_minutes(r_, b.last(), 60, 30 * 60);
      b.add(events::Resolve{handler->id}, office(done));
      follow_up_and_close(b, *handler);
    } else if (k.category == Category::suggestion) {
      b.add(events::Resolve{handler->id}, office(plus_minutes(r_, b.last(), 60, 48 * 60)));
      b.add(events::Close{handler->id}, plus_minutes(r_, b.last(), 0, 30));
    } else {
      inquiry(b, *handler, channel);
      follow_up_and_close(b, *handler);
    }
    const bool complained = k.category == Category::complaint;
    if (b.current().ticket.state == State::closed && r_.chance(complained ? 12 : 30)) {
      reopen(b, *handler, channel);
    }
  }

  void escalate(CaseBuilder& b, const Agent& by, EscalationLevel level, pt::ptime at) {
    if (b.current().ticket.escalation >= level) return;
    b.add(events::Escalate{by.id, level}, at);
    ++figures_.escalations;
  }

  // Phone 15 s, online 30 s (10 s when urgent): the agent's habit decides whether it is late.
  void first_response(CaseBuilder& b, const Agent& agent, Channel channel, Priority priority) {
    const bool late = r_.chance(agent.late_per_mille);
    figures_.late_first_responses += late ? 1 : 0;
    const bool urgent = priority >= Priority::high;
    pt::ptime at;
    if (channel == Channel::phone) {
      at = late ? plus_seconds(r_, b.last(), 16, 40) : plus_seconds(r_, b.last(), 2, 12);
    } else if (is_online(channel)) {
      at = urgent
               ? (late ? plus_seconds(r_, b.last(), 11, 60) : plus_seconds(r_, b.last(), 2, 9))
               : (late ? plus_seconds(r_, b.last(), 31, 150) : plus_seconds(r_, b.last(), 3, 25));
    } else {
      at = office(late ? plus_minutes(r_, b.last(), 130, 400) : plus_minutes(r_, b.last(), 5, 100));
    }
    b.add(events::FirstResponse{agent.id}, at);
  }

  void inquiry(CaseBuilder& b, const Agent& agent, Channel channel) {
    const std::size_t path = r_.weighted({72, 20, 8});
    if (path == 1) {
      b.add(events::RequestInfo{agent.id}, plus_minutes(r_, b.last(), 1, 5));
      b.add(events::CustomerReply{"customer"}, plus_minutes(r_, b.last(), 20, 20 * 60));
      b.add(events::Resolve{agent.id}, plus_minutes(r_, attended(b.last(), channel), 5, 40));
      return;
    }
    if (path == 2) {
      b.add(events::ProposeSolution{agent.id}, plus_minutes(r_, b.last(), 2, 15));
      b.add(events::AcceptSolution{"customer"}, plus_minutes(r_, b.last(), 1, 120));
    }
    b.add(events::Resolve{agent.id}, channel == Channel::web_form
                                         ? office(plus_minutes(r_, b.last(), 10, 240))
                                         : plus_minutes(r_, b.last(), 1, 8));
  }

  void site_visit(CaseBuilder& b, const Agent& agent, bool critical) {
    const Agent& engineer = any_of(r_, team_.engineers);
    b.add(events::NeedSiteVisit{agent.id}, plus_minutes(r_, b.last(), 5, 30));
    // Critical cases: on site within 2 h, day or night (quick-response guide); others are
    // booked in office hours within a day or two.
    const pt::ptime arrive =
        critical ? (r_.chance(engineer.late_per_mille) ? plus_minutes(r_, b.last(), 125, 240)
                                                       : plus_minutes(r_, b.last(), 40, 110))
                 : office(plus_minutes(r_, b.last(), 4 * 60, 36 * 60));
    b.add(events::ArriveOnSite{engineer.id}, arrive);
    b.add(events::Resolve{engineer.id}, plus_minutes(r_, b.last(), 30, 150));
    ++figures_.site_visits;
  }

  // Verified with the department within the business hour, the supervisor's apology, the
  // feedback within two business hours of the verification, the answer within 24 h (a
  // complaint is urgent), the visit within 24 h; an unsatisfied customer sends it back.
  void complaint(CaseBuilder& b, const Agent& agent, Channel channel) {
    const bool slow = r_.chance(agent.late_per_mille);
    const pt::ptime opened = b.current().ticket.milestones.opened;
    b.add(events::VerifyFacts{agent.id, "物流", "配送延误属实"},
          attended(slow ? plus_minutes(r_, b.last(), 70, 200) : plus_minutes(r_, b.last(), 10, 50),
                   channel));
    if (r_.chance(700)) {
      const Agent& supervisor = any_of(r_, team_.supervisors);
      b.add(events::Apologize{supervisor.id},
            attended(r_.chance(supervisor.late_per_mille) ? plus_minutes(r_, opened, 70, 240)
                                                          : plus_minutes(r_, opened, 15, 55),
                     channel));
    }
    b.add(events::ProposeSolution{agent.id}, attended(slow ? plus_minutes(r_, b.last(), 150, 400)
                                                           : plus_minutes(r_, b.last(), 20, 100),
                                                      channel));
    b.add(events::AcceptSolution{"customer"}, plus_minutes(r_, b.last(), 5, 180));
    b.add(events::Resolve{agent.id}, slow ? plus_minutes(r_, opened, 25 * 60, 60 * 60)
                                          : plus_minutes(r_, b.last(), 30, 16 * 60));
    for (int round = 0;; ++round) {
      const Rating rating = visit_rating(round, 760, 160);
      const Agent& qc = any_of(r_, team_.quality);
      const pt::ptime visit = r_.chance(qc.late_per_mille)
                                  ? plus_minutes(r_, b.last(), 25 * 60, 40 * 60)
                                  : plus_minutes(r_, b.last(), 60, 20 * 60);
      b.add(events::FollowUp{qc.id, rating}, contact_centre_time(r_, visit));
      ++figures_.follow_ups;
      if (rating != Rating::unsatisfied) break;
      ++figures_.unsatisfied_follow_ups;
      // Back to handling, escalated to the manager: a new plan and a new answer.
      b.add(events::ProposeSolution{agent.id},
            attended(plus_minutes(r_, b.last(), 60, 300), channel));
      b.add(events::AcceptSolution{"customer"}, plus_minutes(r_, b.last(), 5, 180));
      b.add(events::Resolve{agent.id}, plus_minutes(r_, b.last(), 120, 20 * 60));
    }
    b.add(events::Close{agent.id}, plus_minutes(r_, b.last(), 0, 30));
  }

  // Satisfied, basically satisfied or unsatisfied; a case is sent back at most twice.
  Rating visit_rating(int round, int satisfied, int basically) {
    const int x = static_cast<int>(r_.below(1000));
    if (x < satisfied) return Rating::satisfied;
    if (x < satisfied + basically || round >= 2) return Rating::basically_satisfied;
    return Rating::unsatisfied;
  }

  // Nine cases in ten get their follow-up visit within the 3 days (quick-response guide: 3日内
  // 回访); the rest are closed without one, and their follow-up clock breaches.
  void follow_up_and_close(CaseBuilder& b, const Agent& agent) {
    const bool inquiry = b.current().ticket.category == Category::inquiry;
    for (int round = 0; r_.chance(round > 0 ? 1000 : 900); ++round) {
      const Agent& qc = any_of(r_, team_.quality);
      const Rating rating = inquiry ? visit_rating(round, 880, 80) : visit_rating(round, 780, 150);
      const pt::ptime visit = r_.chance(qc.late_per_mille)
                                  ? plus_minutes(r_, b.last(), 73 * 60, 100 * 60)
                                  : plus_minutes(r_, b.last(), 120, 60 * 60);
      b.add(events::FollowUp{qc.id, rating}, contact_centre_time(r_, visit));
      ++figures_.follow_ups;
      if (rating != Rating::unsatisfied) break;
      ++figures_.unsatisfied_follow_ups;
      b.add(events::Resolve{agent.id}, office(plus_minutes(r_, b.last(), 60, 24 * 60)));
    }
    b.add(events::Close{agent.id}, plus_minutes(r_, b.last(), 0, 120));
  }

  // The customer comes back within the week: handled again and closed again.
  void reopen(CaseBuilder& b, const Agent& agent, Channel channel) {
    b.add(events::Reopen{agent.id},
          contact_centre_time(r_, plus_minutes(r_, b.last(), 6 * 60, 5 * 24 * 60)));
    ++figures_.reopens;
    b.add(events::Resolve{agent.id}, plus_minutes(r_, attended(b.last(), channel), 30, 24 * 60));
    if (b.current().ticket.category == Category::complaint) {
      const Agent& qc = any_of(r_, team_.quality);
      b.add(events::FollowUp{qc.id, Rating::basically_satisfied},
            contact_centre_time(r_, plus_minutes(r_, b.last(), 60, 20 * 60)));
      ++figures_.follow_ups;
    }
    b.add(events::Close{agent.id}, plus_minutes(r_, b.last(), 0, 60));
  }

  MonthCopy copy_;
  pt::time_duration shift_;
  Random r_;
  Team team_;
  Workflow workflow_;
  BusinessCalendar calendar_;
  Classifier classifier_;
  std::vector<LogLine> lines_;
  std::vector<std::string> complaints_;  // tickets of the complaints opened so far
  MonthFigures figures_;
};

}  // namespace

SampleMonth make_month(std::uint64_t seed, const Config& config, const MonthCopy& copy) {
  return MonthMaker(seed, config, copy).make();
}

}  // namespace kefu::sample
