// Bearer-key check for writes. The comparison takes the same time wherever the first difference is,
// so the key cannot be guessed byte by byte from response timing.
#pragma once
#include <string_view>

namespace sg::server::http {

bool constant_time_equal(std::string_view a, std::string_view b);

// True when `authorization` is "Bearer <key>" with the configured key.
bool bearer_matches(std::string_view authorization, std::string_view key);

}  // namespace sg::server::http
