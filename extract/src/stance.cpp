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

// "The offensive against Assad's forces was launched by HTS": the agent follows "by", the target
// sits in the subject phrase after one of the trigger's prepositions.
void passive_with_preps(Ctx& c, const Trigger& tr, std::uint32_t i, std::uint32_t e) {
  const SentenceView& v = c.v;
  std::int32_t agent = -1;
  for (std::uint32_t k = e; k < v.te && k < e + 8 && agent < 0; ++k) {
    if (v.a.tok(k).punct(',') || v.a.tok(k).punct(';')) break;
    if (v.a.tok(k).norm == "by") agent = find_object(v, k + 1, {});
  }
  if (agent < 0) return;
  std::uint32_t from = i;
  while (from > v.tb && !v.a.tok(from - 1).punct(',') && !v.a.tok(from - 1).punct(';')) --from;
  for (std::uint32_t k = from; k < i; ++k)
    for (const auto p : tr.preps)
      if (v.a.tok(k).word == p) {
        const std::int32_t target = find_object(v, k + 1, {});
        if (target >= 0 && v.ms[static_cast<std::size_t>(target)].tb < i)
          add(c, agent, target, tr.relation, i, e, tr.strength * 0.9f, tr.rule + "+passive");
        return;
      }
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
        if (agent >= 0 && patient < 0 && tr.relation == Relation::condemns)
          condemn_event(c.a, c.v, agent, v.tb, tr);
        return;
      }
      const std::int32_t s = find_subject(v, i);
      const bool accusation = tr.relation == Relation::accuses || tr.frame == Frame::accuse_of;
      if (accusation && e < v.te && (v.a.tok(e).norm == "of" || v.a.tok(e).norm == "for")) {
        // "Assad (is) accused of targeting rebels": the claim without its accuser
        if (s >= 0) embedded_claim(c, -1, s, e);
        return;
      }
      if (!tr.preps.empty() && passive_aux(v, i)) {
        passive_with_preps(c, tr, i, e);
        return;
      }
      const std::uint32_t oe = tr.relation == Relation::condemns ? past_what_called(v, e) : e;
      std::int32_t o = find_object(v, oe, tr.preps);
      if (o < 0 && !tr.preps.empty()) {
        // "drove the militants out of the town": the object comes before the particle
        const std::int32_t direct = find_object(v, oe, {});
        if (direct >= 0) {
          const std::uint32_t after = group_end(v, direct);
          if (after < v.te &&
              std::find(tr.preps.begin(), tr.preps.end(), v.a.tok(after).word) != tr.preps.end())
            o = direct;
        }
      }
      if (o >= 0 && tr.relation == Relation::attacks && on_the_side_of(v, o)) {
        // "fought on the government side": fighting for, not against
        add(c, s, o, Relation::allies_with, i, e, tr.strength * 0.8f, "allies_with:side:" + v.a.tok(i).norm);
        return;
      }
      if (tr.relation == Relation::accuses && v.a.tok(i).norm.rfind("blam", 0) == 0) {
        const std::int32_t on = blamed_on(v, e);
        if (on >= 0) o = on;
      }
      add(c, s, o, tr.relation, i, e, tr.strength, tr.rule);
      if (s >= 0 && o >= 0)
        for (const auto m : along_with(v, s))
          add(c, m, o, tr.relation, i, e, tr.strength * 0.9f, tr.rule + "+along");
      if (s >= 0 && o < 0 && tr.relation == Relation::attacks && e < v.te && v.a.tok(e).norm == "back")
        strike_back(c.a, v, s, i, e + 1, tr);
      if (s >= 0 && o < 0 &&
          (tr.relation == Relation::condemns || tr.relation == Relation::opposes ||
           tr.relation == Relation::accuses))
        condemn_event(c.a, c.v, s, oe, tr);
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
      if (s < 0 && i >= v.tb + 2 && v.a.tok(i - 2).norm == "in" &&
          (v.a.tok(i - 1).norm == "a" || v.a.tok(i - 1).norm == "an"))
        s = find_subject(v, i - 2);  // "X seized power in a coup against Y": the clause's subject acts
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

void find_member_of(Analysis& a, const SentenceView& v);           // members.cpp
void find_diplomatic_stances(Analysis& a, const SentenceView& v);  // stance_diplomacy.cpp

void find_stances(Analysis& a) {
  for (std::uint32_t s = 0; s < a.doc.sentences.size(); ++s) {
    const SentenceView v(a, s);
    Ctx c{a, v, {}};
    for (std::uint32_t i = v.tb; i < v.te;) {
      if (v.at(i) >= 0 && !v.a.tok(i).has(kHyphenBefore) && !event_head(v, i)) {
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
      const bool inside_mention = v.at(i) >= 0 && !v.a.tok(i).has(kHyphenBefore);
      for (const Trigger& tr : a.g.triggers[node])
        if (!inside_mention || tr.frame == Frame::noun) apply(c, tr, i, i + len);
      i += len;
    }
    find_member_of(a, v);
    find_diplomatic_stances(a, v);
  }
}

}  // namespace sg::extract
