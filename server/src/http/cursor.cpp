#include "http/cursor.hpp"

#include <charconv>

namespace sg::server::http {

namespace {
constexpr std::string_view kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

int decode_char(char c) {
  const auto pos = kAlphabet.find(c);
  return pos == std::string_view::npos ? -1 : static_cast<int>(pos);
}
}  // namespace

std::string base64url_encode(std::string_view bytes) {
  std::string out;
  std::uint32_t acc = 0;
  int bits = 0;
  for (unsigned char c : bytes) {
    acc = (acc << 8) | c;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out.push_back(kAlphabet[(acc >> bits) & 0x3F]);
    }
  }
  if (bits > 0) out.push_back(kAlphabet[(acc << (6 - bits)) & 0x3F]);
  return out;
}

bool base64url_decode(std::string_view text, std::string& out) {
  out.clear();
  std::uint32_t acc = 0;
  int bits = 0;
  for (char c : text) {
    const int v = decode_char(c);
    if (v < 0) return false;
    acc = (acc << 6) | static_cast<std::uint32_t>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push_back(static_cast<char>((acc >> bits) & 0xFF));
    }
  }
  // Leftover bits must be zero padding, or the text is not something encode produced.
  return bits < 6 && (acc & ((1u << bits) - 1)) == 0;
}

std::string encode_cursor(char kind, std::int64_t after_id) {
  return base64url_encode(std::string(1, kind) + ":" + std::to_string(after_id));
}

Result<std::int64_t> decode_cursor(char kind, std::string_view cursor, std::string_view field) {
  const auto invalid = [&] {
    return make_error(ErrorCode::invalid_cursor, "the cursor was not issued by this endpoint",
                      std::string(field));
  };
  std::string raw;
  if (cursor.size() > 64 || !base64url_decode(cursor, raw)) return invalid();
  if (raw.size() < 3 || raw[0] != kind || raw[1] != ':') return invalid();
  std::int64_t id = 0;
  const auto* first = raw.data() + 2;
  const auto* last = raw.data() + raw.size();
  const auto [ptr, ec] = std::from_chars(first, last, id);
  if (ec != std::errc() || ptr != last || id < 0 || encode_cursor(kind, id) != cursor) return invalid();
  return id;
}

}  // namespace sg::server::http
