#include "read_ahead.hpp"

#include <utility>

namespace kefu::tool {

namespace {

// Enough records a batch that the two threads meet rarely, few enough batches in flight that
// the reading stays a small, fixed amount of memory ahead.
constexpr std::size_t batch_size = 512;
constexpr std::size_t batches_ahead = 4;

}  // namespace

ReadAhead::ReadAhead(EventLog& log) : reader_([this, &log] { read(log); }) {}

ReadAhead::~ReadAhead() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
  reader_.join();
}

void ReadAhead::read(EventLog& log) {
  Batch batch;
  try {
    for (bool more = true; more;) {
      batch.clear();
      while (batch.size() < batch_size) {
        // A pipe may be slow to give the next line: stop at once when the caller is done.
        if (stopping_) return;
        auto entry = log.next();
        if (!entry) {
          more = false;
          break;
        }
        batch.push_back(std::move(*entry));
      }
      std::unique_lock<std::mutex> lock(mutex_);
      changed_.wait(lock, [&] { return stopping_ || full_.size() < batches_ahead; });
      if (stopping_) return;
      full_.push_back(std::move(batch));
      batch = Batch();
      if (!spare_.empty()) {
        batch = std::move(spare_.back());
        spare_.pop_back();
      }
      if (!more) ended_ = true;
      lock.unlock();
      changed_.notify_all();
    }
  } catch (...) {
    // What was read before the failure is in full_ already; the failure comes after it.
    {
      std::lock_guard<std::mutex> lock(mutex_);
      failure_ = std::current_exception();
      ended_ = true;
    }
    changed_.notify_all();
  }
}

const LogEntry* ReadAhead::next() {
  if (next_ < current_.size()) return &current_[next_++];
  std::unique_lock<std::mutex> lock(mutex_);
  if (current_.capacity() > 0) spare_.push_back(std::move(current_));
  current_ = Batch();
  next_ = 0;
  changed_.wait(lock, [&] { return !full_.empty() || ended_; });
  if (full_.empty()) {
    if (failure_) std::rethrow_exception(std::exchange(failure_, nullptr));
    return nullptr;
  }
  current_ = std::move(full_.front());
  full_.pop_front();
  lock.unlock();
  changed_.notify_all();
  return next();
}

}  // namespace kefu::tool
