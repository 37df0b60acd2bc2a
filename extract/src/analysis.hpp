// The working state of one extraction run: the document, its actors and mentions, and the
// candidate edges the stance patterns propose before filtering. Lives on the stack of
// Extractor::run, so runs never share mutable state.
#pragma once
#include <string>
#include <vector>

#include "article_actors.hpp"
#include "core/date.hpp"
#include "extract/extractor.hpp"
#include "gazetteer.hpp"
#include "segment.hpp"

namespace sg::extract {

struct LocalName {
  std::vector<std::string> words;  // folded words
  std::uint32_t actor = kNone;
  bool person = false;
};

struct Candidate {
  std::uint32_t sentence = 0;
  std::uint32_t source = kNone, target = kNone;  // article actor indices
  Relation relation = Relation::opposes;
  std::uint32_t trigger = 0;  // token index of the trigger
  std::uint32_t trigger_end = 0;
  std::uint32_t src_tok = 0, tgt_tok = 0;  // token index of the argument mentions
  float strength = 0.8f;
  std::string rule;
  std::uint32_t asserted_by = kNone;
  bool embedded = false;  // a claim inside an accusation: attributed to the accuser
  bool via_coref = false;
  std::uint32_t threatener = kNone;  // subject of a threat verb governing the act
  Date date;                         // the event's day, or the publication date
  bool pinned = false;               // the text pins the day
  std::string src_text, tgt_text;    // the mentions the arguments were read from
};

struct Analysis {
  const Gazetteer& g;
  const ArticleText& article;
  Date published;
  Document doc;
  ArticleActors actors;
  std::vector<std::vector<Mention>> mentions;  // per sentence, in token order
  std::vector<LocalName> local;
  std::uint32_t main_state = kNone;  // gazetteer index of the state the article is mostly about
  std::vector<Candidate> candidates;

  Analysis(const Gazetteer& gz, const ArticleText& a) : g(gz), article(a) {}
  std::string_view text(std::uint32_t tb, std::uint32_t te) const {
    return std::string_view(article.text)
        .substr(doc.tokens[tb].begin, doc.tokens[te - 1].end - doc.tokens[tb].begin);
  }
  const Token& tok(std::uint32_t i) const { return doc.tokens[i]; }
  // The actor of a gazetteer entry as an article actor (leaders in office become their state).
  std::uint32_t actor_for_gaz(std::uint32_t gaz);
};

struct PendingDescription {  // a description or pronoun waiting for coreference
  std::uint32_t sentence = 0;
  std::size_t index = 0;  // into Analysis::mentions[sentence]
  const Description* desc = nullptr;
};

void discover_actors(Analysis& a);  // discover.cpp: groups and people the text introduces
void find_mentions(Analysis& a);    // mentions.cpp
void resolve_descriptions(Analysis& a, const std::vector<PendingDescription>& pending);  // coref.cpp
void group_mentions(Analysis& a);                                                        // groups.cpp
void find_stances(Analysis& a);       // stance.cpp + frames.cpp
void apply_attribution(Analysis& a);  // attribution.cpp
// polarity.cpp: false when negated, denied, refused, hypothetical or asked; a conditional or
// announced act becomes a threat (relation changed to threatens).
bool survives_polarity(const Analysis& a, Candidate& c);

}  // namespace sg::extract
