#pragma once
// Masking of customer data for display and logs (domain.md §6: "customer name masked (张*),
// contact partly hidden"), and the validators the free-text scrubber relies on.
// Every function takes UTF-8 and never throws on bad input: invalid bytes are masked.

#include <string>
#include <string_view>

namespace kefu {

// 张三 -> 张*, 欧阳娜娜 -> 欧阳** (two-character compound surnames are kept when a given name
// follows), 阿依古丽·买买提 -> 阿***·***; Latin names keep the first letter of each word:
// "John Smith" -> "J*** S****". Surrounding whitespace is dropped; an empty name stays empty.
std::string mask_name(std::string_view name);

// Keeps the last four digits and the punctuation: "138-1234-5678" -> "***-****-5678". A
// number with fewer than seven digits cannot be a phone number and is masked completely.
std::string mask_phone(std::string_view phone);

// Keeps the first character of the local part and the domain: "zhangsan@example.com" ->
// "z*******@example.com". Text without a single '@' is masked completely.
std::string mask_email(std::string_view email);

// Hides, wherever they appear in free text: mainland mobile numbers (1[3-9] and nine digits,
// optionally +86 and grouped as 138 1234 5678), 18-character resident ID numbers whose birth
// date and GB 11643 check character are valid, bank card numbers of 16 to 19 digits that pass
// the Luhn check, and e-mail addresses. Numbers keep their last four characters. Left alone:
// anything glued to ASCII letters or digits, decimals and amounts (¥, 元), numbers labelled as
// an order or waybill number (订单号, 运单号, order no.), and long numbers failing the checks.
// Full-width forms (１３８…, ＠) count as their ASCII characters.
std::string scrub(std::string_view text);

// 1[3-9] followed by nine digits, exactly eleven digits.
bool is_mainland_mobile(std::string_view digits) noexcept;

// Eighteen characters: a province code, a valid birth date (1800 or later) and the GB 11643
// (ISO 7064 MOD 11-2) check character, 0-9 or X (lower case x accepted).
bool is_resident_id_number(std::string_view id) noexcept;

// Digits only, 12 to 19 of them, Luhn (ISO/IEC 7812) check digit correct.
bool passes_luhn(std::string_view digits) noexcept;

}  // namespace kefu
