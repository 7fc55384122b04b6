#pragma once
// kefu::Evidence and kefu::EvidenceList: why a Classifier decided what it did, kept safe to hold
// after the Classifier and the text are gone.
//
// The list stores a compact entry per piece of evidence (two indices and a span) and shares the
// classifier's immutable table of pattern and rule texts (a shared_ptr, so the table lives as
// long as any list that cites it). Reading an entry gives an Evidence that owns its strings.
// Classifying thus costs no string copies, and no value a host holds can dangle.

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace kefu {

namespace detail {
class ClassifierRules;
}

// One piece of evidence: the pattern as written in its rule pack, the rule it fired (e.g.
// "zh scenario fault_repair", "en negation", "zh flag safety_risk") and the byte span
// [begin, end) of the text it matched.
struct Evidence {
  std::string keyword;
  std::string rule;
  std::size_t begin = 0;
  std::size_t end = 0;
};

class EvidenceList {
 public:
  class const_iterator {
   public:
    // Reading gives a value, not a reference into the list: an input iterator.
    using iterator_category = std::input_iterator_tag;
    using value_type = Evidence;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = Evidence;

    const_iterator() = default;
    Evidence operator*() const { return (*list_)[at_]; }
    const_iterator& operator++() {
      ++at_;
      return *this;
    }
    const_iterator operator++(int) {
      const_iterator before = *this;
      ++at_;
      return before;
    }
    friend bool operator==(const const_iterator& a, const const_iterator& b) noexcept {
      return a.list_ == b.list_ && a.at_ == b.at_;
    }
    friend bool operator!=(const const_iterator& a, const const_iterator& b) noexcept {
      return !(a == b);
    }

   private:
    friend class EvidenceList;
    const_iterator(const EvidenceList* list, std::size_t at) : list_(list), at_(at) {}
    const EvidenceList* list_ = nullptr;
    std::size_t at_ = 0;
  };

  [[nodiscard]] std::size_t size() const noexcept { return entries_.size(); }
  [[nodiscard]] bool empty() const noexcept { return entries_.empty(); }
  // Precondition: i < size().
  [[nodiscard]] Evidence operator[](std::size_t i) const {
    const Entry& e = entries_[i];
    return {(*texts_)[e.keyword], (*texts_)[e.rule], e.begin, e.end};
  }
  // Entry i's rule without copying it: valid as long as this list (or a copy) lives.
  // Precondition: i < size().
  [[nodiscard]] std::string_view rule(std::size_t i) const noexcept {
    return (*texts_)[entries_[i].rule];
  }
  // Entry i's byte span [begin, end) without copying its texts. Precondition: i < size().
  [[nodiscard]] std::size_t begin_of(std::size_t i) const noexcept { return entries_[i].begin; }
  [[nodiscard]] std::size_t end_of(std::size_t i) const noexcept { return entries_[i].end; }
  [[nodiscard]] const_iterator begin() const noexcept { return {this, 0}; }
  [[nodiscard]] const_iterator end() const noexcept { return {this, entries_.size()}; }

 private:
  friend class detail::ClassifierRules;
  struct Entry {
    std::uint32_t keyword;  // indices into *texts_
    std::uint32_t rule;
    std::size_t begin;
    std::size_t end;
  };
  std::vector<Entry> entries_;
  std::shared_ptr<const std::vector<std::string>> texts_;
};

}  // namespace kefu
