#include "segment.hpp"

#include "tsv.hpp"

namespace sg::extract {

namespace {

std::string fold_line(std::string_view line) {
  std::string s;
  s.reserve(line.size());
  bool space = false;
  for (char c : line) {
    const bool ws = c == ' ' || c == '\t' || c == '\r';
    if (ws) {
      space = !s.empty();
      continue;
    }
    if (space) s.push_back(' ');
    space = false;
    s.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return s;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// "ALEPPO/BEIRUT, 8 August 2012 - " opens a report: upper-case places, a date, a dash.
std::size_t dateline_length(const std::vector<Token>& toks, std::size_t b, std::size_t e) {
  if (b >= e || !toks[b].has(kAllCaps) || toks[b].norm.size() < 3) return 0;
  for (std::size_t i = b; i < e && i < b + 14; ++i) {
    const Token& t = toks[i];
    if (t.punct('-')) return i > b ? i + 1 - b : 0;
    const bool ok = t.has(kAllCaps) || t.has(kDigit) || t.has(kCap) || t.punct('/') || t.punct(',');
    if (!ok) return 0;
  }
  return 0;
}

bool is_initial(const Token& t) {
  return t.norm.size() == 1 && t.has(kCap) && !t.has(kDigit);
}

}  // namespace

bool is_boilerplate_line(const Gazetteer& g, std::string_view line) {
  if (line.size() > 400) return false;  // page furniture is short; article paragraphs are not
  const std::string f = fold_line(line);
  if (f.empty()) return false;
  for (const auto& b : g.boilerplate) {
    if (b.kind == "prefix" && f.rfind(b.text, 0) == 0) return true;
    if (b.kind == "suffix" && ends_with(f, b.text)) return true;
    if (b.kind == "contains" && f.size() < 300 && f.find(b.text) != std::string::npos) return true;
    if (b.kind == "exact" && f == b.text) return true;
  }
  return false;
}

Document segment(const Gazetteer& g, std::string_view text) {
  Document doc;
  doc.tokens.reserve(text.size() / 5);
  std::size_t pos = 0;
  bool first_para = true;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    const std::string_view line = text.substr(pos, nl - pos);
    const std::size_t line_begin = pos;
    pos = nl + 1;
    if (trim(line).empty() || is_boilerplate_line(g, line)) continue;
    const std::size_t first = doc.tokens.size();
    tokenize(text, line_begin, line_begin + line.size(), doc.tokens);
    for (std::size_t i = first; i < doc.tokens.size(); ++i)
      doc.tokens[i].word = g.word_id(doc.tokens[i].norm);
    for (std::size_t i = first; i < doc.tokens.size(); ++i) {
      Token& t = doc.tokens[i];
      const std::uint32_t root = g.child(0, t.word);
      t.word_cues = root == kNone ? 0 : g.cues[root];
      std::size_t len = 0;
      t.phrase_cues = g.cue_scan(doc.tokens, i, doc.tokens.size(), len);
      t.phrase_len = static_cast<std::uint16_t>(len);
    }
    std::size_t b = first;
    if (first_para) {
      const std::size_t d = dateline_length(doc.tokens, first, doc.tokens.size());
      b += d;
      first_para = d == 0 && doc.sentences.size() < 2;  // a caption may come before the dateline
    }
    const std::size_t e = doc.tokens.size();
    std::size_t start = b;
    for (std::size_t i = b; i < e; ++i) {
      const Token& t = doc.tokens[i];
      const bool stop = t.punct('.') || t.punct('!') || t.punct('?');
      if (!stop) continue;
      std::size_t cut = i + 1;
      while (cut < e && (doc.tokens[cut].has(kQuote) || doc.tokens[cut].punct(')'))) ++cut;
      if (cut < e) {
        const Token& next = doc.tokens[cut];
        if (!next.has(kCap) && !next.has(kDigit) && !next.has(kQuote)) continue;
        if (t.punct('.') && i > start) {
          const Token& prev = doc.tokens[i - 1];
          if (prev.end == t.begin && (is_initial(prev) || has_cue(prev, kCueAbbrev))) continue;
        }
      }
      doc.sentences.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(cut),
                               doc.tokens[start].begin, doc.tokens[cut - 1].end});
      start = cut;
      i = cut - 1;
    }
    if (start < e)
      doc.sentences.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(e),
                               doc.tokens[start].begin, doc.tokens[e - 1].end});
  }
  return doc;
}

}  // namespace sg::extract
