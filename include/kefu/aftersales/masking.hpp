#pragma once
// Masking of customer data for display and logs, as the quick-response guide's service-record
// template shows it (rules.md §aftersales): names to the surname (张*, 工程师李*), phone numbers
// partly hidden (159****3210), the numbers of purchase proofs not at all. Also the validators
// the free-text scrubber relies on. Every function takes UTF-8, never throws on bad input
// (invalid bytes are masked) and runs in time linear in its input.

#include <string>
#include <string_view>

namespace kefu {

// 张三 -> 张*, 欧阳娜娜 -> 欧阳** (two-character compound surnames are kept when a given name
// follows), 阿依古丽·买买提 -> 阿***·***; Latin names keep the first letter of each word:
// "John Smith" -> "J*** S****". Surrounding whitespace is dropped; an empty name stays empty.
std::string mask_name(std::string_view name);

// A mainland mobile number hides its middle four digits: "15912343210" -> "159****3210",
// "+86 138-1234-5678" -> "+86 138-****-5678". Any other number keeps only its last four digits
// ("010-12345678" -> "***-****5678"); one with fewer than seven digits cannot be a phone number
// and is masked completely. Punctuation stays.
std::string mask_phone(std::string_view phone);

// Keeps the domain and the first character of the local part, unless that is a digit (a phone
// or QQ number) or the only one: "zhangsan@example.com" -> "z*******@example.com",
// "12345678@qq.com" -> "********@qq.com". Text without a single '@' is masked completely.
std::string mask_email(std::string_view email);

// Hides, wherever they appear in free text:
// - mainland mobile numbers (1[3-9] and nine digits, optionally +86 and grouped as
//   138 1234 5678), masked as mask_phone does;
// - 18-character resident ID numbers whose birth date and GB 11643 check character are valid,
//   and bank card numbers of 16 to 19 digits that pass the Luhn check: all but the last four;
// - the local part of e-mail addresses, as mask_email does;
// - order and invoice numbers after their label (订单号, 发票号, order no., invoice): verified
//   with the customer, never recorded, so hidden whole, with any letters glued to them.
// Digits a masked number keeps visible are hidden too where they would touch digits left in
// clear, so that no new number-shaped run appears; a second scrub changes nothing. Left alone:
// anything glued to ASCII letters or digits, decimals and amounts (¥, 元), our own identifiers
// after their label (运单号, 序列号, waybill, SN), and long numbers failing the checks.
// Full-width forms (１３８…, ＠) count as their ASCII characters.
std::string mask_personal_data(std::string_view text);

// 1[3-9] followed by nine digits, exactly eleven digits.
bool is_mainland_mobile(std::string_view digits) noexcept;

// Eighteen characters: a province code, a valid birth date (1800 or later) and the GB 11643
// (ISO 7064 MOD 11-2) check character, 0-9 or X (lower case x accepted).
bool is_resident_id_number(std::string_view id) noexcept;

// Digits only, 12 to 19 of them, Luhn (ISO/IEC 7812) check digit correct.
bool passes_luhn(std::string_view digits) noexcept;

}  // namespace kefu
