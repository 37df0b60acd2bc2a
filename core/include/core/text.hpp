// Name normalisation shared by alias lookup (storage), the gazetteer (extract) and the API: two
// spellings that differ only in case, accents, punctuation or a leading "the" are the same key.
#pragma once
#include <string>
#include <string_view>

namespace sg {

// "The Islamic State (ISIS)" -> "islamic state isis"; "Bashar al-Assad" -> "bashar al assad";
// "Ṣanʿāʾ" -> "sana". Valid UTF-8 is folded (NFKD, marks dropped, case folded); invalid bytes dropped.
std::string normalize_name(std::string_view name);

// ASCII slug for stable ids: "Levant Dawn" -> "levant-dawn"; empty input gives "actor".
std::string slugify(std::string_view name);

// A CSV cell (RFC 4180): quoted, with doubled quotes, only when it holds , " or a line break.
std::string csv_field(std::string_view text);

// True when the bytes are well-formed UTF-8 (the API refuses anything else).
bool is_valid_utf8(std::string_view text);

}  // namespace sg
