// Building the keyword automaton: character classes, a sorted trie, double-array placement
// and the failure links.

#include "automaton.hpp"

#include <kefu/core/error.hpp>

#include <fmt/core.h>

#include <algorithm>
#include <deque>
#include <limits>
#include <numeric>
#include <unordered_map>
#include <utility>

namespace kefu::detail {

namespace {

constexpr std::size_t page_bits = 6;
constexpr std::size_t page_size = std::size_t{1} << page_bits;
constexpr std::size_t bmp_size = 0x10000;
// A free slot that failed this often as the first slot of a base is no longer probed.
constexpr std::uint8_t max_probes = 16;

std::u32string normalize_pattern(std::string_view pattern, std::size_t index) {
  if (pattern.empty()) throw config_error(fmt::format("matcher pattern {}: empty", index));
  std::u32string out;
  const auto* p = reinterpret_cast<const unsigned char*>(pattern.data());
  const auto* end = p + pattern.size();
  while (p < end) {
    const Decoded d = decode_utf8(p, end);
    if (!d.valid) throw config_error(fmt::format("matcher pattern {}: invalid utf-8", index));
    out.push_back(normalize_code_point(d.code_point));
    p += d.length;
  }
  return out;
}

struct TrieNode {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> children;  // (class, node), ascending
  std::vector<std::uint32_t> outputs;                             // pattern ids, ascending
};

}  // namespace

Automaton::Automaton(std::vector<std::string> patterns) : patterns_(std::move(patterns)) {
  std::vector<std::u32string> normalized;
  normalized.reserve(patterns_.size());
  for (std::size_t i = 0; i < patterns_.size(); ++i) {
    normalized.push_back(normalize_pattern(patterns_[i], i));
  }
  build_classes(normalized);
  build_states(normalized);
}

std::string_view Automaton::pattern(std::uint32_t id) const {
  if (id >= patterns_.size()) {
    throw argument_error(fmt::format("matcher pattern {}: out of range", id));
  }
  return patterns_[id];
}

std::size_t Automaton::memory_bytes() const noexcept {
  return sizeof(ascii_class_) + page_of_.capacity() * sizeof(std::uint16_t) +
         pages_.capacity() * sizeof(std::uint16_t) + astral_.capacity() * sizeof(astral_[0]) +
         states_.capacity() * sizeof(State) + outputs_.capacity() * sizeof(Output) +
         root_next_.capacity() * sizeof(std::int32_t);
}

// Class ids by descending frequency, so the busiest characters get small ids and pack the
// double array densely. Every spelling that normalises to a pattern character gets its class.
void Automaton::build_classes(const std::vector<std::u32string>& normalized) {
  std::unordered_map<char32_t, std::size_t> frequency;
  for (const auto& pattern : normalized) {
    for (const char32_t cp : pattern) ++frequency[cp];
  }
  std::vector<std::pair<char32_t, std::size_t>> order(frequency.begin(), frequency.end());
  std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  if (order.size() > std::numeric_limits<std::uint16_t>::max()) {
    throw config_error("matcher: more than 65535 distinct characters");
  }

  page_of_.assign(bmp_size >> page_bits, 0);
  pages_.assign(page_size, 0);
  const auto assign = [this](char32_t raw, std::uint16_t cls) {
    if (raw < 0x80U) ascii_class_[raw] = cls;
    if (raw >= bmp_size) {
      astral_.emplace_back(raw, cls);
      return;
    }
    auto& page = page_of_[raw >> page_bits];
    if (page == 0) {
      page = static_cast<std::uint16_t>(pages_.size() / page_size);
      pages_.resize(pages_.size() + page_size, 0);
    }
    pages_[(std::size_t{page} << page_bits) | (raw & (page_size - 1))] = cls;
  };
  for (std::size_t i = 0; i < order.size(); ++i) {
    const char32_t cp = order[i].first;
    const auto cls = static_cast<std::uint16_t>(i + 1);
    assign(cp, cls);
    if (cp >= U'a' && cp <= U'z') {
      assign(cp - (U'a' - U'A'), cls);
      assign(cp - (U'a' - U'A') + 0xFEE0U, cls);
    }
    if (cp >= 0x21U && cp <= 0x7EU) assign(cp + 0xFEE0U, cls);
    if (cp == U' ') assign(0x3000U, cls);
  }
  std::sort(astral_.begin(), astral_.end());
  alphabet_ = order.size() + 1;
}

void Automaton::build_states(const std::vector<std::u32string>& normalized) {
  // 1. A trie built from the patterns in sorted order, so a node's newest child is the only
  //    one a later pattern can share.
  std::vector<std::u32string> keys(normalized.size());
  for (std::size_t i = 0; i < normalized.size(); ++i) {
    for (const char32_t cp : normalized[i]) keys[i].push_back(class_of_code_point(cp));
  }
  std::vector<std::uint32_t> order(keys.size());
  std::iota(order.begin(), order.end(), 0U);
  std::sort(order.begin(), order.end(), [&keys](std::uint32_t a, std::uint32_t b) {
    return keys[a] != keys[b] ? keys[a] < keys[b] : a < b;
  });
  std::vector<TrieNode> trie(1);
  for (const std::uint32_t id : order) {
    std::uint32_t node = 0;
    for (const char32_t cls : keys[id]) {
      auto& children = trie[node].children;
      if (children.empty() || children.back().first != cls) {
        children.emplace_back(cls, static_cast<std::uint32_t>(trie.size()));
        trie.emplace_back();
      }
      node = trie[node].children.back().second;
    }
    trie[node].outputs.push_back(id);
  }

  // 2. Double-array placement, breadth first. Free slots form a doubly linked list so that
  //    finding a base skips occupied runs.
  std::vector<std::int32_t> next_free;
  std::vector<std::int32_t> prev_free;
  std::vector<char> linked;          // on the free list
  std::vector<std::uint8_t> probes;  // failed attempts to use the slot as a first slot
  std::size_t total_chars = 0;
  for (const auto& key : keys) total_chars += key.size();
  const std::size_t estimate = total_chars + alphabet_ + page_size;
  states_.reserve(estimate);
  next_free.reserve(estimate);
  prev_free.reserve(estimate);
  linked.reserve(estimate);
  probes.reserve(estimate);
  std::int32_t head = -1;
  std::int32_t tail = -1;
  const auto grow = [&](std::size_t capacity) {
    while (states_.size() < capacity) {
      const auto slot = static_cast<std::int32_t>(states_.size());
      states_.push_back({0, -1, 0, 0});
      next_free.push_back(-1);
      prev_free.push_back(tail);
      linked.push_back(1);
      probes.push_back(0);
      if (tail >= 0) {
        next_free[tail] = slot;
      } else {
        head = slot;
      }
      tail = slot;
    }
  };
  // Unlinks a slot from the free list: when it is taken, or when it has failed as a first
  // slot so often that it is not worth probing again (it stays free for later bases).
  const auto unlink = [&](std::int32_t slot) {
    if (linked[slot] == 0) return;
    linked[slot] = 0;
    const std::int32_t prev = prev_free[slot];
    const std::int32_t next = next_free[slot];
    if (prev >= 0) {
      next_free[prev] = next;
    } else {
      head = next;
    }
    if (next >= 0) {
      prev_free[next] = prev;
    } else {
      tail = prev;
    }
  };
  const auto take = [&](std::int32_t slot) { unlink(slot); };
  const auto is_free = [&](std::size_t slot) {
    return slot >= states_.size() || states_[slot].check == -1;
  };

  std::vector<std::int32_t> slot_of(trie.size(), 0);
  grow(page_size);
  take(0);
  states_[0].check = -2;  // the root: never a free slot, never anyone's child
  std::int32_t max_base = 0;
  std::deque<std::uint32_t> queue{0};
  std::vector<std::uint32_t> bfs;
  bfs.reserve(trie.size());
  while (!queue.empty()) {
    const std::uint32_t node = queue.front();
    queue.pop_front();
    bfs.push_back(node);
    const auto& children = trie[node].children;
    if (children.empty()) continue;
    const auto lowest = static_cast<std::int32_t>(children.front().first);
    std::int32_t base = -1;
    for (std::int32_t slot = head; slot >= 0;) {
      const std::int32_t next = next_free[slot];
      const std::int32_t candidate = slot - lowest;
      const bool fits = candidate >= 0 &&
                        std::all_of(children.begin() + 1, children.end(), [&](const auto& child) {
                          return is_free(static_cast<std::size_t>(candidate) + child.first);
                        });
      if (fits) {
        base = candidate;
        break;
      }
      if (++probes[slot] >= max_probes) unlink(slot);
      slot = next;
    }
    if (base < 0)
      base = std::max<std::int32_t>(static_cast<std::int32_t>(states_.size()) - lowest, 0);
    grow(static_cast<std::size_t>(base) + children.back().first + 1);
    const std::int32_t parent = slot_of[node];
    states_[parent].base = base;
    max_base = std::max(max_base, base);
    for (const auto& [cls, child] : children) {
      const auto slot = static_cast<std::int32_t>(base + static_cast<std::int32_t>(cls));
      take(slot);
      states_[slot].check = parent;
      slot_of[child] = slot;
      queue.push_back(child);
    }
  }
  // Any base + class must stay inside the array.
  grow(static_cast<std::size_t>(max_base) + alphabet_);
  states_.shrink_to_fit();

  // 3. Failure links and output lists, breadth first (a failure state is always shallower,
  //    so its list is complete when a deeper state copies it).
  root_next_.assign(alphabet_, 0);
  for (const auto& [cls, child] : trie[0].children) root_next_[cls] = slot_of[child];
  for (const std::uint32_t node : bfs) {
    const std::int32_t slot = slot_of[node];
    for (const auto& [cls, child] : trie[node].children) {
      const std::int32_t child_slot = slot_of[child];
      std::int32_t fail = 0;
      if (node != 0) {
        for (std::int32_t f = states_[slot].fail;; f = states_[f].fail) {
          const std::int32_t t = states_[f].base + static_cast<std::int32_t>(cls);
          if (states_[t].check == f) {
            fail = t;
            break;
          }
          if (f == 0) break;
        }
      }
      states_[child_slot].fail = fail;
      const std::int32_t inherited = states_[fail].report;
      if (trie[child].outputs.empty()) {
        states_[child_slot].report = inherited;
        continue;
      }
      // Own patterns first (the longest), then the failure state's list.
      states_[child_slot].report = static_cast<std::int32_t>(outputs_.size() + 1);
      for (const std::uint32_t id : trie[child].outputs) {
        outputs_.push_back({id, static_cast<std::uint32_t>(normalized[id].size())});
      }
      for (std::size_t i = inherited > 0 ? static_cast<std::size_t>(inherited - 1)
                                         : outputs_.size();
           i < outputs_.size(); ++i) {
        const Output copy{outputs_[i].pattern, outputs_[i].chars & ~last_output};
        outputs_.push_back(copy);
        if ((outputs_[i].chars & last_output) != 0) break;
      }
      outputs_.back().chars |= last_output;
    }
  }
}

}  // namespace kefu::detail
