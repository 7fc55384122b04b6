#pragma once
// Reading an event log one batch of records ahead of its caller, on a thread of its own, so
// that parsing the next lines overlaps applying the last ones (kefu run, due and kpi: the
// reading is about a third of the work, and the machines have at least two cores).
//
// The records come out in the log's order, exactly as EventLog::next gives them; an exception
// the reading throws is thrown again by next() once the records read before it are taken.

#include "event_log.hpp"

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace kefu::tool {

class ReadAhead {
 public:
  // Starts reading `log`, which must outlive this object.
  explicit ReadAhead(EventLog& log);
  // Stops the reading after the record it is on, and waits for it.
  ~ReadAhead();
  ReadAhead(const ReadAhead&) = delete;
  ReadAhead& operator=(const ReadAhead&) = delete;

  // The next record, valid until the next call; nullptr at the end of the log.
  const LogEntry* next();

 private:
  using Batch = std::vector<LogEntry>;
  void read(EventLog& log);

  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<Batch> full_;             // read, not yet taken, oldest first
  std::vector<Batch> spare_;           // taken, for the reader to fill again
  bool ended_ = false;                 // the reader has put its last batch in full_
  std::atomic<bool> stopping_{false};  // the caller wants no more (set under mutex_)
  std::exception_ptr failure_;
  Batch current_;  // the caller's, read from next_
  std::size_t next_ = 0;
  std::thread reader_;  // last: started once everything above exists
};

}  // namespace kefu::tool
