// kefu::Matcher: a shared handle on an immutable automaton.

#include "automaton.hpp"
#include <kefu/classify/matcher.hpp>

namespace kefu {

Matcher::Matcher(const std::vector<std::string>& patterns)
    : automaton_(std::make_shared<const detail::Automaton>(patterns)) {}

Matcher::Matcher(const std::vector<std::string_view>& patterns)
    : automaton_(std::make_shared<const detail::Automaton>(
          std::vector<std::string>(patterns.begin(), patterns.end()))) {}

void Matcher::find_all(std::string_view text, std::vector<PatternMatch>& out) const {
  automaton_->scan(text, [&out](const PatternMatch& match) { out.push_back(match); });
}

std::vector<PatternMatch> Matcher::find_all(std::string_view text) const {
  std::vector<PatternMatch> out;
  find_all(text, out);
  return out;
}

std::size_t Matcher::count(std::string_view text) const noexcept {
  std::size_t n = 0;
  automaton_->scan(text, [&n](const PatternMatch&) { ++n; });
  return n;
}

std::size_t Matcher::size() const noexcept { return automaton_->size(); }

std::string_view Matcher::pattern(std::uint32_t id) const { return automaton_->pattern(id); }

std::size_t Matcher::memory_bytes() const noexcept { return automaton_->memory_bytes(); }

}  // namespace kefu
