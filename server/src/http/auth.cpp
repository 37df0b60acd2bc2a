#include "http/auth.hpp"

#include <cstddef>

namespace sg::server::http {

bool constant_time_equal(std::string_view a, std::string_view b) {
  // Walk the longer length every time; fold the length difference into the result.
  const std::size_t n = a.size() > b.size() ? a.size() : b.size();
  unsigned diff = static_cast<unsigned>(a.size() ^ b.size());
  for (std::size_t i = 0; i < n; ++i) {
    const unsigned char x = i < a.size() ? static_cast<unsigned char>(a[i]) : 0;
    const unsigned char y = i < b.size() ? static_cast<unsigned char>(b[i]) : 0;
    diff |= static_cast<unsigned>(x ^ y);
  }
  return diff == 0;
}

bool bearer_matches(std::string_view authorization, std::string_view key) {
  constexpr std::string_view kScheme = "Bearer ";
  if (key.empty() || authorization.size() <= kScheme.size()) return false;
  bool scheme_ok = true;
  for (std::size_t i = 0; i < kScheme.size(); ++i) {
    const char c = authorization[i];
    const char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    const char want =
        (kScheme[i] >= 'A' && kScheme[i] <= 'Z') ? static_cast<char>(kScheme[i] - 'A' + 'a') : kScheme[i];
    scheme_ok &= lower == want;
  }
  return constant_time_equal(authorization.substr(kScheme.size()), key) && scheme_ok;
}

}  // namespace sg::server::http
