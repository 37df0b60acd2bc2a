// Membership told around a title (helper B): "Boko Haram named Abubakar Shekau its leader", "Ethiopia's
// Finance Minister Ahmed Shide", "Nigeria's military spokesman, Gen. John Enenche", "their head of foreign
// relations, X": the person belongs to the actor that names him or owns the title.
#include <initializer_list>
#include <string_view>

#include "stance_wording.hpp"

namespace sg::extract {

namespace {

// "Boko Haram named Abubakar Shekau its leader", "the group appointed X as its new emir": X belongs to
// the group that names him.
void named_its_role(Analysis& a, const SentenceView& v, std::uint32_t i) {
  if (!one_of(v.a.tok(i).norm,
              {"named", "appointed", "elected", "chose", "proclaimed", "declared", "installed"}))
    return;
  const std::int32_t person = v.at(i + 1 < v.te ? i + 1 : i);
  if (!v.usable(person) || a.actors.actors[v.mention(person).actor].kind != "person" ||
      v.mention(person).kind == MentionKind::pronoun)
    return;
  std::uint32_t k = v.mention(person).te;
  if (k < v.te && v.a.tok(k).norm == "as") ++k;
  if (k >= v.te || !one_of(v.a.tok(k).norm, {"its", "their"})) return;
  for (std::uint32_t q = k + 1; q < v.te && q < k + 4; ++q)
    if (v.cue(q, kCueRole)) {
      const std::int32_t group = find_subject(v, i);
      if (v.usable(group) && v.mention(group).actor != v.mention(person).actor)
        add_candidate(a, v, person, group, Relation::member_of, i, q + 1, 0.7f, "member_of:named_its_role");
      return;
    }
}

// "Ethiopia's Finance Minister Ahmed Shide", "Nigeria's military spokesman, Gen. John Enenche", "Nigerian
// army spokesman Col. X": a person after a title owned by an actor belongs to that actor.
void titled_person_owner(Analysis& a, const SentenceView& v, std::int32_t p) {
  const Mention& person = v.mention(p);
  if (person.actor == kNone || a.actors.actors[person.actor].kind != "person" ||
      person.kind == MentionKind::pronoun)
    return;
  bool title = false;
  for (std::uint32_t k = person.tb, n = 0; k > v.tb && n < 8; ++n) {
    --k;
    const Token& t = v.a.tok(k);
    const std::int32_t m = v.at(k);
    if (m >= 0) {
      const Mention& x = v.mention(m);
      const std::string& last = v.a.tok(x.te - 1).norm;
      const bool owner = v.a.tok(x.te - 1).has(kPossessive) || x.weak || x.kind == MentionKind::demonym ||
                         (x.kind == MentionKind::pronoun && one_of(last, {"its", "their", "his", "her"}));
      if (title && owner && x.actor != kNone && x.kind != MentionKind::place && x.actor != person.actor &&
          a.actors.actors[x.actor].kind != "person" && v.members(m).size() <= 1)
        add_candidate(a, v, p, m, Relation::member_of, x.te, person.tb, 0.7f, "member_of:titled_person");
      return;
    }
    if (t.punct(',') || t.punct('.')) continue;
    if (t.has(kPunct)) return;
    if (v.cue(k, kCueRole | kCuePersonTitle) || (t.phrase_cues & kCuePersonTitle)) {
      title = true;
      continue;
    }
    if (one_of(t.norm, {"former", "ex", "late", "exiled", "ousted", "deposed", "then"})) return;
    if (v.cue(k, kCueForceNoun | kCueGovNoun) ||
        one_of(t.norm, {"of",       "military", "army",      "foreign", "defence",   "defense",
                        "interior", "finance",  "senior",    "top",     "deputy",    "acting",
                        "chief",    "head",     "relations", "affairs", "security",  "intelligence",
                        "police",   "national", "armed",     "forces",  "political", "new"}))
      continue;
    return;
  }
}

}  // namespace

void find_wording_members(Analysis& a, const SentenceView& v) {
  for (std::size_t m = 0; m < v.ms.size(); ++m) titled_person_owner(a, v, static_cast<std::int32_t>(m));
  for (std::uint32_t i = v.tb; i < v.te; ++i)
    if (!v.a.tok(i).has(kPunct)) named_its_role(a, v, i);
}

}  // namespace sg::extract
