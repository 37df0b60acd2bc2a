#include "trace.hpp"

#include "analysis.hpp"

namespace sg::extract {

void trace_extraction(const Gazetteer& g, const ArticleText& article, std::ostream& out) {
  Analysis a(g, article);
  a.published = parse_date(article.published_at).value_or(Date{});
  a.doc = segment(g, article.text);
  discover_actors(a);
  find_mentions(a);
  find_stances(a);
  apply_attribution(a);
  out << "== " << article.id
      << "  main state: " << (a.main_state == kNone ? std::string("-") : g.actors[a.main_state].name) << "\n";
  for (const auto& l : a.local) {
    out << "  local:";
    for (const auto& w : l.words) out << ' ' << w;
    out << " -> " << a.actors.actors[l.actor].id << "\n";
  }
  for (std::uint32_t s = 0; s < a.doc.sentences.size(); ++s) {
    const Sentence& sen = a.doc.sentences[s];
    out << "[" << s << "] " << article.text.substr(sen.begin, sen.end - sen.begin) << "\n    ";
    for (const Mention& m : a.mentions[s]) {
      out << "{" << a.text(m.tb, m.te) << "=";
      out << (m.actor == kNone ? std::string(m.kind == MentionKind::place ? "PLACE" : "?")
                               : a.actors.actors[m.actor].id);
      if (m.weak) out << ",weak";
      if (m.modifier) out << ",mod";
      out << ",g" << m.group << "} ";
    }
    out << "\n";
    for (const Candidate& c0 : a.candidates) {
      if (c0.sentence != s) continue;
      Candidate c = c0;
      const bool kept = survives_polarity(a, c);
      out << "    " << (kept ? "+ " : "- ") << a.actors.actors[c.source].id << " --"
          << relation_name(c.relation) << "--> " << a.actors.actors[c.target].id << "  [" << c.rule << "] "
          << c.date.iso()
          << (c.asserted_by != kNone ? " by " + a.actors.actors[c.asserted_by].id : std::string()) << "\n";
    }
  }
}

}  // namespace sg::extract
