// kefu::scrub: hides personal numbers and e-mail addresses in free text.
//
// Numbers are found as runs of digit groups separated by one space or hyphen ("138 1234 5678",
// "6222-0212-3456-7890"). Within a run, the longest stretch of whole groups that is a mobile
// number, a resident ID number or a Luhn-valid card number is masked, left to right. A run that
// touches ASCII letters, a decimal point, a currency sign or an order-number label is a code or
// an amount, not personal data, and is copied unchanged.
//
// Full-width forms (１３８, Ｘ, ＠, typed by Chinese input methods) are read as ASCII: the text
// is scanned in an ASCII copy whose masking keeps every byte in place, then mapped back.

#include "utf8.hpp"
#include <kefu/aftersales/masking.hpp>

#include <array>
#include <cstddef>
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

// The e-mail address around the '@' at `at`, if there is one.
bool find_email(std::string_view text, std::size_t at, Span& span) {
  std::size_t begin = at;
  while (begin > 0 && is_local_char(text[begin - 1])) --begin;
  while (begin < at && text[begin] == '.') ++begin;
  std::size_t end = at + 1;
  while (end < text.size() && is_domain_char(text[end])) ++end;
  while (end > at + 1 && (text[end - 1] == '.' || text[end - 1] == '-')) --end;
  const auto domain = text.substr(at + 1, end - at - 1);
  const auto dot = domain.rfind('.');
  if (begin == at || dot == std::string_view::npos || dot == 0 || domain.size() - dot < 3) {
    return false;
  }
  for (std::size_t i = dot + 1; i < domain.size(); ++i) {
    if (!is_ascii_letter(domain[i])) return false;
  }
  span = {begin, end};
  return true;
}

std::vector<Span> find_emails(std::string_view text) {
  std::vector<Span> spans;
  for (std::size_t at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1)) {
    Span span{};
    if ((spans.empty() || at >= spans.back().end) && find_email(text, at, span)) {
      spans.push_back(span);
    }
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
  // A Latin label must be a word of its own: "sn" but not "json".
  const std::size_t before = text.size() - word.size();
  return !is_ascii_letter(word.front()) || before == 0 || !is_ascii_letter(text[before - 1]);
}

// Labels that make the number after them an identifier of ours, not the customer's.
constexpr std::array<std::string_view, 14> order_labels{
    "单号",      "订单",     "订单编号",    "序列号",  "发票号", "order",     "order no",
    "order no.", "order id", "tracking no", "waybill", "serial", "serial no", "sn",
};
constexpr std::array<std::string_view, 5> currency_before{"¥", "￥", "$", "rmb", "cny"};
constexpr std::array<std::string_view, 3> currency_after{"元", "块", "rmb"};

bool labelled_or_priced_before(std::string_view before) noexcept {
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
  for (const auto label : order_labels) {
    if (ends_with_word(before, label)) return true;
  }
  for (const auto sign : currency_before) {
    if (ends_with_word(before, sign)) return true;
  }
  return false;
}

bool priced_after(std::string_view after) noexcept {
  while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
  for (const auto unit : currency_after) {
    if (after.size() >= unit.size()) {
      bool same = true;
      for (std::size_t i = 0; i < unit.size(); ++i) same = same && ascii_lower(after[i]) == unit[i];
      if (same) return true;
    }
  }
  return false;
}

bool is_personal_number(const std::string& joined) {
  const bool mobile =
      is_mainland_mobile(joined) || (joined.size() == 13 && joined.compare(0, 2, "86") == 0 &&
                                     is_mainland_mobile(std::string_view(joined).substr(2)));
  const bool card = joined.size() >= 16 && passes_luhn(joined);
  return mobile || card || is_resident_id_number(joined);
}

// Every digit (and a final X) becomes '*' except the last four; separators stay.
void append_masked(std::string& out, std::string_view number) {
  std::size_t remaining = 0;
  for (const char c : number) remaining += is_ascii_alnum(c) ? 1 : 0;
  for (const char c : number) {
    if (is_ascii_alnum(c)) {
      out += remaining > 4 ? '*' : c;
      --remaining;
    } else {
      out += c;
    }
  }
}

class Scrubber {
 public:
  explicit Scrubber(std::string_view text) : text_(text), emails_(find_emails(text)) {}

  std::string run() {
    std::size_t next_email = 0;
    std::size_t at = 0;
    while (at < text_.size()) {
      const std::size_t email_begin =
          next_email < emails_.size() ? emails_[next_email].begin : text_.size();
      if (at == email_begin) {
        const auto& span = emails_[next_email++];
        out_ += mask_email(text_.substr(span.begin, span.end - span.begin));
        at = span.end;
      } else if (is_ascii_digit(text_[at]) &&
                 (at == 0 || !(is_ascii_alnum(text_[at - 1]) || text_[at - 1] == '_'))) {
        at = number_run(at, email_begin);
      } else {
        out_ += text_[at++];
      }
    }
    return std::move(out_);
  }

 private:
  // Handles the run of digit groups starting at `begin`, which ends before `limit`; returns
  // the position after it.
  std::size_t number_run(std::size_t begin, std::size_t limit) {
    std::vector<Span> groups;
    std::size_t at = begin;
    while (true) {
      const std::size_t start = at;
      while (at < limit && is_ascii_digit(text_[at])) ++at;
      groups.push_back({start, at});
      const bool more =
          at + 1 < limit && (text_[at] == ' ' || text_[at] == '-') && is_ascii_digit(text_[at + 1]);
      if (!more) break;
      ++at;
    }
    const bool check_x = at < limit && (text_[at] == 'X' || text_[at] == 'x');
    const std::size_t end = at + (check_x ? 1 : 0);
    const bool glued = end < text_.size() && (is_ascii_alnum(text_[end]) || text_[end] == '_');
    const bool decimal =
        (end + 1 < text_.size() && text_[end] == '.' && is_ascii_digit(text_[end + 1])) ||
        (begin >= 2 && text_[begin - 1] == '.' && is_ascii_digit(text_[begin - 2]));
    if (glued || decimal || labelled_or_priced_before(text_.substr(0, begin)) ||
        priced_after(text_.substr(end))) {
      return copy(begin, end);
    }
    std::size_t copied = begin;
    for (std::size_t i = 0; i < groups.size();) {
      std::size_t matched = groups.size();
      for (std::size_t j = groups.size(); j-- > i;) {
        if (is_personal_number(joined(groups, i, j, check_x && j + 1 == groups.size()))) {
          matched = j;
          break;
        }
      }
      if (matched == groups.size()) {
        ++i;
        continue;
      }
      const std::size_t stop = matched + 1 == groups.size() ? end : groups[matched].end;
      copy(copied, groups[i].begin);
      append_masked(out_, text_.substr(groups[i].begin, stop - groups[i].begin));
      copied = stop;
      i = matched + 1;
    }
    return copy(copied, end);
  }

  std::string joined(const std::vector<Span>& groups, std::size_t i, std::size_t j,
                     bool with_x) const {
    std::string digits;
    for (std::size_t g = i; g <= j; ++g) {
      digits.append(text_.substr(groups[g].begin, groups[g].end - groups[g].begin));
    }
    if (with_x) digits += 'X';
    return digits;
  }

  std::size_t copy(std::size_t from, std::size_t to) {
    out_.append(text_.substr(from, to - from));
    return to;
  }

  std::string_view text_;
  std::vector<Span> emails_;
  std::string out_;
};

}  // namespace

std::string scrub(std::string_view text) {
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
