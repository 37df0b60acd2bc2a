// Help named by its means rather than by a helper's name in subject position: "backed by Russian
// air power", "backed by air strikes from the coalition", "backed by army units loyal to X", "backed
// by A and by B's C", and talks placed before their parties ("talks in Ankara on Tuesday between X
// and Y").
#include "stance_coop.hpp"

namespace sg::extract {

namespace {

bool possessive_end(const SentenceView& v, const Mention& x) {
  return v.a.tok(x.te - 1).has(kPossessive);
}

// The subject of a clause-final ", backed by Y": the first actor of the sentence that is no
// possessor and stands after no preposition.
std::int32_t clause_head(const SentenceView& v, std::uint32_t before) {
  for (std::uint32_t k = v.tb; k < before; ++k) {
    const std::int32_t m = v.at(k);
    if (m < 0) {
      if (v.a.tok(k).punct(';') || v.a.tok(k).punct(':')) return -1;
      continue;
    }
    const Mention& x = v.ms[static_cast<std::size_t>(m)];
    const bool after_prep =
        x.tb > v.tb &&
        (v.cue(x.tb - 1, kCueNotSubject) ||
         (x.tb > v.tb + 1 && v.a.tok(x.tb - 1).norm == "the" && v.cue(x.tb - 2, kCueNotSubject)));
    if (v.usable(m) && !x.weak && !possessive_end(v, x) && !after_prep) return m;
    k = x.te - 1;
  }
  return -1;
}

bool means_noun(const std::string& w) {
  return one_of(w, {"air", "artillery", "warplanes", "jets", "aircraft", "drones", "troops", "forces",
                    "special", "advisers", "advisors", "firepower", "naval", "militias", "fighters"});
}

// The helper named after "by": a name ("by Iran", "by Khalifa Haftar's LNA"), a demonym before its
// means ("by Russian air power"), or the owner of the means ("by air strikes from the coalition",
// "by army units loyal to X"). Returns -1 when none; *next is where a coordinated agent may start.
std::int32_t helper_after_by(const SentenceView& v, std::uint32_t k, std::uint32_t& next) {
  if (k < v.te && v.a.tok(k).norm == "the") ++k;
  if (k >= v.te) return -1;
  std::int32_t m = v.at(k);
  if (m >= 0) {
    const Mention& x = v.ms[static_cast<std::size_t>(m)];
    if (x.kind == MentionKind::place || x.actor == kNone) return -1;
    next = x.te;
    if (possessive_end(v, x) && v.usable(v.at(x.te))) {  // "Khalifa Haftar's Libyan National Army"
      m = v.at(x.te);
      next = v.ms[static_cast<std::size_t>(m)].te;
      return m;
    }
    if (x.weak || x.modifier) {
      if (x.te < v.te && means_noun(v.a.tok(x.te).norm)) {
        next = x.te + 1;
        return m;
      }
      if (x.modifier) return -1;
    }
    return v.usable(m) ? m : -1;
  }
  // "air strikes and artillery fire from the US-led coalition", "army units that remain loyal to X"
  bool means = false;
  for (std::uint32_t q = k, n = 0; q < v.te && n < 7; ++q, ++n) {
    const Token& t = v.a.tok(q);
    if (t.has(kPunct) || v.at(q) >= 0 || t.has(kCap)) return -1;
    means |= means_noun(t.norm) || one_of(t.norm, {"strikes", "units", "fire", "support", "cover"});
    if (means && one_of(t.norm, {"from", "of", "to", "with"})) {
      std::uint32_t r = q + 1;
      for (std::uint32_t s = 0; r < v.te && s < 3 && v.at(r) < 0 && !v.a.tok(r).has(kPunct); ++s) ++r;
      const std::int32_t owner = v.at(r);
      if (!v.usable(owner) || v.ms[static_cast<std::size_t>(owner)].weak) return -1;
      next = v.ms[static_cast<std::size_t>(owner)].te;
      return owner;
    }
  }
  return -1;
}

void help_by_impl(Analysis& a, const SentenceView& v, std::uint32_t i) {
  const std::string& w = a.tok(i).norm;
  const bool backed = one_of(w, {"backed", "supported"});
  if (!backed && !one_of(w, {"helped", "aided", "assisted", "reinforced"})) return;
  if (i + 1 >= v.te || a.tok(i + 1).norm != "by" || a.tok(i).has(kHyphenBefore)) return;
  const bool after_comma = i > v.tb && a.tok(i - 1).punct(',');
  std::int32_t target = -1;
  bool alone = true;  // the target named here stands alone, not for its coordination group
  if (after_comma) {
    target = i >= v.tb + 2 ? v.at(i - 2) : -1;  // "The Houthis, backed by"
    if (!v.usable(target)) target = clause_head(v, i);
    alone = false;
  } else {
    target = appositive_head(v, i);  // "the PMF, the paramilitary umbrella backed by Iran"
    if (target < 0) {
      target = find_subject(v, i);
      alone = false;
    }
  }
  if (target < 0) return;
  const Relation rel = backed ? Relation::backs : Relation::aids;
  std::uint32_t k = i + 2;
  for (int n = 0; n < 3 && k < v.te; ++n) {
    std::uint32_t next = k;
    const std::int32_t helper = helper_after_by(v, k, next);
    if (helper < 0) {
      // "backed by the parliament and by Haftar's LNA": an unnamed first helper, a named second
      std::uint32_t q = k;
      while (q < v.te && q < k + 7 && v.at(q) < 0 && !a.tok(q).has(kPunct) && a.tok(q).norm != "and") ++q;
      if (q + 2 >= v.te || a.tok(q).norm != "and" || a.tok(q + 1).norm != "by") break;
      k = q + 2;
      continue;
    }
    if (alone)
      for (const auto h : v.members(helper))
        add_one(a, v, h, target, rel, i, i + 2, 0.75f, std::string("help_by:") + w);
    else
      add_candidate(a, v, helper, target, rel, i, i + 2, 0.75f, std::string("help_by:") + w);
    k = next;
    if (k < v.te && a.tok(k).norm == "and")
      ++k;
    else
      break;
    if (k < v.te && a.tok(k).norm == "by") ++k;
  }
}

// "talks in Ankara on Tuesday between Russian officers and rebel representatives": a meeting noun
// whose parties follow after a place or a date.
void talks_between_impl(Analysis& a, const SentenceView& v, std::uint32_t i) {
  if (!one_of(a.tok(i).norm, {"talks", "negotiations", "meeting", "meetings", "consultations", "summit"}))
    return;
  for (std::uint32_t k = i + 1, n = 0; k < v.te && n < 8; ++k, ++n) {
    const Token& t = a.tok(k);
    if (t.norm == "between") {
      if (n == 0) return;  // "talks between" is a trigger of its own
      const std::int32_t g = find_object(v, k + 1, {});
      if (g < 0) return;
      const auto mem = v.members(g);
      for (std::size_t x = 0; x < mem.size(); ++x)
        for (std::size_t y = x + 1; y < mem.size(); ++y)
          add_candidate(a, v, mem[x], mem[y], Relation::negotiates, i, k + 1, 0.7f,
                        "negotiates:talks_between");
      return;
    }
    const std::int32_t m = v.at(k);
    if (m >= 0) {
      if (v.ms[static_cast<std::size_t>(m)].kind != MentionKind::place) return;
      k = v.ms[static_cast<std::size_t>(m)].te - 1;
      continue;
    }
    if (v.in_date[k - v.tb]) continue;
    if (t.has(kPunct) || !(one_of(t.norm, {"in", "at", "on", "the", "late", "last", "this", "city", "town",
                                           "capital", "held", "hosted", "of"}) ||
                           v.cue(k, kCuePlaceNoun)))
      return;
  }
}

}  // namespace

void help_by(Analysis& a, const SentenceView& v, std::uint32_t i) {
  help_by_impl(a, v, i);
}
void talks_between(Analysis& a, const SentenceView& v, std::uint32_t i) {
  talks_between_impl(a, v, i);
}

}  // namespace sg::extract
