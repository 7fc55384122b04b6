#include "calls.hpp"

#include "instant_text.hpp"
#include "rhythm.hpp"

#include <algorithm>

namespace kefu::sample {

namespace pt = boost::posix_time;

pt::ptime Call::answered_at() const { return dialled_at + pt::seconds(to_human_s + answered_s); }

namespace {

// How long a caller waits for a human, in seconds: mostly within the 20 s of the service
// level; at the peak hours (10:00-11:59, 14:00-16:59) the queue is longer.
int wait_seconds(Random& random, bool peak) {
  switch (peak ? random.weighted({40, 24, 18, 12, 6}) : random.weighted({62, 22, 10, 5, 1})) {
    case 0:
      return static_cast<int>(random.between(1, 10));
    case 1:
      return static_cast<int>(random.between(11, 20));
    case 2:
      return static_cast<int>(random.between(21, 60));
    case 3:
      return static_cast<int>(random.between(61, 180));
    default:
      return static_cast<int>(random.between(181, 420));
  }
}

int handle_seconds(Random& random) {
  switch (random.weighted({30, 45, 20, 5})) {
    case 0:
      return static_cast<int>(random.between(40, 150));
    case 1:
      return static_cast<int>(random.between(151, 360));
    case 2:
      return static_cast<int>(random.between(361, 720));
    default:
      return static_cast<int>(random.between(721, 1500));
  }
}

}  // namespace

std::vector<Call> make_calls(Random& random, const Team& team, pt::time_duration shift) {
  std::vector<Call> calls;
  for (int day = 1; day <= 31; ++day) {
    for (int hour = 0; hour < 24; ++hour) {
      const bool peak = (hour >= 10 && hour < 12) || (hour >= 14 && hour < 17);
      const int n = arrivals(random, Rhythm::phone, 780, day, hour);
      for (int i = 0; i < n; ++i) {
        Call call;
        call.dialled_at = beijing(day, hour) + shift + pt::seconds(random.between(0, 3599));
        // Busy signals and failed connections: more at the peaks.
        call.connected = !random.chance(peak ? 40 : 15);
        if (call.connected && random.chance(700)) {
          call.to_human_s = static_cast<int>(random.between(12, 75));
          const int wait = wait_seconds(random, peak);
          // The longer the wait, the likelier the caller hangs up.
          const int gives_up = wait > 180 ? 650 : wait > 60 ? 420 : wait > 20 ? 120 : 8;
          if (random.chance(gives_up)) {
            call.abandoned_s = wait;
          } else {
            call.answered_s = wait;
            call.handle_s = handle_seconds(random);
            call.agent = any_of(random, team.phone).id;
          }
        }
        calls.push_back(call);
      }
    }
  }
  std::stable_sort(calls.begin(), calls.end(),
                   [](const Call& a, const Call& b) { return a.dialled_at < b.dialled_at; });
  return calls;
}

void write_calls_csv(std::ostream& out, const std::vector<Call>& calls) {
  out << "dialled_at,connected,to_human_s,answered_s,abandoned_s,handle_s,agent\n";
  const auto number = [](int n) { return n < 0 ? std::string() : std::to_string(n); };
  for (const Call& c : calls) {
    out << beijing_text(c.dialled_at) << ',' << (c.connected ? '1' : '0') << ','
        << number(c.to_human_s) << ',' << number(c.answered_s) << ',' << number(c.abandoned_s)
        << ',' << (c.answered() ? std::to_string(c.handle_s) : std::string()) << ',' << c.agent
        << '\n';
  }
}

}  // namespace kefu::sample
