// Word tokens with byte offsets into the original text. Hyphens and possessive 's are not tokens but
// flags, so "US-backed" is "us" + "backed"(hyphen_before) and "Assad's" is "assad"(possessive).
// Gazetteer names go through the same tokenizer, so a name and its mention always share a key.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sg::extract {

inline constexpr std::uint32_t kNoWord = 0xffffffffu;

enum TokenFlag : std::uint16_t {
  kCap = 1,            // first letter upper case
  kAllCaps = 2,        // every letter upper case (and at least one letter)
  kHyphenBefore = 4,   // glued to the previous token by a hyphen
  kPossessive = 8,     // followed by 's or a bare apostrophe
  kPunct = 16,         // punctuation: norm holds the character (quotes as '"', dashes as '-')
  kDigit = 32,         // starts with a digit
  kDottedAbbrev = 64,  // "U.S." style, or a word that swallowed its period
  kQuote = 128,        // a quotation mark
  kParaStart = 256,    // first token after a line break
};

struct Token {
  std::uint32_t begin = 0;  // byte offsets into the article text
  std::uint32_t end = 0;
  std::string norm;               // case- and accent-folded word, or the punctuation character
  std::uint32_t word = kNoWord;   // interned id (Gazetteer::word_id), kNoWord when unseen
  std::uint32_t word_cues = 0;    // cue bits of this word alone (set by segment())
  std::uint32_t phrase_cues = 0;  // cue bits of the longest cue phrase starting here
  std::uint16_t phrase_len = 0;   // its length in tokens
  std::uint16_t flags = 0;

  bool has(TokenFlag f) const { return (flags & f) != 0; }
  bool punct(char c) const { return has(kPunct) && norm.size() == 1 && norm[0] == c; }
};

inline bool has_cue(const Token& t, std::uint32_t cue) {
  return (t.word_cues & cue) != 0;
}

// Tokenizes text[begin, end). Offsets are absolute.
void tokenize(std::string_view text, std::size_t begin, std::size_t end, std::vector<Token>& out);

// The folded form of one word (ASCII fast path, utf8proc otherwise).
std::string fold_word(std::string_view word);

}  // namespace sg::extract
