// The sentence view the stance patterns work on (mentions by token, dates, coordination groups),
// and object finding: the object to the right of a trigger, through the trigger's prepositions,
// never through a place; possessors ("Moscow's backing"). Subjects are in frames_subject.cpp.
#include "frames.hpp"

#include <algorithm>

namespace sg::extract {

SentenceView::SentenceView(const Analysis& an, std::uint32_t s)
    : a(an),
      index(s),
      tb(an.doc.sentences[s].tok_begin),
      te(an.doc.sentences[s].tok_end),
      ms(an.mentions[s]) {
  mention_at.assign(te - tb, -1);
  for (std::size_t k = 0; k < ms.size(); ++k)
    for (auto i = ms[k].tb; i < ms[k].te; ++i) mention_at[i - tb] = static_cast<std::int32_t>(k);
  dates = find_dates(an, an.doc.sentences[s]);
  in_date.assign(te - tb, 0);
  for (const auto& d : dates)
    for (auto i = d.tb; i < d.te; ++i) in_date[i - tb] = 1;
}

bool SentenceView::usable(std::int32_t m) const {
  if (m < 0) return false;
  const Mention& x = ms[static_cast<std::size_t>(m)];
  return x.actor != kNone && !x.modifier && x.kind != MentionKind::place;
}

std::vector<std::int32_t> SentenceView::members(std::int32_t m) const {
  std::vector<std::int32_t> out;
  if (m < 0) return out;
  const std::uint32_t g = ms[static_cast<std::size_t>(m)].group;
  const Mention& self = ms[static_cast<std::size_t>(m)];
  if (self.modifier) {  // a compound part ("US-backed") stands alone
    if (self.actor != kNone) out.push_back(m);
    return out;
  }
  for (std::size_t k = 0; k < ms.size(); ++k)
    if (ms[k].group == g && usable(static_cast<std::int32_t>(k)) &&
        (!ms[k].weak || static_cast<std::int32_t>(k) == m))
      out.push_back(static_cast<std::int32_t>(k));
  return out;
}

namespace {

// "President Ivan Duque", "Prime Minister X": capitalised title words right before a named person
bool title_before_name(const SentenceView& v, std::uint32_t k) {
  bool title = false;
  for (std::uint32_t q = k; q < v.te && q < k + 3; ++q) {
    const std::int32_t m = v.at(q);
    if (m >= 0) return title && v.ms[static_cast<std::size_t>(m)].kind == MentionKind::name;
    const Token& t = v.a.tok(q);
    if (!t.has(kCap) || t.has(kPunct)) return false;
    title |= v.cue(q, kCuePersonTitle) || v.cue(q, kCueRole);
  }
  return false;
}

// The noun after a bare demonym that makes it an actor: "Iranian targets", "the Turkish state", "the
// Saudi operation" (an event noun stands for whoever carries it out).
bool weak_head_ok(const SentenceView& v, std::uint32_t k) {
  const std::string& w = v.a.tok(k).norm;
  if (v.cue(k, kCueAsset | kCueForceNoun) || w == "state") return true;
  // "denounced the American role", "opposed the Turkish presence": a state's part in events
  if (w == "role" || w == "presence" || w == "intervention" || w == "interference" || w == "involvement" ||
      w == "meddling")
    return true;
  std::uint32_t len = 0;
  const std::uint32_t node = trigger_at(v, k, len);
  if (node == kNone) return false;
  for (const Trigger& t : v.a.g.triggers[node])
    if (t.frame == Frame::noun && t.relation == Relation::attacks) return true;
  return false;
}

// "besieged Goma, which is held by the army", "the town held by X": a place its holders are named for
std::int32_t held_by(const SentenceView& v, std::uint32_t k) {
  if (k < v.te && v.a.tok(k).punct(',')) ++k;
  if (k < v.te && (v.a.tok(k).norm == "which" || v.a.tok(k).norm == "that")) ++k;
  // "Marib, a city controlled by X"
  if (k + 1 < v.te && (v.a.tok(k).norm == "a" || v.a.tok(k).norm == "the") && v.cue(k + 1, kCuePlaceNoun))
    k += 2;
  for (int n = 0; n < 2 && k < v.te; ++n) {
    const std::string& w = v.a.tok(k).norm;
    if (w == "is" || w == "was" || w == "are" || w == "were" || w == "been" || w == "has" || w == "had" ||
        w == "still" || w == "now" || w == "largely")
      ++k;
  }
  if (k + 2 >= v.te) return -1;
  const std::string& w = v.a.tok(k).norm;
  if ((w != "held" && w != "controlled" && w != "occupied") || v.a.tok(k + 1).norm != "by") return -1;
  std::uint32_t q = k + 2;
  if (q < v.te && v.a.tok(q).norm == "the") ++q;
  const std::int32_t m = v.at(q);
  return v.usable(m) && !v.ms[static_cast<std::size_t>(m)].weak ? m : -1;
}

// "Salaheddine, the rebel-held district": a place described by its holders stands for them.
std::int32_t held_apposition(const SentenceView& v, std::uint32_t k) {
  if (const std::int32_t h = held_by(v, k); h >= 0) return h;
  if (k + 2 >= v.te || !v.a.tok(k).punct(',')) return -1;
  ++k;
  if (v.a.tok(k).norm == "the" || v.a.tok(k).norm == "a") ++k;
  const std::int32_t h = k < v.te ? v.at(k) : -1;
  if (h < 0) return -1;
  const Mention& x = v.ms[static_cast<std::size_t>(h)];
  const bool holds = x.modifier && x.actor != kNone && x.te < v.te && v.a.tok(x.te).has(kHyphenBefore) &&
                     (v.a.tok(x.te).norm == "held" || v.a.tok(x.te).norm == "controlled");
  return holds ? h : -1;
}

// "kept up strikes on both groups": the pair of actors coordinated earlier in the sentence.
std::int32_t both_named(const SentenceView& v, std::uint32_t k) {
  if (k + 1 >= v.te) return -1;
  const std::string& w = v.a.tok(k + 1).norm;
  if (w != "groups" && w != "sides" && w != "organisations" && w != "organizations" && w != "movements" &&
      w != "militias" && w != "factions" && w != "countries")
    return -1;
  for (std::uint32_t q = k; q > v.tb; --q) {
    const std::int32_t m = v.at(q - 1);
    if (v.usable(m) && v.members(m).size() == 2) return m;
  }
  return -1;
}

}  // namespace

std::int32_t find_object(const SentenceView& v, std::uint32_t j, const std::vector<std::uint32_t>& preps,
                         bool weak_ok) {
  bool need_prep = !preps.empty();
  std::uint32_t gap = 0;
  for (std::uint32_t k = j; k < v.te && gap < 7; ++k) {
    const Token& t = v.a.tok(k);
    const std::int32_t m = v.at(k);
    if (m >= 0) {
      const Mention& x = v.ms[static_cast<std::size_t>(m)];
      if (x.kind == MentionKind::place && need_prep) {  // "seized Idlib from X": the place is taken
        k = x.te - 1;
        continue;
      }
      if (x.kind == MentionKind::place) return held_apposition(v, x.te);
      if (x.modifier && x.te < v.te && v.a.tok(x.te).has(kHyphenBefore) && x.actor != kNone &&
          (v.a.tok(x.te).norm == "held" || v.a.tok(x.te).norm == "controlled" || v.a.tok(x.te).norm == "run"))
        return need_prep ? -1 : m;  // "pounded the rebel-held districts": the holders are hit
      if (x.modifier) {
        k = x.te - 1;
        continue;
      }
      if (need_prep) return -1;
      if (!v.usable(m) || (x.weak && (!weak_ok || x.te >= v.te || !weak_head_ok(v, x.te))))
        return -1;  // "Iranian targets" is Iran; "Syrian sovereignty" is no actor
      // "Tripoli's airport", "Saddam Hussein's deputy": a possessor of something else is no target
      const Token& last = v.a.tok(x.te - 1);
      const bool poss =
          last.has(kPossessive) || last.norm == "its" || last.norm == "their" || last.norm == "his";
      if (poss && x.te < v.te && v.at(x.te) >= 0 &&
          v.ms[static_cast<std::size_t>(v.at(x.te))].kind == MentionKind::collective) {
        k = x.te - 1;  // "between Saleh's loyalists and ...": the owned collective is read next
        continue;
      }
      if (poss && x.te < v.te) {
        std::uint32_t n = x.te;
        // "Hezbollah's \"unprovoked\" attack": quotation marks do not end the possessed noun phrase
        while (n < v.te && n < x.te + 4 && (!v.a.tok(n).has(kPunct) || v.a.tok(n).has(kQuote)) &&
               !(v.cue(n, kCueForceNoun) || v.cue(n, kCueGovNoun) || v.cue(n, kCueAsset)) && v.at(n) < 0 &&
               !v.cue(n, kCueRole))
          ++n;
        if (n >= v.te || v.cue(n, kCueRole) ||
            !(v.cue(n, kCueForceNoun) || v.cue(n, kCueGovNoun) || v.cue(n, kCueAsset)))
          return -1;
      }
      return m;
    }
    if (v.in_date[k - v.tb]) continue;
    // "both groups" names the pair told before; "both Mali and Russia", "both the army and ..." a pair to
    // come
    if (!need_prep && t.norm == "both" &&
        !(k + 1 < v.te && (v.at(k + 1) >= 0 || v.a.tok(k + 1).norm == "the")))
      return both_named(v, k);
    if (need_prep) {
      bool hit = false;
      for (const auto p : preps) hit |= t.word == p;
      if (hit) {
        need_prep = false;
        gap = 0;
        continue;
      }
    }
    if (t.punct(',') || t.punct(';') || t.punct(':') || t.punct('.') || t.punct('(') || t.punct('-'))
      return -1;
    if (!need_prep && v.cue(k, kCuePlacePrep)) {
      // "bombed targets inside Georgia": the state mentions.cpp kept as an actor (targets_across)
      if (k + 1 < v.te && v.usable(v.at(k + 1)) && targets_across(v.a, v.tb, k + 1)) return v.at(k + 1);
      // "struck targets across Houthi-controlled Yemen": the holders of the place are hit
      for (std::uint32_t q = k + 1; q < v.te && q < k + 4; ++q) {
        const std::int32_t h = v.at(q);
        if (h < 0) continue;
        const Mention& x = v.ms[static_cast<std::size_t>(h)];
        const bool holds = x.modifier && x.te < v.te && v.a.tok(x.te).has(kHyphenBefore) &&
                           (v.a.tok(x.te).norm == "held" || v.a.tok(x.te).norm == "controlled");
        return holds && x.actor != kNone ? h : -1;
      }
      return -1;
    }
    // "routing forces loyal to Hadi": the force is the one it is loyal to
    if (!need_prep && t.norm == "loyal" && k + 1 < v.te && v.a.tok(k + 1).norm == "to" && k > v.tb &&
        v.cue(k - 1, kCueForceNoun)) {
      ++k;
      continue;
    }
    if (!need_prep && v.cue(k, kCueStopObj)) return -1;
    if (t.has(kCap) && !t.has(kQuote) && k > v.tb && !t.has(kPunct) && !v.cue(k, kCueSkipAdj)) {
      if (title_before_name(v, k)) continue;  // "accused President Ivan Duque of ..."
      if (need_prep) {  // "seized Maarat from X": an unknown name before the preposition is what is taken
        ++gap;
        continue;
      }
      // an unknown proper name (a place, a person the text did not introduce) is the object
      return -1;
    }
    ++gap;
  }
  return -1;
}

std::int32_t find_possessor(const SentenceView& v, std::uint32_t i) {
  for (std::uint32_t k = i, steps = 0; k > v.tb && steps < 6; ++steps) {
    --k;
    const std::int32_t m = v.at(k);
    if (m >= 0) {
      const Mention& x = v.ms[static_cast<std::size_t>(m)];
      if (x.weak && !v.a.tok(x.te - 1).has(kPossessive)) {  // "its Russian and Iranian allies"
        k = x.tb;
        continue;
      }
      const std::string& w = v.a.tok(x.te - 1).norm;
      const bool pron = x.kind == MentionKind::pronoun && (w == "its" || w == "their" || w == "his");
      if (!(v.a.tok(x.te - 1).has(kPossessive) || pron) || x.actor == kNone || x.kind == MentionKind::place)
        return -1;
      return m;
    }
    const Token& t = v.a.tok(k);
    if (t.norm == "and") continue;
    if (t.has(kPunct) || (t.has(kCap) && !v.cue(k, kCueSkipAdj))) return -1;
  }
  return -1;
}

}  // namespace sg::extract
