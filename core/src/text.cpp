#include "core/text.hpp"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>

namespace sg {

namespace {
// NFKD + case fold + strip marks, done by utf8proc in one call.
std::string fold(std::string_view in) {
  utf8proc_uint8_t* out = nullptr;
  const auto opts = static_cast<utf8proc_option_t>(UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD |
                                                   UTF8PROC_STRIPMARK | UTF8PROC_IGNORE);
  const auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(in.data()),
                              static_cast<utf8proc_ssize_t>(in.size()), &out, opts);
  if (n < 0) return {};
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> guard(out, &std::free);
  return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(n));
}

bool is_word_cp(utf8proc_int32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return false;
  }
}
}  // namespace

bool is_valid_utf8(std::string_view text) {
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(text.size());
  while (left > 0) {
    utf8proc_int32_t cp;
    const auto n = utf8proc_iterate(p, left, &cp);
    if (n <= 0) return false;
    p += n;
    left -= n;
  }
  return true;
}

std::string normalize_name(std::string_view name) {
  if (!is_valid_utf8(name)) return {};
  const std::string folded = fold(name);
  // Walk code points: letters and digits are kept, everything else separates words. A possessive
  // 's (ASCII or curly apostrophe) is dropped so "Assad's" and "Assad" share a key.
  std::string out;
  out.reserve(folded.size());
  bool pending_space = false;
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(folded.data());
  const auto* end = p + folded.size();
  while (p < end) {
    utf8proc_int32_t cp;
    const auto n = utf8proc_iterate(p, end - p, &cp);
    if (n <= 0) break;
    if (cp == '\'' || cp == 0x2019) {
      utf8proc_int32_t next = 0, after = 0;
      const auto m = p + n < end ? utf8proc_iterate(p + n, end - p - n, &next) : 0;
      if (next == 's') {
        if (p + n + m < end) utf8proc_iterate(p + n + m, end - p - n - m, &after);
        if (!is_word_cp(after)) {
          p += n + m;
          pending_space = true;
          continue;
        }
      }
      pending_space = true;
      p += n;
      continue;
    }
    if (cp >= 0x80 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LM) {  // ʿayn, hamza marks
      p += n;
      continue;
    }
    if (is_word_cp(cp)) {
      if (pending_space && !out.empty()) out.push_back(' ');
      pending_space = false;
      out.append(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n));
    } else {
      pending_space = true;
    }
    p += n;
  }
  if (out.rfind("the ", 0) == 0) out.erase(0, 4);
  return out;
}

std::string slugify(std::string_view name) {
  std::string out;
  for (char c : normalize_name(name)) {
    const auto u = static_cast<unsigned char>(c);
    if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9'))
      out.push_back(c);
    else if (u == ' ' && !out.empty() && out.back() != '-')
      out.push_back('-');
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out.empty() ? "actor" : out;
}

std::string csv_field(std::string_view text) {
  if (text.find_first_of(",\"\n\r") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

}  // namespace sg
