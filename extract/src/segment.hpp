// Text cleanup and sentence splitting. Boilerplate lines (navigation, newsletter, cookie and caption
// lines, listed in data/lexicon/boilerplate.tsv) and datelines are dropped; every kept token keeps its
// byte offsets into the original text.
#pragma once
#include <string_view>
#include <vector>

#include "gazetteer.hpp"
#include "tokenizer.hpp"

namespace sg::extract {

struct Sentence {
  std::uint32_t tok_begin = 0;  // token range in Document::tokens
  std::uint32_t tok_end = 0;
  std::uint32_t begin = 0;  // byte range in the text
  std::uint32_t end = 0;
};

struct Document {
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
};

bool is_boilerplate_line(const Gazetteer& g, std::string_view line);
Document segment(const Gazetteer& g, std::string_view text);

}  // namespace sg::extract
