// ClockStatus names, read from the table of status.hpp.

#include <kefu/sla/clock_status.hpp>

namespace kefu::sla {

std::string_view to_string(ClockStatus status) noexcept { return kefu::detail::name_of(status); }

std::string_view chinese_label(ClockStatus status) noexcept {
  return kefu::detail::label_of(status);
}

}  // namespace kefu::sla
