#pragma once
// kefu::Flag and kefu::Flags: facts about a case that are not its category, scenario or
// priority but change how it is handled (rules.md §vocabulary). The classifier raises them from
// cue words; an agent or the host may set them too. The SLA policy and escalation rules read them.

#include <kefu/core/detail/enum_table.hpp>
#include <kefu/core/parse.hpp>

#include <fmt/core.h>

#include <array>
#include <cstdint>
#include <string_view>

namespace kefu {

enum class Flag : std::uint8_t {
  safety_risk,           // a credible report of a safety risk: priority critical
  repeat_complaint,      // the customer complained or chased before (重复投诉)
  escalation_demand,     // asks for a manager or threatens 12315, 消协, media, a lawyer
  perishable,            // fresh or perishable goods at risk of spoiling: handle within 2 h
  non_essential_defect,  // a defect that does not affect use (胶水, 掉漆): 非本质问题
};

template <>
struct EnumTraits<Flag> {
  static constexpr std::array entries{
      EnumEntry<Flag>{Flag::safety_risk, "safety_risk", "安全隐患", "安全风险|safety"},
      EnumEntry<Flag>{Flag::repeat_complaint, "repeat_complaint", "重复投诉", "repeat"},
      EnumEntry<Flag>{Flag::escalation_demand, "escalation_demand", "要求升级", "escalation"},
      EnumEntry<Flag>{Flag::perishable, "perishable", "生鲜易腐", "生鲜|易腐"},
      EnumEntry<Flag>{Flag::non_essential_defect, "non_essential_defect", "非本质问题",
                      "非本质质量问题|cosmetic_defect|cosmetic"},
  };
};

// Stable English snake_case name: "safety_risk", "repeat_complaint", ...
constexpr std::string_view to_string(Flag value) noexcept { return detail::name_of(value); }
// Chinese label shown to users.
constexpr std::string_view chinese_label(Flag value) noexcept { return detail::label_of(value); }

inline constexpr auto all_flags = enum_values<Flag>();

struct Flags {
  bool safety_risk = false;
  bool repeat_complaint = false;
  bool escalation_demand = false;
  bool perishable = false;
  bool non_essential_defect = false;

  [[nodiscard]] bool test(Flag flag) const noexcept {
    switch (flag) {
      case Flag::safety_risk:
        return safety_risk;
      case Flag::repeat_complaint:
        return repeat_complaint;
      case Flag::escalation_demand:
        return escalation_demand;
      case Flag::perishable:
        return perishable;
      case Flag::non_essential_defect:
        return non_essential_defect;
    }
    return false;
  }

  void set(Flag flag, bool on = true) noexcept {
    switch (flag) {
      case Flag::safety_risk:
        safety_risk = on;
        break;
      case Flag::repeat_complaint:
        repeat_complaint = on;
        break;
      case Flag::escalation_demand:
        escalation_demand = on;
        break;
      case Flag::perishable:
        perishable = on;
        break;
      case Flag::non_essential_defect:
        non_essential_defect = on;
        break;
    }
  }

  friend bool operator==(const Flags& a, const Flags& b) noexcept {
    for (const Flag flag : all_flags) {
      if (a.test(flag) != b.test(flag)) return false;
    }
    return true;
  }
  friend bool operator!=(const Flags& a, const Flags& b) noexcept { return !(a == b); }
};

}  // namespace kefu

// fmt::format("{}", x) prints the English name; defined in src/core/format.cpp.
template <>
struct fmt::formatter<kefu::Flag> : fmt::formatter<fmt::string_view> {
  format_context::iterator format(kefu::Flag value, format_context& ctx) const;
};
