#pragma once
// kefu::sla::ClockId: the name of an SLA clock. Open-ended: the built-in names are constants in
// kefu::sla::clocks, and hosts make their own (ClockId{"pickup"}). A small trivially copyable
// value: up to 31 characters a-z, 0-9 and '_'.

#include <kefu/core/error.hpp>

#include <fmt/core.h>

#include <string>
#include <string_view>

namespace kefu::sla {

class ClockId {
 public:
  static constexpr std::size_t max_size = 31;

  // Throws kefu::argument_error for an empty, too long or badly spelled name.
  constexpr explicit ClockId(std::string_view name) : size_(name.size()) {
    if (name.empty() || name.size() > max_size) throw_bad_name();
    for (std::size_t i = 0; i < name.size(); ++i) {
      const char c = name[i];
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) throw_bad_name();
      name_[i] = c;
    }
  }

  constexpr std::string_view name() const { return {name_, size_}; }

  // The unused characters are zeros: the whole arrays compare, 32 bytes the compiler turns into
  // two wide compares (the workflow looks clocks up by id at every event).
  friend constexpr bool operator==(const ClockId& a, const ClockId& b) {
    return std::char_traits<char>::compare(a.name_, b.name_, sizeof a.name_) == 0;
  }
  friend constexpr bool operator!=(const ClockId& a, const ClockId& b) { return !(a == b); }
  friend constexpr bool operator<(const ClockId& a, const ClockId& b) {
    return a.name() < b.name();
  }

 private:
  [[noreturn]] static void throw_bad_name() {
    throw argument_error("sla clock id: use 1 to 31 characters a-z, 0-9 or _");
  }

  char name_[max_size + 1] = {};  // zeros past the name
  std::size_t size_ = 0;
};

// The clocks of rules.md §sla.
namespace clocks {
inline constexpr ClockId first_response{"first_response"};      // 首次响应
inline constexpr ClockId next_response{"next_response"};        // reply to each customer message
inline constexpr ClockId resolution{"resolution"};              // 解决
inline constexpr ClockId follow_up{"follow_up"};                // 回访
inline constexpr ClockId verification{"verification"};          // complaint: 核实
inline constexpr ClockId feedback{"feedback"};                  // complaint: 方案反馈
inline constexpr ClockId complaint_answer{"complaint_answer"};  // complaint: 投诉答复 (48 h)
inline constexpr ClockId apology{"apology"};                    // complaint: 主管致电致歉
inline constexpr ClockId initial_plan{"initial_plan"};          // 初步处理方案
inline constexpr ClockId promised_answer{"promised_answer"};    // 约定时间内答复
inline constexpr ClockId perishable_handling{"perishable_handling"};  // 生鲜变质处理
inline constexpr ClockId on_site{"on_site"};                          // 现场处理 (特急)
}  // namespace clocks

}  // namespace kefu::sla

template <>
struct fmt::formatter<kefu::sla::ClockId> : fmt::formatter<fmt::string_view> {
  format_context::iterator format(const kefu::sla::ClockId& value, format_context& ctx) const;
};
