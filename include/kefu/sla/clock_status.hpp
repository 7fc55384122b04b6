#pragma once
// kefu::sla::ClockStatus: where an SLA clock stands at an instant.

#include <kefu/core/detail/enum_table.hpp>
#include <kefu/core/parse.hpp>

#include <fmt/core.h>

#include <array>
#include <cstdint>
#include <string_view>

namespace kefu::sla {

enum class ClockStatus : std::uint8_t {
  not_started,
  running,
  paused,    // waiting for the customer: time does not count
  warning,   // running and past a warning threshold
  met,       // stopped at or before the deadline
  breached,  // past the deadline (running, paused or stopped late)
};

}  // namespace kefu::sla

namespace kefu {

template <>
struct EnumTraits<sla::ClockStatus> {
  using S = sla::ClockStatus;
  static constexpr std::array entries{
      EnumEntry<S>{S::not_started, "not_started", "未开始", "未计时"},
      EnumEntry<S>{S::running, "running", "计时中", "进行中"},
      EnumEntry<S>{S::paused, "paused", "暂停", "已暂停|挂起"},
      EnumEntry<S>{S::warning, "warning", "预警", "即将超时"},
      EnumEntry<S>{S::met, "met", "达标", "按时|未超时"},
      EnumEntry<S>{S::breached, "breached", "超时", "已超时|违约|overdue"},
  };
};

}  // namespace kefu

namespace kefu::sla {

// Stable English snake_case name and Chinese label (the table above).
std::string_view to_string(ClockStatus status) noexcept;
std::string_view chinese_label(ClockStatus status) noexcept;

}  // namespace kefu::sla

template <>
struct fmt::formatter<kefu::sla::ClockStatus> : fmt::formatter<fmt::string_view> {
  format_context::iterator format(kefu::sla::ClockStatus value, format_context& ctx) const;
};
