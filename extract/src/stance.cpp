// Stance patterns: every relation trigger of data/lexicon/relations.tsv found in a sentence is applied
// with its frame (active/passive voice, compounds, nominalisations, role nouns, symmetric relations),
// plus the structural member_of patterns of appositions ("X, a spokesman for Y").
#include <algorithm>

#include "frames.hpp"

namespace sg::extract {

namespace {

struct Ctx {
  Analysis& a;
  const SentenceView& v;
  std::vector<std::uint32_t> consumed;  // triggers already read as an embedded claim
};

// The one who threatens when a threat verb governs the act: "X warned that Y would strike Z".
std::uint32_t threatener(const SentenceView& v, std::uint32_t trigger) {
  for (std::uint32_t k = v.tb; k < trigger; ++k)
    if (v.cue(k, kCueThreat)) {
      const std::int32_t s = find_subject(v, k);
      return s >= 0 ? v.ms[static_cast<std::size_t>(s)].actor : kNone;
    }
  return kNone;
}

void add(Ctx& c, std::int32_t src, std::int32_t tgt, Relation rel, std::uint32_t tb, std::uint32_t te,
         float strength, const std::string& rule, std::uint32_t asserted_by = kNone) {
  add_candidate(c.a, c.v, src, tgt, rel, tb, te, strength, rule, asserted_by);
}

// Longest trigger starting at token i: its trie node and length, or kNone.
std::uint32_t trigger_at(const SentenceView& v, std::uint32_t i, std::uint32_t& len) {
  std::uint32_t node = 0, best = kNone;
  len = 0;
  for (std::uint32_t j = i; j < v.te; ++j) {
    node = v.a.g.child(node, v.a.tok(j).word);
    if (node == kNone) break;
    if (!v.a.g.triggers[node].empty()) {
      best = node;
      len = j - i + 1;
    }
  }
  return best;
}

std::uint32_t group_end(const SentenceView& v, std::int32_t m) {
  std::uint32_t end = v.ms[static_cast<std::size_t>(m)].te;
  for (const auto k : v.members(m)) end = std::max(end, v.ms[static_cast<std::size_t>(k)].te);
  return end;
}

// "by" shortly after a verb makes it passive: "armed and funded by Iran".
// Only coordinated participles and adverbs may stand between: "positions held by" is no passive.
bool passive_by(const SentenceView& v, std::uint32_t e, std::uint32_t& by) {
  for (std::uint32_t k = e; k < v.te && k < e + 4; ++k) {
    const Token& t = v.a.tok(k);
    if (t.norm == "by") {
      by = k + 1;
      return true;
    }
    std::uint32_t len = 0;
    const bool participle = trigger_at(v, k, len) != kNone;
    const bool adverb = t.norm.size() > 3 && t.norm.compare(t.norm.size() - 2, 2, "ly") == 0;
    if (t.has(kPunct) || v.at(k) >= 0 || !(t.norm == "and" || participle || adverb)) return false;
    if (participle) k += len - 1;
  }
  return false;
}

// "accused X of arming Y": the embedded claim, attributed to the accuser.
void embedded_claim(Ctx& c, std::int32_t accuser, std::int32_t accused, std::uint32_t k) {
  if (k < c.v.te && c.a.tok(k).punct(',')) {  // "accused X, one of the factions of Y, of killing Z"
    std::uint32_t q = k + 1;
    while (q < c.v.te && q < k + 12 && !c.a.tok(q).punct(',')) ++q;
    if (q + 1 < c.v.te && c.a.tok(q).punct(',') && c.a.tok(q + 1).norm == "of") k = q + 1;
  }
  if (k >= c.v.te || (c.a.tok(k).norm != "of" && c.a.tok(k).norm != "for")) return;
  ++k;
  // "of continuing to arm", "of still backing"
  while (k + 1 < c.v.te &&
         (c.a.tok(k).norm == "continuing" || c.a.tok(k).norm == "still" || c.a.tok(k).norm == "to"))
    ++k;
  std::uint32_t len = 0;
  const std::uint32_t node = trigger_at(c.v, k, len);
  if (node == kNone) return;
  for (const Trigger& tr : c.a.g.triggers[node]) {
    if (tr.frame != Frame::active) continue;
    const std::int32_t obj = find_object(c.v, k + len, tr.preps);
    c.consumed.push_back(k);
    if (obj >= 0)
      add(c, accused, obj, tr.relation, k, k + len, tr.strength * 0.9f, tr.rule + "+embedded",
          accuser >= 0 ? c.v.ms[static_cast<std::size_t>(accuser)].actor : kNone);
  }
}

void condemn_event_by(Ctx& c, std::int32_t s, std::uint32_t e, std::uint32_t k, std::uint32_t len,
                      const Trigger& tr);

// "The United States condemned the assault": the event noun stands for the latest attack told in
// the last few sentences, and the stance is toward whoever carried it out.
void condemn_event(Ctx& c, std::int32_t s, std::uint32_t e, const Trigger& tr) {
  const SentenceView& v = c.v;
  std::uint32_t k = e;
  while (k < v.te && k < e + 3 &&
         (v.a.tok(k).norm == "the" || v.a.tok(k).norm == "these" || v.a.tok(k).norm == "this" ||
          v.a.tok(k).norm == "latest" || v.a.tok(k).norm == "new"))
    ++k;
  if (k >= v.te || v.at(k) >= 0) return;
  std::uint32_t len = 0;
  const std::uint32_t node = trigger_at(v, k, len);
  bool event = false;
  if (node != kNone)
    for (const Trigger& t : c.a.g.triggers[node])
      event |= t.relation == Relation::attacks && t.frame == Frame::noun;
  if (!event || (k + len < v.te && (v.a.tok(k + len).norm == "by" || v.a.tok(k + len).norm == "on" ||
                                    v.a.tok(k + len).norm == "against")))
    return;
  for (const auto sm : v.members(s)) condemn_event_by(c, sm, e, k, len, tr);
}

// The actor that claimed responsibility for an act in the last few sentences, or kNone.
std::uint32_t claimed_responsibility(const Analysis& a, std::uint32_t sentence) {
  for (std::uint32_t back = 0; back < 4 && back <= sentence; ++back) {
    const std::uint32_t si = sentence - back;
    const Sentence& st = a.doc.sentences[si];
    for (std::uint32_t i = st.tok_begin; i + 1 < st.tok_end; ++i) {
      const std::string& w = a.tok(i).norm;
      if ((w == "claimed" || w == "claims" || w == "claiming") && a.tok(i + 1).norm == "responsibility") {
        const SentenceView sv(a, si);
        const std::int32_t m = find_subject(sv, i);
        if (m >= 0) return sv.ms[static_cast<std::size_t>(m)].actor;
      }
    }
  }
  return kNone;
}

void condemn_event_by(Ctx& c, std::int32_t s, std::uint32_t e, std::uint32_t k, std::uint32_t len,
                      const Trigger& tr) {
  const SentenceView& v = c.v;
  const std::uint32_t speaker = v.ms[static_cast<std::size_t>(s)].actor;
  const std::uint32_t claimer = claimed_responsibility(c.a, v.index);
  if (claimer != kNone && claimer != speaker) {
    // "ELN claimed responsibility for a car bomb ... The bombing was condemned by the UN"
    add_candidate(c.a, v, s, s, tr.relation, e, k + len, tr.strength * 0.75f, tr.rule + "+event");
    Candidate cand;
    cand.sentence = v.index;
    cand.source = speaker;
    cand.target = claimer;
    cand.relation = tr.relation;
    cand.trigger = e > v.tb ? e - 1 : e;
    cand.trigger_end = k + len;
    cand.src_tok = v.ms[static_cast<std::size_t>(s)].tb;
    cand.tgt_tok = k;
    cand.strength = tr.strength * 0.75f;
    cand.rule = tr.rule + "+event";
    cand.via_coref = true;
    stamp(v, cand, v.ms[static_cast<std::size_t>(s)], v.ms[static_cast<std::size_t>(s)]);
    c.a.candidates.push_back(std::move(cand));
    return;
  }
  for (std::size_t x = c.a.candidates.size(); x-- > 0;) {
    const Candidate& prev = c.a.candidates[x];
    if (prev.sentence + 4 < v.index) break;
    if (prev.relation != Relation::attacks || prev.source == speaker || prev.asserted_by != kNone) continue;
    Candidate probe = prev;
    if (!survives_polarity(c.a, probe) || probe.relation != Relation::attacks) continue;
    Candidate cand = prev;
    cand.sentence = v.index;
    cand.source = speaker;
    cand.target = prev.source;
    cand.relation = tr.relation;
    cand.trigger = e - 1;
    cand.trigger_end = k + len;
    cand.src_tok = v.ms[static_cast<std::size_t>(s)].tb;
    cand.tgt_tok = k;
    cand.strength = tr.strength * 0.75f;
    cand.rule = tr.rule + "+event";
    cand.via_coref = true;
    cand.embedded = false;
    cand.threatener = kNone;
    stamp(v, cand, v.ms[static_cast<std::size_t>(s)], v.ms[static_cast<std::size_t>(s)]);
    cand.tgt_text = prev.src_text;
    c.a.candidates.push_back(std::move(cand));
    return;
  }
}

// "The alliance's advance has been helped by backing from X": where a clause opens with a
// possessor, the token just after it (so find_possessor finds it), else i.
std::uint32_t clause_start_possessor(const SentenceView& v, std::uint32_t i) {
  for (std::uint32_t k = v.tb; k < i; ++k) {
    const std::int32_t m = v.at(k);
    if (m < 0) continue;
    const Mention& x = v.ms[static_cast<std::size_t>(m)];
    return v.a.tok(x.te - 1).has(kPossessive) ? x.te : i;
  }
  return i;
}

// The antecedent of an apposition the token i sits in: "Jaysh al-Shaabi, a pro-government militia".
std::int32_t apposition_head(const SentenceView& v, std::uint32_t i) {
  for (std::uint32_t k = i, steps = 0; k > v.tb && steps < 6; ++steps) {
    --k;
    const Token& t = v.a.tok(k);
    if (t.punct(',')) return k > v.tb && v.usable(v.at(k - 1)) ? v.at(k - 1) : -1;
    if (v.at(k) >= 0 || t.has(kPunct)) return -1;
  }
  return -1;
}

// The actor coordinated with mention m across a bracketed acronym: "Ethiopia's federal government
// and the Tigray People's Liberation Front (TPLF)" gives Ethiopia for TPLF.
std::int32_t coordinated_before(const SentenceView& v, std::int32_t m) {
  const Mention& x = v.ms[static_cast<std::size_t>(m)];
  std::uint32_t k = x.tb;
  if (k > v.tb && v.a.tok(k - 1).punct('(')) {
    --k;
    const std::int32_t full = k > v.tb ? v.at(k - 1) : -1;
    if (full < 0 || v.ms[static_cast<std::size_t>(full)].actor != x.actor) return -1;
    k = v.ms[static_cast<std::size_t>(full)].tb;
  }
  if (k > v.tb && v.a.tok(k - 1).norm == "the") --k;
  if (k <= v.tb || v.a.tok(k - 1).norm != "and") return -1;
  // the first conjunct: a mention within a few words before "and" ("Ethiopia's federal government")
  for (std::uint32_t q = k - 1, n = 0; q > v.tb && n < 4; ++n) {
    --q;
    const std::int32_t p = v.at(q);
    if (p >= 0) {
      const Mention& y = v.ms[static_cast<std::size_t>(p)];
      return v.usable(p) && y.actor != x.actor ? p : -1;
    }
    if (v.a.tok(q).has(kPunct)) return -1;
  }
  return -1;
}

// "blamed the deaths of 13 peacekeepers on the M23": the blamed actor follows "on".
std::int32_t blamed_on(const SentenceView& v, std::uint32_t e) {
  for (std::uint32_t k = e; k < v.te && k < e + 15; ++k) {
    const Token& t = v.a.tok(k);
    if (t.punct(',') || t.punct(';') || t.punct('.') || v.cue(k, kCueStopObj)) return -1;
    if (t.norm == "on" && k > e) return find_object(v, k + 1, {});
  }
  return -1;
}

// "condemned what he called the TPLF's attack": skip the speaker's framing.
std::uint32_t past_what_called(const SentenceView& v, std::uint32_t e) {
  if (e + 2 >= v.te || v.a.tok(e).norm != "what") return e;
  for (std::uint32_t k = e + 1; k < v.te && k < e + 5; ++k) {
    const std::string& w = v.a.tok(k).norm;
    if (w == "called" || w == "calls" || w == "described" || w == "termed") {
      std::uint32_t r = k + 1;
      if (r < v.te && v.a.tok(r).norm == "as") ++r;
      return r;
    }
  }
  return e;
}

void apply(Ctx& c, const Trigger& tr, std::uint32_t i, std::uint32_t e) {
  const SentenceView& v = c.v;
  // "UN-backed" is a compound, never a finite verb
  if (v.a.tok(i).has(kHyphenBefore) && tr.frame != Frame::compound && tr.frame != Frame::anti) return;
  switch (tr.frame) {
    case Frame::active:
    case Frame::accuse_of: {
      std::uint32_t by = 0;
      if (tr.preps.empty() && passive_by(v, e, by)) {
        const std::int32_t agent = find_object(v, by, {}), patient = find_subject(v, i);
        add(c, agent, patient, tr.relation, i, e, tr.strength, tr.rule + "+passive");
        // "The bombing was condemned by the UN": the event stands for whoever carried it out
        if (agent >= 0 && patient < 0 && tr.relation == Relation::condemns) condemn_event(c, agent, v.tb, tr);
        return;
      }
      const std::int32_t s = find_subject(v, i);
      const bool accusation = tr.relation == Relation::accuses || tr.frame == Frame::accuse_of;
      if (accusation && e < v.te && (v.a.tok(e).norm == "of" || v.a.tok(e).norm == "for")) {
        // "Assad (is) accused of targeting rebels": the claim without its accuser
        if (s >= 0) embedded_claim(c, -1, s, e);
        return;
      }
      const std::uint32_t oe = tr.relation == Relation::condemns ? past_what_called(v, e) : e;
      std::int32_t o = find_object(v, oe, tr.preps);
      if (tr.relation == Relation::accuses && v.a.tok(i).norm.rfind("blam", 0) == 0) {
        const std::int32_t on = blamed_on(v, e);
        if (on >= 0) o = on;
      }
      add(c, s, o, tr.relation, i, e, tr.strength, tr.rule);
      if (s >= 0 && o < 0 &&
          (tr.relation == Relation::condemns || tr.relation == Relation::opposes ||
           tr.relation == Relation::accuses))
        condemn_event(c, s, oe, tr);
      if (s >= 0 && o >= 0 && accusation) embedded_claim(c, s, o, group_end(v, o));
      if (s >= 0 && o >= 0 && tr.relation == Relation::attacks) {
        // "Syrian troops and Hezbollah fighters captured ...": those who fight together are allied
        const auto mem = v.members(s);
        for (std::size_t x = 0; x < mem.size(); ++x)
          for (std::size_t y = x + 1; y < mem.size(); ++y)
            add(c, mem[x], mem[y], Relation::allies_with, i, e, tr.strength * 0.8f,
                "allies_with:co_belligerents");
      }
      return;
    }
    case Frame::passive: {
      // "armed by X" needs "by" right after the participle: "positions held by X" is no passive
      std::uint32_t by = 0;
      const bool needs_by = tr.preps.size() == 1 && tr.preps[0] == c.a.g.word_id("by");
      if (needs_by && !passive_by(v, e, by)) return;
      const std::int32_t src = needs_by ? find_object(v, by, {}) : find_object(v, e, tr.preps);
      std::int32_t tgt = find_subject(v, i);
      if (tgt < 0 && src >= 0) tgt = find_possessor(v, i > v.tb ? clause_start_possessor(v, i) : i);
      add(c, src, tgt, tr.relation, i, e, tr.strength, tr.rule);
      return;
    }
    case Frame::compound: {
      if (!v.a.tok(i).has(kHyphenBefore) || i == v.tb) return;
      const std::int32_t s = v.at(i - 1);
      if (s < 0) return;
      std::int32_t t = -1;
      for (std::uint32_t k = e; k < v.te && k < e + 3 && t < 0; ++k) {
        if (v.a.tok(k).has(kPunct)) break;
        if (v.usable(v.at(k))) t = v.at(k);
      }
      if (t < 0) t = apposition_head(v, v.ms[static_cast<std::size_t>(s)].tb);
      if (t >= 0 && v.ms[static_cast<std::size_t>(s)].actor != kNone)
        add(c, s, t, tr.relation, i, e, tr.strength, tr.rule);
      return;
    }
    case Frame::anti: {
      if (e >= v.te || !v.a.tok(e).has(kHyphenBefore)) return;
      const std::int32_t t = v.at(e);
      if (t < 0 || v.ms[static_cast<std::size_t>(t)].actor == kNone) return;
      const std::uint32_t after = v.ms[static_cast<std::size_t>(t)].te;
      std::int32_t s = apposition_head(v, i);
      if (s < 0 && after < v.te && v.usable(v.at(after))) s = v.at(after);
      if (s < 0) s = find_subject(v, i);
      add(c, s, t, tr.relation, i, e, tr.strength, tr.rule);
      return;
    }
    case Frame::noun: {
      const std::int32_t o = find_object(v, e, tr.preps);
      std::int32_t s = find_possessor(v, i);
      if (s < 0 && i > v.tb && v.usable(v.at(i - 1)) && !v.ms[static_cast<std::size_t>(v.at(i - 1))].modifier)
        s = v.at(i - 1);
      if (s < 0 && i > v.tb + 1 && !v.a.tok(i - 1).has(kPunct) && !v.a.tok(i - 1).has(kCap) &&
          !v.cue(i - 1, kCueNotSubject) && v.usable(v.at(i - 2)) &&
          !v.ms[static_cast<std::size_t>(v.at(i - 2))].modifier && !v.a.tok(i - 2).has(kPossessive))
        s = v.at(i - 2);  // a Houthi missile attack on  // "US recognition of", "Iranian support for"
      if (s < 0) s = apposition_head(v, i);
      if (s < 0) {
        // "Obama authorised logistical and intelligence support for X": the noun is the object of
        // a verb (not of a preposition), so the verb's subject is the source
        std::uint32_t k = i;
        while (k > v.tb && i - k < 5 && v.at(k - 1) < 0 && !v.a.tok(k - 1).has(kPunct) &&
               !v.a.tok(k - 1).has(kCap) && !v.cue(k - 1, kCueNotSubject) && !v.cue(k - 1, kCueStopObj))
          --k;
        const bool verb_before = k < i && k > v.tb && !v.cue(k, kCueNotSubject) && v.a.tok(k).norm != "the";
        if (verb_before && v.a.tok(k).norm.size() > 4 &&
            v.a.tok(k).norm.compare(v.a.tok(k).norm.size() - 2, 2, "ed") == 0)
          s = find_subject(v, k);
      }
      add(c, s, o, tr.relation, i, e, tr.strength, tr.rule);
      return;
    }
    case Frame::role_of: {
      const std::int32_t t = find_possessor(v, i);
      if (t < 0) return;
      const Mention& tm = v.ms[static_cast<std::size_t>(t)];
      // "its Russian and Iranian allies": the demonyms between possessor and noun are the sources
      bool any = false;
      for (std::uint32_t k = tm.te; k < i; ++k) {
        const std::int32_t m = v.at(k);
        if (m >= 0 && v.ms[static_cast<std::size_t>(m)].actor != kNone && m != t) {
          add(c, m, t, tr.relation, i, e, tr.strength, tr.rule);
          any = true;
        }
      }
      if (any) return;
      std::uint32_t k = e;
      if (k < v.te && (v.a.tok(k).norm == "in" || v.a.tok(k).norm == "from" || v.a.tok(k).norm == "among")) {
        ++k;
        if (k < v.te && v.a.tok(k).norm == "the") ++k;
        if (v.usable(v.at(k))) {  // "its allies in the Free Syrian Army"
          add(c, v.at(k), t, tr.relation, i, e, tr.strength, tr.rule);
          return;
        }
      }
      const std::int32_t s = apposition_head(v, tm.tb);
      if (s >= 0) add(c, s, t, tr.relation, i, e, tr.strength, tr.rule);
      return;
    }
    case Frame::symmetric: {
      // "fighting between X and Y": the trigger already ends in its preposition
      const bool ends_in_prep =
          std::find(tr.preps.begin(), tr.preps.end(), v.a.tok(e - 1).word) != tr.preps.end();
      const std::int32_t s = find_subject(v, i);
      const std::int32_t o = find_object(v, e, ends_in_prep ? std::vector<std::uint32_t>{} : tr.preps);
      if (s >= 0 && o >= 0 && !ends_in_prep) {
        add(c, s, o, tr.relation, i, e, tr.strength, tr.rule);
        return;
      }
      const std::int32_t g = ends_in_prep ? o : s >= 0 ? s : o;
      if (g < 0) return;
      auto mem = v.members(g);
      if (mem.size() == 1 && !ends_in_prep) {
        // "X's government and the Y Front (YF) agreed": a bracketed acronym hides the coordination
        const std::int32_t partner = coordinated_before(v, g);
        if (partner >= 0) mem.insert(mem.begin(), partner);
      }
      // "fighting between X and Y": a mutual act holds both ways unless the relation is symmetric
      const bool both = !relation_info(tr.relation).symmetric;
      for (std::size_t x = 0; x < mem.size(); ++x)
        for (std::size_t y = x + 1; y < mem.size(); ++y) {
          add(c, mem[x], mem[y], tr.relation, i, e, tr.strength, tr.rule);
          if (both) add(c, mem[y], mem[x], tr.relation, i, e, tr.strength, tr.rule);
        }
      return;
    }
  }
}

}  // namespace

void add_candidate(Analysis& a, const SentenceView& v, std::int32_t src, std::int32_t tgt, Relation rel,
                   std::uint32_t tb, std::uint32_t te, float strength, const std::string& rule,
                   std::uint32_t asserted_by) {
  if (src < 0 || tgt < 0) return;
  for (const auto s : v.members(src))
    for (const auto t : v.members(tgt)) {
      const Mention& ms = v.ms[static_cast<std::size_t>(s)];
      const Mention& mt = v.ms[static_cast<std::size_t>(t)];
      if (ms.actor == mt.actor) continue;
      Candidate cand;
      cand.sentence = v.index;
      cand.source = ms.actor;
      cand.target = mt.actor;
      cand.relation = rel;
      cand.trigger = tb;
      cand.trigger_end = te;
      cand.src_tok = ms.tb;
      cand.tgt_tok = mt.tb;
      cand.strength = strength * (ms.weak || mt.weak ? 0.8f : 1.0f);
      cand.rule = rule;
      cand.asserted_by = asserted_by;
      cand.embedded = asserted_by != kNone;
      cand.via_coref = ms.kind == MentionKind::description || ms.kind == MentionKind::pronoun ||
                       mt.kind == MentionKind::description || mt.kind == MentionKind::pronoun;
      stamp(v, cand, ms, mt);
      cand.threatener = threatener(v, tb);
      a.candidates.push_back(std::move(cand));
    }
}

void find_member_of(Analysis& a, const SentenceView& v);  // members.cpp
void find_diplomatic_stances(Analysis& a, const SentenceView& v);  // stance_diplomacy.cpp

void find_stances(Analysis& a) {
  for (std::uint32_t s = 0; s < a.doc.sentences.size(); ++s) {
    const SentenceView v(a, s);
    Ctx c{a, v, {}};
    for (std::uint32_t i = v.tb; i < v.te;) {
      if (v.at(i) >= 0 && !v.a.tok(i).has(kHyphenBefore)) {
        ++i;
        continue;
      }
      std::uint32_t len = 0;
      const std::uint32_t node = trigger_at(v, i, len);
      std::size_t plen = 0;
      const bool particle =
          i > v.tb && (a.g.cue_at(a.doc.tokens, i - 1, v.te, plen) & kCueParticle) && plen >= 2;
      if (node == kNone || particle ||
          std::find(c.consumed.begin(), c.consumed.end(), i) != c.consumed.end()) {
        i += node == kNone ? 1 : len;
        continue;
      }
      for (const Trigger& tr : a.g.triggers[node]) apply(c, tr, i, i + len);
      i += len;
    }
    find_member_of(a, v);
    find_diplomatic_stances(a, v);
  }
}

}  // namespace sg::extract
