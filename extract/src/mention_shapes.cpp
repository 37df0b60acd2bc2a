// Mention shapes beyond plain names; see mention_shapes.hpp.
#include "mention_shapes.hpp"

#include <algorithm>

#include "mention_match.hpp"
#include "stance_wording.hpp"

namespace sg::extract {

// Words that can stand between a place preposition and a place ("in western Iraq", "in
// government-held Aleppo"), unlike "in turn accuses Kinshasa" or "at which Tshisekedi".
bool adjective_like(const Analysis& a, std::uint32_t k) {
  const Token& t = a.tok(k);
  if (t.has(kHyphenBefore) || (k + 1 < a.doc.tokens.size() && a.tok(k + 1).has(kHyphenBefore))) return true;
  const std::string& w = t.norm;
  auto ends = [&](std::string_view suf) {
    return w.size() > suf.size() && std::string_view(w).substr(w.size() - suf.size()) == suf;
  };
  return ends("ern") || ends("ed") || ends("al") || ends("ian") || ends("ic") || ends("ish") || ends("ese") ||
         w == "north" || w == "south" || w == "east" || w == "west" || w == "rural" || w == "greater" ||
         w == "mainland" || w == "neighbouring" || w == "neighboring" || w == "nearby" || w == "besieged";
}

// "Israeli positions", "Ukrainian commanders", "American B-52 bombers", "British Harrier jets": a
// demonym before a military noun (one model name may stand between) names the state's forces.
std::uint32_t demonym_military(const Analysis& a, std::uint32_t i, std::uint32_t end) {
  if (i >= end || a.tok(i - 1).has(kPossessive) || a.tok(i).has(kHyphenBefore)) return 0;
  auto military = [&](std::uint32_t k) -> std::uint32_t {
    const std::string& w = a.tok(k).norm;
    if (w == "bombers" || w == "bomber" || w == "commanders" || w == "warships" || w == "gunboats" ||
        w == "frigates" || w == "submarines")
      return 1;
    if (w == "men" || w == "members" || w == "supporters" || w == "team" || w == "leaders" ||
        w == "infrastructure" || w == "facilities" || w == "sites" || w == "site" || w == "ships" ||
        w == "vessels" || w == "offices" || w == "office")
      return 0;
    std::size_t len = 0;
    const std::uint32_t c = a.g.cue_at(a.doc.tokens, k, end, len);
    return (c & (kCueAsset | kCueForceNoun)) ? static_cast<std::uint32_t>(len) : 0;
  };
  if (const std::uint32_t n = military(i)) return n;
  // a model or unit name between: "B-52", "Harrier", "F-16"
  std::uint32_t k = i;
  while (k < end && k < i + 3 && (a.tok(k).has(kCap) || a.tok(k).has(kDigit)) && !a.tok(k).has(kPunct)) ++k;
  if (k == i || k >= end || k > i + 3) return 0;
  if (const std::uint32_t n = military(k)) return k - i + n;
  return 0;
}

// "the rebel group's central command said", "the movement's leadership accused": the organ that
// leads a group speaks as the group, so the possessive mention takes it in.
std::uint32_t organ_extension(const Analysis& a, const Mention& m, std::uint32_t end) {
  if (m.kind == MentionKind::place || m.kind == MentionKind::pronoun || !a.tok(m.te - 1).has(kPossessive))
    return 0;
  for (std::uint32_t k = m.te; k < end && k < m.te + 3; ++k) {
    const Token& t = a.tok(k);
    if (t.has(kPunct) || t.has(kPossessive)) return 0;
    const std::string& w = t.norm;
    if (w == "command" || w == "leadership" || w == "politburo" || w == "headquarters")
      return k + 1 < end && a.tok(k + 1).has(kPossessive) ? 0 : k + 1 - m.te;
    if (w != "central" && w != "high" && w != "general" && w != "military" && w != "political" &&
        w != "top" && w != "supreme")
      return 0;
  }
  return 0;
}

static std::string_view stem(std::string_view w) {
  if (w.size() > 5 && w.substr(w.size() - 3) == "ies") return w.substr(0, w.size() - 3);
  if (w.size() > 4 && (w.back() == 's' || w.back() == 'y')) return w.substr(0, w.size() - 1);
  return w;
}

// "The rebels entered the city" after "M23 rebels", "the paramilitaries" after "the paramilitary
// Rapid Support Forces": a bare collective refers back to the latest named group the text has
// labelled with the same word.
// Every armed group labelled with the word, most recent first.
std::vector<std::uint32_t> labelled_groups(const Analysis& a, std::uint32_t s,
                                           const std::vector<Mention>& current, std::string_view word) {
  const std::string_view want = stem(word);
  std::vector<std::uint32_t> out;
  auto visit = [&](const Mention& o) {
    if (o.actor == kNone || o.kind != MentionKind::name || a.actors.actors[o.actor].kind != "armed_group")
      return;
    const std::uint32_t from = o.tb > 0 ? o.tb - 1 : o.tb;
    const std::uint32_t to =
        std::min<std::uint32_t>(o.te + 1, static_cast<std::uint32_t>(a.doc.tokens.size()));
    for (auto k = from; k < to; ++k)
      if (stem(a.tok(k).norm) == want) {
        if (std::find(out.begin(), out.end(), o.actor) == out.end()) out.push_back(o.actor);
        return;
      }
  };
  for (std::size_t x = current.size(); x-- > 0;) visit(current[x]);
  for (std::uint32_t q = s; q-- > 0;)
    for (std::size_t x = a.mentions[q].size(); x-- > 0;) visit(a.mentions[q][x]);
  return out;
}

std::uint32_t labelled_group(const Analysis& a, std::uint32_t s, const std::vector<Mention>& current,
                             std::string_view word) {
  const auto groups = labelled_groups(a, s, current, word);
  return groups.empty() ? kNone : groups.front();
}

// "Amhara regional special forces", "Misrata brigades", "Darfur militiamen": a region or city before
// a fighting noun names an armed actor of that place (the place alone is never one).
std::uint32_t place_force_end(const Analysis& a, std::uint32_t i, std::uint32_t end) {
  if (i == 0 || a.tok(i - 1).has(kPossessive)) return 0;
  // "an alliance of Aleppo brigades" describes others; only a place that opens the phrase counts
  for (std::uint32_t b = i; b-- > 0 && b + 4 > i;) {
    if (a.tok(b).norm == "of") return 0;
    if (a.tok(b).has(kPunct) || !a.tok(b).has(kCap)) break;
  }
  for (std::uint32_t k = i; k < end && k < i + 3; ++k) {
    const Token& t = a.tok(k);
    if (t.has(kPunct) || t.has(kHyphenBefore)) return 0;
    const std::string& w = t.norm;
    if (w == "forces" || w == "militia" || w == "militias" || w == "militiamen" || w == "fighters" ||
        w == "gunmen")
      return k + 1;
    if (w != "regional" && w != "special" && w != "state" && w != "local" && w != "provincial" &&
        w != "tribal" && w != "security")
      return 0;
  }
  return 0;
}

// "in Aleppo", "in western Iraq", "the village of Bashir": the name is a place here. People are
// places only after "in/near/at" ("loyal to Hadi" is no place).
bool after_place_prep(const Analysis& a, std::uint32_t sb, std::uint32_t i, bool person) {
  std::uint32_t k = i;
  for (int adj = 0; adj < 4 && k > sb; ++adj) {
    const Token& t = a.tok(k - 1);
    if (t.has(kPunct)) break;
    if (has_cue(t, kCuePlacePrep)) {
      if (!person && aimed_or_lent_prep(a, sb, k - 1)) return false;  // "fired missiles at Israel"
      if (person) return t.norm == "in" || t.norm == "near" || t.norm == "at" || t.norm == "inside";
      // "talk to Saudi Arabia" names an actor; "sent troops to Syria", "fled to Jordan" a place
      if (t.norm == "to") return k >= sb + 2 && has_cue(a.tok(k - 2), kCueMotion | kCueForceNoun | kCueAsset);
      return true;
    }
    if (t.norm == "of" && k >= sb + 2 && has_cue(a.tok(k - 2), kCuePlaceNoun)) return true;
    if (t.norm == "the" || t.norm.size() < 3 || t.has(kCap) || !adjective_like(a, k - 1)) break;
    --k;  // an adjective: "in western Iraq", "in north-western Syria"
  }
  return false;
}

// Extends a mention over a following force/government noun ("Syrian forces", "Hezbollah fighters").
std::uint32_t noun_extension(const Analysis& a, std::uint32_t i, std::uint32_t end, std::uint32_t cues) {
  if (i >= end || a.tok(i - 1).has(kPossessive)) return 0;
  std::size_t len = 0;
  const std::uint32_t c = a.g.cue_at(a.doc.tokens, i, end, len);
  return (c & cues) ? static_cast<std::uint32_t>(len) : 0;
}

std::string qualified_collective(const Analysis& a, std::uint32_t tb, std::uint32_t te, const Collective& c) {
  std::string name;
  for (auto i = tb; i < te && a.tok(i).has(kCap); ++i) {
    name += std::string(a.text(i, i + 1));
    name += ' ';
  }
  return name + c.name;
}

}  // namespace sg::extract
