// kefu::mask_personal_data: hides personal numbers, e-mail addresses and the numbers of purchase
// proofs in free text.
//
// Numbers are found as runs of digit groups separated by one space or hyphen ("138 1234 5678",
// "6222-0212-3456-7890"). Within a run, the longest stretch of whole groups that is a mobile
// number, a resident ID number or a Luhn-valid card number is masked, left to right; no personal
// number has more than 19 characters, so each start looks at a bounded number of stretches and
// the scan stays linear. A run labelled as an order or invoice number is hidden whole: those are
// verified, never recorded (rules.md §aftersales). A run that touches ASCII letters, a decimal
// point, a currency sign or the label of one of our own identifiers (waybill, serial number) is
// a code or an amount, not personal data, and is copied unchanged.
//
// What a masked number keeps visible (159****3210, ****002X) never shares a run with digits left
// in clear: such digits could fuse with it into a new number-shaped run ("1381 2345678" out of
// "*******1381 2345678"), so the kept digits on that side are hidden too.
//
// A second scrub finds nothing more to hide: every decision that leaves something in clear
// looks only at characters masking never changes, or at masked ones through what they were. A
// '*' inside an e-mail domain keeps the domain as long as it was; a Latin label must not be
// glued to letters or digits (which an order number hidden whole may have taken); an order
// number is hidden with the digits joined to it by a point, space or hyphen; a number ending
// in X has no decimals; "rmb" starting an e-mail address is no currency.
//
// Only the local part of an e-mail address is masked; the domain is read as ordinary text. Each
// local part lies between two '@', so local parts never overlap and the scan always moves on:
// "a@b.cn@c.cn" holds a@b.cn and b.cn@c.cn and becomes "*@b***@c.cn".
//
// Full-width forms (１３８, Ｘ, ＠, typed by Chinese input methods) are read as ASCII: the text
// is scanned in an ASCII copy whose masking keeps every byte in place, then mapped back.

#include "utf8.hpp"
#include <kefu/aftersales/masking.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kefu {
namespace {

using detail::is_ascii_alnum;
using detail::is_ascii_digit;
using detail::is_ascii_letter;

struct Span {
  std::size_t begin;
  std::size_t end;
};

bool is_local_char(char c) noexcept {
  return is_ascii_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}
bool is_domain_char(char c) noexcept { return is_ascii_alnum(c) || c == '.' || c == '-'; }

// A '*' after a letter closes a domain ("**li@qq.com**"); any other '*' stands for a masked
// character and belongs to it, so that a number masked inside a domain ("k.nb.****1228") leaves
// the domain as long as it was and its last label still not made of letters. Masking never
// puts a '*' right after a letter it leaves, but for the first character an e-mail local part
// keeps, and that character alone never makes a last label of two letters.
bool continues_domain(std::string_view text, std::size_t at) noexcept {
  return is_domain_char(text[at]) || (text[at] == '*' && !is_ascii_letter(text[at - 1]));
}

// The local part of the e-mail address whose '@' is at `at`, if there is such an address. The
// backward scan stops at the previous '@', the forward scan at the next one.
bool find_local_part(std::string_view text, std::size_t at, Span& local) {
  std::size_t begin = at;
  while (begin > 0 && is_local_char(text[begin - 1])) --begin;
  while (begin < at && text[begin] == '.') ++begin;
  std::size_t end = at + 1;
  while (end < text.size() && continues_domain(text, end)) ++end;
  while (end > at + 1 && (text[end - 1] == '.' || text[end - 1] == '-')) --end;
  const auto domain = text.substr(at + 1, end - at - 1);
  const auto dot = domain.rfind('.');
  if (begin == at || dot == std::string_view::npos || dot == 0 || domain.size() - dot < 3) {
    return false;
  }
  for (std::size_t i = dot + 1; i < domain.size(); ++i) {
    if (!is_ascii_letter(domain[i])) return false;
  }
  local = {begin, at};
  return true;
}

// In text order and disjoint, since each lies between two '@'.
std::vector<Span> find_local_parts(std::string_view text) {
  std::vector<Span> spans;
  for (std::size_t at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1)) {
    Span local{};
    if (find_local_part(text, at, local)) spans.push_back(local);
  }
  return spans;
}

char ascii_lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

bool ends_with_word(std::string_view text, std::string_view word) noexcept {
  if (text.size() < word.size()) return false;
  const auto tail = text.substr(text.size() - word.size());
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (ascii_lower(tail[i]) != word[i]) return false;
  }
  // A Latin label must be a word of its own: "sn" but not "json", "0sn" or "_sn" (the end of an
  // invoice number hidden whole, whose letters a second scrub no longer sees).
  const std::size_t before = text.size() - word.size();
  return !is_ascii_letter(word.front()) || before == 0 ||
         !(is_ascii_alnum(text[before - 1]) || text[before - 1] == '_');
}

// Purchase proofs: verified with the customer, never recorded (quick-response guide). Checked
// before the identifiers, since 订单号 also ends with 单号.
constexpr std::array<std::string_view, 17> purchase_proof_labels{
    "订单号",   "订单编号",    "订单号码",   "订单",           "发票号",       "发票号码",
    "发票代码", "发票",        "order no.",  "order no",       "order number", "order id",
    "order",    "invoice no.", "invoice no", "invoice number", "invoice",
};
// Our own identifiers, needed to trace parcels and units: kept.
constexpr std::array<std::string_view, 9> identifier_labels{
    "单号",    "运单",   "序列号",    "tracking no", "tracking number",
    "waybill", "serial", "serial no", "sn",
};
constexpr std::array<std::string_view, 5> currency_before{"¥", "￥", "$", "rmb", "cny"};
constexpr std::array<std::string_view, 3> currency_after{"元", "块", "rmb"};

enum class Before { nothing, purchase_proof, identifier_or_price };

Before label_before(std::string_view before) noexcept {
  while (!before.empty() &&
         (before.back() == ' ' || before.back() == ':' || before.back() == '#')) {
    before.remove_suffix(1);
  }
  for (const std::string_view colon : {"：", "＃"}) {
    if (before.size() >= colon.size() && before.substr(before.size() - colon.size()) == colon) {
      before.remove_suffix(colon.size());
    }
  }
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  for (const auto label : purchase_proof_labels) {
    if (ends_with_word(before, label)) return Before::purchase_proof;
  }
  for (const auto label : identifier_labels) {
    if (ends_with_word(before, label)) return Before::identifier_or_price;
  }
  for (const auto sign : currency_before) {
    if (ends_with_word(before, sign)) return Before::identifier_or_price;
  }
  return Before::nothing;
}

bool priced_after(std::string_view after) noexcept {
  while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
  for (const auto unit : currency_after) {
    if (after.size() >= unit.size()) {
      bool same = true;
      for (std::size_t i = 0; i < unit.size(); ++i) same = same && ascii_lower(after[i]) == unit[i];
      // "rmb" must not begin an e-mail address ("rmb@qq.com"), whose masking would unprice it.
      const bool word = !is_ascii_letter(unit.front()) || after.size() == unit.size() ||
                        !(is_local_char(after[unit.size()]) || after[unit.size()] == '@');
      if (same && word) return true;
    }
  }
  return false;
}

// A resident ID number has 18 characters, a card number at most 19 digits.
constexpr std::size_t longest_personal_number = 19;

// How many leading characters of a personal number stay visible; the last four always do.
// Mobile numbers show their first three digits as well (159****3210), after a +86 prefix.
// npos: not a personal number.
std::size_t visible_lead(std::string_view joined) noexcept {
  switch (joined.size()) {
    case 11:
      return is_mainland_mobile(joined) ? 3 : std::string::npos;
    case 13:
      return joined.substr(0, 2) == "86" && is_mainland_mobile(joined.substr(2))
                 ? 5
                 : std::string::npos;
    case 16:
    case 17:
    case 18:
    case 19:
      return passes_luhn(joined) || is_resident_id_number(joined) ? 0 : std::string::npos;
    default:
      return std::string::npos;
  }
}

constexpr std::size_t visible_tail = 4;

// Groups first..last of a run, masked as one personal number.
struct Stretch {
  std::size_t first;
  std::size_t last;
  std::size_t lead;
};

class Scrubber {
 public:
  explicit Scrubber(std::string_view text) : text_(text), locals_(find_local_parts(text)) {}

  std::string run() {
    std::size_t next_local = 0;
    std::size_t at = 0;
    while (at < text_.size()) {
      const std::size_t local_begin =
          next_local < locals_.size() ? locals_[next_local].begin : text_.size();
      if (at == local_begin) {
        at = mask_local_part(locals_[next_local++]);
      } else if (is_ascii_digit(text_[at]) &&
                 (at == 0 || !(is_ascii_alnum(text_[at - 1]) || text_[at - 1] == '_'))) {
        at = number_run(at, local_begin);
      } else {
        out_ += text_[at++];
      }
    }
    return std::move(out_);
  }

 private:
  // As mask_email masks the local part: the first character stays unless it is a digit (a
  // phone or QQ number) or the only one.
  std::size_t mask_local_part(Span local) {
    const bool keep_first = local.end - local.begin > 1 && !is_ascii_digit(text_[local.begin]);
    if (keep_first) out_ += text_[local.begin];
    out_.append(local.end - local.begin - (keep_first ? 1 : 0), '*');
    return local.end;
  }

  // Handles the run of digit groups starting at `begin`, which ends before `limit`; returns
  // the position after it (always past `begin`).
  std::size_t number_run(std::size_t begin, std::size_t limit) {
    groups_.clear();
    std::size_t at = begin;
    while (true) {
      const std::size_t start = at;
      while (at < limit && is_ascii_digit(text_[at])) ++at;
      groups_.push_back({start, at});
      const bool more =
          at + 1 < limit && (text_[at] == ' ' || text_[at] == '-') && is_ascii_digit(text_[at + 1]);
      if (!more) break;
      ++at;
    }
    const bool check_x = at < limit && (text_[at] == 'X' || text_[at] == 'x');
    const std::size_t end = at + (check_x ? 1 : 0);
    const Before label = label_before(text_.substr(0, begin));
    if (label == Before::purchase_proof) return hide_whole(begin, end, limit);
    const bool glued = end < text_.size() && (is_ascii_alnum(text_[end]) || text_[end] == '_');
    // A number ending in X is not the whole part of a decimal: the digits after its point are
    // then judged on their own, as a second scrub judges them once the X is masked.
    const bool decimal =
        (!check_x && end + 1 < text_.size() && text_[end] == '.' &&
         is_ascii_digit(text_[end + 1])) ||
        (begin >= 2 && text_[begin - 1] == '.' && is_ascii_digit(text_[begin - 2]));
    if (glued || decimal || label == Before::identifier_or_price ||
        priced_after(text_.substr(end))) {
      return copy(begin, end);
    }
    find_stretches(check_x);
    std::size_t copied = begin;
    for (std::size_t k = 0; k < stretches_.size(); ++k) {
      const auto& s = stretches_[k];
      const bool clear_before = k == 0 ? s.first > 0 : stretches_[k - 1].last + 1 < s.first;
      const bool clear_after = k + 1 == stretches_.size() ? s.last + 1 < groups_.size()
                                                          : stretches_[k + 1].first > s.last + 1;
      const std::size_t stop = s.last + 1 == groups_.size() ? end : groups_[s.last].end;
      copy(copied, groups_[s.first].begin);
      append_masked(text_.substr(groups_[s.first].begin, stop - groups_[s.first].begin),
                    clear_before ? 0 : s.lead, clear_after ? 0 : visible_tail);
      copied = stop;
    }
    return copy(copied, end);
  }

  // The personal numbers among the groups: from each group on, the longest stretch of whole
  // groups that is one, left to right.
  void find_stretches(bool check_x) {
    stretches_.clear();
    for (std::size_t i = 0; i < groups_.size();) {
      if (const auto stretch = longest_from(i, check_x)) {
        stretches_.push_back(*stretch);
        i = stretch->last + 1;
      } else {
        ++i;
      }
    }
  }

  std::optional<Stretch> longest_from(std::size_t first, bool check_x) {
    // The digits of groups first.. as long as they fit, and where each group ends in them.
    digits_.clear();
    ends_.clear();
    for (std::size_t g = first; g < groups_.size(); ++g) {
      const bool x = check_x && g + 1 == groups_.size();
      const std::size_t length = groups_[g].end - groups_[g].begin + (x ? 1 : 0);
      if (digits_.size() + length > longest_personal_number) break;
      digits_.append(text_.substr(groups_[g].begin, groups_[g].end - groups_[g].begin));
      if (x) digits_ += 'X';
      ends_.push_back(digits_.size());
    }
    for (std::size_t n = ends_.size(); n-- > 0;) {
      const std::size_t lead = visible_lead(std::string_view(digits_).substr(0, ends_[n]));
      if (lead != std::string::npos) return Stretch{first, first + n, lead};
    }
    return std::nullopt;
  }

  // Digits and a final X become '*' except `lead` leading and `tail` trailing ones; separators
  // stay.
  void append_masked(std::string_view number, std::size_t lead, std::size_t tail) {
    std::size_t count = 0;
    for (const char c : number) count += is_ascii_alnum(c) ? 1 : 0;
    std::size_t index = 0;
    for (const char c : number) {
      if (is_ascii_alnum(c)) {
        out_ += index < lead || index + tail >= count ? c : '*';
        ++index;
      } else {
        out_ += c;
      }
    }
  }

  // An order or invoice number, with any letters glued to it and any further digits after a
  // point, space or hyphen: every letter and digit hidden. Stopping before such digits would
  // leave them looking like the decimals of a number, or a group of one, to this scrub and not
  // to the next, which no longer sees the hidden digits.
  std::size_t hide_whole(std::size_t begin, std::size_t end, std::size_t limit) {
    while (end < limit) {
      const char c = text_[end];
      const bool joins =
          (c == '.' || c == ' ' || c == '-') && end + 1 < limit && is_ascii_digit(text_[end + 1]);
      if (!(is_ascii_alnum(c) || c == '_' || joins)) break;
      ++end;
    }
    append_masked(text_.substr(begin, end - begin), 0, 0);
    return end;
  }

  std::size_t copy(std::size_t from, std::size_t to) {
    out_.append(text_.substr(from, to - from));
    return to;
  }

  std::string_view text_;
  std::vector<Span> locals_;
  std::vector<Span> groups_;
  std::vector<Stretch> stretches_;
  std::string digits_;
  std::vector<std::size_t> ends_;
  std::string out_;
};

}  // namespace

std::string mask_personal_data(std::string_view text) {
  std::string ascii;
  std::vector<std::size_t> origin;  // where each byte of `ascii` starts in `text`
  for (std::size_t at = 0; at < text.size();) {
    origin.push_back(at);
    const auto cp = detail::decode_utf8(text, at);
    // U+FF01..U+FF5E are the full-width forms of ASCII '!'..'~'.
    if (cp.code_point >= 0xFF01 && cp.code_point <= 0xFF5E) {
      ascii += static_cast<char>(cp.code_point - 0xFEE0);
      at += cp.length;
    } else {
      ascii += text[at++];
    }
  }
  if (ascii.size() == text.size()) return Scrubber(text).run();
  const std::string masked = Scrubber(ascii).run();
  std::string out;
  for (std::size_t i = 0; i < ascii.size(); ++i) {
    if (masked[i] != ascii[i]) {
      out += masked[i];
    } else {
      const std::size_t end = i + 1 < origin.size() ? origin[i + 1] : text.size();
      out.append(text.substr(origin[i], end - origin[i]));
    }
  }
  return out;
}

}  // namespace kefu
