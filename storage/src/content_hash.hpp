// Article identity for idempotent ingest: SHA-256 (FIPS 180-4, written here to avoid a dependency)
// of the text with whitespace runs collapsed and the ends trimmed, so re-sent text that differs only
// in line breaks or indentation is recognised as the same article.
#pragma once
#include <string>
#include <string_view>

namespace sg::storage {

std::string sha256_hex(std::string_view bytes);
std::string normalise_whitespace(std::string_view text);
inline std::string content_hash(std::string_view text) {
  return sha256_hex(normalise_whitespace(text));
}

}  // namespace sg::storage
