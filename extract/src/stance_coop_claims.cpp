// Cooperative stances told through what is given or granted: weapons made by a state ("armed with
// US-made missiles"), a right granted in speech ("said Israel had the right to defend itself"),
// support for what an actor owns ("stood by Egypt's right to", "backed the bloc's efforts"), help
// named as the object of a verb ("authorised logistical and intelligence support for X"), praise of
// an act, and compounds whose owner stands before or after them.
#include "stance_coop.hpp"

namespace sg::extract {

namespace {

bool ends_ed(const std::string& w) {
  return w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0;
}
// "armed with US-made TOW missiles", "equipped with Iranian-supplied drones": the maker aids.
void armed_with_made_impl(Analysis& a, const SentenceView& v, std::uint32_t i) {
  if (!one_of(a.tok(i).norm, {"armed", "equipped", "rearmed"}) || a.tok(i + 1).norm != "with") return;
  for (std::uint32_t k = i + 2; k < v.te && k < i + 6; ++k) {
    const std::int32_t m = v.at(k);
    if (m < 0) {
      if (a.tok(k).has(kPunct)) return;
      continue;
    }
    const Mention& x = v.ms[static_cast<std::size_t>(m)];
    if (x.actor == kNone || x.kind == MentionKind::place || x.te >= v.te || !a.tok(x.te).has(kHyphenBefore) ||
        !one_of(a.tok(x.te).norm, {"made", "supplied", "provided", "donated", "built", "manufactured"}))
      return;
    std::int32_t target = find_subject(v, i);
    if (target < 0) target = coop_relative_head(v, i);
    if (target < 0) return;
    add_candidate(a, v, m, target, Relation::aids, i, x.te + 1, 0.7f, "aids:armed_with_made");
    return;
  }
}

// "X said Israel had the right to defend itself": granting an actor the right to act backs it.
void right_to_impl(Analysis& a, const SentenceView& v, std::uint32_t i) {
  if (a.tok(i).norm != "right" || i + 1 >= v.te || a.tok(i + 1).norm != "to" || i < v.tb + 4) return;
  std::uint32_t k = i - 1;
  if (one_of(a.tok(k).norm, {"legitimate", "full", "sovereign", "every"})) --k;
  if (a.tok(k).norm != "the" && a.tok(k).norm != "every") return;
  --k;
  if (!one_of(a.tok(k).norm, {"has", "had", "have"}) || k <= v.tb) return;
  const std::int32_t holder = v.at(k - 1);
  if (!v.usable(holder)) return;
  std::uint32_t q = v.ms[static_cast<std::size_t>(holder)].tb;
  if (q > v.tb && a.tok(q - 1).norm == "that") --q;
  if (q <= v.tb || !v.cue(q - 1, kCueSpeech)) return;
  add_candidate(a, v, find_subject(v, q - 1), holder, Relation::backs, i, i + 1, 0.65f, "backs:right_to");
}

bool owned_cause(const std::string& w) {
  return one_of(w, {"right", "rights", "bid", "efforts", "effort", "sovereignty", "independence",
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
      one_of(a.tok(x.te).norm, {"led", "brokered", "sponsored", "mediated", "hosted"}) &&
      one_of(a.tok(x.te + 1).norm, {"process", "talks", "mediation", "efforts", "effort", "initiative",
                                    "plan", "mission", "negotiations", "peace"})) {
    const std::int32_t s = find_subject(v, i);
    if (s >= 0)
      add_candidate(a, v, s, m, tr.relation, i, x.te + 2, tr.strength * 0.85f, tr.rule + "+led_effort");
    return;
  }
  if (!v.usable(m) || !a.tok(x.te - 1).has(kPossessive) || x.te >= v.te) return;
  std::uint32_t q = x.te;
  if (q < v.te && one_of(a.tok(q).norm, {"legitimate", "legal", "full", "own"})) ++q;
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
      if (!one_of(t.norm,
                  {"authorised", "authorized", "approved", "announced", "pledged", "provided",  "offered",
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

// "Iranian officials praised the attack", "X welcomed the strikes": approving an act backs whoever
// carried it out (the same read-back as a condemned event).
void praised_event(Analysis& a, const SentenceView& v, std::uint32_t i, std::uint32_t e, const Trigger& tr) {
  if (!one_of(a.tok(i).norm, {"praised", "praises", "hailed", "hails", "welcomed", "welcomes", "applauded",
                              "lauded", "celebrated", "cheered"}))
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

void armed_with_made(Analysis& a, const SentenceView& v, std::uint32_t i) {
  armed_with_made_impl(a, v, i);
}
void right_to(Analysis& a, const SentenceView& v, std::uint32_t i) {
  right_to_impl(a, v, i);
}

void coop_trigger_claims(Analysis& a, const SentenceView& v, std::uint32_t i, std::uint32_t node,
                         std::uint32_t len, std::size_t first) {
  for (const Trigger& tr : a.g.triggers[node]) {
    if (tr.relation == Relation::backs || tr.relation == Relation::aids ||
        tr.relation == Relation::allies_with)
      inverted_copula(a, v, i, i + len, tr);
    if ((tr.relation == Relation::backs || tr.relation == Relation::aids) && tr.frame == Frame::passive)
      coop_relative_passive(a, v, i, i + len, tr, first);
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
      coop_long_relative(a, v, i, i + len, tr, first);
      if (tr.preps.empty()) coop_named_object(a, v, i, i + len, tr, first);
    }
  }
}

}  // namespace sg::extract
