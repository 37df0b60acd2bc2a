// Actors the gazetteer does not know, found the way news introduces them: group names ending in a
// group word ("the Orontes Valley Battalion") or starting with one ("Liwa al-Haqq"), names followed
// by a group description ("Levant Dawn, a key Islamist group"), names after "calling itself", and
// people introduced with a role ("Abu Firas al-Halbi, a spokesman for ...", "Its leader, X").
#include <algorithm>

#include "analysis.hpp"
#include "core/text.hpp"
#include "stance_wording.hpp"

namespace sg::extract {

namespace {

struct Run {
  std::uint32_t tb = 0, te = 0;
  bool titled = false;        // a person title (General, Foreign Minister) came right before
  std::uint32_t title_b = 0;  // first token of that title
};

bool cue(const Analysis& a, std::uint32_t i, std::uint32_t c) {
  return has_cue(a.tok(i), c);
}

bool is_name_word(const Analysis& a, std::uint32_t i) {
  const Token& t = a.tok(i);
  return !t.has(kPunct) && (t.has(kCap) || t.has(kDigit) == false) && t.has(kCap);
}

bool starts_with_state(const Analysis& a, const Run& r) {
  const std::uint32_t node = a.g.child(0, a.tok(r.tb).word);
  if (node == kNone) return false;
  for (const auto& e : a.g.names[node])
    if (a.g.actors[e.actor].kind == "state") return true;
  return false;
}

// Capitalised runs, with lower-case links (al-, bin) inside.
std::vector<Run> name_runs(const Analysis& a, const Sentence& s) {
  std::vector<Run> runs;
  for (std::uint32_t i = s.tok_begin; i < s.tok_end;) {
    const bool link_start = cue(a, i, kCueNameLink) && i + 1 < s.tok_end && is_name_word(a, i + 1) &&
                            a.tok(i + 1).has(kHyphenBefore);
    // "the 45th Brigade", "the 444 Brigade": a number may open a unit's name
    const bool number_start =
        a.tok(i).has(kDigit) && i + 1 < s.tok_end && is_name_word(a, i + 1) && cue(a, i + 1, kCueGroupHead);
    if (!is_name_word(a, i) && !link_start && !number_start) {
      ++i;
      continue;
    }
    std::uint32_t j = number_start ? i + 1 : i;
    while (j < s.tok_end) {
      const Token& t = a.tok(j);
      const bool link =
          !t.has(kCap) && cue(a, j, kCueNameLink) && j + 1 < s.tok_end && is_name_word(a, j + 1);
      if (!(is_name_word(a, j) || link)) break;
      ++j;
      if (t.has(kPossessive)) break;
    }
    Run r{i, j};
    // Leading function words and titles are not part of a name.
    // (multi-word titles such as "Defence Minister" carry their cue on the phrase, not the word)
    while (r.tb < r.te) {
      std::size_t len = 0;
      const std::uint32_t c = a.g.cue_at(a.doc.tokens, r.tb, r.te, len);
      if (!(cue(a, r.tb, kCueFunction | kCuePersonTitle | kCueRole | kCueGovNoun) ||
            (c & (kCuePersonTitle | kCueRole | kCueGovNoun))))
        break;
      if ((c & (kCuePersonTitle | kCueRole | kCueGovNoun)) && !r.titled) {
        r.titled = true;
        r.title_b = r.tb;
      }
      r.tb += static_cast<std::uint32_t>(len ? len : 1);
    }
    // "KLA spokesman Jakup Krasniqi", "rebel commander X": a lower-case role word right before
    if (!r.titled && r.tb == i && r.tb > s.tok_begin && !a.tok(r.tb - 1).has(kCap) &&
        cue(a, r.tb - 1, kCueRole | kCuePersonTitle)) {
      r.titled = true;
      r.title_b = r.tb - 1;
    }
    if (!r.titled && title_abbrev_before(a, s.tok_begin, r.tb)) {  // "Gen. John Enenche" (stance_wording.cpp)
      r.titled = true;
      r.title_b = r.tb - 2;
    }
    if (r.tb < r.te) runs.push_back(r);
    i = j > i ? j : i + 1;
  }
  return runs;
}

// True when the words of the run are exactly a gazetteer name (then it is no new actor).
bool known(const Analysis& a, const Run& r) {
  std::uint32_t node = 0;
  for (auto i = r.tb; i < r.te; ++i) {
    if (a.tok(i).has(kPunct)) continue;
    node = a.g.child(node, a.tok(i).word);
    if (node == kNone) return false;
  }
  if (!a.g.names[node].empty()) return true;  // a name, alias or demonym the gazetteer knows
  return !a.g.collectives[node].empty() || !a.g.descriptions[node].empty();
}

// The gazetteer organisation a run names exactly ("Popular Mobilisation Forces"), or kNone.
std::uint32_t organisation_of(const Analysis& a, const Run& r) {
  std::uint32_t node = 0;
  for (auto i = r.tb; i < r.te && node != kNone; ++i)
    if (!a.tok(i).has(kPunct)) node = a.g.child(node, a.tok(i).word);
  if (node == kNone) return kNone;
  for (const auto& e : a.g.names[node]) {
    const std::string& k = a.g.actors[e.actor].kind;
    if (e.kind == NameKind::name && (k == "armed_group" || k == "party" || k == "igo")) return e.actor;
  }
  return kNone;
}

// A group description within a few words after "Name, a ...": returns its token or kNone.
std::uint32_t appositive_desc(const Analysis& a, const Run& r, const Sentence& s, std::uint32_t cues) {
  std::uint32_t i = r.te;
  if (i + 1 >= s.tok_end || !a.tok(i).punct(',')) return kNone;
  ++i;
  const std::string& det = a.tok(i).norm;
  if (det != "a" && det != "an" && det != "the" && det != "its" && det != "one" && det != "another" &&
      !a.tok(i).has(kPossessive))
    return kNone;
  for (std::uint32_t k = i; k < s.tok_end && k < i + 8; ++k) {
    if (a.tok(k).has(kPunct) && !a.tok(k).punct('-')) return kNone;
    if (cue(a, k, cues)) return k;
    // "X, a spokesman for the group": a role before the group word makes X a person
    if ((cues & kCueGroupDesc) && !(cues & kCueRole) && cue(a, k, kCueRole)) return kNone;
  }
  return kNone;
}

std::vector<std::string> words_of(const Analysis& a, std::uint32_t tb, std::uint32_t te) {
  std::vector<std::string> w;
  for (auto i = tb; i < te; ++i)
    if (!a.tok(i).has(kPunct)) w.push_back(a.tok(i).norm);
  return w;
}

void add_local(Analysis& a, std::vector<std::string> words, std::uint32_t actor, bool person) {
  for (const auto& l : a.local)
    if (l.words == words) return;
  a.local.push_back({std::move(words), actor, person});
}

std::string clean_name(std::string_view s) {
  std::string out(s);
  if (out.size() > 2 &&
      (out.compare(out.size() - 2, 2, "'s") == 0 || out.compare(out.size() - 2, 2, "s'") == 0))
    out.resize(out.size() - 2);
  if (out.size() > 4 && out.compare(out.size() - 4, 4, "\xE2\x80\x99s") == 0) out.resize(out.size() - 4);
  return out;
}

// The gazetteer group named by an all-capitals acronym in brackets right after the run, or kNone.
std::uint32_t acronym_actor(const Analysis& a, const Run& r, const Sentence& s) {
  if (r.te + 2 >= s.tok_end || !a.tok(r.te).punct('(') || !a.tok(r.te + 1).has(kAllCaps) ||
      !a.tok(r.te + 2).punct(')'))
    return kNone;
  const std::uint32_t node = a.g.child(0, a.tok(r.te + 1).word);
  if (node == kNone) return kNone;
  for (const auto& e : a.g.names[node]) {
    const std::string& k = a.g.actors[e.actor].kind;
    if (e.kind == NameKind::name && (k == "armed_group" || k == "party" || k == "government" || k == "igo"))
      return e.actor;
  }
  return kNone;
}

}  // namespace

void discover_actors(Analysis& a) {
  // Organisations the article names in full: "the Popular Mobilisation" is a short form of the
  // "Popular Mobilisation Forces" named elsewhere in the text, not a new group.
  std::vector<std::pair<std::vector<std::string>, std::uint32_t>> full_names;
  std::vector<std::vector<Run>> runs;  // per sentence, read once
  runs.reserve(a.doc.sentences.size());
  for (const Sentence& s : a.doc.sentences) {
    runs.push_back(name_runs(a, s));
    for (const Run& r : runs.back())
      if (const std::uint32_t gaz = r.te - r.tb >= 2 ? organisation_of(a, r) : kNone; gaz != kNone)
        full_names.emplace_back(words_of(a, r.tb, r.te), gaz);
  }
  auto shortened = [&](const std::vector<std::string>& words) {
    for (const auto& [full, gaz] : full_names)
      if (full.size() > words.size() && std::equal(words.begin(), words.end(), full.begin())) return gaz;
    return kNone;
  };
  for (std::size_t si = 0; si < a.doc.sentences.size(); ++si) {
    const Sentence& s = a.doc.sentences[si];
    for (Run r : runs[si]) {
      // "calling itself the Defenders of Kivu": a self-given name runs on through "of"
      const std::uint32_t before = r.tb > s.tok_begin && a.tok(r.tb - 1).norm == "the" ? r.tb - 1 : r.tb;
      if (before > s.tok_begin &&
          (a.tok(before - 1).norm == "itself" || a.tok(before - 1).norm == "themselves"))
        for (;;) {
          std::uint32_t k = r.te + 1;  // past "of" and an article: "Sons of the Sahel"
          if (k < s.tok_end && a.tok(k).norm == "the") ++k;
          if (k >= s.tok_end || a.tok(r.te).norm != "of" || !is_name_word(a, k)) break;
          r.te = k;
          while (r.te < s.tok_end && is_name_word(a, r.te)) ++r.te;
        }
      if (known(a, r)) continue;
      if (split_at_initial(a, r.tb, r.te, s.tok_end)) continue;  // "George W. Bush" is no "George W"
      // "Lord's Resistance Army": the run after a possessive may be the rest of a known name
      if (r.tb > s.tok_begin && a.tok(r.tb - 1).has(kPossessive) && known(a, Run{r.tb - 1, r.te})) continue;
      if (const std::uint32_t gaz = r.te - r.tb >= 2 ? shortened(words_of(a, r.tb, r.te)) : kNone;
          gaz != kNone) {
        add_local(a, words_of(a, r.tb, r.te), a.actor_for_gaz(gaz), false);
        continue;
      }
      const std::uint32_t len = r.te - r.tb;
      const bool head = cue(a, r.te - 1, kCueGroupHead) || cue(a, r.tb, kCueGroupLead);
      const std::uint32_t desc = appositive_desc(a, r, s, kCueGroupDesc);
      const bool called =
          r.tb >= s.tok_begin + 1 &&
          (cue(a, r.tb - 1, kCueCallName) ||
           (r.tb >= s.tok_begin + 2 && a.tok(r.tb - 1).norm == "the" && cue(a, r.tb - 2, kCueCallName)) ||
           (before > s.tok_begin &&
            (a.tok(before - 1).norm == "itself" || a.tok(before - 1).norm == "themselves")));
      const bool state_force = len == 2 && starts_with_state(a, r) && cue(a, r.te - 1, kCueGroupHead);
      const std::string name = clean_name(a.text(r.tb, r.te));
      if (((head && len >= 2) || desc != kNone || called) && !state_force && !r.titled) {
        // "National Liberation Army (ELN)": a known acronym after the name says which group it is
        if (const std::uint32_t gaz = acronym_actor(a, r, s); gaz != kNone) {
          add_local(a, words_of(a, r.tb, r.te), a.actor_for_gaz(gaz), false);
          continue;
        }
        const auto idx = a.actors.get(slugify(name), name, "armed_group", "", kNone);
        auto& heads = a.actors.info[idx].heads;
        if (heads.empty()) heads = words_of(a, r.tb, r.te);
        if (desc != kNone) {
          heads.push_back(a.tok(desc).norm);
          a.actors.info[idx].described.push_back(a.tok(desc).norm);
        }
        add_local(a, words_of(a, r.tb, r.te), idx, false);
        // "High Negotiations Committee (HNC)": the acronym names it too
        if (r.te + 2 < s.tok_end && a.tok(r.te).punct('(') && a.tok(r.te + 1).has(kAllCaps) &&
            a.tok(r.te + 2).punct(')'))
          add_local(a, {a.tok(r.te + 1).norm}, idx, false);
        continue;
      }
      if (len < 2 || len > 6) continue;
      const bool role_after = appositive_desc(a, r, s, kCueRole) != kNone;
      const bool role_before =
          r.tb >= s.tok_begin + 2 && a.tok(r.tb - 1).punct(',') && cue(a, r.tb - 2, kCueRole);
      // "their head of foreign relations, X" (stance_wording.cpp)
      if (!(role_after || role_before || r.titled || role_phrase_before(a, s.tok_begin, r.tb))) continue;
      const auto idx = a.actors.get("person:" + slugify(name), name, "person", "", kNone);
      auto words = words_of(a, r.tb, r.te);
      add_local(a, words, idx, true);
      if (words.back().size() >= 4) add_local(a, {words.back()}, idx, true);
    }
  }
}

}  // namespace sg::extract
