// Cooperative stances told through what is given or granted: weapons made by a state ("armed with
// US-made missiles"), a right granted in speech ("said Israel had the right to defend itself"),
// support for what an actor owns ("stood by Egypt's right to", "backed the bloc's efforts"), help
// named as the object of a verb ("authorised logistical and intelligence support for X"), and the
// participle that continues a speaker's statement ("\"...,\" X said on Monday, accusing Y of ...").
#include "stance_coop.hpp"

namespace sg::extract {

namespace {

bool ends_ed(const std::string& w) {
  return w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0;
}
bool ends_ing(const std::string& w) {
  return w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0;
}

// The head of "X, a group in Y that has been armed ...": the name before the comma that opens the
// noun phrase the relative pronoun closes.
std::int32_t relative_head(const SentenceView& v, std::uint32_t i) {
  std::uint32_t r = i;
  for (std::uint32_t n = 0; r > v.tb && n < 4; ++n) {
    const std::string& w = v.a.tok(r - 1).norm;
    if (w == "that" || w == "which" || w == "who") break;
    if (!coop_one_of(w, {"has", "have", "had", "been", "was", "were", "is", "are", "also", "since"}))
      return -1;
    --r;
  }
  if (r <= v.tb + 1) return -1;
  --r;  // the relative pronoun
  for (std::uint32_t k = r, n = 0; k > v.tb && n < 14; ++n) {
    --k;
    const Token& t = v.a.tok(k);
    if (t.punct(',')) {
      if (!coop_one_of(v.a.tok(k + 1).norm, {"a", "an", "the"})) return -1;
      std::uint32_t h = k;  // past a bracketed acronym or gloss: "Bunyan al-Marsous (\"Solid Structure\"),"
      if (h > v.tb && v.a.tok(h - 1).punct(')'))
        while (h > v.tb + 1 && !v.a.tok(h).punct('(')) --h;
      return h > v.tb && v.usable(v.at(h - 1)) ? v.at(h - 1) : -1;
    }
    if (t.has(kPunct) || v.cue(k, kCueSpeech)) return -1;
  }
  return -1;
}

// "an operation made up mostly of Misratan brigades that answers to the GNA": a singular verb after
// "that"/"which" cannot take the plural noun before it; its subject is the apposition's head.
void singular_relative(Analysis& a, const SentenceView& v, std::size_t first) {
  for (std::size_t x = first; x < a.candidates.size(); ++x) {
    Candidate& c = a.candidates[x];
    const std::uint32_t t = c.trigger;
    if (c.sentence != v.index || t <= v.tb + 1 || c.src_tok >= t) continue;
    if (c.relation != Relation::backs && c.relation != Relation::aids && c.relation != Relation::allies_with)
      continue;
    const std::string& verb = a.tok(t).norm;
    const std::string& rel = a.tok(t - 1).norm;
    if ((rel != "that" && rel != "which") || verb.size() < 4 || verb.back() != 's' ||
        verb[verb.size() - 2] == 's')
      continue;
    const std::int32_t sm = v.at(c.src_tok);
    if (sm < 0) continue;
    const Mention& src = v.ms[static_cast<std::size_t>(sm)];
    const Token& last = a.tok(src.te - 1);
    if (src.te != t - 1 || last.has(kCap) || last.norm.size() < 4 || last.norm.back() != 's' ||
        last.norm[last.norm.size() - 2] == 's')
      continue;
    const std::int32_t head = relative_head(v, t);
    if (head < 0 || head == sm) continue;
    const Mention& h = v.ms[static_cast<std::size_t>(head)];
    if (h.actor == c.target) continue;
    c.source = h.actor;
    c.src_tok = h.tb;
    c.src_text = std::string(v.a.text(h.tb, h.te));
    c.rule += "+singular";
  }
}

// "fighting alongside local militias known as Wazalendo": the object is named after its description.
void named_object(Analysis& a, const SentenceView& v, std::uint32_t i, std::uint32_t e, const Trigger& tr,
                  std::size_t first) {
  for (std::size_t x = first; x < a.candidates.size(); ++x)
    if (a.candidates[x].sentence == v.index && a.candidates[x].trigger == i) return;
  for (std::uint32_t k = e, n = 0; k + 1 < v.te && n < 5; ++k, ++n) {
    const Token& t = a.tok(k);
    if (v.at(k) >= 0 || t.has(kPunct) || t.has(kCap)) return;
    if (!coop_one_of(t.norm, {"known", "called", "dubbed", "named"})) continue;
    if (n == 0 || !(v.cue(k - 1, kCueGroupDesc) || v.cue(k - 1, kCueForceNoun))) return;
    std::uint32_t r = k + 1;
    if (t.norm == "known" && a.tok(r).norm == "as") ++r;
    if (r < v.te && a.tok(r).norm == "the") ++r;
    const std::int32_t named = r < v.te ? v.at(r) : -1;
    if (v.usable(named))
      add_candidate(a, v, find_subject(v, i), named, tr.relation, i, e, tr.strength * 0.9f,
                    tr.rule + "+named");
    return;
  }
}

// "The Tihama Resistance, a smaller force of local fighters from the coastal plain that operates
// alongside the Giants": a relative clause closing an apposition too long for the trigger patterns.
void long_relative(Analysis& a, const SentenceView& v, std::uint32_t i, std::uint32_t e, const Trigger& tr,
                   std::size_t first) {
  if (i <= v.tb || !coop_one_of(a.tok(i - 1).norm, {"that", "which", "who"})) return;
  for (std::size_t x = first; x < a.candidates.size(); ++x)
    if (a.candidates[x].sentence == v.index && a.candidates[x].trigger == i) return;
  const std::int32_t head = relative_head(v, i);
  if (head >= 0)
    add_one(a, v, head, find_object(v, e, tr.preps), tr.relation, i, e, tr.strength * 0.85f,
            tr.rule + "+relative");
}

// "armed with US-made TOW missiles", "equipped with Iranian-supplied drones": the maker aids.
void armed_with_made_impl(Analysis& a, const SentenceView& v, std::uint32_t i) {
  if (!coop_one_of(a.tok(i).norm, {"armed", "equipped", "rearmed"}) || a.tok(i + 1).norm != "with") return;
  for (std::uint32_t k = i + 2; k < v.te && k < i + 6; ++k) {
    const std::int32_t m = v.at(k);
    if (m < 0) {
      if (a.tok(k).has(kPunct)) return;
      continue;
    }
    const Mention& x = v.ms[static_cast<std::size_t>(m)];
    if (x.actor == kNone || x.kind == MentionKind::place || x.te >= v.te || !a.tok(x.te).has(kHyphenBefore) ||
        !coop_one_of(a.tok(x.te).norm, {"made", "supplied", "provided", "donated", "built", "manufactured"}))
      return;
    std::int32_t target = find_subject(v, i);
    if (target < 0) target = relative_head(v, i);
    if (target < 0) return;
    add_candidate(a, v, m, target, Relation::aids, i, x.te + 1, 0.7f, "aids:armed_with_made");
    return;
  }
}

// "X said Israel had the right to defend itself": granting an actor the right to act backs it.
void right_to_impl(Analysis& a, const SentenceView& v, std::uint32_t i) {
  if (a.tok(i).norm != "right" || i + 1 >= v.te || a.tok(i + 1).norm != "to" || i < v.tb + 4) return;
  std::uint32_t k = i - 1;
  if (coop_one_of(a.tok(k).norm, {"legitimate", "full", "sovereign", "every"})) --k;
  if (a.tok(k).norm != "the" && a.tok(k).norm != "every") return;
  --k;
  if (!coop_one_of(a.tok(k).norm, {"has", "had", "have"}) || k <= v.tb) return;
  const std::int32_t holder = v.at(k - 1);
  if (!v.usable(holder)) return;
  std::uint32_t q = v.ms[static_cast<std::size_t>(holder)].tb;
  if (q > v.tb && a.tok(q - 1).norm == "that") --q;
  if (q <= v.tb || !v.cue(q - 1, kCueSpeech)) return;
  add_candidate(a, v, find_subject(v, q - 1), holder, Relation::backs, i, i + 1, 0.65f, "backs:right_to");
}

bool owned_cause(const std::string& w) {
  return coop_one_of(w, {"right", "rights", "bid", "efforts", "effort", "sovereignty", "independence",
                         "territorial", "cause", "struggle", "position", "stance", "candidacy", "claim"});
}

// "stood by Egypt's right to", "backed the bloc's efforts": supporting what an actor owns backs it.
void owned_support(Analysis& a, const SentenceView& v, std::uint32_t i, std::uint32_t e, const Trigger& tr) {
  std::uint32_t k = e;
  if (k < v.te && a.tok(k).norm == "the") ++k;
  const std::int32_t m = v.at(k);
  if (m < 0) return;
  const Mention& x = v.ms[static_cast<std::size_t>(m)];
  // "backed the AU-led talks", "supports the UN-brokered process": the one leading the effort
  if (x.modifier && x.actor != kNone && x.kind != MentionKind::place && x.te + 1 < v.te &&
      a.tok(x.te).has(kHyphenBefore) &&
      coop_one_of(a.tok(x.te).norm, {"led", "brokered", "sponsored", "mediated", "hosted"}) &&
      coop_one_of(a.tok(x.te + 1).norm, {"process", "talks", "mediation", "efforts", "effort", "initiative",
                                         "plan", "mission", "negotiations", "peace"})) {
    const std::int32_t s = find_subject(v, i);
    if (s >= 0)
      add_candidate(a, v, s, m, tr.relation, i, x.te + 2, tr.strength * 0.85f, tr.rule + "+led_effort");
    return;
  }
  if (!v.usable(m) || !a.tok(x.te - 1).has(kPossessive) || x.te >= v.te) return;
  std::uint32_t q = x.te;
  if (q < v.te && coop_one_of(a.tok(q).norm, {"legitimate", "legal", "full", "own"})) ++q;
  if (q >= v.te || !owned_cause(a.tok(q).norm)) return;
  add_candidate(a, v, find_subject(v, i), m, tr.relation, i, q + 1, tr.strength * 0.85f, tr.rule + "+owned");
}

// "Obama had authorised logistical and intelligence support for the coalition": the help noun is
// the object of the nearest past verb, whose subject gives it.
void verb_object_help(Analysis& a, const SentenceView& v, std::uint32_t i, std::uint32_t e,
                      const Trigger& tr) {
  if (find_possessor(v, i) >= 0 || (i > v.tb && v.at(i - 1) >= 0)) return;
  for (std::uint32_t k = i, n = 0; k > v.tb + 1 && n < 5; ++n) {
    --k;
    const Token& t = a.tok(k);
    if (v.at(k) >= 0 || t.has(kPunct) || t.has(kCap) || v.cue(k, kCueNotSubject) ||
        (v.cue(k, kCueStopObj) && t.norm != "and") || t.norm == "the" || t.norm == "a" || t.norm == "an")
      return;
    if (ends_ed(t.norm) && k + 1 < i) {
      // only verbs that give the help: "criticised military support for X" gives none
      if (!coop_one_of(
              t.norm, {"authorised", "authorized", "approved", "announced", "pledged", "provided",  "offered",
                       "promised",   "increased",  "extended", "expanded",  "boosted", "delivered", "granted",
                       "continued",  "resumed",    "stepped",  "ramped",    "sent",    "supplied"}))
        return;
      const std::int32_t o = find_object(v, e, tr.preps);
      if (o >= 0)
        add_candidate(a, v, find_subject(v, k), o, tr.relation, i, e, tr.strength * 0.85f, tr.rule + "+verb");
      return;
    }
  }
}

// "\"...,\" Dbeibah said in a video on Saturday night, accusing Bashagha of ...": a participle after
// the speaker's clause is the speaker's own act, whatever actor the quote named first.
void speaker_participles(Analysis& a, const SentenceView& v, std::size_t first) {
  for (std::size_t x = first; x < a.candidates.size(); ++x) {
    Candidate& c = a.candidates[x];
    const std::uint32_t t = c.trigger;
    if (c.sentence != v.index || t <= v.tb + 2 || !ends_ing(a.tok(t).norm) || !a.tok(t - 1).punct(','))
      continue;
    for (std::uint32_t k = t - 1, n = 0; k > v.tb && n < 9; ++n) {
      --k;
      const Token& w = a.tok(k);
      if (w.has(kPunct) && !w.has(kQuote)) break;
      if (!v.cue(k, kCueSpeech) || v.at(k) >= 0 || ends_ing(w.norm)) continue;
      const std::int32_t s = find_subject(v, k);
      if (s < 0) break;
      const Mention& sm = v.ms[static_cast<std::size_t>(s)];
      if (sm.actor != c.source && sm.actor != c.target && c.src_tok < sm.tb) {
        c.source = sm.actor;
        c.src_tok = sm.tb;
        c.src_text = std::string(v.a.text(sm.tb, sm.te));
        c.rule += "+speaker";
      }
      break;
    }
  }
}

// "Iranian officials praised the attack", "X welcomed the strikes": approving an act backs whoever
// carried it out (the same read-back as a condemned event).
void praised_event(Analysis& a, const SentenceView& v, std::uint32_t i, std::uint32_t e, const Trigger& tr) {
  if (!coop_one_of(a.tok(i).norm, {"praised", "praises", "hailed", "hails", "welcomed", "welcomes",
                                   "applauded", "lauded", "celebrated", "cheered"}))
    return;
  if (find_object(v, e, {}) >= 0) return;
  const std::int32_t s = find_subject(v, i);
  if (s >= 0) condemn_event(a, v, s, e, tr);
}

// "Somalia's Western-backed central government": the owner before the compound is its target.
void owned_compound(Analysis& a, const SentenceView& v, std::uint32_t i, std::uint32_t e, const Trigger& tr) {
  if (!a.tok(i).has(kHyphenBefore) || i <= v.tb + 1) return;
  const std::int32_t s = v.at(i - 1);
  if (s < 0 || v.ms[static_cast<std::size_t>(s)].actor == kNone) return;
  const Mention& sm = v.ms[static_cast<std::size_t>(s)];
  // "the Western-backed command of the Free Syrian Army": the owner follows "of"
  for (std::uint32_t k = e; k < v.te && k < e + 3; ++k) {
    if (v.at(k) >= 0 || a.tok(k).has(kPunct) || a.tok(k).has(kCap)) break;
    if (a.tok(k).norm == "of" && k > e) {
      std::uint32_t r = k + 1;
      if (r < v.te && a.tok(r).norm == "the") ++r;
      const std::int32_t of = r < v.te ? v.at(r) : -1;
      if (v.usable(of) && !v.ms[static_cast<std::size_t>(of)].weak &&
          (v.cue(k - 1, kCueGovNoun) || v.cue(k - 1, kCueForceNoun) || v.cue(k - 1, kCueGroupDesc) ||
           a.tok(k - 1).norm == "command"))
        add_one(a, v, s, of, tr.relation, i, e, tr.strength * 0.9f, tr.rule + "+of");
      break;
    }
  }
  const std::int32_t owner = sm.tb > v.tb ? v.at(sm.tb - 1) : -1;
  if (owner < 0 || owner == s) return;
  const Mention& om = v.ms[static_cast<std::size_t>(owner)];
  if (om.actor == kNone || om.kind == MentionKind::place || om.weak || !a.tok(om.te - 1).has(kPossessive))
    return;
  for (std::uint32_t k = e; k < v.te && k < e + 3; ++k) {
    if (v.at(k) >= 0 || a.tok(k).has(kPunct)) return;
    if (v.cue(k, kCueGovNoun) || v.cue(k, kCueForceNoun)) {
      add_one(a, v, s, owner, tr.relation, i, e, tr.strength * 0.9f, tr.rule + "+owner");
      return;
    }
  }
}

}  // namespace

std::int32_t coop_relative_head(const SentenceView& v, std::uint32_t i) {
  return relative_head(v, i);
}

void armed_with_made(Analysis& a, const SentenceView& v, std::uint32_t i) {
  armed_with_made_impl(a, v, i);
}
void right_to(Analysis& a, const SentenceView& v, std::uint32_t i) {
  right_to_impl(a, v, i);
}

void coop_corrections(Analysis& a, const SentenceView& v, std::size_t first) {
  speaker_participles(a, v, first);
  singular_relative(a, v, first);
}

void coop_trigger_claims(Analysis& a, const SentenceView& v, std::uint32_t i, std::uint32_t node,
                         std::uint32_t len, std::size_t first) {
  for (const Trigger& tr : a.g.triggers[node]) {
    if (tr.relation == Relation::backs || tr.relation == Relation::aids ||
        tr.relation == Relation::allies_with)
      inverted_copula(a, v, i, i + len, tr);
    if (tr.relation == Relation::backs && tr.frame == Frame::active && tr.preps.empty()) {
      owned_support(a, v, i, i + len, tr);
      praised_event(a, v, i, i + len, tr);
    }
    if ((tr.relation == Relation::backs || tr.relation == Relation::aids) && tr.frame == Frame::noun &&
        !tr.preps.empty())
      verb_object_help(a, v, i, i + len, tr);
    if ((tr.relation == Relation::backs || tr.relation == Relation::aids) && tr.frame == Frame::compound) {
      owned_compound(a, v, i, i + len, tr);
      compound_description(a, v, i, i + len, tr);
    }
    if ((tr.relation == Relation::backs || tr.relation == Relation::aids ||
         tr.relation == Relation::allies_with) &&
        tr.frame == Frame::active) {
      long_relative(a, v, i, i + len, tr, first);
      if (tr.preps.empty()) named_object(a, v, i, i + len, tr, first);
    }
  }
}

}  // namespace sg::extract
