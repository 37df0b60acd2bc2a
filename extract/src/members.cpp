// member_of from the way news presents people and units: "X, a spokesman for Y", "X, Y's commander",
// "Its leader, X", "UN mediator X", "X, a Free Syrian Army group", "al-Qaeda's affiliate".
#include "frames.hpp"

namespace sg::extract {

namespace {

bool member_kind(const Analysis& a, const Mention& m) {
  if (m.actor == kNone || m.person_form) return false;
  const std::string& k = a.actors.actors[m.actor].kind;
  return k == "person" || k == "armed_group" || k == "party" || k == "other";
}

void emit(Analysis& a, const SentenceView& v, std::int32_t member, std::int32_t org, std::uint32_t tok,
          const char* rule) {
  if (member < 0 || org < 0 || !v.usable(org)) return;
  const Mention& o = v.mention(org);
  if (a.actors.actors[o.actor].kind == "person" || o.weak) return;
  add_membership(a, v, v.mention(member), o, tok, 0.85f, rule);
}

bool role_word(const SentenceView& v, std::uint32_t k) {
  return v.cue(k, kCueRole) || v.cue(k, kCueMemberNoun);
}

// The organisation a role word at r belongs to: a possessor before it, the mention right before it,
// or "of/for the X" after it.
std::int32_t org_of_role(const SentenceView& v, std::uint32_t from, std::uint32_t r) {
  for (std::uint32_t k = from; k < r; ++k) {
    const std::int32_t m = v.at(k);
    if (m < 0) continue;
    const Mention& x = v.ms[static_cast<std::size_t>(m)];
    const std::string& w = v.a.tok(x.te - 1).norm;
    if (v.a.tok(x.te - 1).has(kPossessive) || w == "its" || w == "their" || w == "his") return m;
    if (x.te == r) return m;
  }
  // "the chief of staff of the X", "a senior commander in the X"
  std::uint32_t k = r + 1;
  bool prep = false;
  while (k < v.te && k < r + 6 && !v.a.tok(k).has(kPunct) && v.at(k) < 0 && !v.a.tok(k).has(kCap)) {
    const std::string& w = v.a.tok(k).norm;
    prep |= w == "of" || w == "for" || w == "at" || w == "in" || w == "with" || w == "from";
    // "an adviser to Zelensky" (but "an envoy to Moscow" is sent to another)
    const std::string& role = v.a.tok(r).norm;
    prep |= w == "to" && (role == "adviser" || role == "advisor" || role == "aide");
    if (v.cue(k, kCueStopObj) && w != "to") return -1;
    ++k;
  }
  return k < v.te && prep ? v.at(k) : -1;
}

}  // namespace

void add_membership(Analysis& a, const SentenceView& v, const Mention& member, const Mention& org,
                    std::uint32_t trigger, float strength, const char* rule) {
  if (member.actor == org.actor) return;
  Candidate c;
  c.sentence = v.index;
  c.source = member.actor;
  c.target = org.actor;
  c.relation = Relation::member_of;
  c.trigger = trigger;
  c.trigger_end = trigger + 1;
  c.src_tok = member.tb;
  c.tgt_tok = org.tb;
  c.strength = strength;
  c.rule = rule;
  c.via_coref = org.kind == MentionKind::description || org.kind == MentionKind::pronoun;
  stamp(v, c, member, org);
  a.candidates.push_back(std::move(c));
}

// "its founding members - A, B and C - would dissolve into it": each listed group belongs to the
// possessor of "members".
void listed_members(Analysis& a, const SentenceView& v) {
  for (std::uint32_t r = v.tb + 1; r + 2 < v.te; ++r) {
    const std::string& w = a.tok(r).norm;
    if (w != "members" && w != "components" && w != "factions" && w != "groups") continue;
    const std::int32_t org = find_possessor(v, r);
    if (org < 0) continue;
    std::uint32_t k = r + 1;
    if (a.tok(k).punct('-') || a.tok(k).punct(':') || a.tok(k).norm == "include" || a.tok(k).norm == "are" ||
        a.tok(k).norm == "included" || a.tok(k).norm == "were")
      ++k;
    else
      continue;
    if (k < v.te && a.tok(k).norm == "the") ++k;  // "its founding members - the X Brigade and ..."
    const std::int32_t first = v.at(k);
    if (first < 0) continue;
    for (const auto m : v.members(first))
      if (member_kind(a, v.ms[static_cast<std::size_t>(m)])) emit(a, v, m, org, r, "member_of:listed");
  }
}

// "The Islamic State's local branch, known as ISIS-K": the named unit belongs to the possessor.
void known_as_members(Analysis& a, const SentenceView& v) {
  for (std::size_t x = 0; x < v.ms.size(); ++x) {
    const Mention& m = v.ms[x];
    std::uint32_t k = m.tb;
    if (k < v.tb + 3 || !member_kind(a, m)) continue;
    if (a.tok(k - 1).norm == "as" && a.tok(k - 2).norm == "known")
      k -= 2;
    else if (a.tok(k - 1).punct(',') && k >= v.tb + 3 && v.cue(k - 2, kCueMemberNoun))
      k -= 1;  // "al-Qaeda's Sahel branch, JNIM"
    else if (a.tok(k - 1).norm == "called" || a.tok(k - 1).norm == "named")
      k -= 1;
    else
      continue;
    if (k > v.tb && a.tok(k - 1).punct(',')) --k;
    for (std::uint32_t r = k, steps = 0; r > v.tb && steps < 3; ++steps) {
      --r;
      if (a.tok(r).has(kPunct)) break;
      if (v.at(r) >= 0 && v.ms[static_cast<std::size_t>(v.at(r))].kind != MentionKind::place) break;
      if (!v.cue(r, kCueMemberNoun)) continue;
      std::uint32_t from = r;  // "al-Qaeda's Sahel branch": past a place naming the branch's area
      if (from > v.tb && v.at(from - 1) >= 0 &&
          v.ms[static_cast<std::size_t>(v.at(from - 1))].kind == MentionKind::place)
        from = v.ms[static_cast<std::size_t>(v.at(from - 1))].tb;
      const std::int32_t org = find_possessor(v, from);
      if (org >= 0) emit(a, v, static_cast<std::int32_t>(x), org, r, "member_of:known_as");
      break;
    }
  }
}

// members_state.cpp: officials of states, known leaders and labelled roles
void known_members(Analysis& a, const SentenceView& v);
void labelled_roles(Analysis& a, const SentenceView& v);
void titled_officials(Analysis& a, const SentenceView& v);
void office_members(Analysis& a, const SentenceView& v);
// members_lists.cpp: parts listed after "made up of"/"includes", units "of" a group, named wings,
// roles after a copula; members_state.cpp: states named coalition members
void listed_parts(Analysis& a, const SentenceView& v);
void unit_of(Analysis& a, const SentenceView& v);
void named_parts(Analysis& a, const SentenceView& v);
void copula_members(Analysis& a, const SentenceView& v);
void coalition_members(Analysis& a, const SentenceView& v);
void igo_office_holders(Analysis& a, const SentenceView& v);
void under_banner(Analysis& a, const SentenceView& v);

// "The junta, led by General X, ...": the leader belongs to what he leads.
void led_by_members(Analysis& a, const SentenceView& v) {
  for (std::size_t x = 0; x < v.ms.size(); ++x) {
    const Mention& m = v.ms[x];
    if (m.actor == kNone || a.actors.actors[m.actor].kind != "person" || m.tb < v.tb + 4) continue;
    std::uint32_t k = m.tb;
    while (k > v.tb + 3 && a.tok(k - 1).has(kCap) && v.cue(k - 1, kCuePersonTitle) && v.at(k - 1) < 0) --k;
    if (a.tok(k - 1).norm != "by" || a.tok(k - 2).norm != "led" || !a.tok(k - 3).punct(',')) continue;
    const std::int32_t org = v.at(k - 4);
    if (org < 0 || v.ms[static_cast<std::size_t>(org)].kind == MentionKind::place) continue;
    const Mention& o = v.ms[static_cast<std::size_t>(org)];
    const bool state = o.actor != kNone && a.actors.actors[o.actor].kind == "state";
    emit(a, v, static_cast<std::int32_t>(x), org, k - 2, state ? "member_of:office" : "member_of:led_by");
  }
}

void find_member_of(Analysis& a, const SentenceView& v) {
  known_members(a, v);
  labelled_roles(a, v);
  led_by_members(a, v);
  known_as_members(a, v);
  listed_members(a, v);
  office_members(a, v);
  titled_officials(a, v);
  listed_parts(a, v);
  unit_of(a, v);
  named_parts(a, v);
  copula_members(a, v);
  coalition_members(a, v);
  igo_office_holders(a, v);
  under_banner(a, v);
  for (std::size_t x = 0; x < v.ms.size(); ++x) {
    const Mention& m = v.ms[x];
    const auto mi = static_cast<std::int32_t>(x);
    if (!member_kind(a, m)) continue;
    // R1 "X, a spokesman for Y" / "X, Y's commander" / "X, a Y group"
    // "the People's Protection Units (YPG), the backbone of the SDF": past the bracketed acronym
    const std::uint32_t after = m.te + 1 < v.te && a.tok(m.te).punct(')') ? m.te + 1 : m.te;
    if (after + 1 < v.te && a.tok(after).punct(',')) {
      for (std::uint32_t k = after + 1; k < v.te && k < after + 9; ++k) {
        // "X, and the government's foreign minister, Y": the role after "and" is Y's
        if (a.tok(k).has(kPunct) || (k == after + 1 && a.tok(k).norm == "and")) break;
        if (v.at(k) >= 0 && !role_word(v, k)) {
          const Mention& y = v.ms[static_cast<std::size_t>(v.at(k))];
          // "a Free Syrian Army group" (but "an alliance of rebel factions" names no organisation)
          if (role_word(v, y.te - 1) && y.te - 1 > y.tb && y.actor != kNone &&
              a.actors.actors[y.actor].kind != "collective") {
            emit(a, v, mi, v.at(k), y.te - 1, "member_of:apposition");
            break;
          }
          k = y.te - 1;
          continue;
        }
        if (role_word(v, k)) {
          const std::int32_t org = org_of_role(v, after + 1, k);
          // a state owns the role when it follows it or is a possessor ("the Damascus preacher" is
          // only from there)
          const Mention* om = org >= 0 ? &v.ms[static_cast<std::size_t>(org)] : nullptr;
          const bool state = om && om->actor != kNone && a.actors.actors[om->actor].kind == "state" &&
                             (om->tb > k || a.tok(om->te - 1).has(kPossessive));
          emit(a, v, mi, org, k, state ? "member_of:office" : "member_of:apposition");
          break;
        }
      }
    }
    // R3 "UN mediator X", "Hezbollah leader X"
    if (m.tb >= v.tb + 2 && a.actors.actors[m.actor].kind == "person") {
      std::uint32_t r = m.tb - 1;
      while (r > v.tb && role_word(v, r) && role_word(v, r - 1)) --r;
      // "its vice-president Hani bin Breik": past the hyphenated part of the title
      std::uint32_t rb = r;
      while (rb > v.tb + 1 && a.tok(rb).has(kHyphenBefore) && v.at(rb - 1) < 0) --rb;
      if (role_word(v, r) && rb > v.tb && v.at(rb - 1) >= 0)
        emit(a, v, mi, v.at(rb - 1), r, "member_of:title");
      // R2 "Its leader, X" / "the coalition's president, X" / "The junta's spokesman, Colonel X"
      std::uint32_t nb = m.tb;
      // past "Colonel", "former Nigerian president": titles, "former" and demonyms before the name
      for (int steps = 0; nb > v.tb + 2 && steps < 5; ++steps) {
        const std::int32_t at = v.at(nb - 1);
        const bool demonym = at >= 0 && v.ms[static_cast<std::size_t>(at)].kind == MentionKind::demonym;
        const bool title = at < 0 && (v.cue(nb - 1, kCuePersonTitle) || a.tok(nb - 1).norm == "former");
        if (!demonym && !title) break;
        nb = demonym ? v.ms[static_cast<std::size_t>(at)].tb : nb - 1;
      }
      if (a.tok(nb - 1).punct(',') && role_word(v, nb - 2)) {
        std::uint32_t r2 = nb - 2;
        while (r2 > v.tb && role_word(v, r2 - 1) && v.at(r2 - 1) < 0) --r2;
        std::int32_t org = -1;
        // "A Giants Brigades commander, Colonel X": the group named right before the role word
        if (r2 > v.tb + 1 && v.at(r2 - 1) >= 0 && v.at(r2) < 0) {
          const Mention& o = v.ms[static_cast<std::size_t>(v.at(r2 - 1))];
          const std::string& det = o.tb > v.tb ? a.tok(o.tb - 1).norm : std::string();
          if (o.te == r2 && o.actor != kNone && (det == "a" || det == "an") &&
              a.actors.actors[o.actor].kind != "state" && a.actors.actors[o.actor].kind != "person")
            emit(a, v, mi, v.at(r2 - 1), r2, "member_of:role_apposition");
        }
        // "Pakistan's military spokesman, X": the role may be the end of the owner's mention
        if (v.at(r2) >= 0 && v.ms[static_cast<std::size_t>(v.at(r2))].te == r2 + 1) {
          const Mention& o = v.ms[static_cast<std::size_t>(v.at(r2))];
          for (auto q = o.tb; q < r2; ++q)
            if (a.tok(q).has(kPossessive) && o.actor != kNone && a.actors.actors[o.actor].kind == "state")
              emit(a, v, mi, v.at(r2), r2, "member_of:office");
        }
        for (std::uint32_t k = r2, steps = 0; k > v.tb && steps < 4 && org < 0; ++steps) {
          --k;
          if (v.at(k) >= 0)
            org = v.at(k);
          else if (a.tok(k).has(kPunct))
            break;
        }
        if (org >= 0) {
          const Mention& o = v.ms[static_cast<std::size_t>(org)];
          const std::string& w = a.tok(o.te - 1).norm;
          // an official of a state keeps the edge whatever the role word ("chief negotiator")
          const bool state = o.actor != kNone && a.actors.actors[o.actor].kind == "state";
          if (a.tok(o.te - 1).has(kPossessive) || w == "its" || w == "their")
            emit(a, v, mi, org, r2, state ? "member_of:office" : "member_of:role_apposition");
        }
      }
    }
  }
}

}  // namespace sg::extract
