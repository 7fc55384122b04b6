#pragma once
// kefu::sla::Status: where an SLA clock stands at an instant.

#include <fmt/core.h>

#include <cstdint>
#include <string_view>

namespace kefu::sla {

enum class Status : std::uint8_t {
  not_started,
  running,
  paused,    // waiting for the customer: time does not count
  warning,   // running and past a warning threshold
  met,       // stopped at or before the deadline
  breached,  // past the deadline (running, paused or stopped late)
};

std::string_view to_string(Status status) noexcept;
std::string_view chinese_label(Status status) noexcept;  // 未开始, 计时中, 暂停, 预警, 达标, 超时

}  // namespace kefu::sla

template <>
struct fmt::formatter<kefu::sla::Status> : fmt::formatter<fmt::string_view> {
  format_context::iterator format(kefu::sla::Status value, format_context& ctx) const;
};
