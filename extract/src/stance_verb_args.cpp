// Argument readings around the verb frames: a coup an accuser denounces is against it, a reported
// possessive is the speaker ("said Russian jets had hit its headquarters"), the helper of a fight
// ("to help X repel Y"), places taken from someone, and a state's organs named without the state.
#include <string>

#include "stance_frames.hpp"

namespace sg::extract {

// "The government accused the UAE of orchestrating a coup": a coup named without its target is
// against the government that denounces it.
void coup_against_accuser(FrameCall& c, std::int32_t accuser, std::int32_t accused, std::uint32_t k) {
  if (accuser < 0) return;
  const std::uint32_t actor = c.v.ms[static_cast<std::size_t>(accuser)].actor;
  const std::string& kind = c.a.actors.actors[actor].kind;
  if (kind != "state" && kind != "government") return;
  for (std::uint32_t q = k; q < c.v.te && q < k + 4; ++q) {
    const std::string& w = c.a.tok(q).norm;
    if (c.a.tok(q).has(kPunct) || c.v.at(q) >= 0) return;
    if (w == "coup" || w == "putsch" || w == "rebellion" || w == "insurrection" || w == "mutiny") {
      if (q + 1 < c.v.te && (c.a.tok(q + 1).norm == "against" || c.a.tok(q + 1).norm == "in")) return;
      add(c, accused, accuser, Relation::opposes, q, q + 1, 0.6f, "opposes:accused_coup", actor);
      return;
    }
  }
}

// "X said Russian jets had hit its headquarters": a possessive pronoun in the object of an attack is
// not its own subject; in reported speech it is the speaker.
std::int32_t unbound_possessive(const SentenceView& v, std::int32_t s, std::int32_t o) {
  const Mention& obj = v.ms[static_cast<std::size_t>(o)];
  const Mention& subj = v.ms[static_cast<std::size_t>(s)];
  if (obj.kind != MentionKind::pronoun || obj.actor != subj.actor || subj.kind == MentionKind::pronoun)
    return o;
  for (std::uint32_t k = subj.tb; k > v.tb; --k)
    if (v.cue(k - 1, kCueSpeech) && v.at(k - 1) < 0) {
      const std::int32_t speaker = find_subject(v, k - 1);
      if (speaker >= 0 && v.ms[static_cast<std::size_t>(speaker)].actor != subj.actor) return speaker;
      break;
    }
  // "Netanyahu said Iran has no immunity and warned that Israel would strike its forces": else the
  // latest other actor named before the clause
  for (std::uint32_t k = subj.tb; k > v.tb; --k) {
    const std::int32_t m = v.at(k - 1);
    if (!v.usable(m)) continue;
    const Mention& x = v.ms[static_cast<std::size_t>(m)];
    if (x.weak || x.kind == MentionKind::pronoun) continue;
    return x.actor != subj.actor ? m : o;
  }
  return o;
}

// "sent fighters to help the GNA repel Haftar": the helper takes the fight against Y too.
void helped_against(FrameCall& c, std::int32_t s, std::int32_t o, std::uint32_t i, std::uint32_t e,
                    const Trigger& tr) {
  const SentenceView& v = c.v;
  const Mention& x = v.ms[static_cast<std::size_t>(s)];
  if (x.te > i || i - x.te > 1 || (i > x.te && v.a.tok(x.te).norm != "to")) return;
  std::uint32_t k = x.tb;
  if (k > v.tb && v.a.tok(k - 1).norm == "the") --k;
  if (k <= v.tb) return;
  const std::string& w = v.a.tok(k - 1).norm;
  if (w != "help" && w != "helps" && w != "helped" && w != "helping") return;
  const std::int32_t helper = find_subject(v, k - 1);
  if (helper < 0 || v.ms[static_cast<std::size_t>(helper)].actor == x.actor) return;
  add(c, helper, o, Relation::opposes, i, e, tr.strength * 0.8f, tr.rule + "+helped");
}

// "retook Tripoli's airport from the LNA": the place's owner is not who it is taken from.
bool taken_from(const SentenceView& v, std::int32_t o) {
  const Mention& x = v.ms[static_cast<std::size_t>(o)];
  if (!v.a.tok(x.te - 1).has(kPossessive)) return false;
  for (std::uint32_t k = x.te; k < v.te && k < x.te + 5; ++k) {
    if (v.a.tok(k).norm == "from") return true;
    if (v.a.tok(k).has(kPunct) || v.at(k) >= 0) return false;
  }
  return false;
}

// "seized police stations and government buildings", "firing on army positions": the state's
// organs named without a state are those of the state the article is about.
void state_assets(FrameCall& c, std::int32_t s, std::uint32_t k, const Trigger& tr, std::uint32_t i,
                  std::uint32_t e) {
  const SentenceView& v = c.v;
  if (c.a.main_state == kNone) return;
  std::uint32_t q = k;
  while (q < v.te && q < k + 3 && v.at(q) < 0 &&
         (v.a.tok(q).has(kDigit) || v.a.tok(q).norm == "the" || v.a.tok(q).norm == "several" ||
          v.a.tok(q).norm == "dozens" || v.a.tok(q).norm == "of" || v.a.tok(q).norm == "more" ||
          v.a.tok(q).norm == "than"))
    ++q;
  if (q + 1 >= v.te || v.at(q) >= 0 || v.at(q + 1) >= 0) return;
  const std::string& organ = v.a.tok(q).norm;
  const std::string& what = v.a.tok(q + 1).norm;
  const bool state_word = organ == "police" || organ == "army" || organ == "military" ||
                          organ == "government" || organ == "border";
  const bool thing = v.cue(q + 1, kCueAsset) || what == "stations" || what == "station" ||
                     what == "buildings" || what == "building" || what == "ministries" ||
                     what == "ministry" || what == "offices";
  if (!state_word || !thing) return;
  const std::uint32_t state = c.a.actor_for_gaz(c.a.main_state);
  const Mention& src = v.ms[static_cast<std::size_t>(s)];
  if (state == kNone || state == src.actor) return;
  bool acts = false;  // the state must act somewhere in the article, not only be named as a place
  for (const auto& sentence : c.a.mentions)
    for (const Mention& m : sentence) acts |= m.actor == state && m.kind != MentionKind::place;
  if (!acts) return;
  Candidate cand;
  cand.sentence = v.index;
  cand.source = src.actor;
  cand.target = state;
  cand.relation = tr.relation;
  cand.trigger = i;
  cand.trigger_end = e;
  cand.src_tok = src.tb;
  cand.tgt_tok = q;
  cand.strength = tr.strength * 0.8f;
  cand.rule = tr.rule + "+state_assets";
  cand.via_coref = true;
  stamp(v, cand, src, src);
  cand.tgt_text = std::string(v.a.text(q, q + 2));
  for (std::uint32_t t = v.tb; t < i; ++t)  // the one who threatens, as add_candidate records it
    if (v.cue(t, kCueThreat)) {
      const std::int32_t w = find_subject(v, t);
      cand.threatener = w >= 0 ? v.ms[static_cast<std::size_t>(w)].actor : kNone;
      break;
    }
  c.a.candidates.push_back(std::move(cand));
}

}  // namespace sg::extract
