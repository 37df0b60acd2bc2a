// Alliances told as a list and attacks told inside an accusation or a claim (helper B):
// - "the rebels are an alliance of A, B and C", "JNIM, a coalition of A and B", "..., bringing together
//   A and B": the listed members ally with each other, and belong to the alliance when it is named;
// - "accused X of attempting a coup", "blamed X for the attack on Y": X attacks Y (or, with no victim
//   named, the accuser), asserted by the accuser;
// - "X claimed (responsibility for) the attack on Y", "claimed the killing of two Y policemen": X attacks Y;
// - "fought alongside Y against Z": both attack Z.
#include <algorithm>
#include <initializer_list>
#include <string_view>

#include "stance_wording.hpp"

namespace sg::extract {

namespace {

bool alliance_noun(const std::string& w) {
  return one_of(w, {"alliance", "coalition", "union", "umbrella", "grouping", "bloc", "federation", "merger",
                    "confederation", "amalgam", "collection", "conglomeration"});
}

// The first mention of a list starting at k ("the MNLA, Ansar Dine and AQIM"), when it holds at least two
// different actors, or -1.
std::int32_t listed(const SentenceView& v, std::uint32_t k) {
  while (k < v.te &&
         (v.a.tok(k).norm == "the" || v.a.tok(k).norm == "groups" || v.a.tok(k).norm == "factions"))
    ++k;
  const std::int32_t m = v.at(k);
  if (!v.usable(m) || v.mention(m).weak) return -1;
  const auto mem = v.members(m);
  for (const auto x : mem)
    if (v.mention(x).actor != v.mention(m).actor) return m;
  return -1;
}

// The named actor an alliance noun phrase at [b, noun] describes: "JNIM, a coalition of" or "the rebels
// are an alliance of" (collectives are no named alliance), or -1.
std::int32_t alliance_head(const SentenceView& v, std::uint32_t b) {
  std::uint32_t k = b;
  if (k > v.tb &&
      one_of(v.a.tok(k - 1).norm, {"is", "are", "was", "were", "formed", "form", "forms", "been"})) {
    --k;
    if (k > v.tb && v.a.tok(k - 1).norm == "has") --k;
  } else if (k > v.tb && v.a.tok(k - 1).punct(',')) {
    --k;
  } else {
    return -1;
  }
  const std::int32_t h = k > v.tb ? v.at(k - 1) : -1;
  if (!v.usable(h) || v.mention(h).kind == MentionKind::collective || v.mention(h).weak) return -1;
  return h;
}

void alliance_list(Analysis& a, const SentenceView& v, std::uint32_t i) {
  const std::string& w = v.a.tok(i).norm;
  std::uint32_t after = 0;
  std::int32_t head = -1;
  if (alliance_noun(w) && i + 1 < v.te && v.a.tok(i + 1).norm == "of") {
    after = i + 2;
    std::uint32_t b = i;  // back over "a new", "an uneasy", "a loose"
    for (int n = 0; n < 3 && b > v.tb && !v.a.tok(b - 1).has(kPunct) && v.at(b - 1) < 0; ++n) {
      --b;
      if (one_of(v.a.tok(b).norm, {"a", "an", "the"})) break;
    }
    if (!one_of(v.a.tok(b).norm, {"a", "an", "the"})) return;
    head = alliance_head(v, b);
  } else if (one_of(w, {"bringing", "brings", "brought", "bring"}) && i + 1 < v.te &&
             v.a.tok(i + 1).norm == "together") {
    after = i + 2;
  } else {
    return;
  }
  const std::int32_t first = listed(v, after);
  if (first < 0) return;
  const auto mem = v.members(first);
  std::int32_t second = -1;
  for (const auto x : mem)
    if (v.mention(x).actor != v.mention(first).actor) second = x;
  add_candidate(a, v, first, second, Relation::allies_with, i, after, 0.7f, "allies_with:listed:" + w);
  if (head >= 0 && v.mention(head).actor != v.mention(first).actor)
    add_candidate(a, v, first, head, Relation::member_of, i, after, 0.7f, "member_of:listed:" + w);
}

bool coup_noun(const SentenceView& v, std::uint32_t k) {
  return one_of(v.a.tok(k).norm, {"coup", "putsch", "mutiny", "insurrection", "rebellion"});
}

// Past the words that lead from "of"/"for" to an event noun ("of attempting a", "for carrying out the
// deadly"); the event noun's token and length, or false.
bool event_after(const SentenceView& v, std::uint32_t k, std::uint32_t& at, std::uint32_t& len) {
  for (int n = 0; n < 6 && k < v.te; ++n, ++k) {
    const Token& t = v.a.tok(k);
    if (t.has(kPunct) || v.at(k) >= 0) return false;
    if (coup_noun(v, k)) {
      at = k;
      len = k + 1 < v.te && one_of(v.a.tok(k + 1).norm, {"attempt", "plot", "bid"}) ? 2 : 1;
      return true;
    }
    if (const std::uint32_t l = event_noun_at(v, k); l != 0) {
      at = k;
      len = l;
      return true;
    }
    // "that" opens a clause unless it points at the event ("blamed X for that attack")
    if (t.norm == "which" || t.norm == "to" || (t.norm == "that" && event_noun_at(v, k + 1) == 0))
      return false;
  }
  return false;
}

// The victim after an event noun ending at e: "the attack on the embassy of Israel", "the killing of two
// Kenyan policemen", or -1.
std::int32_t victim(const SentenceView& v, std::uint32_t e) {
  if (e >= v.te || !one_of(v.a.tok(e).norm, {"on", "against", "upon", "of"})) return -1;
  const std::int32_t o = find_object(v, e + 1, {});
  return v.usable(o) ? o : -1;
}

void accused_of_event(Analysis& a, const SentenceView& v, std::uint32_t i) {
  const std::string& w = v.a.tok(i).norm;
  if (!one_of(w, {"accused", "accuses", "accuse", "accusing", "blamed", "blames", "blame", "blaming", "held",
                  "holds", "hold", "holding"}))
    return;
  const std::int32_t accuser = find_subject(v, i);
  // the accused ends right before "of"/"for": "accused his former deputy, X, of"
  std::uint32_t e = i + 1;
  while (e < v.te && e < i + 10 && !one_of(v.a.tok(e).norm, {"of", "for"}) && !v.a.tok(e).punct('.') &&
         !v.a.tok(e).punct(';'))
    ++e;
  if (e >= v.te || e < i + 2 || !one_of(v.a.tok(e).norm, {"of", "for"})) return;
  std::uint32_t last = e - 1;
  // "held X responsible for": the holder accuses only through the adjective
  const bool held = w.rfind("hold", 0) == 0 || w == "held";
  if (held && (last <= i + 1 || !one_of(v.a.tok(last).norm, {"responsible", "accountable"}) ||
               v.a.tok(e).norm != "for"))
    return;
  if (held) --last;
  if (v.a.tok(last).punct(',') && last > i + 1) --last;
  const std::int32_t accused = v.at(last);
  if (!v.usable(accuser) || !v.usable(accused) || v.mention(accused).weak ||
      v.mention(accused).kind == MentionKind::pronoun)
    return;
  std::uint32_t at = 0, len = 0;
  if (!event_after(v, e + 1, at, len)) return;
  std::int32_t target = victim(v, at + len);
  const std::uint32_t speaker = v.mention(accuser).actor;
  // no victim named: a coup is against the accuser's government; an attack the accuser suffered
  if (target < 0 && (coup_noun(v, at) || a.actors.actors[speaker].kind == "state")) target = accuser;
  if (target < 0) return;
  add_candidate(a, v, accused, target, Relation::attacks, at, at + len, 0.65f, "attacks:accused_of:" + w,
                speaker);
  // the accusation itself, also when the accused sits behind a possessive ("his former deputy, X")
  add_candidate(a, v, accuser, accused, Relation::accuses, i, i + 1, 0.75f, "accuses:accused_of_event:" + w);
}

void claimed_event(Analysis& a, const SentenceView& v, std::uint32_t i) {
  const std::string& w = v.a.tok(i).norm;
  if (!one_of(w, {"claimed", "claims", "claim", "claiming"})) return;
  if (w == "claimed" && i + 2 < v.te && v.a.tok(i + 1).norm == "by") {
    // "the ambush on Kenyan troops, claimed by al-Shabaab": the event told before
    std::uint32_t q = i + 2;
    if (v.a.tok(q).norm == "the" && q + 1 < v.te) ++q;
    const std::int32_t claimer = v.at(q);
    for (std::uint32_t k = i, n = 0; k > v.tb && n < 10 && v.usable(claimer); ++n) {
      --k;
      const std::uint32_t len = event_noun_at(v, k);
      if (len == 0) continue;
      const std::int32_t target = victim(v, k + len);
      if (target >= 0 && target != claimer)
        add_candidate(a, v, claimer, target, Relation::attacks, k, k + len, 0.7f, "attacks:claimed_by");
      return;
    }
    return;
  }
  if (i > v.tb && one_of(v.a.tok(i - 1).norm, {"was", "were", "been", "is", "are", "be"})) return;
  std::uint32_t k = i + 1;
  if (k + 1 < v.te && one_of(v.a.tok(k).norm, {"responsibility", "credit"}) && v.a.tok(k + 1).norm == "for")
    k += 2;
  std::uint32_t at = 0, len = 0;
  if (!event_after(v, k, at, len) || coup_noun(v, at)) return;
  const std::int32_t claimer = find_subject(v, i);
  const std::int32_t target = victim(v, at + len);
  if (!v.usable(claimer) || target < 0) return;
  add_candidate(a, v, claimer, target, Relation::attacks, at, at + len, 0.7f, "attacks:claimed:" + w);
}

bool fight_verb(const std::string& w) {
  return one_of(w, {"fought", "fight", "fights", "fighting", "battled", "battling", "battle", "battles",
                    "clashed", "operating", "operated", "operate", "operates", "advanced", "advancing"});
}

// "Eritrean troops fought alongside Ethiopian forces against the TPLF": both attack the enemy after
// "against" (the alliance itself is the lexicon's).
void fought_alongside_against(Analysis& a, const SentenceView& v, std::uint32_t i) {
  if (v.a.tok(i).norm != "alongside" || i == v.tb || !fight_verb(v.a.tok(i - 1).norm)) return;
  const std::int32_t partner = find_object(v, i + 1, {});
  if (!v.usable(partner)) return;
  const std::uint32_t e = group_end(v, partner);
  if (e + 1 >= v.te || v.a.tok(e).norm != "against") return;
  const std::int32_t enemy = find_object(v, e + 1, {});
  const std::int32_t subject = find_subject(v, i - 1);
  if (!v.usable(enemy)) return;
  const std::string rule = "attacks:alongside_against:" + v.a.tok(i - 1).norm;
  add_candidate(a, v, partner, enemy, Relation::attacks, e, e + 1, 0.7f, rule);
  if (v.usable(subject)) add_candidate(a, v, subject, enemy, Relation::attacks, e, e + 1, 0.7f, rule);
}

}  // namespace

void find_wording_stances(Analysis& a, const SentenceView& v) {
  find_wording_members(a, v);  // stance_wording_members.cpp
  find_wording_speech(a, v);   // stance_wording_speech.cpp
  for (std::uint32_t i = v.tb; i < v.te; ++i) {
    if (v.a.tok(i).has(kPunct)) continue;
    alliance_list(a, v, i);
    accused_of_event(a, v, i);
    claimed_event(a, v, i);
    fought_alongside_against(a, v, i);
  }
}

}  // namespace sg::extract
