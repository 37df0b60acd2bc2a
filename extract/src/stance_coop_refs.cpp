// Cooperative stances whose party is named only by a description or a side: "attacks by the
// Iranian-backed movement" (the latest armed group with that head word), "volunteers who fight on
// Ukraine's side".
#include "stance_coop.hpp"

namespace sg::extract {

namespace {

// Whether an actor's head words include the noun w, singular or plural ("militias" ~ "militia").
bool has_head(const Analysis& a, std::uint32_t actor, const std::string& w) {
  for (const auto& h : a.actors.info[actor].heads)
    if (h == w || (w.size() == h.size() + 1 && w.back() == 's' && w.compare(0, h.size(), h) == 0) ||
        (h.size() == w.size() + 1 && h.back() == 's' && h.compare(0, w.size(), w) == 0))
      return true;
  return false;
}

}  // namespace

// A compound before a group noun with no name after it backs the latest armed group told so far
// (this sentence, then the two before) with that head word.
void compound_description(Analysis& a, const SentenceView& v, std::uint32_t i, std::uint32_t e,
                          const Trigger& tr) {
  if (!a.tok(i).has(kHyphenBefore) || i <= v.tb || e >= v.te) return;
  const std::int32_t s = v.at(i - 1);
  if (s < 0 || v.ms[static_cast<std::size_t>(s)].actor == kNone || v.at(e) >= 0) return;
  const Token& noun = a.tok(e);
  // "forces" and "force" end too many names to point back to one of them
  if (noun.has(kPunct) || noun.has(kCap) || !v.cue(e, kCueGroupDesc) || noun.norm == "force" ||
      noun.norm == "forces")
    return;
  const std::uint32_t helper = v.ms[static_cast<std::size_t>(s)].actor;
  for (std::uint32_t back = 0; back <= 2 && back <= v.index; ++back) {
    const auto& ms = a.mentions[v.index - back];
    for (std::size_t x = ms.size(); x-- > 0;) {
      const Mention& o = ms[x];
      if (back == 0 && o.tb >= i) continue;
      if (o.actor == kNone || o.actor == helper || o.kind == MentionKind::place) continue;
      const std::string& kind = a.actors.actors[o.actor].kind;
      if ((kind != "armed_group" && kind != "party") || !has_head(a, o.actor, noun.norm)) continue;
      Candidate c;
      c.sentence = v.index;
      c.source = helper;
      c.target = o.actor;
      c.relation = tr.relation;
      c.trigger = i;
      c.trigger_end = e + 1;
      c.src_tok = v.ms[static_cast<std::size_t>(s)].tb;
      c.tgt_tok = e;
      c.strength = tr.strength * 0.8f;
      c.rule = tr.rule + "+description";
      c.via_coref = true;
      Mention here;
      here.tb = e;
      here.te = e + 1;
      stamp(v, c, v.ms[static_cast<std::size_t>(s)], here);
      a.candidates.push_back(std::move(c));
      return;
    }
  }
}

// The subject after an inverted copula: "Fighting alongside the SDF is the Elite Forces", "Among
// the Turkish-backed factions is the Hamza Division". k is where the search starts.
std::int32_t subject_after_copula(const SentenceView& v, std::uint32_t k) {
  for (std::uint32_t n = 0; k + 1 < v.te && n < 6; ++k, ++n) {
    const Token& t = v.a.tok(k);
    if (t.has(kPunct)) return -1;
    if (one_of(t.norm, {"is", "are", "was", "were"})) {
      std::uint32_t r = k + 1;
      if (r < v.te && v.a.tok(r).norm == "the") ++r;
      const std::int32_t m = r < v.te ? v.at(r) : -1;
      return v.usable(m) && !v.ms[static_cast<std::size_t>(m)].weak ? m : -1;
    }
  }
  return -1;
}

void inverted_copula(Analysis& a, const SentenceView& v, std::uint32_t i, std::uint32_t e,
                     const Trigger& tr) {
  const std::string& first = a.tok(v.tb).norm;
  if (tr.frame == Frame::active && i == v.tb && first.size() > 4 &&
      first.compare(first.size() - 3, 3, "ing") == 0) {
    const std::int32_t o = find_object(v, e, tr.preps);
    if (o < 0) return;
    const std::int32_t s = subject_after_copula(v, v.ms[static_cast<std::size_t>(o)].te);
    if (s >= 0) add_one(a, v, s, o, tr.relation, i, e, tr.strength * 0.9f, tr.rule + "+inverted");
  } else if (tr.frame == Frame::compound && first == "among" && i > v.tb && a.tok(i).has(kHyphenBefore)) {
    const std::int32_t src = v.at(i - 1);
    const std::int32_t s = subject_after_copula(v, e);
    if (src >= 0 && s >= 0)
      add_one(a, v, src, s, tr.relation, i, e, tr.strength * 0.9f, tr.rule + "+inverted");
  }
}

void fight_on_side(Analysis& a, const SentenceView& v, std::uint32_t i) {
  if (i + 3 >= v.te || a.tok(i + 1).norm != "on") return;
  const std::int32_t side = v.at(i + 2);
  if (!v.usable(side)) return;
  const Mention& x = v.ms[static_cast<std::size_t>(side)];
  if (!a.tok(x.te - 1).has(kPossessive) || x.te >= v.te || a.tok(x.te).norm != "side") return;
  std::int32_t s = find_subject(v, i);
  if (s < 0) s = coop_relative_head(v, i);
  add_one(a, v, s, side, Relation::allies_with, i, x.te + 1, 0.7f, "allies_with:on_side_of");
}

}  // namespace sg::extract
