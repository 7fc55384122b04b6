#pragma once
// The month's hotline calls, for the call indicators (系统接通率, 人工应答率, service level,
// abandonment, handle time), and the calls' CSV as `kefu kpi --calls` reads it:
//   dialled_at,connected,to_human_s,answered_s,abandoned_s,handle_s,agent
//   2026-10-08T10:02:11+08:00,1,31,12,,284,li.na
// dialled_at: ISO 8601 with its offset. connected: 1 or 0 (busy or failed). to_human_s: seconds
// from dialling until the caller asked for a human (empty: served by the IVR alone, or not
// connected). answered_s / abandoned_s: seconds from asking until a human answered / until the
// caller hung up (at most one; both empty: never asked). handle_s: talk, hold and after-call
// work of an answered call. agent: who answered (empty: nobody).

#include "random.hpp"
#include "team.hpp"

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <ostream>
#include <string>
#include <vector>

namespace kefu::sample {

struct Call {
  boost::posix_time::ptime dialled_at;  // UTC
  bool connected = false;
  int to_human_s = -1;  // -1: none
  int answered_s = -1;
  int abandoned_s = -1;
  int handle_s = 0;
  std::string agent;  // empty: nobody answered

  bool answered() const { return answered_s >= 0; }
  boost::posix_time::ptime answered_at() const;
};

// About 21 000 calls over October, in dialling order; `shift` moves them all later (a copy of
// the month, MonthCopy).
std::vector<Call> make_calls(Random& random, const Team& team,
                             boost::posix_time::time_duration shift = {});

void write_calls_csv(std::ostream& out, const std::vector<Call>& calls);

}  // namespace kefu::sample
