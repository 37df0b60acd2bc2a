// The verb frames of the stance patterns: "X attacked Y", "X was armed by Y", "X accused Y of
// arming Z" (the embedded claim attributed to the accuser), "The offensive against X was launched by
// Y", objects before their particle ("drove X out of"), events condemned by their agent.
#include <algorithm>

#include "stance_frames.hpp"

namespace sg::extract {

namespace {

// "accused X of arming Y": the embedded claim, attributed to the accuser.
void embedded_claim(FrameCall& c, std::int32_t accuser, std::int32_t accused, std::uint32_t k) {
  // "accused the UAE on Saturday of ...": the day between the accused and the charge
  while (k < c.v.te && (c.v.in_date[k - c.v.tb] || (k + 1 < c.v.te && c.v.in_date[k + 1 - c.v.tb] &&
                                                    (c.a.tok(k).norm == "on" || c.a.tok(k).norm == "in"))))
    ++k;
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
  coup_against_accuser(c, accuser, accused, k);
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

// "The offensive against Assad's forces was launched by HTS": the agent follows "by", the target
// sits in the subject phrase after one of the trigger's prepositions.
void passive_with_preps(FrameCall& c, const Trigger& tr, std::uint32_t i, std::uint32_t e) {
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

}  // namespace

// A verb that takes a stance toward an event rather than carrying it out ("condemned", "opposed",
// "welcomed", "said").
bool reaction_verb(const SentenceView& v, std::uint32_t k) {
  if (v.cue(k, kCueSpeech | kCueDenial | kCueThreat)) return true;
  std::uint32_t len = 0;
  const std::uint32_t node = trigger_at(v, k, len);
  if (node == kNone) return false;
  for (const Trigger& t : v.a.g.triggers[node])
    if (t.relation != Relation::attacks && t.relation != Relation::aids && t.relation != Relation::sanctions)
      return true;
  return false;
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

void apply_verb_frame(FrameCall& c, const Trigger& tr, std::uint32_t i, std::uint32_t e) {
  const SentenceView& v = c.v;
  // "condemned the attack on X", "its strikes": after a determiner the word is a noun, no verb
  if (i > v.tb) {
    const std::string& d = v.a.tok(i - 1).norm;
    if (d == "the" || d == "a" || d == "an" || d == "its" || d == "their" || d == "this" || d == "these" ||
        d == "those" || v.a.tok(i - 1).has(kPossessive))  // "hailed Hamas's attack on Israel" (B-)
      return;
  }
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
  // "pushed back against criticism": a particle verb followed by a preposition is a reply, no fight
  if (tr.preps.empty() && e < v.te && (v.a.tok(e - 1).norm == "back" || v.a.tok(e - 1).norm == "off") &&
      (v.a.tok(e).norm == "against" || v.a.tok(e).norm == "on" || v.a.tok(e).norm == "at"))
    return;
  const std::uint32_t oe = tr.relation == Relation::condemns ? past_what_called(v, e) : e;
  std::int32_t o = find_object(v, oe, tr.preps);
  if (o < 0 && !tr.preps.empty()) {
    // "drove the militants out of the town": the object comes before the particle
    const std::int32_t direct = find_object(v, oe, {});
    if (direct >= 0) {
      std::uint32_t after = group_end(v, direct);
      if (after < v.te && v.a.tok(after).punct('(')) {  // "drive the People's Protection Units (YPG) out"
        while (after < v.te && !v.a.tok(after).punct(')')) ++after;
        ++after;
      }
      if (after < v.te && std::find(tr.preps.begin(), tr.preps.end(), v.a.tok(after).word) != tr.preps.end())
        o = direct;
    }
  }
  if (o >= 0 && tr.relation == Relation::attacks && on_the_side_of(v, o)) {
    // "fought on the government side": fighting for, not against
    add(c, s, o, Relation::allies_with, i, e, tr.strength * 0.8f, "allies_with:side:" + v.a.tok(i).norm);
    return;
  }
  // "condemned the attack on X": the stance is toward the attacker, not the victim
  if (o >= 0 && (tr.relation == Relation::condemns || tr.relation == Relation::opposes) &&
      event_between(v, oe, v.ms[static_cast<std::size_t>(o)].tb)) {
    if (s >= 0) condemn_event(c.a, c.v, s, oe, tr);
    return;
  }
  if (s >= 0 && o < 0 && accusation) {
    const auto listed = both_sides_listed(v, oe);
    for (const auto m : listed) {
      add(c, s, m, tr.relation, i, e, tr.strength * 0.9f, tr.rule + "+both_sides");
      embedded_claim(c, s, m, group_end(v, m));
    }
    if (!listed.empty()) return;
  }
  if (tr.relation == Relation::accuses && v.a.tok(i).norm.rfind("blam", 0) == 0) {
    const std::int32_t on = blamed_on(v, e);
    if (on >= 0) o = on;
  }
  if (s >= 0 && o >= 0 && tr.relation == Relation::attacks) o = unbound_possessive(v, s, o);
  if (o >= 0 && tr.preps.empty() && taken_from(v, o)) return;  // "retook Tripoli's airport from the LNA"
  add(c, s, o, tr.relation, i, e, tr.strength, tr.rule);
  if (s >= 0 && o >= 0 && (tr.relation == Relation::attacks || tr.relation == Relation::opposes))
    helped_against(c, s, o, i, e, tr);
  if (s >= 0 && o < 0 && tr.relation == Relation::attacks) {
    // "the group would march on Goma if the government kept refusing": the condition names the target
    const std::int32_t cond = condition_target(v, e);
    if (cond >= 0 && v.ms[static_cast<std::size_t>(cond)].actor != v.ms[static_cast<std::size_t>(s)].actor)
      add(c, s, cond, tr.relation, i, e, tr.strength * 0.8f, tr.rule + "+condition");
  }
  if (s >= 0 && o < 0 && tr.relation == Relation::attacks && tr.preps.empty()) {
    state_assets(c, s, oe, tr, i, e);
    for (const auto m : together_with(v, s, i)) state_assets(c, m, oe, tr, i, e);
  }
  if (s >= 0 && o >= 0) {
    for (const auto m : along_with(v, s))
      add(c, m, o, tr.relation, i, e, tr.strength * 0.9f, tr.rule + "+along");
    for (const auto m : together_with(v, s, i))
      add(c, m, o, tr.relation, i, e, tr.strength * 0.9f, tr.rule + "+together");
    const std::int32_t partner = both_partner(v, s, i);
    if (partner >= 0) add(c, partner, o, tr.relation, i, e, tr.strength * 0.9f, tr.rule + "+both");
  }
  if (s >= 0 && o < 0 && tr.relation == Relation::attacks && e < v.te && v.a.tok(e).norm == "back")
    strike_back(c.a, v, s, i, e + 1, tr.strength, tr.rule);
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

}  // namespace sg::extract
