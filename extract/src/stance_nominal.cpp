// The nominal and other frames of the stance patterns: passives with a fixed preposition ("armed by
// X", "backing from X"), compounds ("US-backed"), anti-/pro- prefixes, nominalisations ("Iran's
// support for X"), role nouns ("its allies") and symmetric relations ("fighting between X and Y").
#include <algorithm>

#include "stance_frames.hpp"
#include "stance_wording.hpp"

namespace sg::extract {

namespace {

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

}  // namespace

void apply_nominal_frame(FrameCall& c, const Trigger& tr, std::uint32_t i, std::uint32_t e) {
  const SentenceView& v = c.v;
  switch (tr.frame) {
    case Frame::active:
    case Frame::accuse_of:
      return;
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
        std::uint32_t tl = 0;  // "Iranian-made drones struck Saudi ...": the clause's verb ends the phrase
        if (v.a.tok(k).has(kPunct) || (k > e && trigger_at(v, k, tl) != kNone)) break;
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
        // ("condemned the attack on X": a stance toward an event is no part in it)
        const bool verb_before = k < i && k > v.tb && !v.cue(k, kCueNotSubject) && v.a.tok(k).norm != "the" &&
                                 !reaction_verb(v, k);
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
      if (!ends_in_prep && not_mutual(v, s, i, e)) return;  // stance_wording.cpp
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

}  // namespace sg::extract
