// Opaque keyset cursors: base64url of "<kind>:<last id>". Clients must treat them as opaque; a
// cursor of the wrong kind or not produced by encode_cursor is refused with invalid_cursor.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "core/error.hpp"

namespace sg::server::http {

std::string encode_cursor(char kind, std::int64_t after_id);
Result<std::int64_t> decode_cursor(char kind, std::string_view cursor, std::string_view field = "cursor");

std::string base64url_encode(std::string_view bytes);
bool base64url_decode(std::string_view text, std::string& out);

}  // namespace sg::server::http
