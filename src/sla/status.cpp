// Status names.

#include <kefu/sla/status.hpp>

namespace kefu::sla {

std::string_view to_string(Status status) noexcept {
  switch (status) {
    case Status::not_started:
      return "not_started";
    case Status::running:
      return "running";
    case Status::paused:
      return "paused";
    case Status::warning:
      return "warning";
    case Status::met:
      return "met";
    case Status::breached:
      return "breached";
  }
  return "?";
}

std::string_view chinese_label(Status status) noexcept {
  switch (status) {
    case Status::not_started:
      return "未开始";
    case Status::running:
      return "计时中";
    case Status::paused:
      return "暂停";
    case Status::warning:
      return "预警";
    case Status::met:
      return "达标";
    case Status::breached:
      return "超时";
  }
  return "?";
}

}  // namespace kefu::sla
