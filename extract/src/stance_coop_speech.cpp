// Claims inside reported speech: "said an Israeli drone had carried out the attack" and "said the
// rebels had broken the ceasefire" accuse the actor named; "accused X of treason and of helping Y"
// carries its second charge to X as well, asserted by the accuser.
#include <algorithm>
#include <vector>

#include "stance_coop.hpp"

namespace sg::extract {

namespace {

bool harm_noun(const std::string& w) {
  return one_of(w, {"attack", "attacks", "strike", "strikes", "bombing", "bombings", "assault", "raid",
                    "raids", "killing", "killings", "massacre", "shelling", "blast", "explosion", "ambush"});
}

bool deal_noun(const std::string& w) {
  return one_of(w, {"ceasefire", "truce", "agreement", "deal", "accord"});
}

// The speaker of "X said (that) [the] Y ..." where Y is the mention m, or -1.
std::int32_t reporter_of(const SentenceView& v, std::int32_t m) {
  std::uint32_t k = v.ms[static_cast<std::size_t>(m)].tb;
  if (k > v.tb && one_of(v.a.tok(k - 1).norm, {"the", "an", "a"})) --k;
  if (k > v.tb && v.a.tok(k - 1).has(kQuote)) --k;
  if (k > v.tb && one_of(v.a.tok(k - 1).norm, {"the", "an", "a"})) --k;
  if (k > v.tb && v.a.tok(k - 1).norm == "that") --k;
  if (k <= v.tb || !v.cue(k - 1, kCueSpeech) || v.a.tok(k - 1).norm == "according") return -1;
  return find_subject(v, k - 1);
}

// "said an \"Israeli drone\" had carried out the attack", "said the rebels had broken the truce".
void said_culprit_impl(Analysis& a, const SentenceView& v, std::uint32_t i) {
  const std::string& w = a.tok(i).norm;
  std::uint32_t k = i + 1;  // past the verb (and its particle)
  bool harm = false, breach = false;
  if (one_of(w, {"carried", "carries", "carrying"}) && k < v.te && a.tok(k).norm == "out") {
    ++k;
    harm = true;
  } else if (one_of(w, {"orchestrated", "perpetrated", "masterminded", "behind"})) {
    harm = true;
  } else if (one_of(w, {"broken", "broke", "violated", "breached"})) {
    breach = true;
  } else {
    return;
  }
  if (k < v.te && one_of(a.tok(k).norm, {"the", "an", "a", "this", "that", "these", "last", "latest", "its"}))
    ++k;
  if (k < v.te && a.tok(k).has(kQuote)) ++k;
  if (k >= v.te || !(harm ? harm_noun(a.tok(k).norm) : breach && deal_noun(a.tok(k).norm))) return;
  std::uint32_t p = i;
  while (p > v.tb && one_of(a.tok(p - 1).norm, {"had", "has", "have", "was", "were", "is", "are"})) --p;
  if (p > v.tb && a.tok(p - 1).has(kQuote)) --p;  // "an \"Israeli drone\" had"
  if (p <= v.tb) return;
  const std::int32_t culprit = v.at(p - 1);
  if (!v.usable(culprit) && !(culprit >= 0 && v.ms[static_cast<std::size_t>(culprit)].weak &&
                              v.ms[static_cast<std::size_t>(culprit)].actor != kNone))
    return;
  const std::int32_t speaker = reporter_of(v, culprit);
  if (speaker < 0) return;
  add_one(a, v, speaker, culprit, Relation::accuses, i, k + 1, 0.65f, "accuses:said_culprit");
}

// "accused \"some officials\" of the PUK of \"treason\" and of helping Baghdad": the second charge
// is a claim about the accused too. An act read there with the accuser as its subject moves to X.
void second_charge_impl(Analysis& a, const SentenceView& v, std::size_t first) {
  std::vector<Candidate> accusations;
  for (std::size_t x = first; x < a.candidates.size(); ++x)
    if (a.candidates[x].relation == Relation::accuses &&
        a.candidates[x].rule.find("accuse_of") != std::string::npos)
      accusations.push_back(a.candidates[x]);
  for (const Candidate& accusation : accusations) {
    const std::int32_t accused = v.at(accusation.tgt_tok);
    if (accused < 0) continue;
    for (std::uint32_t k = group_end(v, accused); k + 2 < v.te && k < accusation.tgt_tok + 16; ++k) {
      if (a.tok(k).punct(';') || a.tok(k).punct('.')) break;
      if (a.tok(k).norm != "and" || a.tok(k + 1).norm != "of") continue;
      std::uint32_t len = 0;
      const std::uint32_t node = trigger_at(v, k + 2, len);
      if (node == kNone) break;
      // drop the act the trigger loop read with the accuser as its subject
      auto& cs = a.candidates;
      cs.erase(std::remove_if(cs.begin() + static_cast<std::ptrdiff_t>(first), cs.end(),
                              [&](const Candidate& c) {
                                return c.sentence == v.index && c.trigger == k + 2 &&
                                       c.source == accusation.source;
                              }),
               cs.end());
      for (const Trigger& tr : a.g.triggers[node]) {
        if (tr.frame != Frame::active) continue;
        const std::int32_t obj = find_object(v, k + 2 + len, tr.preps);
        if (obj < 0) continue;
        for (const auto m : v.members(accused)) {
          const std::size_t before = cs.size();
          add_one(a, v, m, obj, tr.relation, k + 2, k + 2 + len, tr.strength * 0.9f,
                  tr.rule + "+second_charge");
          for (std::size_t y = before; y < cs.size(); ++y) {
            cs[y].asserted_by = accusation.source;
            cs[y].embedded = true;
          }
        }
      }
      break;
    }
  }
}

// "Each side blames the other", "with both sides accusing each other": a reciprocal accusation
// between the two actors of the latest fight told in this or the three sentences before.
void reciprocal_blame_impl(Analysis& a, const SentenceView& v, std::uint32_t i) {
  if (!one_of(a.tok(i).norm, {"each", "both"}) || i + 2 >= v.te ||
      !one_of(a.tok(i + 1).norm, {"side", "sides", "party", "parties", "camp", "camps"}))
    return;
  std::uint32_t verb = kNone;
  for (std::uint32_t k = i + 2; k < v.te && k < i + 6 && verb == kNone; ++k)
    if (one_of(a.tok(k).norm,
               {"blames", "blamed", "blaming", "blame", "accuses", "accused", "accusing", "accuse"}))
      verb = k;
  if (verb == kNone || verb + 2 >= v.te) return;
  const std::string& o = a.tok(verb + 1).norm;
  if (!((o == "the" && a.tok(verb + 2).norm == "other") || (o == "each" && a.tok(verb + 2).norm == "other") ||
        (o == "one" && a.tok(verb + 2).norm == "another")))
    return;
  // the latest fight, else the latest truce: its two parties are the two sides
  std::size_t pick = a.candidates.size();
  for (int pass = 0; pass < 2 && pick == a.candidates.size(); ++pass)
    for (std::size_t x = a.candidates.size(); x-- > 0;) {
      const Candidate& fight = a.candidates[x];
      if (fight.sentence + (pass == 0 ? 3 : 6) < v.index) break;
      const Relation want = pass == 0 ? Relation::attacks : Relation::negotiates;
      if (fight.relation != want || fight.asserted_by != kNone || fight.source == fight.target) continue;
      Candidate probe = fight;
      if (!survives_polarity(a, probe) || probe.relation != want) continue;
      pick = x;
      break;
    }
  if (pick < a.candidates.size()) {
    const Candidate f = a.candidates[pick];  // copied: push_back may move it
    for (int dir = 0; dir < 2; ++dir) {
      Candidate c;
      c.sentence = v.index;
      c.source = dir == 0 ? f.source : f.target;
      c.target = dir == 0 ? f.target : f.source;
      c.relation = Relation::accuses;
      c.trigger = verb;
      c.trigger_end = verb + 3;
      c.src_tok = c.tgt_tok = i;
      c.strength = 0.6f;
      c.rule = "accuses:reciprocal";
      c.via_coref = true;
      Mention here;
      here.tb = i;
      here.te = i + 2;
      stamp(v, c, here, here);
      c.src_text = dir == 0 ? f.src_text : f.tgt_text;
      c.tgt_text = dir == 0 ? f.tgt_text : f.src_text;
      a.candidates.push_back(std::move(c));
    }
    return;
  }
}

}  // namespace

void said_culprit(Analysis& a, const SentenceView& v, std::uint32_t i) {
  said_culprit_impl(a, v, i);
}
void second_charge(Analysis& a, const SentenceView& v, std::size_t first) {
  second_charge_impl(a, v, first);
}
void reciprocal_blame(Analysis& a, const SentenceView& v, std::uint32_t i) {
  reciprocal_blame_impl(a, v, i);
}

}  // namespace sg::extract
