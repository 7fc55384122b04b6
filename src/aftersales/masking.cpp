// Masking of names, phone numbers and e-mail addresses, and the number validators.

#include "utf8.hpp"
#include <kefu/aftersales/masking.hpp>

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace kefu {
namespace {

using detail::decode_utf8;
using detail::is_ascii_digit;

// Two-character compound surnames (复姓) still in use; a name starting with one keeps both
// characters when a given name follows.
constexpr std::array<std::string_view, 40> compound_surnames{
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙",
    "宇文", "司徒", "令狐", "夏侯", "轩辕", "端木", "独孤", "南宫", "西门", "百里",
    "呼延", "万俟", "澹台", "公冶", "太史", "申屠", "闻人", "赫连", "钟离", "濮阳",
    "淳于", "单于", "司空", "第五", "拓跋", "完颜", "左丘", "东郭", "公羊", "谷梁",
};

bool is_cjk(char32_t c) noexcept {
  return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x3134F);
}

// Separators inside a name that say nothing about it: middle dots of transliterated names.
bool is_name_separator(char32_t c) noexcept {
  return c == 0x00B7 || c == 0x30FB || c == 0x2022 || c == ' ' || c == '.' || c == '-' || c == '\'';
}

bool is_space(char c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view trim(std::string_view text) noexcept {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

std::size_t count_code_points(std::string_view text) noexcept {
  std::size_t count = 0;
  for (std::size_t at = 0; at < text.size(); at += decode_utf8(text, at).length) ++count;
  return count;
}

std::string mask_chinese_name(std::string_view name) {
  std::size_t kept = decode_utf8(name, 0).length;
  for (const auto surname : compound_surnames) {
    if (name.substr(0, surname.size()) == surname && count_code_points(name) > 2) {
      kept = surname.size();
    }
  }
  std::string out(name.substr(0, kept));
  for (std::size_t at = kept; at < name.size();) {
    const auto cp = decode_utf8(name, at);
    if (is_name_separator(cp.code_point)) {
      out.append(name.substr(at, cp.length));
    } else {
      out += '*';
    }
    at += cp.length;
  }
  return out;
}

// Each word keeps its first letter; the other letters become '*'; punctuation stays.
std::string mask_latin_name(std::string_view name) {
  std::string out;
  bool word_start = true;
  for (std::size_t at = 0; at < name.size();) {
    const auto cp = decode_utf8(name, at);
    if (is_name_separator(cp.code_point) || is_space(name[at])) {
      out.append(name.substr(at, cp.length));
      word_start = is_space(name[at]) || name[at] == '-';
    } else if (word_start && cp.code_point < 0x80 && detail::is_ascii_letter(name[at])) {
      out += name[at];
      word_start = false;
    } else {
      out += '*';
      word_start = false;
    }
    at += cp.length;
  }
  return out;
}

}  // namespace

std::string mask_name(std::string_view name) {
  name = trim(name);
  if (name.empty()) return {};
  return is_cjk(decode_utf8(name, 0).code_point) ? mask_chinese_name(name) : mask_latin_name(name);
}

std::string mask_phone(std::string_view phone) {
  phone = trim(phone);
  std::string digits;
  for (const char c : phone) {
    if (is_ascii_digit(c)) digits += c;
  }
  // A mainland mobile number hides its middle four digits (159****3210, after a +86 prefix
  // too); any other number all but its last four.
  const bool prefixed = digits.size() == 13 && digits.compare(0, 2, "86") == 0 &&
                        is_mainland_mobile(std::string_view(digits).substr(2));
  const std::size_t lead = is_mainland_mobile(digits) ? 3 : prefixed ? 5 : 0;
  const std::size_t tail = digits.size() >= 7 ? 4 : 0;
  std::string out;
  std::size_t index = 0;
  for (const char c : phone) {
    if (is_ascii_digit(c)) {
      out += index < lead || index + tail >= digits.size() ? c : '*';
      ++index;
    } else {
      // ASCII punctuation such as "+86 (0)" stays; any other byte is hidden.
      out += static_cast<unsigned char>(c) < 0x80 ? c : '*';
    }
  }
  return out;
}

std::string mask_email(std::string_view email) {
  email = trim(email);
  const auto at_sign = email.find('@');
  const bool well_formed = at_sign != std::string_view::npos && at_sign > 0 &&
                           at_sign + 1 < email.size() &&
                           email.find('@', at_sign + 1) == std::string_view::npos;
  if (!well_formed) return std::string(count_code_points(email), '*');
  const auto local = email.substr(0, at_sign);
  const std::size_t local_length = count_code_points(local);
  const auto first = decode_utf8(local, 0);
  // A local part starting with a digit is often a phone or QQ number: hidden whole.
  const bool keep_first =
      local_length > 1 && first.code_point != 0xFFFD && !is_ascii_digit(local.front());
  std::string out;
  if (keep_first) out.append(local.substr(0, first.length));
  out.append(local_length - (keep_first ? 1 : 0), '*');
  out.append(email.substr(at_sign));
  return out;
}

bool is_mainland_mobile(std::string_view digits) noexcept {
  if (digits.size() != 11 || digits[0] != '1' || digits[1] < '3' || digits[1] > '9') return false;
  for (const char c : digits) {
    if (!is_ascii_digit(c)) return false;
  }
  return true;
}

namespace {

int digit_at(std::string_view text, std::size_t i) noexcept { return text[i] - '0'; }

int number_at(std::string_view text, std::size_t from, std::size_t count) noexcept {
  int value = 0;
  for (std::size_t i = from; i < from + count; ++i) value = value * 10 + digit_at(text, i);
  return value;
}

// Province-level codes of GB/T 2260 used as the first two digits (83: residence permits for
// residents of Taiwan).
bool is_province_code(int code) noexcept {
  return (code >= 11 && code <= 15) || (code >= 21 && code <= 23) || (code >= 31 && code <= 37) ||
         (code >= 41 && code <= 46) || (code >= 50 && code <= 54) || (code >= 61 && code <= 65) ||
         code == 71 || code == 81 || code == 82 || code == 83;
}

bool is_valid_birth_date(int year, int month, int day) noexcept {
  if (year < 1800 || month < 1 || month > 12 || day < 1) return false;
  constexpr std::array<int, 12> month_days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const int last = month_days[static_cast<std::size_t>(month - 1)] + (month == 2 && leap ? 1 : 0);
  return day <= last;
}

}  // namespace

bool is_resident_id_number(std::string_view id) noexcept {
  if (id.size() != 18) return false;
  for (std::size_t i = 0; i < 17; ++i) {
    if (!is_ascii_digit(id[i])) return false;
  }
  if (!is_province_code(number_at(id, 0, 2))) return false;
  if (!is_valid_birth_date(number_at(id, 6, 4), number_at(id, 10, 2), number_at(id, 12, 2))) {
    return false;
  }
  // GB 11643-1999: weights 2^(17-i) mod 11, check character "10X98765432"[sum mod 11].
  constexpr std::array<int, 17> weights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  int sum = 0;
  for (std::size_t i = 0; i < 17; ++i) sum += digit_at(id, i) * weights[i];
  constexpr std::string_view check_characters = "10X98765432";
  const char expected = check_characters[static_cast<std::size_t>(sum % 11)];
  const char actual = id[17] == 'x' ? 'X' : id[17];
  return actual == expected;
}

bool passes_luhn(std::string_view digits) noexcept {
  if (digits.size() < 12 || digits.size() > 19) return false;
  int sum = 0;
  bool doubled = false;
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    if (!is_ascii_digit(*it)) return false;
    int d = *it - '0';
    if (doubled) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
    doubled = !doubled;
  }
  return sum % 10 == 0;
}

}  // namespace kefu
