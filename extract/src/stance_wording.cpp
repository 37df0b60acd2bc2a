// Generalisation passes: wording spread over a phrase the relation lexicon cannot hold in one trigger.
// A weapon aimed "at" or "towards" a state or lent "to" one makes that state an actor, not a place.
#include "stance_wording.hpp"

#include <algorithm>
#include <initializer_list>
#include <string_view>

#include "core/text.hpp"
#include "mention_match.hpp"
#include "mention_shapes.hpp"

namespace sg::extract {

namespace {

bool projectile(const std::string& w) {
  return one_of(w, {"rockets", "rocket",   "missiles",    "missile",   "drones",    "drone",   "shells",
                    "mortars", "bombs",    "projectiles", "grenades",  "munitions", "rounds",  "salvoes",
                    "salvos",  "barrages", "fire",        "artillery", "volleys",   "warheads"});
}

bool firing_verb(const std::string& w) {
  return one_of(w, {"fired", "fires", "fire", "firing", "launched", "launches", "launch", "launching",
                    "lobbed", "lobbing", "shot", "shoots", "shooting", "aimed", "aiming"});
}

bool lending_verb(const std::string& w) {
  return one_of(w, {"lent", "lend", "lends", "lending", "loaned", "loan", "loans", "loaning"});
}

}  // namespace

bool aimed_or_lent_prep(const Analysis& a, std::uint32_t sb, std::uint32_t p) {
  if (p <= sb) return false;
  const std::string& prep = a.tok(p).norm;
  const std::string& before = a.tok(p - 1).norm;
  if (prep == "at" || prep == "towards" || prep == "toward") {
    if (firing_verb(before)) return true;
    if (!projectile(before)) return false;
    // "drones and missiles at", "hundreds of rockets at": a firing verb shortly before
    for (std::uint32_t k = p - 1, n = 0; k > sb && n < 8; ++n) {
      --k;
      if (a.tok(k).has(kPunct)) return false;
      if (firing_verb(a.tok(k).norm)) return true;
    }
    return false;
  }
  if (prep == "to") {
    for (std::uint32_t k = p, n = 0; k > sb && n < 5; ++n) {
      --k;
      if (a.tok(k).has(kPunct)) return false;
      if (lending_verb(a.tok(k).norm)) return true;
    }
  }
  return false;
}

bool people_of(const std::string& w) {
  return one_of(w, {"leaders", "officials", "ministers", "members", "commanders", "diplomats", "envoys",
                    "representatives", "delegates", "heads", "presidents", "spokesmen", "negotiators",
                    "lawmakers", "legislators", "generals", "militants", "gunmen", "loyalists"});
}

bool opens_title(const SentenceView& v, std::uint32_t i) {
  const Token& t = v.a.tok(i);
  return t.has(kCap) && (t.phrase_cues & kCuePersonTitle) != 0 && t.phrase_len >= 2;
}

bool split_at_initial(const Analysis& a, std::uint32_t tb, std::uint32_t te, std::uint32_t end) {
  if (te - tb < 2 || te + 1 >= end) return false;
  const Token& last = a.tok(te - 1);
  if (last.norm.size() != 1 || !last.has(kCap)) return false;
  const Token& next = a.tok(te);
  const bool period_after = next.punct('.') || last.has(kDottedAbbrev);
  const std::uint32_t rest = next.punct('.') ? te + 1 : te;
  return period_after && rest < end && a.tok(rest).has(kCap) && !a.tok(rest).has(kPunct);
}

bool title_abbrev_before(const Analysis& a, std::uint32_t sb, std::uint32_t tb) {
  if (tb < sb + 2 || !a.tok(tb - 1).punct('.')) return false;
  const Token& t = a.tok(tb - 2);
  return t.has(kCap) && has_cue(t, kCuePersonTitle) && t.norm.size() <= 5;
}

bool role_phrase_before(const Analysis& a, std::uint32_t sb, std::uint32_t tb) {
  if (tb < sb + 3 || !a.tok(tb - 1).punct(',')) return false;
  bool role = false;
  for (std::uint32_t k = tb - 1, n = 0; k > sb && n < 6; ++n) {
    --k;
    const Token& t = a.tok(k);
    if (has_cue(t, kCueRole)) role = true;
    if (t.has(kPossessive) || one_of(t.norm, {"its", "their", "his", "her"})) return role;
    if (t.has(kPunct) || (t.has(kCap) && k > sb)) return false;
  }
  return false;
}

bool ethnic_compound(Analysis& a, Mention& men, std::uint32_t end) {
  if (men.te >= end || a.tok(men.te - 1).has(kPossessive) || a.tok(men.te).has(kHyphenBefore) ||
      !a.tok(men.te).has(kCap))
    return false;
  const Match first = longest(a, men.tb, end);
  const Match second = longest(a, men.te, end);
  if (!first.entry || !second.entry || second.entry->kind != NameKind::demonym ||
      second.entry->actor == first.entry->actor)
    return false;
  const std::uint32_t d_end = men.te + second.len;
  const std::string group(a.text(men.tb, d_end));
  std::uint32_t te = d_end;
  if (const std::uint32_t ext = noun_extension(a, te, end, kCueForceNoun | kCueGroupDesc); ext != 0)
    te += ext;
  men.te = te;
  men.kind = MentionKind::collective;
  men.weak = false;
  men.actor = a.actors.get("collective:" + slugify(group), group, "collective", "", kNone);
  return true;
}

void share_demonym_heads(Analysis& a) {
  for (auto& ms : a.mentions)
    for (std::size_t x = ms.size(); x-- > 1;) {
      Mention& m = ms[x - 1];
      const Mention& next = ms[x];
      if (!m.weak || m.kind != MentionKind::demonym || next.weak || next.kind != MentionKind::demonym ||
          m.te >= next.tb)
        continue;
      bool only_links = true;
      for (std::uint32_t k = m.te; k < next.tb && only_links; ++k)
        only_links = a.tok(k).punct(',') || a.tok(k).norm == "and" || a.tok(k).norm == "or";
      if (only_links) m.weak = false;
    }
}

bool not_mutual(const SentenceView& v, std::int32_t s, std::uint32_t i, std::uint32_t e) {
  if (s < 0) return false;
  std::uint32_t k = e;  // a direct object right after the trigger ("met Iranian diplomats"), not "over X"
  if (k < v.te && one_of(v.a.tok(k).norm, {"the", "a", "an", "their", "its"})) ++k;
  if (k < v.te && v.usable(v.at(k))) return true;
  bool asked = false;
  for (std::uint32_t k = group_end(v, s); k < i; ++k) {
    const std::string& w = v.a.tok(k).norm;
    if (one_of(w,
               {"urged",   "urges",  "urge",    "urging",   "called",   "calls",      "call",       "calling",
                "asked",   "asks",   "pressed", "presses",  "pressing", "encouraged", "encourages", "invited",
                "invites", "told",   "tells",   "appealed", "appeals",  "demanded",   "demands",    "wants",
                "wanted",  "pushed", "pushing", "exhorted", "implored"}))
      asked = true;
    if (asked && w == "to") return true;
  }
  return false;
}

std::int32_t helped_one(const SentenceView& v, std::uint32_t i) {
  std::int32_t before = -1;
  for (std::uint32_t k = i; k > v.tb && before < 0 && !v.a.tok(k - 1).has(kPunct); --k) {
    const std::int32_t m = v.at(k - 1);
    if (m >= 0 && v.ms[static_cast<std::size_t>(m)].kind == MentionKind::place)
      k = v.ms[static_cast<std::size_t>(m)].tb + 1;  // "out of Sinjar with": a place is nobody
    else
      before = m;
  }
  if (before < 0) return find_subject(v, i);
  std::uint32_t start = v.ms[static_cast<std::size_t>(before)].tb;
  for (const auto m : v.members(before)) start = std::min(start, v.ms[static_cast<std::size_t>(m)].tb);
  if (start > v.tb && start < v.te && v.a.tok(start - 1).norm == "the") --start;
  if (start == v.tb) return before;
  const Token& t = v.a.tok(start - 1);
  if (t.has(kPunct) || v.at(start - 1) >= 0) return before;
  // a verb before the mention: the mention is its object, the help goes to the verb's subject
  return find_subject(v, start - 1);
}

}  // namespace sg::extract
