// The pipeline: segment -> discover new actors -> mentions and coreference -> stance patterns ->
// attribution -> polarity filters -> confidence -> one edge per (source, relation, target, asserted_by).
#include "extract/extractor.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "analysis.hpp"

namespace sg::extract {

Extractor::Extractor(std::shared_ptr<const Gazetteer> gazetteer) : gazetteer_(std::move(gazetteer)) {}
Extractor::~Extractor() = default;

namespace {

float confidence(const Analysis& a, const Candidate& c) {
  float conf = c.strength;
  if (c.via_coref) conf *= 0.85f;
  if (c.asserted_by != kNone) conf *= 0.9f;
  const Sentence& s = a.doc.sentences[c.sentence];
  for (std::uint32_t i = s.tok_begin; i < s.tok_end; ++i)
    if (has_cue(a.tok(i), kCueHedge)) {
      conf *= 0.85f;
      break;
    }
  return std::clamp(conf, 0.05f, 0.99f);
}

}  // namespace

Extraction Extractor::run(const ArticleText& article) const {
  Analysis a(*gazetteer_, article);
  a.published = parse_date(article.published_at).value_or(Date{});
  a.doc = segment(*gazetteer_, article.text);
  discover_actors(a);
  find_mentions(a);
  find_stances(a);
  apply_attribution(a);

  using Key = std::tuple<std::uint32_t, int, std::uint32_t, std::uint32_t>;
  std::map<Key, std::size_t> best;  // key -> index into kept
  std::vector<std::pair<Candidate, float>> kept;
  for (Candidate& c : a.candidates) {
    if (c.source == c.target || !survives_polarity(a, c)) continue;
    if (c.relation == Relation::member_of) {
      // a person is no organisation, and a state no member
      const std::string& tk = a.actors.actors[c.target].kind;
      const std::string& sk = a.actors.actors[c.source].kind;
      // a person belongs to a state only through a government title ("Turkish Foreign Minister X")
      const bool official = sk == "person" && has_cue(a.tok(c.trigger), kCueGovNoun) &&
                            c.rule.rfind("member_of:", 0) == 0 && c.rule.find(':', 10) == std::string::npos;
      const bool office = c.rule == "member_of:office" ||        // a minister in office (members.cpp)
                          c.rule == "member_of:titled_person";  // "Ethiopia's Finance Minister X" (B-)
      // a state belongs only to an international body or coalition ("the UAE, a coalition member")
      if (tk == "person" || (tk == "state" && !official && !office) || (sk == "state" && tk != "igo"))
        continue;
    }
    if (c.asserted_by == c.source && c.relation == Relation::accuses) c.asserted_by = kNone;
    const float conf = confidence(a, c);
    std::uint32_t s = c.source, t = c.target;
    if (relation_info(c.relation).symmetric && t < s) std::swap(s, t);
    const Key key{s, static_cast<int>(c.relation), t, c.asserted_by};
    const auto it = best.find(key);
    if (it == best.end()) {
      best.emplace(key, kept.size());
      kept.emplace_back(c, conf);
    } else if (conf > kept[it->second].second) {
      kept[it->second] = {c, conf};
    }
  }
  // Stronger evidence first, so readers that keep one edge per triple keep the best one.
  std::stable_sort(kept.begin(), kept.end(), [](const auto& x, const auto& y) {
    // a reported claim carries more than the same triple in the article's voice: list it first
    const bool xa = x.first.asserted_by != kNone, ya = y.first.asserted_by != kNone;
    return xa != ya ? xa : x.second > y.second;
  });

  Extraction out;
  out.sentence_count = a.doc.sentences.size();
  std::map<std::uint32_t, std::size_t> remap;
  auto actor = [&](std::uint32_t idx) {
    const auto it = remap.find(idx);
    if (it != remap.end()) return it->second;
    remap.emplace(idx, out.actors.size());
    out.actors.push_back(a.actors.actors[idx]);
    return out.actors.size() - 1;
  };
  for (const auto& [c, conf] : kept) {
    ExtractedEdge e;
    e.source = actor(c.source);
    e.target = actor(c.target);
    e.relation = c.relation;
    e.date = c.date.iso();
    e.date_precision = DatePrecision::day;
    e.confidence = conf;
    if (c.asserted_by != kNone) e.asserted_by = actor(c.asserted_by);
    const Sentence& s = a.doc.sentences[c.sentence];
    e.span_start = s.begin;
    e.span_end = s.end;
    e.evidence = article.text.substr(s.begin, s.end - s.begin);
    e.rule = c.rule;
    e.source_mention = c.src_text;
    e.target_mention = c.tgt_text;
    out.edges.push_back(std::move(e));
  }
  return out;
}

}  // namespace sg::extract
