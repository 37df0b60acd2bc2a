// Stance patterns: every relation trigger of data/lexicon/relations.tsv found in a sentence is applied
// with its frame (stance_verbs.cpp, stance_nominal.cpp), then the patterns the lexicon cannot frame:
// member_of appositions, diplomatic acts, reactions to events. add_candidate proposes an edge for
// every coordinated member on either side.
#include <algorithm>

#include "stance_frames.hpp"
#include "stance_wording.hpp"

namespace sg::extract {

namespace {

// The one who threatens when a threat verb governs the act: "X warned that Y would strike Z".
std::uint32_t threatener(const SentenceView& v, std::uint32_t trigger) {
  for (std::uint32_t k = v.tb; k < trigger; ++k)
    if (v.cue(k, kCueThreat)) {
      const std::int32_t s = find_subject(v, k);
      return s >= 0 ? v.ms[static_cast<std::size_t>(s)].actor : kNone;
    }
  return kNone;
}

// "He said his fighters had pushed back ...": a person's fighters are the group he belongs to (as
// read so far in the article), not the person.
std::uint32_t commanded_group(const Analysis& a, const SentenceView& v, const Mention& m) {
  if (m.kind != MentionKind::pronoun || m.te >= v.te || a.actors.actors[m.actor].kind != "person")
    return m.actor;
  const std::string& w = v.a.tok(m.te - 1).norm;
  if ((w != "his" && w != "her") || !(v.cue(m.te, kCueForceNoun) || v.a.tok(m.te).norm == "men"))
    return m.actor;
  for (const Candidate& c : a.candidates)
    if (c.relation == Relation::member_of && c.source == m.actor && c.asserted_by == kNone) return c.target;
  return m.actor;
}

// "between his loyalists and Houthi fighters", "Saleh's supporters": a bare collective owned by a
// named actor is that actor's following.
std::uint32_t owned_collective(const SentenceView& v, const Mention& m) {
  if (m.kind != MentionKind::collective || m.tb == v.tb) return m.actor;
  const std::string& head = v.a.tok(m.te - 1).norm;  // a following, not a role ("Kyiv's Western backers")
  if (head != "loyalists" && head != "supporters" && head != "followers" && head != "fighters" &&
      head != "men" && head != "militiamen" && head != "partisans")
    return m.actor;
  const std::int32_t o = v.at(m.tb - 1);
  if (o < 0) return m.actor;
  const Mention& owner = v.ms[static_cast<std::size_t>(o)];
  const std::string& w = v.a.tok(owner.te - 1).norm;
  const bool poss = v.a.tok(owner.te - 1).has(kPossessive) || w == "his" || w == "her" || w == "their";
  return poss && owner.actor != kNone && owner.kind != MentionKind::place ? owner.actor : m.actor;
}

void apply(FrameCall& c, const Trigger& tr, std::uint32_t i, std::uint32_t e) {
  // "UN-backed" is a compound, never a finite verb
  if (c.v.a.tok(i).has(kHyphenBefore) && tr.frame != Frame::compound && tr.frame != Frame::anti) return;
  if (opens_title(c.v, i)) return;  // "Finance Minister X": no verb "finance" (stance_wording.cpp)
  if (tr.frame == Frame::active || tr.frame == Frame::accuse_of)
    apply_verb_frame(c, tr, i, e);
  else
    apply_nominal_frame(c, tr, i, e);
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
      const std::uint32_t src_actor =
          ms.kind == MentionKind::collective ? owned_collective(v, ms) : commanded_group(a, v, ms);
      const std::uint32_t tgt_actor = owned_collective(v, mt);
      if (src_actor == tgt_actor) continue;
      Candidate cand;
      cand.sentence = v.index;
      cand.source = src_actor;
      cand.target = tgt_actor;
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

namespace {

// "Hezbollah leader Hassan Nasrallah vowed ...": a threat, condemnation or declaration voiced by a
// person who leads or speaks for a group (as the article tells it) is the group's stance.
std::uint32_t group_voiced(const Analysis& a, std::uint32_t person) {
  if (person == kNone || a.actors.actors[person].kind != "person") return kNone;
  for (const Candidate& m : a.candidates) {
    if (m.relation != Relation::member_of || m.source != person || m.asserted_by != kNone) continue;
    const std::string& k = a.actors.actors[m.target].kind;
    if (k == "armed_group" || k == "party" || k == "igo") return m.target;
  }
  return kNone;
}

void voiced_by_group(Analysis& a) {
  for (Candidate& c : a.candidates) {
    const std::uint32_t t = group_voiced(a, c.threatener);
    if (t != kNone && t != c.target) c.threatener = t;
    const bool voiced = c.relation == Relation::threatens || c.relation == Relation::condemns ||
                        c.relation == Relation::declares_war_on ||
                        c.rule.find("+threat") != std::string::npos;
    const std::uint32_t g = voiced ? group_voiced(a, c.source) : kNone;
    if (g != kNone && g != c.target) c.source = g;
  }
}

}  // namespace

void find_stances(Analysis& a) {
  for (std::uint32_t s = 0; s < a.doc.sentences.size(); ++s) {
    const SentenceView v(a, s);
    FrameCall c{a, v, {}};
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
    find_threat_stances(a, v);
    find_label_stances(a, v);
    find_wording_stances(a, v);  // stance_wording_lists.cpp
  }
  voiced_by_group(a);
}

}  // namespace sg::extract
