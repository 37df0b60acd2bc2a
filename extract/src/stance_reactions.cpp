// Reactions to hostile events and claims about them: a hostile name for an event ("called the
// campaign a criminal aggression") condemns its agent; blame for a harm told just before claims an
// attack on the accuser; a claimed bombing attacks the victim it names. Threats and retaliation are
// read in stance_threats.cpp.
#include <algorithm>
#include <string_view>

#include "frames.hpp"

namespace sg::extract {

namespace {

// A word or phrase at k that characterises an event as hostile ("aggression", "a declaration of war",
// "a war crime"); approving words ("legitimate", "self-defence") cancel it.
bool hostile_label(const SentenceView& v, std::uint32_t k) {
  const std::string& w = v.a.tok(k).norm;
  if (one_of(w,
             {"aggression",  "aggressions", "crime",      "crimes",   "criminal",  "terrorism", "terrorist",
              "massacre",    "barbaric",    "barbarism",  "flagrant", "violation", "atrocity",  "atrocities",
              "provocation", "invasion",    "occupation", "genocide", "savagery",  "assault",   "attack"}))
    return true;
  return w == "declaration" && k + 2 < v.te && v.a.tok(k + 1).norm == "of" && v.a.tok(k + 2).norm == "war";
}

bool approving(const std::string& w) {
  return one_of(w, {"legitimate", "justified", "necessary", "proportionate", "self-defence", "self-defense",
                    "defensive", "limited", "victory", "success", "heroic"});
}

// "called the campaign a criminal aggression", "described the drone incident as a declaration of
// war": a hostile name for an event condemns whoever carried it out.
void characterised_event(Analysis& a, const SentenceView& v, std::uint32_t i) {
  const std::string& w = v.a.tok(i).norm;
  if (!one_of(w, {"called", "calls", "calling", "described", "describes", "describing", "termed", "terms",
                  "branded", "brands", "labelled", "labeled"}))
    return;
  std::uint32_t k = i + 1;
  const auto other_event = [&](std::uint32_t t) {  // "the incident", "the takeover", "the coup"
    return t < v.te && one_of(v.a.tok(t).norm, {"incident", "takeover", "coup", "putsch"});
  };
  while (k < v.te && k < i + 4 && v.at(k) < 0 && !v.a.tok(k).has(kPunct) && event_noun_at(v, k) == 0 &&
         !other_event(k))
    ++k;  // "the Turkish", "the drone", "Thursday's"
  if (k >= v.te) return;
  std::uint32_t q = k;
  if (v.at(k) >= 0) q = v.ms[static_cast<std::size_t>(v.at(k))].te;
  const std::uint32_t len = v.at(k) >= 0 && event_noun_at(v, q - 1) > 0 ? 0 : event_noun_at(v, q);
  const bool incident = other_event(q);
  if (len == 0 && !incident && !(v.at(k) >= 0 && event_noun_at(v, q - 1) > 0)) return;
  q += incident ? 1 : len;
  bool label = false;
  for (std::uint32_t n = 0; q < v.te && n < 10 && !label; ++q, ++n) {
    if (v.a.tok(q).punct('.') || v.a.tok(q).punct(';') || v.cue(q, kCueSpeech) || v.at(q) >= 0) break;
    if (approving(v.a.tok(q).norm)) return;
    label = hostile_label(v, q);
  }
  if (!label) return;
  const std::int32_t s = find_subject(v, i);
  if (s < 0) return;
  Trigger tr;
  tr.relation = Relation::condemns;
  tr.strength = 0.75f;
  tr.rule = "condemns:characterised:" + w;
  condemn_event(a, v, s, v.at(k) >= 0 ? i + 1 : k, tr);
}

bool harm_word(const SentenceView& v, std::uint32_t k) {
  return one_of(v.a.tok(k).norm,
                {"killed", "wounded", "injured", "struck", "hit", "attacked", "bombed", "shelled", "crashed",
                 "exploded", "died", "targeted", "ambushed", "deaths"}) ||
         event_noun_at(v, k) > 0;
}

// "33 Turkish soldiers were killed in an air strike. Ankara blamed Syrian aircraft.", "a drone
// strike hit vehicles of the PMF ... the PMF said an Israeli drone had carried out the attack": an
// accuser blaming Y for a harm to itself told in this or the last sentences (with no agent told
// there) claims that Y attacked it.
void blamed_for_harm(Analysis& a, const SentenceView& v) {
  const std::size_t n = a.candidates.size();
  for (std::size_t x = 0; x < n; ++x) {
    const Candidate c = a.candidates[x];  // copied: push_back below may move it
    if (c.sentence != v.index || c.relation != Relation::accuses || c.embedded) continue;
    if (c.rule.find("blam") == std::string::npos && c.rule.find("culprit") == std::string::npos &&
        c.rule.find("responsib") == std::string::npos)
      continue;
    for (std::uint32_t back = 0; back <= 3 && back <= v.index; ++back) {
      const std::uint32_t si = v.index - back;
      const SentenceView hv(a, si);
      // the accuser named within a few words of a harm word: "33 Turkish soldiers were killed",
      // "crashed into the group's stronghold", "hit two vehicles of the PMF"
      std::int32_t victim = -1;
      std::uint32_t harm = kNone;
      for (std::uint32_t k = hv.tb; k < hv.te && victim < 0; ++k) {
        // in the accusing sentence itself only after the verb: "blamed the deaths of 13 X soldiers on Y"
        if (hv.at(k) >= 0 || !harm_word(hv, k) || (back == 0 && k < c.trigger)) continue;
        for (std::size_t m = 0; m < hv.ms.size() && victim < 0; ++m) {
          const Mention& x = hv.ms[m];
          const std::uint32_t dist = x.tb > k ? x.tb - k : k + 1 - x.te;
          bool linked = true;  // "The assault came a day after X": a new clause is no victim
          for (std::uint32_t q = std::min(k, x.te); q < std::max(k, x.tb); ++q)
            linked &= !hv.a.tok(q).punct(',') && !hv.cue(q, kCueStopObj);
          if (x.actor == c.source && x.kind != MentionKind::place && dist <= 6 && linked &&
              (back > 0 || x.tb > k)) {
            victim = static_cast<std::int32_t>(m);
            harm = k;
          }
        }
      }
      bool told = false;  // an agent of the harm already told, the accuser harming others, a reaction
      for (const Candidate& p : a.candidates)
        told |= p.sentence == si && p.rule != "attacks:blamed_for_harm" &&
                ((p.relation == Relation::attacks && (p.target == c.source || p.source == c.source)) ||
                 p.relation == Relation::condemns);
      if (victim < 0 || told) continue;
      Candidate cand = c;
      cand.sentence = si;
      cand.source = c.target;
      cand.target = c.source;
      cand.relation = Relation::attacks;
      cand.trigger = harm;
      cand.trigger_end = harm + 1;
      cand.strength = 0.6f;
      cand.rule = "attacks:blamed_for_harm";
      cand.asserted_by = c.source;
      cand.embedded = true;
      cand.threatener = kNone;
      const Mention& vm = hv.ms[static_cast<std::size_t>(victim)];
      cand.src_tok = vm.tb;
      cand.tgt_tok = vm.tb;
      const std::string src_text = c.tgt_text, tgt_text = c.src_text;
      stamp(hv, cand, vm, vm);
      cand.src_text = src_text;
      cand.tgt_text = tgt_text;
      a.candidates.push_back(std::move(cand));
      break;
    }
  }
}

// "JeM claimed the suicide bombing that killed 40 Indian paramilitary police", "X claimed
// responsibility for an attack on Y": the claimant attacked the victim the sentence names.
void claimed_attack(Analysis& a, const SentenceView& v, std::uint32_t i) {
  if (!one_of(v.a.tok(i).norm, {"claimed", "claims", "claiming"})) return;
  std::uint32_t k = i + 1;
  while (k < v.te && k < i + 4 && v.in_date[k - v.tb]) ++k;
  if (k + 1 < v.te && v.a.tok(k).norm == "responsibility") {
    k += 1;
    while (k < v.te && k < i + 7 && (v.in_date[k - v.tb] || v.a.tok(k).norm == "on")) ++k;
    if (k >= v.te || v.a.tok(k).norm != "for") return;
    ++k;
  }
  std::uint32_t n = 0;
  while (k < v.te && n < 4 && v.at(k) < 0 && !v.a.tok(k).has(kPunct) && event_noun_at(v, k) == 0) ++k, ++n;
  const std::uint32_t len = k < v.te && v.at(k) < 0 ? event_noun_at(v, k) : 0;
  if (len == 0) return;
  const std::int32_t s = find_subject(v, i);
  if (s < 0) return;
  for (std::uint32_t q = k + len; q < v.te; ++q) {
    if (v.a.tok(q).punct(';')) return;
    const std::int32_t m = v.at(q);
    if (m < 0) continue;
    const Mention& x = v.ms[static_cast<std::size_t>(m)];
    q = x.te - 1;
    if (!v.usable(m) || x.weak || x.actor == v.ms[static_cast<std::size_t>(s)].actor) continue;
    add_candidate(a, v, s, m, Relation::attacks, i, k + len, 0.65f, "attacks:claimed");
    return;
  }
}

// "fighting broke out in Sanaa on Wednesday between his loyalists and Houthi fighters": a fight
// between two parties named after the verb holds both ways.
void fighting_broke_out(Analysis& a, const SentenceView& v, std::uint32_t i) {
  if (!one_of(v.a.tok(i).norm, {"fighting", "clashes", "battles", "hostilities"})) return;
  if (i + 1 >= v.te || !one_of(v.a.tok(i + 1).norm, {"broke", "erupted", "flared", "raged", "resumed"}))
    return;
  for (std::uint32_t k = i + 2; k + 1 < v.te && k < i + 12; ++k) {
    if (v.a.tok(k).punct(',') || v.a.tok(k).punct(';')) return;
    if (v.a.tok(k).norm != "between") continue;
    const std::int32_t first = find_object(v, k + 1, {});
    if (first < 0) return;
    const auto mem = v.members(first);
    if (mem.size() != 2) return;
    add_candidate(a, v, mem[0], mem[1], Relation::attacks, i, k + 1, 0.7f, "attacks:fighting_between");
    add_candidate(a, v, mem[1], mem[0], Relation::attacks, i, k + 1, 0.7f, "attacks:fighting_between");
    return;
  }
}

}  // namespace

void find_threat_stances(Analysis& a, const SentenceView& v) {
  blamed_for_harm(a, v);
  for (std::uint32_t i = v.tb; i + 1 < v.te; ++i) {
    const std::string& w = v.a.tok(i).norm;
    // every word these patterns start from begins with one of these letters: a cheap filter
    if (v.at(i) >= 0 || w.size() < 3 || std::string_view("abcdfhlrstw").find(w[0]) == std::string_view::npos)
      continue;
    threat_patterns(a, v, i);
    characterised_event(a, v, i);
    claimed_attack(a, v, i);
    fighting_broke_out(a, v, i);
  }
}

}  // namespace sg::extract
