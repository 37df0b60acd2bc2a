#include "tokenizer.hpp"

#include "core/text.hpp"

namespace sg::extract {

namespace {

bool is_ascii_word(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Length of a UTF-8 sequence starting with c (1 for stray bytes).
std::size_t seq_len(unsigned char c) {
  if (c >= 0xF0) return 4;
  if (c >= 0xE0) return 3;
  if (c >= 0xC0) return 2;
  return 1;
}

enum class Cls { space, word, apostrophe, hyphen, quote, dash, other };

// Classifies the character at text[i]; n receives its byte length.
Cls classify(std::string_view t, std::size_t i, std::size_t& n) {
  const auto c = static_cast<unsigned char>(t[i]);
  n = seq_len(c);
  if (i + n > t.size()) n = t.size() - i;
  if (c < 0x80) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return Cls::space;
    if (is_ascii_word(c)) return Cls::word;
    if (c == '\'') return Cls::apostrophe;
    if (c == '-') return Cls::hyphen;
    if (c == '"') return Cls::quote;
    return Cls::other;
  }
  const auto c1 = n > 1 ? static_cast<unsigned char>(t[i + 1]) : 0;
  const auto c2 = n > 2 ? static_cast<unsigned char>(t[i + 2]) : 0;
  if (c == 0xC2 && (c1 == 0xA0 || c1 == 0xAD)) return Cls::space;                 // nbsp, soft hyphen
  if (c == 0xC2 && (c1 == 0xAB || c1 == 0xBB)) return Cls::quote;                 // guillemets
  if (c == 0xC2 || (c == 0xC3 && (c1 == 0x97 || c1 == 0xB7))) return Cls::other;  // symbols, x, /
  if (c == 0xE2 && c1 == 0x80) {
    if (c2 <= 0x8F || c2 == 0xA8 || c2 == 0xA9 || c2 == 0xAF) return Cls::space;  // spaces, zwsp
    if (c2 == 0x98 || c2 == 0x99 || c2 == 0xB2) return Cls::apostrophe;
    if (c2 == 0x9C || c2 == 0x9D || c2 == 0x9E || c2 == 0xB3) return Cls::quote;
    if (c2 == 0x90 || c2 == 0x91) return Cls::hyphen;
    if (c2 >= 0x92 && c2 <= 0x95) return Cls::dash;
    return Cls::other;  // bullets, ellipsis, daggers
  }
  if (c == 0xE3 && c1 == 0x80 && c2 == 0x80) return Cls::space;
  if (c == 0xEF && c1 == 0xBB && c2 == 0xBF) return Cls::space;  // BOM
  if (c == 0xCA && (c1 == 0xBB || c1 == 0xBC || c1 == 0xBE || c1 == 0xBF)) return Cls::apostrophe;
  return Cls::word;
}

bool is_upper_start(std::string_view w) {
  const auto c = static_cast<unsigned char>(w[0]);
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  // Latin-1 supplement / extended capitals are rare at word starts in news; treat folded != raw.
  return fold_word(w.substr(0, seq_len(c))) != w.substr(0, seq_len(c));
}

}  // namespace

std::string fold_word(std::string_view w) {
  bool ascii = true;
  for (char ch : w)
    if (static_cast<unsigned char>(ch) >= 0x80) ascii = false;
  if (ascii) {
    std::string s(w);
    for (char& ch : s)
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    return s;
  }
  std::string s = sg::normalize_name(w);
  std::string out;
  out.reserve(s.size());
  for (char ch : s)
    if (ch != ' ') out.push_back(ch);
  return out;
}

namespace {

void push(std::vector<Token>& out, std::size_t b, std::size_t e, std::string norm, std::uint16_t flags) {
  Token tok;
  tok.begin = static_cast<std::uint32_t>(b);
  tok.end = static_cast<std::uint32_t>(e);
  tok.norm = std::move(norm);
  tok.flags = flags;
  out.push_back(std::move(tok));
}

// Reads one word from t[i]; returns its raw letters (apostrophes inside dropped, dotted
// abbreviations joined) and advances i. dotted is set for "U.S." forms.
std::string read_word(std::string_view t, std::size_t& i, bool& dotted) {
  std::string raw;
  dotted = false;
  while (i < t.size()) {
    std::size_t m = 1;
    const Cls k = classify(t, i, m);
    if (k == Cls::word) {
      raw.append(t.substr(i, m));
      i += m;
      continue;
    }
    if (k == Cls::apostrophe && i + m < t.size()) {
      std::size_t m2 = 1;
      if (classify(t, i + m, m2) == Cls::word) {
        const bool s = t[i + m] == 's' || t[i + m] == 'S';
        std::size_t m3 = 1;
        if (s && (i + m + 1 >= t.size() || classify(t, i + m + 1, m3) != Cls::word)) break;  // 's
        i += m;  // Qa'ida, Shi'ite: the mark is dropped
        continue;
      }
    }
    if (t[i] == '.' && raw.size() == 1 && i + 2 < t.size() && is_ascii_word(t[i + 1]) && t[i + 2] == '.') {
      while (i + 2 < t.size() && t[i] == '.' && is_ascii_word(t[i + 1]) && t[i + 2] == '.') {
        raw.push_back(t[i + 1]);
        i += 2;
      }
      ++i;  // the final period belongs to the abbreviation
      dotted = true;
    }
    break;
  }
  return raw;
}

}  // namespace

void tokenize(std::string_view text, std::size_t begin, std::size_t end, std::vector<Token>& out) {
  const std::string_view t = text.substr(0, end);
  std::size_t i = begin;
  bool hyphen_pending = false;
  bool line_break = true;
  while (i < t.size()) {
    std::size_t n = 1;
    const Cls cls = classify(t, i, n);
    if (cls == Cls::space) {
      if (t[i] == '\n') line_break = true;
      hyphen_pending = false;
      i += n;
      continue;
    }
    std::uint16_t flags = line_break ? kParaStart : 0;
    line_break = false;
    if (cls == Cls::word) {
      const std::size_t start = i;
      bool dotted = false;
      std::string raw = read_word(t, i, dotted);
      bool has_lower = false, has_upper = false;
      for (char ch : raw) {
        has_lower |= (ch >= 'a' && ch <= 'z') || static_cast<unsigned char>(ch) >= 0x80;
        has_upper |= ch >= 'A' && ch <= 'Z';
      }
      if (is_upper_start(raw)) flags |= kCap;
      if (has_upper && !has_lower) flags |= kAllCaps;
      if (raw[0] >= '0' && raw[0] <= '9') flags |= kDigit;
      if (dotted) flags |= kDottedAbbrev;
      if (hyphen_pending) flags |= kHyphenBefore;
      hyphen_pending = false;
      push(out, start, i, fold_word(raw), flags);
      // possessive: 's or s' directly after the word
      std::size_t m = 1;
      if (i < t.size() && classify(t, i, m) == Cls::apostrophe) {
        std::size_t m2 = 1;
        const bool s_next = i + m < t.size() && (t[i + m] == 's' || t[i + m] == 'S') &&
                            (i + m + 1 >= t.size() || classify(t, i + m + 1, m2) != Cls::word);
        const bool plural = raw.back() == 's' && (i + m >= t.size() || classify(t, i + m, m2) != Cls::word);
        if (s_next) {
          out.back().flags |= kPossessive;
          i += m + 1;
        } else if (plural) {
          out.back().flags |= kPossessive;
          i += m;
        }
      }
      continue;
    }
    if (cls == Cls::hyphen && !out.empty() && out.back().end == i && i + n < t.size()) {
      std::size_t m = 1;
      if (classify(t, i + n, m) == Cls::word) {
        hyphen_pending = true;
        i += n;
        continue;
      }
    }
    hyphen_pending = false;
    if (cls == Cls::quote || cls == Cls::apostrophe) {
      push(out, i, i + n, "\"", flags | kPunct | kQuote);
    } else if (cls == Cls::hyphen || cls == Cls::dash) {
      push(out, i, i + n, "-", flags | kPunct);
    } else {
      push(out, i, i + n, std::string(t.substr(i, n)), flags | kPunct);
    }
    i += n;
  }
}

}  // namespace sg::extract
