// Stances told in what an actor says about another (helper B): a response announced for a condition on
// another actor ("its response would be far more severe if Israel retaliated": threatens), a hostile name
// given in a relative clause ("X, whom Y called a war criminal": condemns), the right of self-defence
// granted ("X has a right to defend itself, Y said": backs).
#include <initializer_list>
#include <string_view>

#include "stance_wording.hpp"

namespace sg::extract {

namespace {

// "its response would be far more severe if Israel retaliated": a response announced for a condition on
// another actor threatens that actor.
void conditional_response(Analysis& a, const SentenceView& v, std::uint32_t i) {
  if (!one_of(v.a.tok(i).norm, {"response", "retaliation", "reaction", "reply", "revenge"}) || i == v.tb)
    return;
  const std::int32_t owner = v.at(i - 1);
  if (!v.usable(owner)) return;
  const std::string& last = v.a.tok(v.mention(owner).te - 1).norm;
  if (!v.a.tok(v.mention(owner).te - 1).has(kPossessive) && last != "its" && last != "their") return;
  bool future = false;
  for (std::uint32_t k = i + 1; k < v.te && k < i + 14; ++k) {
    const Token& t = v.a.tok(k);
    if (t.punct('.') || t.punct(';') || v.at(k) >= 0) return;
    if (t.norm == "would" || t.norm == "will") future = true;
    if (t.norm != "if" || !future) continue;
    for (std::uint32_t q = k + 1; q < v.te && q < k + 4; ++q) {
      const std::int32_t x = v.at(q);
      if (x < 0) continue;
      if (v.usable(x) && v.mention(x).actor != v.mention(owner).actor &&
          v.mention(x).kind != MentionKind::pronoun)
        add_candidate(a, v, owner, x, Relation::threatens, i, i + 1, 0.65f, "threatens:conditional_response");
      return;
    }
    return;
  }
}

bool hostile_name(const std::string& w) {
  return one_of(w, {"criminal", "criminals", "terrorist", "terrorists", "butcher", "dictator", "murderer",
                    "traitor", "puppet", "tyrant", "illegitimate", "enemy", "thug", "thugs", "war"});
}

// "talks with the president, whom officials called a war criminal": the namer condemns the antecedent
// (the namer is a named actor before "called", or the main clause's subject when only its officials are
// told).
void whom_called(Analysis& a, const SentenceView& v, std::uint32_t i) {
  if (v.a.tok(i).norm != "whom" || i < v.tb + 2) return;
  const std::uint32_t before = v.a.tok(i - 1).punct(',') ? i - 1 : i;
  const std::int32_t named = v.at(before - 1);
  if (!v.usable(named)) return;
  std::int32_t namer = -1;
  bool generic = false;
  std::uint32_t k = i + 1;
  for (; k < v.te && k < i + 5; ++k) {
    const std::string& w = v.a.tok(k).norm;
    if (one_of(w, {"called", "calls", "labelled", "labeled", "branded", "dubbed", "described"})) break;
    if (v.usable(v.at(k)) && namer < 0) namer = v.at(k);
    if (one_of(w, {"officials", "authorities", "ministers", "leaders", "diplomats"})) generic = true;
  }
  if (k >= v.te || k >= i + 5) return;
  bool label = false;
  for (std::uint32_t q = k + 1; q < v.te && q < k + 5 && !v.a.tok(q).has(kPunct); ++q)
    label |= hostile_name(v.a.tok(q).norm);
  if (!label) return;
  if (namer < 0 && generic) namer = find_subject(v, v.mention(named).tb);
  if (!v.usable(namer) || v.mention(namer).actor == v.mention(named).actor) return;
  add_candidate(a, v, namer, named, Relation::condemns, k, k + 1, 0.65f, "condemns:whom_called");
}

// "Israel has a right to defend itself, the US said", "Britain reaffirmed Kenya's right to defend
// itself": granting an actor the right of self-defence backs it.
void right_to_defend(Analysis& a, const SentenceView& v, std::uint32_t i) {
  if (v.a.tok(i).norm != "right" || i + 3 >= v.te || v.a.tok(i + 1).norm != "to" ||
      !one_of(v.a.tok(i + 2).norm, {"defend", "self-defence", "self-defense"}))
    return;
  std::int32_t holder = -1;
  std::uint32_t k = i;  // back over "a", "the", "every", "full", "has", "had"
  while (k > v.tb && k + 4 > i && v.at(k - 1) < 0 &&
         one_of(v.a.tok(k - 1).norm, {"a", "the", "every", "full", "legitimate", "has", "had", "have"}))
    --k;
  if (k > v.tb) holder = v.at(k - 1);
  if (!v.usable(holder) || v.mention(holder).weak) return;
  const bool possessed = v.a.tok(v.mention(holder).te - 1).has(kPossessive);
  std::int32_t giver = -1;
  if (possessed) {
    giver = find_subject(v, v.mention(holder).tb);
  } else {
    for (std::uint32_t q = v.tb; q < v.te && giver < 0; ++q)
      if (v.cue(q, kCueSpeech) && v.at(q) < 0 && (q < v.mention(holder).tb || q > i))
        giver = find_subject(v, q);
  }
  if (!v.usable(giver) || v.mention(giver).actor == v.mention(holder).actor) return;
  add_candidate(a, v, giver, holder, Relation::backs, i, i + 3, 0.65f, "backs:right_to_defend");
}

}  // namespace

void find_wording_speech(Analysis& a, const SentenceView& v) {
  for (std::uint32_t i = v.tb; i < v.te; ++i) {
    if (v.a.tok(i).has(kPunct)) continue;
    conditional_response(a, v, i);
    whom_called(a, v, i);
    right_to_defend(a, v, i);
  }
}

}  // namespace sg::extract
