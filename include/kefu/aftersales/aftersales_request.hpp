#pragma once
// kefu::AftersalesRequest: what a customer asks for after a sale, with the dates that decide
// it (rules.md §aftersales). All dates are local calendar days; kefu::decide_entitlement checks
// they make sense.

#include <kefu/core/detail/enum_table.hpp>
#include <kefu/core/parse.hpp>

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <fmt/core.h>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace kefu {

enum class Claim : std::uint8_t {
  no_reason_return,  // 七天无理由退货: the customer just does not want the goods
  fault,             // a performance fault: the three guarantees (三包) and the warranty
};

// The statutory exceptions to the 7-day no-reason return, and ordinary goods.
enum class GoodsNature : std::uint8_t {
  ordinary,
  custom_made,
  perishable,              // fresh, live or perishable (鲜活易腐)
  digital_content_opened,  // audio, video, software downloaded or unsealed
  newspapers_periodicals,  // delivered newspapers and periodicals
};

template <>
struct EnumTraits<Claim> {
  static constexpr std::array entries{
      EnumEntry<Claim>{Claim::no_reason_return, "no_reason_return", "七天无理由退货",
                       "无理由退货|无理由"},
      EnumEntry<Claim>{Claim::fault, "fault", "质量问题", "故障|质量"},
  };
};

template <>
struct EnumTraits<GoodsNature> {
  static constexpr std::array entries{
      EnumEntry<GoodsNature>{GoodsNature::ordinary, "ordinary", "普通商品", "普通"},
      EnumEntry<GoodsNature>{GoodsNature::custom_made, "custom_made", "定制商品", "定制|定做"},
      EnumEntry<GoodsNature>{GoodsNature::perishable, "perishable", "鲜活易腐商品", "鲜活易腐"},
      EnumEntry<GoodsNature>{GoodsNature::digital_content_opened, "digital_content_opened",
                             "已拆封或已下载的数字化商品", "数字化商品"},
      EnumEntry<GoodsNature>{GoodsNature::newspapers_periodicals, "newspapers_periodicals",
                             "已交付的报纸、期刊", "报纸期刊|报刊"},
  };
};

constexpr std::string_view to_string(Claim value) noexcept { return detail::name_of(value); }
constexpr std::string_view chinese_label(Claim value) noexcept { return detail::label_of(value); }
constexpr std::string_view to_string(GoodsNature value) noexcept { return detail::name_of(value); }
constexpr std::string_view chinese_label(GoodsNature value) noexcept {
  return detail::label_of(value);
}

struct AftersalesRequest {
  Claim claim = Claim::no_reason_return;
  // Selects the warranty period and the shop's exclusions in kefu::AftersalesPolicy.
  std::string product_type;
  GoodsNature nature = GoodsNature::ordinary;
  // Bought online, by phone or by mail: only then does the 7-day no-reason return apply.
  bool bought_at_distance = true;
  boost::gregorian::date purchased;   // the day of sale; three-guarantee days count from it
  boost::gregorian::date signed_for;  // the customer signed for the goods; not_a_date_time if not
  boost::gregorian::date requested;   // the day the customer asks
  // Complete and resaleable (packaging may be opened to inspect): a no-reason return needs it.
  bool intact = true;
  // Repairs under warranty that did not fix this fault.
  int failed_repairs = 0;
  // Damage the customer caused (dropped, flooded, opened by an unauthorised shop).
  bool damaged_by_misuse = false;
  // A fault claim for goods that arrived damaged (包装破损, 液体漏出) where the customer worries
  // whether they are still safe to use (接触污染): a new item is reshipped first and the damaged
  // one need not be sent back (job description). Damage alone follows the three guarantees.
  bool arrived_damaged = false;
  bool safety_concern = false;
  // UTC instant the returned goods reached the shop; not_a_date_time until then. Starts the
  // refund deadline.
  boost::posix_time::ptime returned_goods_received_at;
};

}  // namespace kefu

// Print the English names; defined in src/aftersales/entitlement_format.cpp.
template <>
struct fmt::formatter<kefu::Claim> : fmt::formatter<fmt::string_view> {
  format_context::iterator format(kefu::Claim value, format_context& ctx) const;
};
template <>
struct fmt::formatter<kefu::GoodsNature> : fmt::formatter<fmt::string_view> {
  format_context::iterator format(kefu::GoodsNature value, format_context& ctx) const;
};
