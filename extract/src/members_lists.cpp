// member_of read from how news lists an organisation's parts: "the Three Brotherhood Alliance, made
// up of A, B and C", "the coalition that includes X", "the 16th Brigade of the Popular Mobilisation",
// "Hamas's armed wing".
#include <algorithm>

#include "frames.hpp"
#include "mention_match.hpp"

namespace sg::extract {

namespace {

bool organisation(const Analysis& a, const Mention& m) {
  if (m.actor == kNone || m.weak || m.modifier || m.person_form || m.kind == MentionKind::place) return false;
  const std::string& k = a.actors.actors[m.actor].kind;
  // a named alliance the gazetteer files as a movement ("Three Brotherhood Alliance") counts too
  return k == "armed_group" || k == "party" || k == "igo" || k == "government" ||
         (k == "collective" && a.actors.info[m.actor].gaz != kNone);
}

// Length of a listing phrase at token i ("made up of", "which includes", "comprising"), or 0.
std::uint32_t listing_at(const Analysis& a, std::uint32_t i, std::uint32_t end) {
  const std::string& w = a.tok(i).norm;
  if (w.empty() || (w[0] != 'i' && w[0] != 'c' && w[0] != 'g' && w[0] != 'm' && w[0] != 'b')) return 0;
  // "made up mostly of", "composed largely of": a degree adverb before "of"
  auto degree = [&](std::uint32_t k) {
    if (k + 1 >= end || a.tok(k + 1).norm != "of") return false;
    const std::string& d = a.tok(k).norm;
    return d == "mostly" || d == "largely" || d == "mainly" || d == "chiefly" || d == "partly" ||
           d == "entirely" || d == "primarily";
  };
  if (w == "made" && i + 1 < end && a.tok(i + 1).norm == "up" && degree(i + 2)) return 4;
  if (w == "composed" && degree(i + 1)) return 3;
  if (w == "includes" || w == "include" || w == "included" || w == "comprising" || w == "comprises" ||
      w == "grouping" || w == "groups")
    return 1;
  if (i + 2 < end && a.tok(i + 2).norm == "of" &&
      ((w == "made" && a.tok(i + 1).norm == "up") || (w == "consisting" && a.tok(i + 1).norm == "of")))
    return 3;
  if (i + 1 < end && a.tok(i + 1).norm == "of" && (w == "composed" || w == "consisting" || w == "consists"))
    return 2;
  if (i + 1 < end && a.tok(i + 1).norm == "together" && (w == "bringing" || w == "brings" || w == "brought"))
    return 2;
  return 0;
}

// The organisation a listing phrase at token i describes: the one named just before it, past an
// apposition of lower-case words ("the AFC, the political-military coalition that includes").
std::int32_t listing_owner(const SentenceView& v, std::uint32_t i) {
  for (std::uint32_t k = i, steps = 0; k > v.tb && steps < 9; ++steps) {
    --k;
    const std::int32_t m = v.at(k);
    if (m >= 0) return organisation(v.a, v.ms[static_cast<std::size_t>(m)]) ? m : -1;
    const Token& t = v.a.tok(k);
    if (t.punct(')')) {  // a bracketed gloss: ("Fajr"), (AFC)
      std::uint32_t open = k;
      while (open > v.tb && !v.a.tok(open).punct('(') && k - open < 8) --open;
      if (v.a.tok(open).punct('(')) k = open;
      continue;
    }
    if (t.punct(',') || t.punct('-') || t.punct('(') || t.has(kQuote)) continue;
    if (t.has(kPunct) || t.has(kCap) || t.has(kDigit)) return -1;
  }
  return -1;
}

// "A (ACR), B and C": the organisations listed from token k on, through commas, brackets and "and".
std::vector<std::int32_t> listed(const SentenceView& v, std::uint32_t k) {
  std::vector<std::int32_t> out;
  while (k < v.te) {
    const std::int32_t m = v.at(k);
    if (m >= 0) {
      const Mention& x = v.ms[static_cast<std::size_t>(m)];
      if (!organisation(v.a, x)) break;
      if (out.empty() || v.ms[static_cast<std::size_t>(out.back())].actor != x.actor) out.push_back(m);
      k = x.te;
      continue;
    }
    const Token& t = v.a.tok(k);
    if (t.punct(',') || t.punct('(') || t.punct(')') || t.norm == "and" || t.norm == "the" ||
        (t.norm == "as" && k + 1 < v.te && v.a.tok(k + 1).norm == "well") || t.norm == "well")
      ++k;
    else
      break;
  }
  return out;
}

}  // namespace

void listed_parts(Analysis& a, const SentenceView& v) {
  for (std::uint32_t i = v.tb + 1; i < v.te; ++i) {
    const std::uint32_t len = listing_at(a, i, v.te);
    if (len == 0) continue;
    const std::int32_t org = listing_owner(v, i);
    if (org < 0) continue;
    for (const std::int32_t m : listed(v, i + len))
      add_membership(a, v, v.mention(m), v.mention(org), i, 0.8f, "member_of:listed_parts");
  }
}

// "the 16th Brigade of the Popular Mobilisation", "the Hamza Division of the Syrian National Army":
// a unit named with a group word belongs to the organisation after "of".
void unit_of(Analysis& a, const SentenceView& v) {
  for (std::size_t x = 0; x < v.ms.size(); ++x) {
    const Mention& m = v.ms[x];
    if (!organisation(a, m) || a.actors.actors[m.actor].kind != "armed_group" || m.te + 2 >= v.te) continue;
    if (!v.cue(m.te - 1, kCueGroupHead) || a.tok(m.te).norm != "of") continue;
    std::uint32_t k = m.te + 1;
    if (a.tok(k).norm == "the") ++k;
    const std::int32_t org = v.at(k);
    if (org < 0 || !organisation(a, v.ms[static_cast<std::size_t>(org)])) continue;
    add_membership(a, v, v.ms[x], v.mention(org), m.te, 0.8f, "member_of:unit_of");
  }
}

// "Hamas's armed wing", "the Taliban's Haqqani network" named by one gazetteer entry: the part
// belongs to the organisation its first word names.
void named_parts(Analysis& a, const SentenceView& v) {
  for (std::size_t x = 0; x < v.ms.size(); ++x) {
    const Mention& m = v.ms[x];
    if (!organisation(a, m) || m.te - m.tb < 2 || m.kind != MentionKind::name) continue;
    if (!a.tok(m.tb).has(kPossessive) && !v.cue(m.te - 1, kCueMemberNoun)) continue;
    const Match owner = longest(a, m.tb, m.tb + 1);
    if (!owner.entry || owner.entry->kind != NameKind::name) continue;
    const GazActor& ga = a.g.actors[owner.entry->actor];
    if (ga.kind != "armed_group" && ga.kind != "party" && ga.kind != "igo") continue;
    const std::uint32_t org = a.actor_for_gaz(owner.entry->actor);
    if (org == m.actor) continue;
    Candidate c;
    c.sentence = v.index;
    c.source = m.actor;
    c.target = org;
    c.relation = Relation::member_of;
    c.trigger = m.te - 1;
    c.trigger_end = m.te;
    c.src_tok = m.tb;
    c.tgt_tok = m.tb;
    c.strength = 0.8f;
    c.rule = "member_of:named_part";
    stamp(v, c, m, m);
    a.candidates.push_back(std::move(c));
  }
}

// "the bomber, X, was an explosives expert and a long-time member of the ELN", "X, who is a senior
// commander in the RSF": a role after a copula gives the person member_of the organisation.
void copula_members(Analysis& a, const SentenceView& v) {
  for (std::size_t x = 0; x < v.ms.size(); ++x) {
    const Mention& m = v.ms[x];
    if (m.actor == kNone || m.person_form || a.actors.actors[m.actor].kind != "person") continue;
    std::uint32_t k = m.te;
    if (k + 1 < v.te && a.tok(k).punct(',') && a.tok(k + 1).norm == "who")
      k += 2;
    else if (k + 1 < v.te && a.tok(k).punct(','))
      ++k;  // "the bomber, X, was ..."
    if (k < v.te && (a.tok(k).norm == "has" || a.tok(k).norm == "had") && k + 1 < v.te &&
        a.tok(k + 1).norm == "been")
      k += 2;
    else if (k < v.te && (a.tok(k).norm == "was" || a.tok(k).norm == "is" || a.tok(k).norm == "became" ||
                          a.tok(k).norm == "remains"))
      k += 1;
    else
      continue;
    for (std::uint32_t r = k; r + 2 < v.te && r < k + 12; ++r) {
      const Token& t = a.tok(r);
      if (t.has(kPunct) && !t.punct('-')) break;
      if (v.at(r) >= 0 || t.has(kCap)) break;
      if (!v.cue(r, kCueRole)) continue;
      const std::string& p = a.tok(r + 1).norm;
      if (p != "of" && p != "for" && p != "in") break;
      std::uint32_t o = r + 2;
      if (o < v.te && a.tok(o).norm == "the") ++o;
      const std::int32_t org = v.at(o);
      if (org >= 0 && organisation(a, v.ms[static_cast<std::size_t>(org)]))
        add_membership(a, v, v.ms[x], v.mention(org), r, 0.8f, "member_of:copula");
      break;
    }
  }
}

// "a battalion that fights under the Tawhid banner", "brigades fight under the NTC's banner",
// "units operating under the command of the SDF": the fighters belong to the banner's owner.
void under_banner(Analysis& a, const SentenceView& v) {
  auto banner = [](const std::string& w) {
    return w == "banner" || w == "flag" || w == "umbrella" || w == "command";
  };
  for (std::uint32_t k = v.tb + 1; k + 2 < v.te; ++k) {
    if (a.tok(k).norm != "under") continue;
    const std::string& verb = a.tok(k - 1).norm;
    if (verb != "fight" && verb != "fights" && verb != "fought" && verb != "fighting" && verb != "operate" &&
        verb != "operates" && verb != "operating" && verb != "serve" && verb != "serves")
      continue;
    std::uint32_t j = a.tok(k + 1).norm == "the" ? k + 2 : k + 1;
    std::int32_t org = -1;
    if (const std::int32_t o = v.at(j); o >= 0) {
      const Mention& om = v.ms[static_cast<std::size_t>(o)];
      if (om.te < v.te && banner(a.tok(om.te).norm)) org = o;
    } else if (j + 1 < v.te && banner(a.tok(j).norm) && a.tok(j + 1).norm == "of") {
      j = j + 2 < v.te && a.tok(j + 2).norm == "the" ? j + 3 : j + 2;
      org = v.at(j);
    }
    if (org < 0 || !organisation(a, v.ms[static_cast<std::size_t>(org)])) continue;
    std::int32_t member = find_subject(v, k - 1);
    // "..., that fights under", "X, whose brigades fight under": the head of the relative clause
    std::uint32_t rel = k - 1;
    if (rel > v.tb + 1 && a.tok(rel - 1).norm != "that" && a.tok(rel - 1).norm != "which" &&
        a.tok(rel - 1).norm != "who")
      --rel;  // "whose brigades fight"
    const std::string& pron = a.tok(rel - 1).norm;
    if (pron == "that" || pron == "which" || pron == "who" || pron == "whose") {
      member = -1;
      for (std::uint32_t q = rel - 1; q-- > v.tb && member < 0;)
        if (const std::int32_t o = v.at(q); o >= 0 && v.ms[static_cast<std::size_t>(o)].actor != kNone &&
                                            v.ms[static_cast<std::size_t>(o)].kind != MentionKind::place)
          member = o;
    }
    if (member < 0) continue;
    const Mention& mm = v.ms[static_cast<std::size_t>(member)];
    if (mm.actor == kNone || mm.person_form) continue;
    const std::string& kind = a.actors.actors[mm.actor].kind;
    if (kind != "armed_group" && kind != "person" && kind != "party") continue;
    add_membership(a, v, v.mention(member), v.mention(org), k, 0.8f, "member_of:under_banner");
  }
}

}  // namespace sg::extract
